// The signing page's pad: draws with finger or mouse, and on submit puts the PNG into the form.
import SignaturePad from 'signature_pad';

const canvas = document.getElementById('signature-canvas');
const form = document.getElementById('signing-form');
const field = document.getElementById('signature-data');
const pad = new SignaturePad(canvas, { penColor: '#0b1f44', minWidth: 1, maxWidth: 3 });

// The canvas is sized by CSS; match its drawing buffer to the screen so strokes stay sharp.
function resize() {
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  const strokes = pad.toData();
  canvas.width = canvas.offsetWidth * ratio;
  canvas.height = canvas.offsetHeight * ratio;
  canvas.getContext('2d').scale(ratio, ratio);
  pad.clear();
  pad.fromData(strokes);
}
window.addEventListener('resize', resize);
resize();

document.getElementById('clear-signature').addEventListener('click', () => pad.clear());

form.addEventListener('submit', (event) => {
  if (pad.isEmpty()) {
    event.preventDefault();
    let error = document.getElementById('signing-error');
    if (!error) {
      error = document.createElement('div');
      error.id = 'signing-error';
      error.className = 'alert alert-danger';
      error.setAttribute('role', 'alert');
      form.prepend(error);
    }
    error.textContent = 'Please sign in the box before submitting';
    return;
  }
  field.value = pad.toDataURL('image/png');
});
