// The emulator's public surface for tests.
export { startEmulator, Emulator, DEFAULT_TOKEN, TEST_USER } from './emulator.js';
export type {
  EmulatorOptions,
  RepoArg,
  SeededIssue,
  SeededRepo,
  CommitOptions,
} from './emulator.js';
export type { FaultSpec } from './faults.js';
export type { Hold } from './hold.js';
export { SECONDARY_RATE_LIMIT_MESSAGE } from './faults.js';
export type { RequestRecord } from './request-log.js';
export { NOT_FAST_FORWARD_MESSAGE, PROTECTED_BRANCH_MESSAGE } from './ref-ops.js';
export { objectId, serializeCommit, serializeTree } from './git-objects.js';
export type * from './schemas.js';
