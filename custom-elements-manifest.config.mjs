/** The Custom Elements Manifest, generated from the classes' JSDoc (`npm run manifest`). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';

/**
 * Events: the analyzer records `dispatchEvent(new PmGoalSelectEvent(goal))` under the argument's
 * name ("goal") and the JSDoc `@event pm-goal-select` without a type. Keep the `pm-*` events and
 * give each the event class its events.ts declares (`static readonly type = 'pm-goal-select'`).
 */
function pmEventTypes() {
  const types = new Map();
  for (const dir of readdirSync('packages')) {
    const file = `packages/${dir}/src/events.ts`;
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/export class (Pm\w+Event)\b[\s\S]*?static readonly type = '([a-z0-9-]+)'/g)) {
      types.set(match[2], { text: match[1], module: `packages/${dir}/src/events.ts` });
    }
  }
  return {
    name: 'pm-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.events) continue;
          decl.events = decl.events.filter((event) => event.name?.startsWith('pm-')).map((event) => {
            const type = types.get(event.name);
            return type ? { ...event, type: { text: type.text }, inheritedFrom: undefined } : event;
          });
        }
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts', '**/testing/**', 'packages/core/src/adapters/**', 'packages/core/src/schemas/**', 'packages/core/src/rules/**', 'packages/server/**', 'packages/testing/**', 'packages/lms/**', 'packages/react/**', 'packages/pm-widgets/src/standalone/**'],
  // The lint's freshness check writes elsewhere to compare.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [pmEventTypes()],
};
