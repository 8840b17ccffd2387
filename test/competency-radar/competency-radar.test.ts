import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { cacheFor, type CompetencyProfile } from '@pm-widgets/core';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import { radarMessages, type PmCompetencyRadar } from '@pm-widgets/competency-radar';
import { makeProfile } from '@pm-widgets/competency-radar/testing';
import { runAdapterStatesSuite } from '../shared/adapter-states.suite.js';

// ── helpers ─────────────────────────────────────────────────────────────────────────────
const $ = <T extends Element = HTMLElement>(el: PmCompetencyRadar, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PmCompetencyRadar, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const t = radarMessages.en;

async function mount(profile: CompetencyProfile, { width = 900, gap, dir }: { width?: number; gap?: number; dir?: string } = {}): Promise<PmCompetencyRadar> {
  const el = document.createElement('pm-competency-radar');
  el.profile = profile;
  if (gap !== undefined) el.gap = gap;
  if (dir) el.setAttribute('dir', dir);
  await fixture(html`<div style="width:${width}px">${el}</div>`);
  await settle(el);
  return el;
}

/** Waits for the ResizeObserver's measurement and the render after it. */
async function settle(el: PmCompetencyRadar): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
  }
}

/** The chart read back from the SVG alone: centre, axis ends, and each series' vertices. */
function readChart(el: PmCompetencyRadar) {
  const axes = $$<SVGLineElement>(el, 'line.axis').map((line) => ({
    x1: line.x1.baseVal.value, y1: line.y1.baseVal.value, x2: line.x2.baseVal.value, y2: line.y2.baseVal.value,
  }));
  const vertices = (series: string) => {
    const d = $<SVGPathElement>(el, `g.series[data-series="${series}"] path.outline`)?.getAttribute('d') ?? '';
    return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  };
  /** The value a vertex stands for, and on which axis it lies (by direction). */
  const decode = (p: { x: number; y: number }, scale = { min: 1, max: 5 }) => {
    const { x1: cx, y1: cy } = axes[0]!;
    const r = Math.hypot(p.x - cx, p.y - cy);
    let best = -1;
    let bestCos = -2;
    axes.forEach((a, i) => {
      const len = Math.hypot(a.x2 - cx, a.y2 - cy);
      const cos = r ? ((p.x - cx) * (a.x2 - cx) + (p.y - cy) * (a.y2 - cy)) / (r * len) : 1;
      if (cos > bestCos) { bestCos = cos; best = i; }
    });
    const radius = Math.hypot(axes[0]!.x2 - cx, axes[0]!.y2 - cy);
    return { axis: best, cos: bestCos, value: scale.min + (r / radius) * (scale.max - scale.min) };
  };
  return { axes, vertices, decode };
}

const boxesOverlap = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// ── accessibility in every state ─────────────────────────────────────────────────────────
describe('pm-competency-radar: accessibility', () => {
  it('is accessible loaded, with history, a tooltip open and the table shown', async () => {
    const el = await mount(makeProfile({ cycles: 2 }));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.point[tabindex="0"]')!.focus();
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).to.exist;
    await expect(el).to.be.accessible();
    el.table = true;
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible with suppressed and refused groups, too few and too many axes, and in German', async () => {
    for (const profile of [
      makeProfile({ suppressed: ['peer', 'other'] }),
      refusedProfile(),
      makeProfile({ axes: 2 }),
      makeProfile({ axes: 40 }),
    ]) {
      const el = await mount(profile);
      await expect(el).to.be.accessible();
    }
    const de = await mount(makeProfile({ cycles: 1 }));
    de.locale = 'de';
    await settle(de);
    expect($(de, 'h2')!.textContent).to.equal('Kompetenzen');
    await expect(de).to.be.accessible();
  });

  it('keeps the data table in the accessibility tree when it is not on screen', async () => {
    const el = await mount(makeProfile());
    const tables = $(el, '[part~="table"]')!;
    expect(tables.classList.contains('visually-hidden')).to.equal(true);
    expect(tables.querySelectorAll('table').length).to.be.greaterThan(0);
    expect(getComputedStyle(tables).display).to.not.equal('none');
    expect(tables.getAttribute('aria-hidden')).to.equal(null);
    const toggle = $$<HTMLButtonElement>(el, '[part~="controls"] button').find((b) => b.textContent!.includes(t.showTable))!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(tables.classList.contains('visually-hidden')).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.table).to.equal(true);
  });

  it('labels the SVG as an image with a one-sentence summary', async () => {
    const el = await mount(makeProfile());
    const chart = $(el, 'svg[part="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    const summary = el.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!)!.textContent!;
    // makeProfile: a blind spot on Delegation (c2), a hidden strength on Courage (c4).
    expect(summary).to.match(/^Strongest: .+ \d\.\d; weakest: .+; largest blind spot: Delegation, self \d\.\d vs others \d\.\d; largest hidden strength: Courage/);
  });
});

