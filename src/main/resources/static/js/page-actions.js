// Small behaviours of server-rendered pages, declared by data attributes instead of inline handlers
// (the Content-Security-Policy allows no inline script). A plain file, not a bundle: the frontend
// build writes its bundles next to it in target/classes/static/js.

// <form data-confirm="Question?">: asks before submitting.
document.addEventListener('submit', (event) => {
  const question = event.target.dataset?.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// <button data-copy-from="input-id">: copies that input's value and says so on the button.
document.addEventListener('click', (event) => {
  const button = event.target.closest?.('[data-copy-from]');
  if (!button) {
    return;
  }
  const source = document.getElementById(button.dataset.copyFrom);
  navigator.clipboard.writeText(source.value).then(() => { button.textContent = 'Copied'; });
});
