package io.chancery.workflow.internal;

import java.time.Instant;
import java.util.List;

import io.chancery.workflow.internal.ModelDeployments.ModelHistory;

/** Model files and their versions as the API and the pages show them. */
final class ModelViews {

	private ModelViews() {
	}

	record ModelView(String resourceName, ModelKind kind, int currentVersion, List<VersionView> versions) {

		static ModelView of(ModelHistory history) {
			ModelVersion current = history.current();
			return new ModelView(current.getResourceName(), current.getKind(), current.getVersion(),
					history.versions().stream().map(VersionView::of).toList());
		}

		public VersionView current() {
			return versions.getFirst();
		}

	}

	/** A version; {@code definitions} are the engine's ids, versions and keys when it was deployed. */
	record VersionView(String resourceName, ModelKind kind, int version, ModelSource source, String deployedBy,
			Instant deployedAt, String comment, String checksum, long deploymentKey,
			List<EngineDefinition> definitions) {

		static VersionView of(ModelVersion v) {
			return new VersionView(v.getResourceName(), v.getKind(), v.getVersion(), v.getSource(), v.getDeployedBy(),
					v.getDeployedAt(), v.getComment(), v.getChecksum(), v.getDeploymentKey(), v.getDefinitions());
		}

	}

}
