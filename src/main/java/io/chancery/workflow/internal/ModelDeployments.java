package io.chancery.workflow.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.DeploymentEvent;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.grpc.Status;

/**
 * Deploys model files to the engine and keeps every version Chancery deployed. Managers deploy one
 * file at a time; start-up ({@link ProcessResourceDeployer}) deploys the current version of all.
 */
@Service
@Transactional(readOnly = true)
class ModelDeployments {

	private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(60);


	private static final Logger log = LoggerFactory.getLogger(ModelDeployments.class);

	static final int MAX_COMMENT = 500;

	private final CamundaClient client;

	private final EngineRun run;

	private final ModelVersionRepository versions;

	private final Clock clock;

	ModelDeployments(CamundaClient client, EngineRun run, ModelVersionRepository versions, Clock clock) {
		this.client = client;
		this.run = run;
		this.versions = versions;
		this.clock = clock;
	}

	/** Every file Chancery deployed, by name, each with its versions newest first. */
	List<ModelHistory> history() {
		Map<String, List<ModelVersion>> byName = new LinkedHashMap<>();
		versions.findAllByOrderByResourceNameAscVersionDesc()
			.forEach(version -> byName.computeIfAbsent(version.getResourceName(), name -> new ArrayList<>()).add(version));
		return byName.values().stream().map(ModelHistory::new).toList();
	}

	ModelVersion current(String resourceName) {
		return versions.findFirstByResourceNameOrderByVersionDesc(resourceName)
			.orElseThrow(() -> new NotFoundException("Model", resourceName));
	}

	ModelVersion version(String resourceName, int version) {
		return versions.findByResourceNameAndVersion(resourceName, version)
			.orElseThrow(() -> new NotFoundException("Model", resourceName + " version " + version));
	}

	/**
	 * Checks and deploys a file as a new version. Content identical to the current version deploys
	 * nothing new (the engine keeps its version too) and records nothing: {@code created} is false.
	 */
	@Transactional
	Deployed deploy(String deployedBy, String resourceName, byte[] content, String comment) {
		ModelChecks.CheckedModel checked = ModelChecks.checked(resourceName, content);
		ModelFile file = checked.file();
		String note = comment(comment);
		requireOwnIds(checked);
		DeploymentEvent deployment = sendChecked(file);
		var current = versions.findFirstByResourceNameOrderByVersionDesc(resourceName);
		if (current.isPresent() && current.get().getChecksum().equals(file.checksum())) {
			return new Deployed(current.get(), false);
		}
		ModelVersion recorded = record(file, ModelSource.MANAGER, deployedBy, note, deployment);
		log.info("{} deployed {} version {}", deployedBy, resourceName, recorded.getVersion());
		return new Deployed(recorded, true);
	}

	/** Deploys an earlier version's content again, as a new version. */
	@Transactional
	Deployed redeploy(String deployedBy, String resourceName, int version, String comment) {
		ModelVersion earlier = version(resourceName, version);
		String note = comment == null || comment.isBlank() ? "Re-deployed version " + version : comment;
		return deploy(deployedBy, resourceName, earlier.file().content(), note);
	}

	/** Sends files to the engine in one deployment; embedded, BPMN user tasks become job-worker tasks first. */
	DeploymentEvent send(List<ModelFile> files) {
		DeployResourceCommandStep1 command = client.newDeployResourceCommand();
		DeployResourceCommandStep2 step = null;
		for (ModelFile file : files) {
			byte[] content = file.kind() == ModelKind.BPMN && run.embedded()
					? UserTaskRewriter.toJobWorkerUserTasks(file.content()) : file.content();
			step = (step == null ? command : step).addResourceBytes(content, file.resourceName());
		}
		if (step == null) {
			throw new IllegalArgumentException("Nothing to deploy");
		}
		// the first call after start-up: on a busy machine the engine may need longer than the default 10 s
		return step.requestTimeout(DEPLOY_TIMEOUT).send().join();
	}

	@Transactional
	ModelVersion record(ModelFile file, ModelSource source, String deployedBy, String comment,
			DeploymentEvent deployment) {
		int next = versions.findFirstByResourceNameOrderByVersionDesc(file.resourceName())
			.map(latest -> latest.getVersion() + 1)
			.orElse(1);
		return versions.save(new ModelVersion(file, next, source, deployedBy, clock.instant(), comment,
				deployment.getKey(), EngineDefinition.of(deployment, file.resourceName())));
	}

	/**
	 * Start-up deploys the current version of every file in one deployment, which the engine refuses
	 * when two files define the same id: so an id stays with the file that defines it.
	 */
	private void requireOwnIds(ModelChecks.CheckedModel checked) {
		ModelFile file = checked.file();
		for (ModelVersion other : versions.findCurrentVersions()) {
			if (other.getKind() != file.kind() || other.getResourceName().equals(file.resourceName())) {
				continue;
			}
			for (EngineDefinition definition : other.getDefinitions()) {
				if (checked.definitionIds().contains(definition.definitionId())) {
					throw new ModelRejectedException(file.resourceName() + " defines " + definition.definitionId()
							+ ", which " + other.getResourceName() + " already defines: change the id, or deploy the file as "
							+ other.getResourceName(), null);
				}
			}
		}
	}

	/** The engine refuses an invalid model with INVALID_ARGUMENT (gRPC) or 400 (REST); anything else is an outage. */
	private DeploymentEvent sendChecked(ModelFile file) {
		try {
			return send(List.of(file));
		}
		catch (ClientStatusException e) {
			if (e.getStatusCode() != Status.Code.INVALID_ARGUMENT) {
				throw e;
			}
			throw rejected(file, e.getStatus().getDescription());
		}
		catch (ProblemException e) {
			if (e.code() != 400) {
				throw e;
			}
			throw rejected(file, e.details() != null ? e.details().getDetail() : e.getMessage());
		}
	}

	private static ModelRejectedException rejected(ModelFile file, String engineMessage) {
		return new ModelRejectedException("The engine rejected " + file.resourceName(), engineMessage);
	}

	private static String comment(String comment) {
		if (comment == null || comment.isBlank()) {
			return null;
		}
		if (comment.length() > MAX_COMMENT) {
			throw new InvalidFieldException("comment", "A comment may have at most " + MAX_COMMENT + " characters");
		}
		return comment.strip();
	}

	/** The version a deployment left current, and whether it is a new one. */
	record Deployed(ModelVersion version, boolean created) {
	}

	/** One file's versions, newest first. */
	record ModelHistory(List<ModelVersion> versions) {

		ModelVersion current() {
			return versions.getFirst();
		}

	}

}
