import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEMO, createMemoryAdapter } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';

const NOW = new Date('2026-11-18T10:00:00Z');

/** Everything inside the widget that reaches past its right edge (or its own scrolling). */
function overflow(el: PmCheckIn): string[] {
  const host = el.getBoundingClientRect();
  const out: string[] = [];
  if (el.scrollWidth > el.clientWidth + 1) out.push(`host scrolls: ${el.scrollWidth} > ${el.clientWidth}`);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0 || node.closest('[hidden]') || node.classList.contains('visually-hidden')) continue;
    if (box.right > host.right + 1 || box.left < host.left - 1) out.push(`${node.tagName.toLowerCase()}.${node.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
  }
  return out;
}

async function mountAt(width: number, period: string, viewer: string = DEMO.viewerId): Promise<PmCheckIn> {
  const root = await fixture(html`<div style="width:${width}px">
    <pm-provider .adapter=${createMemoryAdapter({ now: NOW })} viewer=${viewer}>
      <pm-check-in person=${DEMO.viewerId} period=${period}></pm-check-in>
    </pm-provider>
  </div>`);
  const el = root.querySelector('pm-check-in')!;
  await waitUntil(() => el.shadowRoot!.querySelector('form, [part~="summary"]'), 'loaded');
  await el.updateComplete;
  return el;
}

describe('<pm-check-in>: layout by container width', () => {
  for (const width of [320, 420, 800]) {
    it(`the form does not scroll sideways at ${width} px`, async () => {
      const el = await mountAt(width, '2026-W47');
      // Open every note, so the widest state is measured.
      for (const toggle of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.note-toggle[aria-expanded="false"]')) toggle.click();
      await el.updateComplete;
      expect(overflow(el)).to.deep.equal([]);
    });
  }

  it('the submitted check-in does not scroll sideways at 320 px', async () => {
    const el = await mountAt(320, '2026-W46', DEMO.managerId);
    expect(overflow(el)).to.deep.equal([]);
  });

  it('the progress and confidence sliders are equally wide at every width', async () => {
    for (const width of [320, 600, 1000]) {
      const el = await mountAt(width, '2026-W47');
      const row = el.shadowRoot!.querySelector('[part~="goal"][data-mode="manual"]')!;
      const progress = row.querySelector<HTMLElement>('[data-kind="progress"]')!.getBoundingClientRect();
      const confidence = row.querySelector<HTMLElement>('[data-kind="confidence"]')!.getBoundingClientRect();
      expect(Math.abs(progress.width - confidence.width), `at ${width} px: ${progress.width} vs ${confidence.width}`).to.be.below(2);
      expect(progress.top, `aligned at ${width} px`).to.be.closeTo(confidence.top, 2);
      expect(progress.width, `usable at ${width} px`).to.be.above(60);
    }
  });

  it('narrow puts the title above the figures; wide puts them in one row', async () => {
    const narrow = await mountAt(360, '2026-W47');
    let row = narrow.shadowRoot!.querySelector('[part~="goal"]')!;
    expect(row.querySelector('h4')!.getBoundingClientRect().bottom).to.be.at.most(row.querySelector('.goal-confidence')!.getBoundingClientRect().top + 1);
    const wide = await mountAt(1000, '2026-W47');
    row = wide.shadowRoot!.querySelector('[part~="goal"]')!;
    expect(row.querySelector('.goal-confidence')!.getBoundingClientRect().left).to.be.above(row.querySelector('h4')!.getBoundingClientRect().right);
  });
});
