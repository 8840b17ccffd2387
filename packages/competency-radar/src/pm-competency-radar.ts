import { PmCompetencyRadar } from './competency-radar.js';

export { PmCompetencyRadar };

if (!customElements.get('pm-competency-radar')) customElements.define('pm-competency-radar', PmCompetencyRadar);

declare global {
  interface HTMLElementTagNameMap {
    'pm-competency-radar': PmCompetencyRadar;
  }
}
