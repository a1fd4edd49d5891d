package io.chancery.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.workflow.internal.ModelDeployments.Deployed;
import io.chancery.workflow.internal.ModelViews.ModelView;
import io.chancery.workflow.internal.ModelViews.VersionView;

/** Deployed BPMN, DMN and form files with their versions; managers and admins deploy new versions. */
@RestController
@RequestMapping("/api/v1")
class ModelApiController {

	static final String READERS = "hasAnyRole('ADMIN','MANAGER','ANALYST')";

	static final String DEPLOYERS = "hasAnyRole('ADMIN','MANAGER')";

	private final ModelDeployments deployments;

	ModelApiController(ModelDeployments deployments) {
		this.deployments = deployments;
	}

	@GetMapping("/models")
	@PreAuthorize(READERS)
	List<ModelView> list() {
		return deployments.history().stream().map(ModelView::of).toList();
	}

	/** The current version's file, as it was written (before any rewrite for the embedded engine). */
	@GetMapping("/models/{resourceName}")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> current(@PathVariable String resourceName) {
		return content(deployments.current(resourceName));
	}

	@GetMapping("/models/{resourceName}/versions/{version}")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> version(@PathVariable String resourceName, @PathVariable int version) {
		return content(deployments.version(resourceName, version));
	}

	/** 201 with the new version; 200 with the current one when the content did not change. */
	@PostMapping("/deployments")
	@PreAuthorize(DEPLOYERS)
	ResponseEntity<VersionView> deploy(@AuthenticationPrincipal ChanceryUser me, @RequestParam MultipartFile file,
			@RequestParam(required = false) String comment) throws IOException {
		try (InputStream in = file.getInputStream()) {
			byte[] content = in.readNBytes(ModelChecks.MAX_BYTES + 1);
			return response(deployments.deploy(me.email(), file.getOriginalFilename(), content, comment));
		}
	}

	@PostMapping("/models/{resourceName}/versions/{version}/redeploy")
	@PreAuthorize(DEPLOYERS)
	ResponseEntity<VersionView> redeploy(@AuthenticationPrincipal ChanceryUser me, @PathVariable String resourceName,
			@PathVariable int version, @RequestBody(required = false) Redeploy body) {
		return response(deployments.redeploy(me.email(), resourceName, version, body == null ? null : body.comment()));
	}

	@ExceptionHandler(ModelRejectedException.class)
	ProblemDetail rejected(ModelRejectedException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		if (e.engineMessage() != null) {
			problem.setProperty("engineMessage", e.engineMessage());
		}
		return problem;
	}

	private static ResponseEntity<byte[]> content(ModelVersion version) {
		return ResponseEntity.ok().contentType(version.getKind().mediaType()).body(version.file().content());
	}

	private static ResponseEntity<VersionView> response(Deployed deployed) {
		return ResponseEntity.status(deployed.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(VersionView.of(deployed.version()));
	}

	record Redeploy(String comment) {
	}

}
