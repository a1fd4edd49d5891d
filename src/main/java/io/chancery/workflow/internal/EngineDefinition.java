package io.chancery.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.camunda.client.api.response.DecisionRequirements;
import io.camunda.client.api.response.DeploymentEvent;

/** A process, decision or form the engine made of a model file, as the deployment returned it. */
@Embeddable
record EngineDefinition(@Enumerated(EnumType.STRING) Type type, String definitionId, int engineVersion, long engineKey) {

	enum Type {

		PROCESS, DECISION_REQUIREMENTS, DECISION, FORM

	}

	/** The definitions one file of a (possibly larger) deployment produced. */
	static List<EngineDefinition> of(DeploymentEvent deployment, String resourceName) {
		List<EngineDefinition> definitions = new ArrayList<>();
		deployment.getProcesses()
			.stream()
			.filter(process -> resourceName.equals(process.getResourceName()))
			.forEach(process -> definitions.add(new EngineDefinition(Type.PROCESS, process.getBpmnProcessId(),
					process.getVersion(), process.getProcessDefinitionKey())));
		List<DecisionRequirements> graphs = deployment.getDecisionRequirements()
			.stream()
			.filter(graph -> resourceName.equals(graph.getResourceName()))
			.toList();
		graphs.forEach(graph -> definitions.add(new EngineDefinition(Type.DECISION_REQUIREMENTS,
				graph.getDmnDecisionRequirementsId(), graph.getVersion(), graph.getDecisionRequirementsKey())));
		// decisions name their requirements graph, and only the graph names its file
		Set<Long> graphKeys = graphs.stream().map(DecisionRequirements::getDecisionRequirementsKey).collect(Collectors.toSet());
		deployment.getDecisions()
			.stream()
			.filter(decision -> graphKeys.contains(decision.getDecisionRequirementsKey()))
			.forEach(decision -> definitions.add(new EngineDefinition(Type.DECISION, decision.getDmnDecisionId(),
					decision.getVersion(), decision.getDecisionKey())));
		deployment.getForm()
			.stream()
			.filter(form -> resourceName.equals(form.getResourceName()))
			.forEach(form -> definitions.add(new EngineDefinition(Type.FORM, form.getFormId(), form.getVersion(),
					form.getFormKey())));
		return definitions;
	}

}
