// @pm-widgets/core: everything in ./api.js (what pages that render widgets need) and the zod/mini schemas.
export * from './api.js';
export * from './schemas/index.js';