// ── geometry ────────────────────────────────────────────────────────────────────────────
describe('pm-competency-radar: geometry', () => {
  it('puts each value at the right radius on the right axis (read from the SVG)', async () => {
    const profile = makeProfile({ axes: 7 });
    const el = await mount(profile);
    const chart = readChart(el);
    expect(chart.axes).to.have.length(7);
    // Axes: evenly spaced, clockwise from the top, all of one length.
    const { x1: cx, y1: cy } = chart.axes[0]!;
    const radius = Math.hypot(chart.axes[0]!.x2 - cx, chart.axes[0]!.y2 - cy);
    chart.axes.forEach((a, i) => {
      const angle = (2 * Math.PI * i) / 7;
      expect(a.x2 - cx, `axis ${i} x`).to.be.closeTo(radius * Math.sin(angle), 0.02);
      expect(a.y2 - cy, `axis ${i} y`).to.be.closeTo(-radius * Math.cos(angle), 0.02);
    });
    const self = chart.vertices('self');
    expect(self).to.have.length(7);
    self.forEach((p, i) => {
      const expected = (profile.competencies[i]!.scores.self as { mean: number }).mean;
      const decoded = chart.decode(p);
      expect(decoded.axis, `vertex ${i} on axis ${i}`).to.equal(i);
      expect(decoded.cos).to.be.closeTo(1, 1e-3);
      expect(decoded.value, `vertex ${i} value`).to.be.closeTo(expected, 0.01);
      // Exact radius: (value − min) / (max − min) of the axis length.
      expect(Math.hypot(p.x - cx, p.y - cy)).to.be.closeTo((radius * (expected - 1)) / 4, 0.02);
    });
  });

  it('mirrors the axes in RTL (clockwise becomes counter-clockwise)', async () => {
    const el = await mount(makeProfile({ axes: 5 }), { dir: 'rtl' });
    const { axes } = readChart(el);
    expect(axes[1]!.x2).to.be.below(axes[0]!.x1);
    const ltr = await mount(makeProfile({ axes: 5 }));
    expect(readChart(ltr).axes[1]!.x2).to.be.above(readChart(ltr).axes[0]!.x1);
  });

  for (const width of [320, 600, 1280]) {
    it(`keeps 20 long labels apart and inside the view box at ${width} px, with nothing scrolling sideways`, async () => {
      const names = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? `Strategic stakeholder communication ${i}` : i % 3 === 1 ? `Ownership ${i}` : `Inclusion and belonging in teams ${i}`));
      const el = await mount(makeProfile({ axes: 20, names }), { width });
      const svg = $<SVGSVGElement>(el, 'svg[part="chart"]')!;
      const vb = svg.viewBox.baseVal;
      const labels = $$<SVGTextElement>(el, 'text.label').map((text) => text.getBBox());
      expect(labels).to.have.length(20);
      for (const box of labels) {
        expect(box.x).to.be.at.least(vb.x - 0.5);
        expect(box.y).to.be.at.least(vb.y - 0.5);
        expect(box.x + box.width).to.be.at.most(vb.x + vb.width + 0.5);
        expect(box.y + box.height).to.be.at.most(vb.y + vb.height + 0.5);
      }
      for (let i = 0; i < labels.length; i++) {
        for (let j = 0; j < i; j++) expect(boxesOverlap(labels[i]!, labels[j]!), `labels ${i} and ${j} overlap`).to.equal(false);
      }
      expect(el.scrollWidth).to.be.at.most(width + 1);
      // Labels cut short keep the full name (title), and the table has it.
      const cut = $$(el, 'text.label title');
      for (const title of cut) expect(names).to.include(title.textContent);
    });
  }

  it('redraws to the new width on resize (ResizeObserver)', async () => {
    const el = await mount(makeProfile({ axes: 8 }), { width: 900 });
    const before = $<SVGSVGElement>(el, 'svg[part="chart"]')!.viewBox.baseVal.width;
    (el.parentElement as HTMLElement).style.width = '400px';
    await waitUntil(() => $<SVGSVGElement>(el, 'svg[part="chart"]')!.viewBox.baseVal.width !== before, 'redrawn');
    expect($<SVGSVGElement>(el, 'svg[part="chart"]')!.viewBox.baseVal.width).to.be.below(before);
  });
});

