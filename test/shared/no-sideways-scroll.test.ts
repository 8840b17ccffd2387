import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';

/**
 * No widget scrolls sideways at 320 px (VISUAL.md): each one, loaded with the demo
 * organisation, in a 320 px container. A new widget is one line in WIDGETS: its tag, its
 * attributes, and optionally what a person does first (open details, expand a section).
 */
interface WidgetCase {
  tag: string;
  attributes: Record<string, string>;
  /** Done once the widget has loaded: open what a person opens, so that is checked too. */
  interact?: (el: HTMLElement) => Promise<void>;
}

const WIDGETS: WidgetCase[] = [
  { tag: 'pm-goal-tree', attributes: { 'expand-depth': '4', editable: '' }, interact: openGoalDetails },
  { tag: 'pm-check-in', attributes: { person: DEMO.viewerId } },
];

const WIDTH = 320;

async function openGoalDetails(el: HTMLElement): Promise<void> {
  const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
  // A deep row: the longest indent and the owner's own goal, so the edit form shows.
  const deepest = rows.reduce((a, b) => (Number(b.getAttribute('aria-level')) > Number(a.getAttribute('aria-level')) ? b : a));
  deepest.click();
  await aTimeout(50);
}

/** Elements (through open shadow roots) that scroll sideways, with how far. */
function sidewaysScrollers(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      const style = getComputedStyle(child);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && child.scrollWidth > child.clientWidth + 1) {
        found.push(`${child.localName}.${child.className} scrolls ${child.scrollWidth - child.clientWidth}px`);
      }
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** Visible boxes that stick out of the container on either side (clipped ones do not count). */
function overhanging(container: HTMLElement, root: Element | ShadowRoot): string[] {
  const { left, right } = container.getBoundingClientRect();
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot, clipped: boolean) => {
    for (const child of node.children) {
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (child.localName === 'dialog' && !(child as HTMLDialogElement).open) continue;
      const box = child.getBoundingClientRect();
      if (!clipped && box.width > 0 && (box.right > right + 1 || box.left < left - 1)) {
        found.push(`${child.localName}${child.className ? `.${String(child.className).split(' ')[0]}` : ''} spans ${Math.round(box.left - left)}..${Math.round(box.right - left)}px`);
      }
      const clips = clipped || style.overflowX !== 'visible';
      if (child.shadowRoot) visit(child.shadowRoot, clips);
      visit(child, clips);
    }
  };
  visit(root, false);
  return found;
}

describe(`widgets at ${WIDTH} px do not scroll sideways`, () => {
  for (const widget of WIDGETS) {
    it(widget.tag, async function () {
      this.timeout(20_000);
      const adapter = createMemoryAdapter({ now: new Date('2026-07-02T12:00:00Z') });
      const wrapper = await fixture<HTMLElement>(html`<div style="width:${WIDTH}px; overflow:auto; font-size:16px">
        <pm-provider .adapter=${adapter} viewer=${DEMO.viewerId}></pm-provider></div>`);
      const el = document.createElement(widget.tag);
      for (const [name, value] of Object.entries(widget.attributes)) el.setAttribute(name, value);
      wrapper.querySelector('pm-provider')!.append(el);
      await waitUntil(() => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"], [part~="skeleton"], [role="alert"]')
        && el.shadowRoot.querySelector('[role="treeitem"], form, h2, h3'), 'loaded', { timeout: 10_000 });
      await aTimeout(50);
      if (widget.interact) await widget.interact(el);
      expect(wrapper.scrollWidth, 'the container scrolls sideways').to.be.at.most(wrapper.clientWidth);
      expect(sidewaysScrollers(el.shadowRoot!)).to.deep.equal([]);
      expect(overhanging(wrapper, el.shadowRoot!)).to.deep.equal([]);
    });
  }
});
