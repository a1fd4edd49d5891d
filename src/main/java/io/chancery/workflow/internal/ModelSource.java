package io.chancery.workflow.internal;

/** Where a model version came from. */
enum ModelSource {

	/** A file in bpmn/, dmn/ or forms/, recorded at start-up when its content was new. */
	SHIPPED,
	/** Deployed by a manager or admin through the editor or the API. */
	MANAGER

}
