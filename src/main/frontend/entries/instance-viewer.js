// Shows a process instance on its BPMN diagram: where it waits now, where it has been and where it
// failed. The page passes the diagram and the element ids in data- attributes (no inline script).
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import '../styles/instance-viewer.css';

const container = document.getElementById('instance-diagram');

if (container) {
  const ids = (name) => (container.dataset[name] || '').split(' ').filter(Boolean);
  const viewer = new NavigatedViewer({ container });

  viewer.importXML(container.dataset.bpmnXml).then(() => {
    const canvas = viewer.get('canvas');
    const elements = viewer.get('elementRegistry');
    const mark = (elementIds, marker) => elementIds
      .filter((id) => elements.get(id))
      .forEach((id) => canvas.addMarker(id, marker));
    canvas.zoom('fit-viewport');
    mark(ids('completed'), 'monitor-completed');
    mark(ids('active'), 'monitor-active');
    mark(ids('incident'), 'monitor-incident');
    container.dataset.rendered = 'true';
  }).catch((error) => {
    container.textContent = `The diagram cannot be shown: ${error.message}`;
  });
}
