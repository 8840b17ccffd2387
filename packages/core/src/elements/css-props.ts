import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), never through a
 * `style` attribute: a page whose Content-Security-Policy has `style-src 'self'` (no
 * `'unsafe-inline'`) refuses style attributes, including the string Lit's `styleMap` writes on its
 * first render. Used as an element binding: `<div ${cssProps({ width: '40%', '--_level': 2 })}>`.
 * Property names are CSS names (`inline-size`, `--custom`); null or undefined removes one.
 */
class CssPropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding: <div ${cssProps({...})}>');
  }

  render(_props: Readonly<Record<string, string | number | null | undefined>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | number | null | undefined>>]): typeof nothing {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#previous) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.#previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, String(value));
      this.#previous.add(name);
    }
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
