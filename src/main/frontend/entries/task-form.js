// Renders a user task's Camunda form with form-js, pre-filled with the task's variables, and submits
// the values as JSON. The server validates them again against the same form before completing.
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';

const container = document.getElementById('task-form');

if (container) {
  const schema = JSON.parse(document.getElementById('task-form-schema').textContent);
  const data = JSON.parse(document.getElementById('task-form-data').textContent);
  const readOnly = container.dataset.readonly === 'true';
  const form = new Form({ container });
  const status = document.getElementById('task-form-status');

  form.importSchema(schema, data).then(() => {
    if (readOnly) {
      form.setProperty('readOnly', true);
    }
  });

  const submit = document.getElementById('task-form-submit');
  if (submit) {
    submit.addEventListener('click', () => form.submit());
  }

  form.on('submit', async (event) => {
    if (readOnly || Object.keys(event.errors).length > 0) {
      return;
    }
    status.textContent = 'Completing…';
    const response = await fetch(container.dataset.completeUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, application/problem+json',
        [container.dataset.csrfHeader]: container.dataset.csrfToken
      },
      body: JSON.stringify({ variables: event.data })
    });
    if (response.ok) {
      window.location.assign(container.dataset.doneUrl);
      return;
    }
    const problem = await response.json().catch(() => ({}));
    const fields = (problem.errors || []).map((error) => `${error.field}: ${error.message}`).join('; ');
    status.textContent = (problem.detail || 'The task could not be completed') + (fields ? ` (${fields})` : '');
    status.classList.add('text-danger');
  });
}
