// Draws each report chart from the table beside it: the table is the accessible view and the only
// data source, so the chart can never disagree with it.
import Chart from 'chart.js/auto';

const palette = ['#0d6efd', '#fd7e14', '#dc3545', '#6f42c1', '#198754', '#20c997', '#ffc107', '#6c757d'];

for (const canvas of document.querySelectorAll('canvas[data-chart-for]')) {
  const table = document.getElementById(canvas.dataset.chartFor);
  if (!table || !table.dataset.chart) continue;
  const spec = JSON.parse(table.dataset.chart);
  const keys = [...table.querySelectorAll('thead th')].map((th) => th.dataset.key);
  const labels = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.dataset.value));
  const labelIndex = keys.indexOf(spec.labelKey);
  const datasets = spec.valueKeys.map((key, i) => {
    const index = keys.indexOf(key);
    return {
      label: labels[index],
      data: rows.map((row) => Number(row[index] || 0)),
      backgroundColor: spec.type === 'doughnut' ? palette : palette[i % palette.length],
      borderColor: spec.type === 'doughnut' ? '#fff' : palette[i % palette.length]
    };
  });
  new Chart(canvas, {
    type: spec.type,
    data: { labels: rows.map((row) => row[labelIndex]), datasets },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: spec.type === 'doughnut' ? {} : { x: { stacked: spec.stacked }, y: { stacked: spec.stacked, beginAtZero: true } }
    }
  });
}
