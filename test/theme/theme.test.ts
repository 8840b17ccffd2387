import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { DEMO, createMemoryAdapter } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import type { PmProvider } from '@pm-widgets/core';

/*
 * Theming: the provider's theme and density reach every widget; every widget is AA (axe's text
 * contrast) in light and dark; the non-text pairs the widgets draw with (borders of controls,
 * focus ring, accent, status colours) keep 3:1 against their surfaces in both themes.
 */

const NOW = new Date('2026-11-18T10:00:00Z');

const widgets = {
  'pm-goal-tree': () => html`<pm-goal-tree root=${DEMO.orgRootGoalId} expand-depth="2"></pm-goal-tree>`,
  'pm-check-in': () => html`<pm-check-in person=${DEMO.viewerId}></pm-check-in>`,
  'pm-survey-360': () => html`<pm-survey-360 assignment=${DEMO.assignmentIds.peer}></pm-survey-360>`,
  'pm-competency-radar': () => html`<pm-competency-radar person=${DEMO.viewerId}></pm-competency-radar>`,
  'pm-feedback-timeline': () => html`<pm-feedback-timeline person=${DEMO.viewerId}></pm-feedback-timeline>`,
};
type Widget = keyof typeof widgets;

async function mount(widget: Widget, attrs: { theme?: string; density?: string; locale?: string } = {}): Promise<HTMLElement> {
  const adapter = createMemoryAdapter({ now: NOW });
  const provider = await fixture<PmProvider>(html`<div style="background: Canvas; color: CanvasText; padding: 8px">
    <pm-provider .adapter=${adapter} viewer=${DEMO.viewerId} theme=${attrs.theme ?? 'light'} density=${attrs.density ?? 'comfortable'}
      locale=${attrs.locale ?? 'en'}>${widgets[widget]()}</pm-provider></div>`);
  const el = provider.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(widget)!;
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"], .loading, [aria-busy="true"]'), `${widget} loads`, { timeout: 5000 });
  await new Promise((r) => setTimeout(r, 50));
  return el;
}

/** The colour a token resolves to inside the widget's shadow root. */
function resolve(el: HTMLElement, token: string, property: 'color' | 'background-color' = 'color'): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.setProperty(property, `var(${token})`);
  el.shadowRoot!.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  const numbers = value.match(/[\d.]+/g)!.map(Number);
  // rgb(0..255) for plain colours, color(srgb 0..1) for color-mix() results.
  const scale = value.startsWith('color(') ? 255 : 1;
  return [numbers[0]! * scale, numbers[1]! * scale, numbers[2]! * scale];
}

function luminance([r, g, b]: [number, number, number]): number {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
const ratio = (a: [number, number, number], b: [number, number, number]) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

for (const theme of ['light', 'dark']) {
  describe(`theme="${theme}"`, () => {
    for (const widget of Object.keys(widgets) as Widget[]) {
      it(`${widget} passes axe, text contrast included`, async () => {
        const el = await mount(widget, { theme });
        await expect(el).to.be.accessible();
      });
    }

    it('keeps text 4.5:1 and non-text 3:1 on every surface', async () => {
      const el = await mount('pm-check-in', { theme });
      const surfaces = ['--_surface', '--_surface-raised'];
      const failures: string[] = [];
      for (const surface of surfaces) {
        const bg = resolve(el, surface, 'background-color');
        for (const text of ['--_text', '--_text-muted', '--_accent', '--_success', '--_warning', '--_danger']) {
          const r = ratio(resolve(el, text), bg);
          if (r < 4.5) failures.push(`${text} on ${surface}: ${r.toFixed(2)}`);
        }
        for (const line of ['--_border-strong', '--_focus', '--_accent']) {
          const r = ratio(resolve(el, line), bg);
          if (r < 3) failures.push(`${line} on ${surface}: ${r.toFixed(2)}`);
        }
      }
      for (const status of ['success', 'warning', 'danger']) {
        const r = ratio(resolve(el, `--_${status}`), resolve(el, `--_${status}-soft`, 'background-color'));
        if (r < 4.5) failures.push(`--_${status} on --_${status}-soft: ${r.toFixed(2)}`);
      }
      const r = ratio(resolve(el, '--_accent-contrast'), resolve(el, '--_accent', 'background-color'));
      if (r < 4.5) failures.push(`--_accent-contrast on --_accent: ${r.toFixed(2)}`);
      expect(failures).to.deep.equal([]);
    });
  });
}

describe('provider theme and density', () => {
  it('theme="dark" darkens the widgets and theme="light" lightens them, whatever the page', async () => {
    const dark = await mount('pm-goal-tree', { theme: 'dark' });
    expect(luminance(resolve(dark, '--_surface', 'background-color'))).to.be.lessThan(0.1);
    const light = await mount('pm-goal-tree', { theme: 'light' });
    expect(luminance(resolve(light, '--_surface', 'background-color'))).to.be.greaterThan(0.8);
  });

  it('theme="auto" follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mount('pm-goal-tree', { theme: 'auto' });
      expect(luminance(resolve(el, '--_surface', 'background-color'))).to.be.lessThan(0.1);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('density="compact" tightens spacing but keeps 24 px targets', async () => {
    const comfortable = await mount('pm-check-in', { density: 'comfortable' });
    const comfortableHeight = comfortable.getBoundingClientRect().height;
    const compact = await mount('pm-check-in', { density: 'compact' });
    expect(compact.getBoundingClientRect().height).to.be.lessThan(comfortableHeight * 0.95);
    for (const button of compact.shadowRoot!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.height, button.textContent ?? '').to.be.at.least(24);
    }
  });

  it('prefers-reduced-motion: reduce stops transitions', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mount('pm-check-in');
      const button = el.shadowRoot!.querySelector('button')!;
      const durations = getComputedStyle(button).transitionDuration.split(',').map((d) => parseFloat(d));
      expect(Math.max(...durations)).to.be.below(0.001);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
