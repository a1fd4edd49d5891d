package io.chancery.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.camunda.client.api.response.DeploymentEvent;

/**
 * Deploys the current version of every model at start-up, in one deployment: the file shipped in
 * bpmn/, dmn/ or forms/, or a manager's version recorded after it. A shipped file whose content is
 * new is recorded as a new version first, so a file changed in the repository wins over an older
 * manager version, and a manager's later change survives restarts (the embedded engine forgets all
 * deployments). The engine keeps the version of a resource whose content did not change.
 */
@Component
@Order(0)
class ProcessResourceDeployer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

	static final List<String> LOCATIONS = List.of("classpath*:bpmn/*.bpmn", "classpath*:dmn/*.dmn",
			"classpath*:forms/*.form");

	private final ModelDeployments deployments;

	private final ModelVersionRepository versions;

	private final Optional<EmbeddedZeebeEngine> embeddedEngine;

	ProcessResourceDeployer(ModelDeployments deployments, ModelVersionRepository versions,
			Optional<EmbeddedZeebeEngine> embeddedEngine) {
		this.deployments = deployments;
		this.versions = versions;
		this.embeddedEngine = embeddedEngine;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		embeddedEngine.ifPresent(EmbeddedZeebeEngine::awaitStarted);
		deploy();
	}

	/** Deploys the current version of every model; returns null when there are none. */
	DeploymentEvent deploy() throws IOException {
		return deploy(shippedFiles());
	}

	DeploymentEvent deploy(List<ModelFile> shipped) {
		List<ModelFile> changed = shipped.stream().filter(this::isNew).toList();
		Set<String> changedNames = changed.stream().map(ModelFile::resourceName).collect(Collectors.toSet());
		Map<String, ModelFile> current = new LinkedHashMap<>();
		shipped.forEach(file -> current.put(file.resourceName(), file));
		versions.findCurrentVersions()
			.stream()
			.filter(version -> version.getSource() == ModelSource.MANAGER
					&& !changedNames.contains(version.getResourceName()))
			.forEach(version -> current.put(version.getResourceName(), version.file()));
		if (current.isEmpty()) {
			log.info("No BPMN, DMN or form resources to deploy");
			return null;
		}
		DeploymentEvent deployment = deployments.send(List.copyOf(current.values()));
		changed.forEach(file -> deployments.record(file, ModelSource.SHIPPED, null, null, deployment));
		deployment.getProcesses()
			.forEach(p -> log.info("Process {} version {} from {}", p.getBpmnProcessId(), p.getVersion(), p.getResourceName()));
		deployment.getDecisions()
			.forEach(d -> log.info("Decision {} version {}", d.getDmnDecisionId(), d.getVersion()));
		deployment.getForm().forEach(f -> log.info("Form {} version {} from {}", f.getFormId(), f.getVersion(), f.getResourceName()));
		return deployment;
	}

	/** Not recorded yet, or changed since the file was last recorded. */
	private boolean isNew(ModelFile file) {
		return versions.findFirstByResourceNameAndSourceOrderByVersionDesc(file.resourceName(), ModelSource.SHIPPED)
			.map(recorded -> !recorded.getChecksum().equals(file.checksum()))
			.orElse(true);
	}

	static List<ModelFile> shippedFiles() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		List<ModelFile> files = new ArrayList<>();
		for (String location : LOCATIONS) {
			for (Resource resource : resolver.getResources(location)) {
				try (InputStream in = resource.getInputStream()) {
					files.add(new ModelFile(resource.getFilename(), in.readAllBytes()));
				}
			}
		}
		return files;
	}

}
