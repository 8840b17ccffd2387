import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zip } from './zip.mjs';
import { cmi5Course, scorm12Manifest, scorm2004Manifest } from './manifests.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const WIDGETS = ['survey-360', 'check-in'];
export const FORMATS = ['scorm12', 'scorm2004', 'cmi5'];

const TITLES = { 'survey-360': '360° feedback survey', 'check-in': 'Check-in' };
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Builds the launch page's script (the widgets, the provider and the LMS bridge) with vite. */
export async function buildLaunchScript({ widget, tryOut }) {
  const { build } = await import('vite');
  const root = resolve(here, '..');
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"', __PM_LMS_WIDGET__: JSON.stringify(widget), __PM_LMS_TRY_OUT__: JSON.stringify(tryOut) },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(root, 'src/launch.ts'), formats: ['es'], fileName: () => 'app.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  return [output].flat()[0].output.find((o) => o.type === 'chunk').code;
}

function launchPage(config) {
  // JSON inside <script>: "<" escaped so no value can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${esc(config.locale ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(config.title)}</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; background: light-dark(#ffffff, #161a21); color: light-dark(#1b2330, #e6e9ee); }
  main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  /* The survey shows its own title; the page's heading is for screen readers and the tab. */
  h1 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .pm-lms-notices:empty { display: none; }
  .pm-lms-notices { display: grid; gap: 0.5rem; margin-bottom: 1rem; }
  .pm-lms-notice { margin: 0; padding: 0.625rem 0.875rem; border-radius: 8px; font-size: 0.9375rem; line-height: 1.4;
    background: light-dark(#eef3fd, #1c2638); border: 1px solid light-dark(#c9d8f5, #2f436b); }
  .pm-lms-notice.warning { background: light-dark(#fff6e5, #33280f); border-color: light-dark(#f0cf8c, #6b5320); }
</style>
<script type="application/json" id="pm-lms-config">${json}</script>
<script type="module" src="app.js"></script>
</head>
<body>
<main id="pm-lms">
<h1>${esc(config.title)}</h1>
</main>
</body>
</html>
`;
}

/**
 * Makes a package: `{ widget, format, api?, assignment?, person?, period?, title?, locale?, interactions?, out }`.
 * `script` (from `buildLaunchScript({ widget, tryOut })`) may be passed to reuse one build for several packages.
 * Returns the files written into the zip and the zip's size.
 */
export async function makePackage(options, script) {
  const { widget, format, api, out } = options;
  if (!WIDGETS.includes(widget)) throw new Error(`--widget must be one of ${WIDGETS.join(', ')}`);
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  if (!out) throw new Error('--out is required (the zip to write)');
  if (api !== undefined) {
    let url;
    try {
      url = new URL(api);
    } catch {
      throw new Error(`--api is not a URL: ${api}`);
    }
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new Error('--api must be https:// (http:// only for localhost)');
  }
  const title = options.title ?? TITLES[widget];
  const launchData = widget === 'survey-360' ? options.assignment : options.person;
  const config = {
    format,
    widget,
    title,
    ...(api ? { api } : {}),
    ...(options.assignment ? { assignment: options.assignment } : {}),
    ...(options.person ? { person: options.person } : {}),
    ...(options.period ? { period: options.period } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.interactions ? { interactions: true } : {}),
  };
  const code = script ?? (await buildLaunchScript({ widget, tryOut: !api }));
  const files = { 'index.html': launchPage(config), 'app.js': code };
  const identifier = `pm-widgets-${widget}${launchData ? `-${launchData}` : ''}`.replace(/[^A-Za-z0-9_.-]/g, '-');
  const names = Object.keys(files);
  if (format === 'scorm12') files['imsmanifest.xml'] = scorm12Manifest({ identifier, title, files: names, launchData });
  else if (format === 'scorm2004') files['imsmanifest.xml'] = scorm2004Manifest({ identifier, title, files: names, launchData });
  else files['cmi5.xml'] = cmi5Course({ identifier, title, description: `${title} (pm-widgets)`, launchData });
  const archive = zip(files);
  await mkdir(dirname(resolve(out)), { recursive: true });
  await writeFile(resolve(out), archive);
  return { files: Object.keys(files), bytes: archive.length, scriptGzip: gzipSync(code, { level: 9 }).length };
}