// ── table and drawing agree ─────────────────────────────────────────────────────────────
describe('pm-competency-radar: table', () => {
  it('shows in the table exactly the values drawn', async () => {
    const profile = makeProfile({ axes: 6, suppressed: ['other'] });
    const el = await mount(profile);
    const chart = readChart(el);
    const rows = $$(el, 'table[part~="scores-table"] tbody tr');
    expect(rows.map((r) => r.querySelector('th')!.textContent)).to.deep.equal(profile.competencies.map((c) => c.name));
    let compared = 0;
    for (const series of ['self', 'manager', 'peer', 'direct-report', 'others', 'target']) {
      chart.vertices(series).slice(0, 6).forEach((p, i) => {
        const cell = rows[i]!.querySelector<HTMLElement>(`td[data-series="${series}"]`)!;
        const drawn = chart.decode(p).value;
        expect(Number(cell.dataset['value']), `${series} ${i}`).to.be.closeTo(drawn, 0.01);
        expect(cell.textContent!.trim().slice(0, 3)).to.equal(drawn.toFixed(1));
        compared++;
      });
    }
    expect(compared).to.equal(36);
    // The hidden group: not drawn, and the table says why.
    expect($(el, 'g.series[data-series="other"]')).to.equal(null);
    expect(rows[0]!.querySelector('td[data-series="other"]')!.textContent).to.equal(t.cellHidden(3));
  });

  it('shows each competency in each cycle with the change and a trend, and switches the compared cycle', async () => {
    const profile = makeProfile({ axes: 4, cycles: 2 });
    const el = await mount(profile);
    const table = $(el, 'table[part~="development-table"]')!;
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads).to.deep.equal(['Competency', 'H2 2025 review', 'H1 2026 review', 'H2 2026 review (now)', 'Change', 'Trend']);
    const row = table.querySelector('tbody tr')!;
    const values = [...row.querySelectorAll('td[data-value]')].map((td) => Number((td as HTMLElement).dataset['value']));
    expect(values).to.have.length(3);
    const change = Number(row.querySelector<HTMLElement>('td.change')!.dataset['change']);
    expect(change).to.be.closeTo(values[2]! - values[1]!, 1e-9);
    expect(row.querySelector('svg.spark polyline')).to.exist;
    // Compare with the older cycle: the change and the "previous" series follow.
    const legendBefore = $(el, '.legend button[data-series="previous"]')!.textContent;
    expect(legendBefore).to.contain('H1 2026 review');
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'cycle-1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '.legend button[data-series="previous"]')!.textContent).to.contain('H2 2025 review');
    const after = Number(table.querySelector('tbody tr td.change')!.getAttribute('data-change'));
    expect(after).to.be.closeTo(values[2]! - values[0]!, 1e-9);
    const previous = readChart(el).vertices('previous');
    expect(readChart(el).decode(previous[0]!).value).to.be.closeTo(values[0]!, 0.01);
  });
});

