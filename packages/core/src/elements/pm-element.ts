import { LitElement, type CSSResultGroup } from 'lit';
import { ensureContextRoot } from '../context.js';
import { hostStyles } from './tokens.styles.js';
import { visualStyles } from './visual.styles.js';

/** The base of every pm element: shared host styles, tokens and visual pieces, and the context root. */
export class PmElement extends LitElement {
  static override styles: CSSResultGroup = [hostStyles, visualStyles];

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
  }
}
