import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { PmElement, initialsOf, renderAvatar, renderMeter, statusTone, type Tone } from '@pm-widgets/core';

/** A bare element on the shared base that shows the shared visual pieces. */
class PmTestVisual extends PmElement {
  @property({ attribute: false }) tones: Tone[] = ['success', 'warning', 'danger', 'neutral'];
  override render() {
    return html`
      ${renderAvatar({ id: 'p1', name: 'Wilhelmina Montgomery-Featherstonehaugh' })}
      ${renderAvatar({ id: 'p2', name: 'Mo' }, { small: true })}
      ${this.tones.map((tone) => renderMeter('en', 0.42, { tone }))}
      <span class="pm-pill" data-tone="success">On track</span>
      <span class="pm-pill" data-tone="warning">At risk</span>
      <span class="pm-pill" data-tone="danger">Off track</span>
      <p class="muted" style="color: var(--_text-muted)">Muted text</p>
      <div class="pm-columns"><span>a</span><span>b</span><span>c</span></div>
    `;
  }
}
customElements.define('pm-test-visual', PmTestVisual);

function luminance(color: string): number {
  // rgb(0-255 …) or, from color-mix, color(srgb 0-1 …)
  const scale = color.startsWith('color(') ? 1 : 255;
  const [r, g, b] = color.replace(/^color\(srgb/, '').match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
    const c = v / scale;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

async function mount(scheme: 'light' | 'dark', width = 600) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme:${scheme};width:${width}px;background:${scheme === 'dark' ? '#161a21' : '#fff'}"><pm-test-visual></pm-test-visual></div>`);
  const el = wrapper.querySelector('pm-test-visual') as PmTestVisual;
  await el.updateComplete;
  return el;
}

/** The host's surface colour as the browser resolved it. */
const surfaceOf = (el: LitElement) => {
  const probe = document.createElement('span');
  probe.style.color = 'var(--_surface)';
  el.renderRoot.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
};

describe('shared visual base', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`is accessible (${scheme})`, async () => {
      const el = await mount(scheme);
      await expect(el).to.be.accessible();
    });

    it(`status pills and meter numbers meet AA contrast (${scheme})`, async () => {
      const el = await mount(scheme);
      for (const pill of el.renderRoot.querySelectorAll<HTMLElement>('.pm-pill')) {
        const style = getComputedStyle(pill);
        expect(contrast(style.color, style.backgroundColor), pill.textContent!).to.be.at.least(4.5);
      }
      const surface = surfaceOf(el);
      const muted = getComputedStyle(el.renderRoot.querySelector('p')!).color;
      expect(contrast(muted, surface)).to.be.at.least(4.5);
    });

    it(`progress fills take the status colour, with 3:1 against the track (${scheme})`, async () => {
      const el = await mount(scheme);
      const fills = [...el.renderRoot.querySelectorAll<HTMLElement>('.pm-meter .fill')];
      const colors = fills.map((fill) => getComputedStyle(fill).backgroundColor);
      expect(new Set(colors).size).to.equal(4);
      const track = getComputedStyle(el.renderRoot.querySelector('.pm-meter .track')!).backgroundColor;
      for (const color of colors.slice(0, 3)) expect(contrast(color, track)).to.be.at.least(3);
      expect(el.renderRoot.querySelector('.pm-meter .value')!.textContent).to.equal('42%');
    });
  }

  it('dark is a designed theme: dark surfaces, light text', async () => {
    const el = await mount('dark');
    expect(luminance(surfaceOf(el))).to.be.below(0.05);
    expect(luminance(getComputedStyle(el).color)).to.be.above(0.6);
  });

  it('avatars are circles of at least 24 px whose initials are not clipped', async () => {
    const el = await mount('light');
    for (const avatar of el.renderRoot.querySelectorAll<HTMLElement>('.pm-avatar')) {
      const box = avatar.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.equal(box.width);
      expect(getComputedStyle(avatar).borderRadius).to.equal('50%');
      expect(avatar.scrollWidth).to.be.at.most(avatar.clientWidth);
    }
    expect(initialsOf('Wilhelmina Montgomery-Featherstonehaugh')).to.equal('WM');
    expect(initialsOf('Ada')).to.equal('A');
  });

  it('arranges by container width: one, two, three columns', async () => {
    for (const [width, columns] of [[320, 1], [600, 2], [1000, 3]] as const) {
      const el = await mount('light', width);
      const grid = el.renderRoot.querySelector('.pm-columns')!;
      expect(getComputedStyle(grid).gridTemplateColumns.split(' ').length, `${width}px`).to.equal(columns);
    }
  });

  it('maps statuses to tones', () => {
    expect(statusTone('on-track')).to.equal('success');
    expect(statusTone('at-risk')).to.equal('warning');
    expect(statusTone('off-track')).to.equal('danger');
    expect(statusTone('archived')).to.equal('neutral');
  });
});
