import { PmProvider } from './provider.js';

export { PmProvider };

if (!customElements.get('pm-provider')) customElements.define('pm-provider', PmProvider);

declare global {
  interface HTMLElementTagNameMap {
    'pm-provider': PmProvider;
  }
}
