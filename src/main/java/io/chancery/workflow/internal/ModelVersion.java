package io.chancery.workflow.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** One deployed version of a model file, kept with its content so it can be opened and re-deployed. */
@Entity
class ModelVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String resourceName;

	@Enumerated(EnumType.STRING)
	private ModelKind kind;

	/** Counts per file name in the order the versions were recorded: the highest is the current one. */
	private int version;

	private byte[] content;

	/** SHA-256 of the content, hex. */
	private String checksum;

	@Enumerated(EnumType.STRING)
	private ModelSource source;

	/** The manager's email; null for shipped files. */
	private String deployedBy;

	private Instant deployedAt;

	private String comment;

	private long deploymentKey;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "model_definition", joinColumns = @JoinColumn(name = "model_version_id"))
	private List<EngineDefinition> definitions;

	protected ModelVersion() {
	}

	ModelVersion(ModelFile file, int version, ModelSource source, String deployedBy, Instant deployedAt,
			String comment, long deploymentKey, List<EngineDefinition> definitions) {
		this.resourceName = file.resourceName();
		this.kind = file.kind();
		this.version = version;
		this.content = file.content();
		this.checksum = file.checksum();
		this.source = source;
		this.deployedBy = deployedBy;
		this.deployedAt = deployedAt;
		this.comment = comment;
		this.deploymentKey = deploymentKey;
		this.definitions = List.copyOf(definitions);
	}

	ModelFile file() {
		return new ModelFile(resourceName, content);
	}

	Long getId() {
		return id;
	}

	String getResourceName() {
		return resourceName;
	}

	ModelKind getKind() {
		return kind;
	}

	int getVersion() {
		return version;
	}

	String getChecksum() {
		return checksum;
	}

	ModelSource getSource() {
		return source;
	}

	String getDeployedBy() {
		return deployedBy;
	}

	Instant getDeployedAt() {
		return deployedAt;
	}

	String getComment() {
		return comment;
	}

	long getDeploymentKey() {
		return deploymentKey;
	}

	List<EngineDefinition> getDefinitions() {
		return definitions;
	}

}
