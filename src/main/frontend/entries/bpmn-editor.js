// BPMN in bpmn-js: the Modeler with the Zeebe properties panel for managers, the NavigatedViewer for
// read-only versions. The Zeebe moddle extension keeps zeebe: properties (user tasks, forms, task
// headers, job types) through a round trip; Camunda's behaviours keep them consistent while editing.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule
} from 'bpmn-js-properties-panel';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import { openEditor } from '../lib/model-editor.js';

openEditor(async (xml, editable) => {
  const moddleExtensions = { zeebe: zeebeModdle };
  const bpmn = editable
    ? new BpmnModeler({
      container: '#model-canvas',
      propertiesPanel: { parent: '#model-properties' },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        ZeebePropertiesProviderModule,
        ZeebeBehaviorsModule
      ],
      moddleExtensions
    })
    : new NavigatedViewer({ container: '#model-canvas', moddleExtensions });
  await bpmn.importXML(xml);
  bpmn.get('canvas').zoom('fit-viewport');
  return async () => (await bpmn.saveXML({ format: true })).xml;
});
