// Read-only tokens: the token a workflow gets for a pull request from a fork under the
// `pull_request` event. GitHub answers every write made with it with 403 "Resource not accessible
// by integration"; reads work as with the ordinary workflow token.
import type { EmulatorState } from './state.js';

const tokens = new WeakMap<EmulatorState, Set<string>>();

export function readOnlyTokens(state: EmulatorState): Set<string> {
  let set = tokens.get(state);
  if (!set) tokens.set(state, (set = new Set()));
  return set;
}

/** A token for the workflow bot that can only read. */
export function addReadOnlyToken(
  state: EmulatorState,
  token = 'ghs_emulatorReadOnlyToken00000000000',
): string {
  state.tokens.set(token, 'github-actions[bot]');
  readOnlyTokens(state).add(token);
  return token;
}
