// The size check's "widget base": what every widget pulls in before its own code.
export { PmWidgetElement, renderTaskStates, statesStyles, withValidation } from '@pm-widgets/core';
export { PmProvider } from '@pm-widgets/core/pm-provider.js';
export { Task } from '@lit/task';
