#!/usr/bin/env node
/**
 * pm-widgets-lms package --widget survey-360|check-in --format scorm12|scorm2004|cmi5
 *   [--api https://backend.example/api] [--assignment ID] [--person ID] [--period P]
 *   [--title T] [--locale en|de] [--interactions] --out dist/survey.zip
 *
 * Without --api the package runs on the in-browser memory adapter (a try-out). --interactions
 * (SCORM) also records a self-assessment's ratings; other raters still report completion only.
 */
import { parseArgs } from 'node:util';
import { makePackage } from './package.mjs';

const USAGE = `usage: pm-widgets-lms package --widget survey-360|check-in --format scorm12|scorm2004|cmi5 [--api URL] [--assignment ID] [--person ID] [--period P] [--title T] [--locale L] [--interactions] --out FILE.zip`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      widget: { type: 'string' }, format: { type: 'string' }, api: { type: 'string' }, out: { type: 'string' },
      assignment: { type: 'string' }, person: { type: 'string' }, period: { type: 'string' }, title: { type: 'string' },
      locale: { type: 'string' }, interactions: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help || positionals[0] !== 'package') {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
try {
  const result = await makePackage(values);
  console.log(`${values.out}: ${result.files.join(', ')} (${(result.bytes / 1024).toFixed(1)} KB zip; script ${(result.scriptGzip / 1024).toFixed(1)} KB gzip)`);
} catch (error) {
  console.error(`pm-widgets-lms: ${error.message}`);
  process.exit(1);
}
