/** Shared parts of the LMS package tests: build, unzip, serve, and answer a survey like a rater. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { buildLaunchScript, makePackage } from '../../packages/lms/bin/package.mjs';
import { unzip } from '../../packages/lms/bin/zip.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.xml': 'application/xml' };

const scripts = new Map();
/** Runs the packager (one vite build per widget/try-out, reused) and unpacks the zip it wrote. */
export async function packageAndUnzip(options, dir) {
  const key = `${options.widget}:${!options.api}`;
  if (!scripts.has(key)) scripts.set(key, await buildLaunchScript({ widget: options.widget, tryOut: !options.api }));
  const out = `${dir}/${options.format}-${options.assignment ?? options.person ?? 'any'}.zip`;
  await makePackage({ ...options, out }, scripts.get(key));
  return unzip(readFileSync(out));
}

/**
 * A server: `routes` maps a path to `(req, res, body) => void`; `packages` maps a prefix
 * ("/sco/") to unzipped files.
 */
export async function serve({ routes = {}, packages = {} }) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      const route = routes[url.pathname];
      if (route) return route(req, res, Buffer.concat(chunks).toString('utf8'), url);
      for (const [prefix, files] of Object.entries(packages)) {
        if (url.pathname.startsWith(prefix)) {
          const file = files[url.pathname.slice(prefix.length)];
          if (!file) break;
          res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'application/octet-stream' });
          return res.end(file);
        }
      }
      res.writeHead(404).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Answers every question of `<pm-survey-360>` in `frame` through the UI, page by page, then submits. */
export async function answerSurvey(frame, comment) {
  const survey = frame.locator('pm-survey-360');
  await survey.locator('form').waitFor();
  for (let page = 0; page < 12; page++) {
    const questions = survey.locator('[data-question]');
    const count = await questions.count();
    for (let i = 0; i < count; i++) {
      const q = questions.nth(i);
      const area = q.locator('textarea');
      if (await area.count()) {
        await area.first().fill(comment);
        continue;
      }
      const four = q.locator('input[type="radio"][value="4"]');
      const radio = (await four.count()) ? four : q.locator('input[type="radio"]').first();
      if (await radio.count()) {
        await radio.check({ force: true });
        continue;
      }
      const box = q.locator('input[type="checkbox"]').first();
      if (await box.count()) await box.check({ force: true });
    }
    const next = survey.locator('[part~="nav"] button', { hasText: /^\s*Next\s*$/ });
    if (!(await next.count())) break;
    await next.click();
  }
  await survey.locator('[part~="submit"]').click();
}

export const scormAgain = (version) => readFileSync(new URL(`../../node_modules/scorm-again/dist/${version === '1.2' ? 'scorm12' : 'scorm2004'}.min.js`, import.meta.url));
