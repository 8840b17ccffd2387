import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The element that really has focus, through open shadow roots. */
export function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const name = (el: Element | null) => el
  ? `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${el.getAttribute('name') ? ` name="${el.getAttribute('name')}"` : ''}> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`
  : 'nothing';

/** A drawn indicator: an outline or a box shadow. */
function ring(el: Element | null): boolean {
  if (!el) return false;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
}

/**
 * Focus is inside `widget` (or on an element the test put around it), never on <body>, the element
 * matches :focus-visible, and a ring is drawn: on it, or — for visually hidden radios and
 * checkboxes — on the face beside it or the label or option around it.
 */
export function expectVisibleFocus(step: string, widget: Element): Element {
  const el = focused();
  expect(document.activeElement, `${step}: focus lost to <body>`).to.not.equal(document.body);
  expect(el, `${step}: something has focus`).to.exist;
  expect(widget.contains(document.activeElement) || widget === document.activeElement, `${step}: focus left the widget (on ${name(el)})`).to.equal(true);
  expect(el!.matches(':focus-visible'), `${step}: ${name(el)} matches :focus-visible`).to.equal(true);
  const drawn = [el, el!.nextElementSibling, el!.parentElement, el!.closest('label')].some(ring);
  expect(drawn, `${step}: ${name(el)} shows a focus ring`).to.equal(true);
  return el!;
}

/** Presses keys one by one, checking after each that focus is visible and still in the widget. */
export async function press(widget: Element, ...keys: string[]): Promise<Element> {
  let el: Element | null = null;
  for (const key of keys) {
    await sendKeys({ press: key });
    await (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    el = expectVisibleFocus(key, widget);
  }
  return el!;
}

/** Types text into the focused field, then checks focus. */
export async function type(widget: Element, text: string): Promise<Element> {
  await sendKeys({ type: text });
  return expectVisibleFocus(`typing "${text.slice(0, 20)}"`, widget);
}

/** Presses Tab until the focused element satisfies `match` (at most `max` times). */
export async function tabTo(widget: Element, what: string, match: (el: Element) => boolean, max = 30, key = 'Tab'): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const el = await press(widget, key);
    if (match(el)) return el;
  }
  throw new Error(`${what} not reached with ${max} × ${key} (focus on ${name(focused())})`);
}

export const describeFocus = () => name(focused());

/** Ctrl+A in the focused field (select its text), as a person does before typing over it. */
export async function selectAll(widget: Element): Promise<Element> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
  return expectVisibleFocus('Ctrl+A', widget);
}
