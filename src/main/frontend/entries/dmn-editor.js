// DMN decision tables in dmn-js: the Modeler for managers, the Viewer for read-only versions. Managers
// change tables, not the requirements diagram, so the first decision table opens directly; a file with
// several decisions gets one button per decision.
import DmnModeler from 'dmn-js/lib/Modeler';
import DmnViewer from 'dmn-js/lib/Viewer';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import { openEditor } from '../lib/model-editor.js';

openEditor(async (xml, editable) => {
  const Editor = editable ? DmnModeler : DmnViewer;
  const dmn = new Editor({ container: '#model-canvas' });
  await dmn.importXML(xml);
  const views = dmn.getViews();
  const tables = views.filter((view) => view.type === 'decisionTable');
  await dmn.open(tables[0] || views[0]);
  if (tables.length > 1) {
    const bar = document.getElementById('model-views');
    tables.forEach((view) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-sm btn-outline-secondary';
      button.textContent = view.element.name || view.element.id;
      button.addEventListener('click', () => dmn.open(view));
      bar.append(button);
    });
  }
  return async () => (await dmn.saveXML({ format: true })).xml;
});
