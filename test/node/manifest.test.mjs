/**
 * The Custom Elements Manifest is complete for the five widgets and the provider: every public
 * property and attribute described and typed, every event typed with its class, parts, slots and
 * CSS properties listed; each package.json points editors at its own manifest and editor data.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const manifest = read('custom-elements.json');
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d, m.path]));
const PACKAGE = { 'pm-provider': 'core', 'pm-goal-tree': 'goal-tree', 'pm-check-in': 'check-in', 'pm-survey-360': 'survey-360', 'pm-competency-radar': 'competency-radar', 'pm-feedback-timeline': 'feedback-timeline' };

describe('custom-elements.json', () => {
  it('lists the five widgets and the provider', () => {
    assert.deepEqual(elements.map(([tag]) => tag).sort(), Object.keys(PACKAGE).sort());
  });
  for (const [tag, el] of elements) {
    it(`<${tag}>: properties, attributes, events, parts, slots, CSS properties`, () => {
      const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly);
      assert.ok(fields.length > 0);
      for (const field of fields) {
        assert.ok(field.type?.text, `${tag}.${field.name} has no type`);
        assert.ok(field.description, `${tag}.${field.name} has no description`);
      }
      assert.ok(el.attributes?.length > 0, 'attributes');
      for (const attr of el.attributes) assert.ok(attr.description && attr.fieldName, `${tag}[${attr.name}]`);
      if (tag === 'pm-provider') {
        assert.ok(el.slots?.length, 'the provider documents its slot');
        return;
      }
      assert.ok(el.events?.length > 0, 'events');
      for (const event of el.events) {
        assert.match(event.name, /^pm-/);
        assert.match(event.type?.text ?? '', /^Pm\w+Event$/, `${event.name} has no event class`);
        assert.ok(event.description, `${event.name} has no description`);
      }
      assert.ok(el.cssParts?.length > 0, 'parts');
      assert.ok(el.cssProperties?.length > 0, 'CSS properties');
    });
  }
  it('each package names its own manifest and editor data', () => {
    for (const [tag, dir] of Object.entries(PACKAGE)) {
      const pkg = read(`packages/${dir}/package.json`);
      assert.equal(pkg.customElements, 'custom-elements.json');
      assert.equal(pkg['web-types'], './web-types.json');
      const own = read(`packages/${dir}/custom-elements.json`);
      assert.ok(own.modules.some((m) => m.declarations?.some((d) => d.tagName === tag)), `${dir} manifest lacks <${tag}>`);
      const html = read(`packages/${dir}/vscode.html-custom-data.json`);
      assert.ok(html.tags.some((t) => t.name === tag && t.attributes.length));
      const web = read(`packages/${dir}/web-types.json`);
      assert.ok(web.contributions.html.elements.some((e) => e.name === tag && e.js.events.every((ev) => ev.type) ));
    }
  });
});
