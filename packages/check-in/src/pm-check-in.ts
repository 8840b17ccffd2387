import { PmCheckIn } from './check-in.js';

export { PmCheckIn };

if (!customElements.get('pm-check-in')) customElements.define('pm-check-in', PmCheckIn);

declare global {
  interface HTMLElementTagNameMap {
    'pm-check-in': PmCheckIn;
  }
}
