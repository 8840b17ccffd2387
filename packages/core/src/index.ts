export * from './schemas/index.js';
export * from './errors.js';
export * from './ports.js';
export * from './validating-adapter.js';
export { describeIssues, formatPath } from './validation-messages.js';
export * from './context.js';
export * from './i18n.js';
export * from './format.js';
export * from './dates.js';
export * from './messages.js';
export { PmElement } from './elements/pm-element.js';
export { PmWidgetElement } from './elements/widget-element.js';
export { hostStyles, tokenStyles } from './elements/tokens.styles.js';
export { statesStyles } from './elements/states.styles.js';
export { visualStyles } from './elements/visual.styles.js';
export { cssProps } from './elements/css-props.js';
export {
  avatarTone, initialsOf, renderAvatar, renderMeter, safeHttpUrl, statusTone,
  type AvatarOptions, type AvatarPerson, type MeterOptions, type Tone,
} from './elements/visual.js';
export {
  renderTaskStates, renderError, renderInitial, renderSkeleton, renderTechnicalDetails, developerMessage, warnWriteFailed,
  type TaskStateViews,
} from './elements/task-states.js';
export { LazyPart, addPartStyles } from './elements/lazy-part.js';
export { PmProvider } from './provider.js';
export * from './cache/index.js';
