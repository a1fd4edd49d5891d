// The Exports page: "Download now" streams the list straight away; running background jobs are polled
// for their progress until their download link appears.
const form = document.getElementById('export-form');
form.querySelector('[data-download-now]').addEventListener('click', (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const name of ['from', 'to']) {
    const value = form.elements[name].value;
    if (value) params.set(name, value);
  }
  const query = params.toString();
  window.location.href = `/api/v1/exports/${encodeURIComponent(form.elements.list.value)}.xlsx${query ? '?' + query : ''}`;
});

async function poll(row) {
  const response = await fetch(row.dataset.statusUrl, { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const job = await response.json();
  // a failed job's Retry button is a form the page renders (with its CSRF token): show it
  if (job.status === 'FAILED') {
    window.location.reload();
    return;
  }
  row.querySelector('.job-rows').textContent = job.rows;
  row.querySelector('.job-status').textContent = job.status;
  row.dataset.status = job.status;
  if (job.downloadUrl) {
    const link = document.createElement('a');
    link.href = job.downloadUrl;
    link.textContent = 'Download';
    row.querySelector('.job-download').replaceChildren(link);
  }
  if (job.status === 'RUNNING') setTimeout(() => poll(row), 1000);
}

document.querySelectorAll('#jobs tr[data-status="RUNNING"]').forEach((row) => poll(row));