// ── legend and points by keyboard ───────────────────────────────────────────────────────
describe('pm-competency-radar: keyboard', () => {
  it('toggles series from the legend with Enter and Space (aria-pressed)', async () => {
    const el = await mount(makeProfile());
    const peers = $<HTMLButtonElement>(el, '.legend button[data-series="peer"]')!;
    expect(peers.getAttribute('aria-pressed')).to.equal('true');
    peers.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(peers.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, 'g.series[data-series="peer"]')).to.equal(null);
    expect($$(el, '.point[data-series="peer"]')).to.have.length(0);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(peers.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, 'g.series[data-series="peer"]')).to.exist;
    // Pointer too.
    peers.click();
    await el.updateComplete;
    expect(peers.getAttribute('aria-pressed')).to.equal('false');
  });

  it('moves between points with the arrow keys, one tab stop, and shows a tooltip', async () => {
    const profile = makeProfile({ axes: 5 });
    const el = await mount(profile);
    const stops = $$(el, '.point[tabindex="0"]');
    expect(stops).to.have.length(1);
    stops[0]!.focus();
    await el.updateComplete;
    let tip = $(el, '[role="tooltip"]')!;
    expect(tip.textContent).to.contain(profile.competencies[0]!.name);
    expect(tip.textContent).to.contain('Self');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    let focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset['axis']).to.equal('1');
    expect(focused.dataset['series']).to.equal('self');
    tip = $(el, '[role="tooltip"]')!;
    expect(tip.textContent).to.contain(profile.competencies[1]!.name);
    expect(focused.getAttribute('aria-describedby')).to.equal('tooltip');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset['series']).to.equal('manager');
    tip = $(el, '[role="tooltip"]')!;
    const manager = profile.competencies[1]!.scores.manager as { mean: number; n: number };
    expect(tip.textContent!.replace(/\s+/g, ' ')).to.contain(`Manager ${manager.mean.toFixed(1)} of 5 · 1 rater`);
    expect(focused.getAttribute('aria-label')).to.equal(`${profile.competencies[1]!.name}, Manager: ${manager.mean.toFixed(1)} of 5, 1 rater`);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['axis']).to.equal('0');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['axis']).to.equal('4');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).to.equal(null);
    expect($$(el, '.point[tabindex="0"]')).to.have.length(1);
  });
});

describe('pm-competency-radar: pointer', () => {
  afterEach(() => resetMouse());

  it('shows the tooltip of the point under the pointer, and hides it when the pointer leaves', async () => {
    const profile = makeProfile({ axes: 5 });
    const el = await mount(profile);
    const box = $<HTMLElement>(el, '.point[data-series="manager"][data-axis="2"]')!.getBoundingClientRect();
    const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    // Points can overlap: the tooltip is for the one on top at that spot.
    const top = el.shadowRoot!.elementFromPoint(x, y)!.closest<HTMLElement>('.point')!;
    await sendMouse({ type: 'move', position: [x, y] });
    await waitUntil(() => $(el, '[role="tooltip"]'), 'tooltip shown');
    const axis = profile.competencies[Number(top.dataset['axis'])]!;
    expect($(el, '[role="tooltip"]')!.textContent).to.contain(axis.name);
    expect(top.getAttribute('aria-label')).to.contain($(el, '[role="tooltip"] span')!.textContent);
    await sendMouse({ type: 'move', position: [2, 2] });
    await waitUntil(() => !$(el, '[role="tooltip"]'), 'tooltip hidden');
  });
});

