// The harness's public surface: run an action against the emulator, and build event payloads.
export { runAction, inputEnvName, NODE24, PROJECT_ROOT } from './run-action.js';
export { testBundle } from './bundle.js';
export type { EventName, RunActionOptions, RunActionResult } from './run-action.js';
export { parseAnnotations, parseOutputFile } from './outputs.js';
export type { Annotation } from './outputs.js';
export {
  issuesEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
  repositoryPayload,
} from './payloads.js';
export type {
  IssuesEventPayload,
  PushCommit,
  PushEventPayload,
  ScheduleEventPayload,
  WorkflowDispatchEventPayload,
} from './payloads.js';
