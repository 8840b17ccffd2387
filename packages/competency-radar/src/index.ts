export { PmCompetencyRadar } from './competency-radar.js';
export { PmCompetencyFocusEvent } from './events.js';
export { radarMessages, type RadarMessages } from './messages.js';
export { buildRadarModel, type RadarModel, type RadarSeries, type Insight } from './radar-model.js';
export { radarGeometry, pointAt, type RadarGeometry } from './radar-geometry.js';
export * from './types.js';
