import { parseArgs } from 'node:util';
import { formatResult, runHttpContract } from './index.js';

const USAGE = `Usage: pm-widgets-contract <baseUrl> [--token T] [--token-for personId=T ...] [--dev-tokens]
                           [--person ID] [--manager ID] [--ids ids.json] [--grep PATTERN]

Checks a backend against the pm-widgets REST contract through the widgets' own REST adapter, and
prints what passed and, for each failure, what the widgets will do wrong. The checks write (goals,
check-ins, feedback, a survey submission): run it against a test copy of your data.

  --token T           Authorization: Bearer T on every call
  --token-for id=T    a token per person, where your backend authorises per person (repeatable)
  --dev-tokens        the reference server's dev mode: fetch a token per person
  --person ID         the person the checks act as (default: the demo organisation's p-priya)
  --manager ID        that person's manager (replies to check-ins)
  --ids FILE          JSON with the ids the checks need (see ContractIds in the README)
  --grep PATTERN      run only the checks whose name matches`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    token: { type: 'string' },
    'token-for': { type: 'string', multiple: true },
    'dev-tokens': { type: 'boolean' },
    person: { type: 'string' },
    manager: { type: 'string' },
    ids: { type: 'string' },
    grep: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const baseUrl = positionals[0];
if (values.help || !baseUrl) {
  console.log(USAGE);
  process.exit(baseUrl || values.help ? 0 : 2);
}
const tokens = Object.fromEntries((values['token-for'] ?? []).map((pair) => {
  const at = pair.indexOf('=');
  if (at < 1) { console.error(`--token-for needs personId=token, not "${pair}"`); process.exit(2); }
  return [pair.slice(0, at), pair.slice(at + 1)];
}));
let ids = {};
if (values.ids) {
  const { readFile } = await import('node:fs/promises');
  ids = JSON.parse(await readFile(values.ids, 'utf8'));
}
if (values.person) ids = { ...ids, personId: values.person, checkInPersonId: values.person, raterId: values.person };

console.log(`pm-widgets contract against ${baseUrl}`);
const report = await runHttpContract({
  baseUrl, token: values.token, tokens, devTokens: values['dev-tokens'], ids, managerId: values.manager,
  grep: values.grep ? new RegExp(values.grep, 'i') : undefined,
  onResult: (r) => console.log(formatResult(r)),
}).catch((error: unknown) => {
  console.error(`Could not run the checks: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
console.log(`\n${report.passed} passed, ${report.failed} failed${report.skipped ? `, ${report.skipped} skipped` : ''}`);
if (report.failed) console.log('Each failure above says what the widgets will do wrong; the README\'s "Contract" section lists every field.');
process.exit(report.failed ? 1 : 0);
