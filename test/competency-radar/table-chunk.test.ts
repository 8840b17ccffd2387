// The radar's data tables are their own chunk, fetched right after the first render (or before it
// when they are on screen). This file runs in its own page, so nothing has loaded them before.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import type { PmCompetencyRadar } from '@pm-widgets/competency-radar';
import { makeProfile } from '@pm-widgets/competency-radar/testing';
import { barsPart, tablesPart } from '../../packages/competency-radar/src/competency-radar.js';

const $ = <T extends Element = HTMLElement>(el: PmCompetencyRadar, selector: string) => el.shadowRoot!.querySelector<T>(selector);

async function mount(options: Parameters<typeof makeProfile>[0] = {}): Promise<PmCompetencyRadar> {
  const el = document.createElement('pm-competency-radar');
  el.profile = makeProfile(options);
  await fixture(html`<div style="width:900px">${el}</div>`);
  await el.updateComplete;
  return el;
}

describe('<pm-competency-radar> data tables on demand', () => {
  const importer = tablesPart.importer;
  const barsImporter = barsPart.importer;
  beforeEach(() => {
    tablesPart.reset();
    barsPart.reset();
  });
  afterEach(() => {
    tablesPart.importer = importer;
    barsPart.importer = barsImporter;
  });

  it('when the tables cannot be fetched, the chart still shows; the alert is announced; Retry by keyboard brings the tables on screen', async () => {
    tablesPart.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await mount();
    await waitUntil(() => $(el, '#tables [role="alert"]'), 'the alert in the tables area');
    expect($(el, 'svg[part~="chart"]')).to.exist;
    expect($(el, '#tables table')).to.equal(null);
    expect($(el, '#tables')!.textContent).to.contain('The server could not be reached');
    await expect(el).to.be.accessible();

    // Shown on screen, the alert is seen too.
    const toggle = $<HTMLButtonElement>(el, '[aria-controls="tables"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.table).to.equal(true);
    expect($(el, '#tables')!.classList.contains('visually-hidden')).to.equal(false);
    const retry = $<HTMLButtonElement>(el, '#tables [part~="retry"]')!;
    expect(retry.getBoundingClientRect().width).to.be.greaterThan(0);

    tablesPart.importer = importer;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#tables table'), 'the tables after Retry');
    await el.updateComplete;
    expect($(el, '#tables [role="alert"]')).to.equal(null);
    expect($(el, '#tables')!.getAttribute('aria-busy')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[aria-controls="tables"]'));
    // Their styles came with them.
    expect(getComputedStyle($(el, '#tables table')!).borderCollapse).to.equal('collapse');
    await expect(el).to.be.accessible();
  });

  it('follow the first render without a click, in the accessibility tree while off screen', async () => {
    const el = await mount();
    expect($(el, '#tables table'), 'not in the first render').to.equal(null);
    expect($(el, '#tables')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => $(el, '#tables table'), 'the tables after the first render');
    expect($(el, '#tables')!.classList.contains('visually-hidden')).to.equal(true);
    expect($(el, '#tables table caption')!.textContent!.trim()).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('with more than 20 competencies, the tables are the view: there with the first render', async () => {
    const el = await mount({ axes: 24 });
    expect($(el, '#tables table'), 'in the same update').to.exist;
    expect($(el, '#tables')!.classList.contains('visually-hidden')).to.equal(false);
  });

  it('two competencies draw bars, fetched with the first render; when that fails, Retry by keyboard brings them', async () => {
    const ok = await mount({ axes: 2 });
    expect($(ok, '.bars .bar-row'), 'in the same update').to.exist;
    expect(getComputedStyle($(ok, '.bar-row')!).display).to.equal('grid');
    ok.remove();

    barsPart.reset();
    barsPart.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await mount({ axes: 2 });
    expect($(el, '.bars')).to.equal(null);
    const retry = $<HTMLButtonElement>(el, '.layout [part~="retry"]')!;
    expect(retry.closest('[role="alert"]')!.textContent).to.contain('The server could not be reached');
    barsPart.importer = barsImporter;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.bars .bar-row'), 'the bars after Retry');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[aria-controls="tables"]'));
  });
});
