import { PmSurvey360 } from './survey-360.js';

export { PmSurvey360 };

if (!customElements.get('pm-survey-360')) customElements.define('pm-survey-360', PmSurvey360);

declare global {
  interface HTMLElementTagNameMap {
    'pm-survey-360': PmSurvey360;
  }
}
