import { LitElement, type CSSResultGroup } from 'lit';
import { ensureContextRoot } from '../context.js';
import { hostStyles } from './tokens.styles.js';

/** The base of every pm element: shared host styles and tokens, and the context root. */
export class PmElement extends LitElement {
  static override styles: CSSResultGroup = [hostStyles];

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
  }
}
