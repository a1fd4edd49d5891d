// Bundles every file in entries/ into target/classes/static/js (one .js and, where styles are
// imported, one .css per entry). Run by Maven (generate-resources) with the machine's own node.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const entries = readdirSync(path.join(here, 'entries'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => path.join(here, 'entries', file));

await build({
  entryPoints: entries,
  outdir: path.join(here, '..', '..', '..', 'target', 'classes', 'static', 'js'),
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2020'],
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  logLevel: 'info'
});