// ── anonymity: defence in depth ─────────────────────────────────────────────────────────
function refusedProfile(): CompetencyProfile {
  // Whoever computed this broke the rule: two peers shown on their own, and an overall that
  // minus the manager would give those two peers.
  return {
    personId: 'p', threshold: 3, scale: { min: 1, max: 5, labels: [] },
    competencies: ['A', 'B', 'C'].map((name, i) => ({
      id: `k${i}`, name,
      scores: { self: { mean: 4, n: 1 }, manager: { mean: 3, n: 1 }, peer: { mean: 2 + i * 0.5, n: 2 } },
      overall: { mean: 2.5, n: 3 },
    })),
  };
}

describe('pm-competency-radar: anonymity', () => {
  it('refuses to draw an anonymous group with fewer raters than the threshold, and says why', async () => {
    const el = await mount(refusedProfile());
    expect($(el, 'g.series[data-series="peer"]')).to.equal(null);
    expect($$(el, '.point[data-series="peer"]')).to.have.length(0);
    expect($(el, '.legend button[data-series="peer"]')).to.equal(null);
    const note = $(el, 'li[data-series="peer"]')!;
    expect(note.textContent).to.contain(t.refused(3));
    const notices = $$(el, '[part~="notice"]').map((n) => n.textContent);
    expect(notices.some((n) => n!.includes(t.refused(3)))).to.equal(true);
    expect(notices).to.include(t.overallRefused);
    // Nothing on screen or in the table carries the peers' figures or the overall.
    const text = el.shadowRoot!.textContent!;
    for (const v of ['2.0', '2.5']) expect(text, v).not.to.include(`Peers: ${v}`);
    expect($$(el, 'td[data-series="peer"]').every((td) => td.textContent === t.cellHidden(3))).to.equal(true);
    // The "others" figure used for insights falls back to the manager alone, never the overall.
    expect($(el, 'figcaption')!.textContent).to.contain('3.0');
  });

  it('refuses groups in earlier cycles too', async () => {
    const profile = makeProfile({ axes: 3, cycles: 1 });
    profile.history![0]!.scores[0]!.scores = { peer: { mean: 1.2, n: 2 } };
    delete profile.history![0]!.scores[0]!.overall;
    const el = await mount(profile);
    const cell = $(el, 'table[part~="development-table"] tbody tr td')!;
    expect(cell.textContent).to.equal(t.cellNone);
  });

  it('lists a group the rule hid as "not enough responses", never as zero', async () => {
    const el = await mount(makeProfile({ suppressed: ['peer', 'direct-report', 'other'] }));
    for (const group of ['peer', 'direct-report', 'other']) {
      expect($(el, `li[data-series="${group}"]`)!.textContent).to.contain(t.notEnough(3));
      expect($(el, `g.series[data-series="${group}"]`)).to.equal(null);
    }
    expect($(el, 'g.series[data-series="others"]')).to.exist;
  });
});

// ── blind spots, hidden strengths, focus ────────────────────────────────────────────────
function gapProfile(selfMinusOthers: readonly number[]): CompetencyProfile {
  return {
    personId: 'p', threshold: 3, scale: { min: 1, max: 5, labels: [] },
    competencies: selfMinusOthers.map((d, i) => ({
      id: `g${i}`, name: `Skill ${i}`,
      scores: { self: { mean: 3 + d, n: 1 }, peer: { mean: 3, n: 4 } },
      overall: { mean: 3, n: 4 },
    })),
  };
}

