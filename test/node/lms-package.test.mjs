/**
 * The packager: the CLI as a user runs it, the zip it writes, and the descriptors inside, parsed
 * by Chromium's XML parser and checked for each format's required elements.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { unzip } from '../../packages/lms/bin/zip.mjs';
import { packageAndUnzip } from './lms-helpers.mjs';

const run = promisify(execFile);
const cli = new URL('../../packages/lms/bin/pm-widgets-lms.mjs', import.meta.url).pathname;
const dir = mkdtempSync(`${tmpdir()}/pm-lms-pkg-`);
let browser;
let page;

before(async () => {
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
  page = await browser.newPage();
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Parses XML in Chromium; returns the parser error, or the answers of `queries` (namespace-aware). */
async function inspect(xml, queries) {
  return page.evaluate(({ xml, queries }) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) return { error: error.textContent };
    const out = {};
    for (const [key, [ns, name, attr]] of Object.entries(queries)) {
      const found = [...doc.getElementsByTagNameNS(ns, name)];
      out[key] = attr ? found.map((e) => e.getAttributeNS(attr.includes(':') ? ns : null, attr.split(':').pop()) ?? e.getAttribute(attr)) : found.map((e) => e.textContent.trim());
    }
    return out;
  }, { xml, queries });
}

const CP12 = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADL12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const CP2004 = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADL2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const CMI5 = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

describe('pm-widgets-lms CLI', () => {
  it('writes an importable zip and says what is in it', async () => {
    const out = `${dir}/cli/check-in.zip`;
    const { stdout } = await run(process.execPath, [cli, 'package', '--widget', 'check-in', '--format', 'scorm2004', '--api', 'https://pm.example/api', '--person', 'p-diego', '--out', out]);
    assert.match(stdout, /index\.html, app\.js, imsmanifest\.xml/);
    const files = unzip(readFileSync(out));
    assert.deepEqual(Object.keys(files).sort(), ['app.js', 'imsmanifest.xml', 'index.html']);
    const html = files['index.html'].toString();
    const config = JSON.parse(/<script type="application\/json" id="pm-lms-config">(.*?)<\/script>/s.exec(html)[1]);
    assert.deepEqual(config, { format: 'scorm2004', widget: 'check-in', title: 'Check-in', api: 'https://pm.example/api', person: 'p-diego' });
    assert.ok(!files['app.js'].toString().includes('Mei Chen'), 'a package with a backend carries no demo data');
  });

  it('refuses bad options with a clear message', async () => {
    const fail = (args) => run(process.execPath, [cli, 'package', ...args]).then(() => assert.fail('should fail'), (e) => e.stderr);
    assert.match(await fail(['--widget', 'goal-tree', '--format', 'cmi5', '--out', `${dir}/x.zip`]), /--widget must be one of survey-360, check-in/);
    assert.match(await fail(['--widget', 'survey-360', '--format', 'aicc', '--out', `${dir}/x.zip`]), /--format must be one of/);
    assert.match(await fail(['--widget', 'survey-360', '--format', 'cmi5', '--api', 'http://pm.example', '--out', `${dir}/x.zip`]), /must be https/);
    assert.match(await fail(['--widget', 'survey-360', '--format', 'cmi5']), /--out is required/);
  });
});

describe('descriptors', () => {
  it('SCORM 1.2 imsmanifest.xml: well-formed, schema 1.2, one SCO launching index.html with the assignment as launch data', async () => {
    const files = await packageAndUnzip({ widget: 'survey-360', format: 'scorm12', assignment: 'a-1&<x>' }, dir);
    const m = await inspect(files['imsmanifest.xml'].toString(), {
      schema: [CP12, 'schema'], version: [CP12, 'schemaversion'], orgDefault: [CP12, 'organizations', 'default'],
      org: [CP12, 'organization', 'identifier'], ref: [CP12, 'item', 'identifierref'], res: [CP12, 'resource', 'identifier'],
      href: [CP12, 'resource', 'href'], type: [ADL12, 'datafromlms'], files: [CP12, 'file', 'href'],
    });
    assert.equal(m.error, undefined);
    assert.deepEqual(m.schema, ['ADL SCORM']);
    assert.deepEqual(m.version, ['1.2']);
    assert.deepEqual(m.orgDefault, m.org);
    assert.deepEqual(m.ref, m.res);
    assert.deepEqual(m.href, ['index.html']);
    assert.deepEqual(m.type, ['a-1&<x>']);
    for (const f of m.files) assert.ok(files[f], `${f} is in the zip`);
    assert.match(files['imsmanifest.xml'].toString(), /adlcp:scormtype="sco"/);
  });

  it('SCORM 2004 imsmanifest.xml: well-formed, 4th edition, scormType sco, dataFromLMS', async () => {
    const files = await packageAndUnzip({ widget: 'survey-360', format: 'scorm2004', assignment: 'a-2' }, dir);
    const m = await inspect(files['imsmanifest.xml'].toString(), {
      version: [CP2004, 'schemaversion'], ref: [CP2004, 'item', 'identifierref'], res: [CP2004, 'resource', 'identifier'],
      data: [ADL2004, 'dataFromLMS'], files: [CP2004, 'file', 'href'],
    });
    assert.equal(m.error, undefined);
    assert.deepEqual(m.version, ['2004 4th Edition']);
    assert.deepEqual(m.ref, m.res);
    assert.deepEqual(m.data, ['a-2']);
    for (const f of m.files) assert.ok(files[f], `${f} is in the zip`);
    assert.match(files['imsmanifest.xml'].toString(), /adlcp:scormType="sco"/);
  });

  it('cmi5.xml: well-formed course structure with one AU (id, moveOn, url, launch parameters)', async () => {
    const files = await packageAndUnzip({ widget: 'survey-360', format: 'cmi5', assignment: 'a-3' }, dir);
    const m = await inspect(files['cmi5.xml'].toString(), {
      course: [CMI5, 'course', 'id'], au: [CMI5, 'au', 'id'], moveOn: [CMI5, 'au', 'moveOn'], url: [CMI5, 'url'],
      params: [CMI5, 'launchParameters'], titles: [CMI5, 'langstring'],
    });
    assert.equal(m.error, undefined);
    assert.equal(m.course.length, 1);
    assert.equal(m.au.length, 1);
    assert.match(m.au[0], /^https:\/\//);
    assert.deepEqual(m.moveOn, ['Completed']);
    assert.deepEqual(m.url, ['index.html']);
    assert.deepEqual(m.params, ['a-3']);
    assert.ok(m.titles.every((t) => t.length > 0));
    assert.ok(files['index.html'] && files['app.js']);
  });
});
