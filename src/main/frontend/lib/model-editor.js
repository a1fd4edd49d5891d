// What the BPMN and DMN editors share: the page's #model-editor element says which version to load
// (data-file-url), whether it may be edited, and where to deploy (data-deploy-url). Deploying posts
// the edited file to the API with the session's CSRF token and shows the engine's answer next to
// the diagram.

export async function openEditor(open) {
  const container = document.getElementById('model-editor');
  if (!container) {
    return;
  }
  const editable = container.dataset.editable === 'true';
  try {
    const response = await fetch(container.dataset.fileUrl, { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`The file could not be loaded (HTTP ${response.status})`);
    }
    const saveXml = await open(await response.text(), editable);
    if (editable) {
      enableDeploy(container, saveXml);
    }
    container.dataset.ready = 'true';
  } catch (error) {
    showError('The model could not be opened', error.message);
  }
}

function enableDeploy(container, saveXml) {
  const form = document.getElementById('deploy-form');
  const button = document.getElementById('deploy');
  const status = document.getElementById('deploy-status');
  button.disabled = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    status.textContent = 'Deploying…';
    hideError();
    try {
      const body = new FormData();
      body.append('file', new Blob([await saveXml()], { type: 'application/xml' }), container.dataset.resourceName);
      body.append('comment', form.elements.comment.value);
      const response = await fetch(container.dataset.deployUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json, application/problem+json', [csrf('_csrf_header')]: csrf('_csrf') },
        body
      });
      const result = await response.json().catch(() => ({}));
      if (response.ok) {
        status.textContent = response.status === 201
          ? `Deployed as version ${result.version}. It is used from now on.`
          : `Nothing changed: version ${result.version} is already deployed.`;
        form.elements.comment.value = '';
      } else {
        status.textContent = '';
        const fields = (result.errors || []).map((error) => error.message).join('\n');
        showError(result.detail || `Deployment failed (HTTP ${response.status})`, result.engineMessage || fields);
      }
    } catch (error) {
      status.textContent = '';
      showError('The model could not be deployed', error.message);
    } finally {
      button.disabled = false;
    }
  });
}

function csrf(name) {
  return document.querySelector(`meta[name="${name}"]`).content;
}

function showError(summary, details) {
  document.getElementById('deploy-error-summary').textContent = summary;
  document.getElementById('deploy-error-details').textContent = details || '';
  document.getElementById('deploy-error').hidden = false;
}

function hideError() {
  document.getElementById('deploy-error').hidden = true;
}