describe('pm-competency-radar: blind spots and hidden strengths', () => {
  it('lists self above others by at least the gap (default a third of the range) as blind spots, below as hidden strengths', async () => {
    // Range 4 → gap 4/3 ≈ 1.33.
    const el = await mount(gapProfile([1.4, 4 / 3, 1.3, -1.4, -1.3, 0]));
    const lists = $$(el, '.insight-group');
    const names = (group: Element) => [...group.querySelectorAll('li strong')].map((s) => s.textContent);
    expect(names(lists[0]!)).to.deep.equal(['Skill 0', 'Skill 1']);
    expect(names(lists[1]!)).to.deep.equal(['Skill 3']);
    expect(lists[0]!.querySelector('li')!.textContent!.replace(/\s+/g, ' ')).to.contain('You 4.4 · others 3.0 (+1.4)');
    expect(lists[0]!.textContent).to.contain('1.3 higher');
  });

  it('takes a configured gap', async () => {
    const el = await mount(gapProfile([1.4, 0.6, -0.6, 0.4]), { gap: 0.5 });
    const lists = $$(el, '.insight-group');
    expect(lists[0]!.querySelectorAll('li')).to.have.length(2);
    expect(lists[1]!.querySelectorAll('li')).to.have.length(1);
  });

  it('names strongest and weakest by others’ figure', async () => {
    const profile = gapProfile([0, 0, 0]);
    (profile.competencies[1]!.scores.peer as { mean: number }).mean = 4.4;
    profile.competencies[1]!.overall = { mean: 4.4, n: 4 };
    profile.competencies[2]!.overall = { mean: 2.1, n: 4 };
    (profile.competencies[2]!.scores.peer as { mean: number }).mean = 2.1;
    const el = await mount(profile);
    const extremes = $$(el, '.extreme').map((e) => `${e.querySelector('dt')!.textContent}: ${e.querySelector('dd strong')!.textContent} ${e.querySelector('dd .numbers')!.textContent}`);
    expect(extremes).to.deep.equal(['Strongest: Skill 1 4.4 by others', 'Weakest: Skill 2 2.1 by others']);
  });

  it('fires pm-competency-focus with the competency and the reason', async () => {
    const el = await mount(gapProfile([1.5, -1.5, 0]));
    const button = $$<HTMLButtonElement>(el, '.insight-group [part~="focus-button"]')[0]!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'pm-competency-focus');
    expect(event.detail).to.deep.equal({ competencyId: 'g0', competency: 'Skill 0', reason: 'blind-spot' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).to.equal(t.focusChosen('Skill 0'));
  });

  it('says blind spots need a self-assessment when there is none', async () => {
    const el = await mount(makeProfile({ noSelf: true }));
    expect($(el, '.insight-group')!.textContent).to.contain(t.needsSelf);
  });
});

// ── bad input ───────────────────────────────────────────────────────────────────────────
describe('pm-competency-radar: bad input', () => {
  it('draws bars and says why for one or two competencies', async () => {
    const el = await mount(makeProfile({ axes: 2 }));
    expect($(el, 'svg[part="chart"]')).to.equal(null);
    expect($$(el, '[part~="bars"] .bar-group')).to.have.length(2);
    expect($$(el, '[part~="notice"]').map((n) => n.textContent)).to.include(t.tooFew(2));
  });

  it('shows 40 competencies as a table with a message instead of an unreadable radar', async () => {
    const el = await mount(makeProfile({ axes: 40 }));
    expect($(el, 'svg[part="chart"]')).to.equal(null);
    expect($(el, '[part~="table"]')!.classList.contains('visually-hidden')).to.equal(false);
    expect($$(el, 'table[part~="scores-table"] tbody tr')).to.have.length(40);
    expect($$(el, '[part~="notice"]').map((n) => n.textContent)).to.include(t.tooMany(40, 20));
  });

  it('leaves out figures outside the scale, shows duplicates once, and draws no target when there is none', async () => {
    const profile = makeProfile({ axes: 4, noTarget: true });
    (profile.competencies[0]!.scores.self as { mean: number }).mean = 7;
    profile.competencies.push({ ...structuredClone(profile.competencies[1]!), name: 'Copy' });
    const el = await mount(profile);
    expect($$(el, 'text.label')).to.have.length(4);
    expect(readChart(el).vertices('self')).to.have.length(3);
    expect($(el, '.legend button[data-series="target"]')).to.equal(null);
    const notices = $$(el, '[part~="notice"]').map((n) => n.textContent);
    expect(notices).to.include(t.outOfScale(1, '1.0', '5.0'));
    expect(notices).to.include(t.duplicates('Copy'));
  });

  it('draws a competency with no scores as an axis without points', async () => {
    const profile = makeProfile({ axes: 4 });
    profile.competencies[2]!.scores = {};
    delete profile.competencies[2]!.overall;
    delete profile.competencies[2]!.target;
    const el = await mount(profile);
    expect($$(el, 'line.axis')).to.have.length(4);
    expect($$(el, '.point[data-axis="2"]')).to.have.length(0);
    expect(readChart(el).vertices('self')).to.have.length(3 + 2); // two open runs joined around the gap
  });

  it('renders hostile names as text', async () => {
    const profile = makeProfile({ axes: 3, names: ['<img src=x onerror=alert(1)>', '<b>Bold</b>', '"><script>x</script>'] });
    const el = await mount(profile);
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'script')).to.equal(null);
    expect($(el, 'table th[scope="row"]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('says so for an invalid scale', async () => {
    const profile = makeProfile({ axes: 3 });
    profile.scale = { min: 5, max: 5, labels: [] };
    const el = await mount(profile);
    expect($$(el, '[part~="notice"]').map((n) => n.textContent)).to.include(t.badScale);
    expect($(el, 'svg[part="chart"]')).to.equal(null);
  });
});

