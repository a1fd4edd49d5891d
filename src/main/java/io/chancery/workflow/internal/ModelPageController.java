package io.chancery.workflow.internal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;
import io.chancery.workflow.internal.ModelViews.ModelView;
import io.chancery.workflow.internal.ModelViews.VersionView;

/**
 * "Processes & rules": the deployed models with their versions, the editor (bpmn-js / dmn-js, which
 * deploys through {@code POST /api/v1/deployments}), read-only views, downloads and re-deploys.
 */
@Controller
@RequestMapping("/models")
class ModelPageController {

	private final ModelDeployments deployments;

	private final CompanyService companies;

	ModelPageController(ModelDeployments deployments, CompanyService companies) {
		this.deployments = deployments;
		this.companies = companies;
	}

	@GetMapping
	@PreAuthorize(ModelApiController.READERS)
	String list(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("models", deployments.history().stream().map(ModelView::of).toList());
		model.addAttribute("zone", companies.get(me.companyId()).getTimeZone());
		return "models/list";
	}

	@GetMapping("/{resourceName}/edit")
	@PreAuthorize(ModelApiController.DEPLOYERS)
	String edit(@PathVariable String resourceName, Model model) {
		return editor(deployments.current(resourceName), true, model);
	}

	@GetMapping("/{resourceName}/versions/{version}")
	@PreAuthorize(ModelApiController.READERS)
	String view(@PathVariable String resourceName, @PathVariable int version, Model model) {
		return editor(deployments.version(resourceName, version), false, model);
	}

	@GetMapping("/{resourceName}/versions/{version}/file")
	@PreAuthorize(ModelApiController.READERS)
	ResponseEntity<byte[]> download(@PathVariable String resourceName, @PathVariable int version) {
		ModelVersion file = deployments.version(resourceName, version);
		return ResponseEntity.ok()
			.contentType(file.getKind().mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(resourceName).build().toString())
			.body(file.file().content());
	}

	@PostMapping("/{resourceName}/versions/{version}/redeploy")
	@PreAuthorize(ModelApiController.DEPLOYERS)
	String redeploy(@AuthenticationPrincipal ChanceryUser me, @PathVariable String resourceName,
			@PathVariable int version, RedirectAttributes redirect) {
		try {
			ModelDeployments.Deployed deployed = deployments.redeploy(me.email(), resourceName, version, null);
			redirect.addFlashAttribute("successMessage", deployed.created()
					? "Deployed " + resourceName + " version " + version + " again as version " + deployed.version().getVersion() + "."
					: "Version " + version + " of " + resourceName + " has the same content as the current version.");
		}
		catch (ModelRejectedException rejected) {
			redirect.addFlashAttribute("errorMessage", rejected.engineMessage() == null ? rejected.getMessage()
					: rejected.getMessage() + ": " + rejected.engineMessage());
		}
		return "redirect:/models";
	}

	private static String editor(ModelVersion version, boolean editable, Model model) {
		if (!version.getKind().editable()) {
			throw new NotFoundException("Editor for", version.getResourceName());
		}
		model.addAttribute("version", VersionView.of(version));
		model.addAttribute("editable", editable);
		// decision tables are wide: the editor gets the whole window
		model.addAttribute("wideLayout", true);
		return "models/editor";
	}

}