// ── loading through the adapter ─────────────────────────────────────────────────────────
describe('pm-competency-radar: adapter', () => {
  it('loads the person’s profile for a cycle from the memory adapter', async () => {
    const adapter = createMemoryAdapter();
    const el = document.createElement('pm-competency-radar');
    el.adapter = adapter;
    el.setAttribute('person', DEMO.viewerId);
    await fixture(html`<div style="width:900px">${el}</div>`);
    await waitUntil(() => $(el, 'svg[part="chart"]'), 'chart drawn');
    expect($$(el, 'text.label')).to.have.length(5);
    expect($(el, '.cycle')!.textContent).to.match(/review/);
    el.setAttribute('cycle', DEMO.previousCycleId);
    await waitUntil(() => $$(el, 'table[part~="development-table"] thead th').length === 5, 'previous cycle: one earlier cycle');
    await expect(el).to.be.accessible();
  });
});

describe('pm-competency-radar: shared cache', () => {
  it('shows a group as soon as a 360 submitted through the same adapter brings it to the threshold', async () => {
    const adapter = createMemoryAdapter();
    const el = document.createElement('pm-competency-radar');
    el.adapter = adapter;
    el.setAttribute('person', DEMO.managerId);
    await fixture(html`<div style="width:900px">${el}</div>`);
    await waitUntil(() => $(el, 'svg[part="chart"]'), 'chart drawn');
    // Two "other" raters so far: hidden and pooled.
    expect($(el, 'li[data-series="other"]')!.textContent).to.contain(t.notEnough(3));
    const api = cacheFor(adapter).api;
    const assignment = await api.getAssignment(DEMO.assignmentIds.other);
    const answers = Object.fromEntries(assignment.survey.sections.flatMap((s) => s.questions)
      .map((q) => [q.id, q.kind === 'rating' ? 4 : q.kind === 'text' ? 'Thanks' : []]));
    await api.submitSurvey(DEMO.assignmentIds.other, answers, { idempotencyKey: 'radar-cache-test' });
    await waitUntil(() => $(el, '.legend button[data-series="other"]'), 'the third "other" rater makes the group visible');
    expect($(el, 'g.series[data-series="other"]')).to.exist;
  });
});

runAdapterStatesSuite({
  tag: 'pm-competency-radar',
  attributes: { person: 'p-story' },
  method: 'getCompetencyProfile',
  loaded: makeProfile({ cycles: 1 }),
  empty: { personId: 'p-story', threshold: 3, scale: { min: 1, max: 5, labels: [] }, competencies: [] },
  malformed: { ...makeProfile(), threshold: 'three' },
});
