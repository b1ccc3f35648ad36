// The parts of an `issues` event payload the suggestion flow reads: the issue has the same fields
// as one read from the API, plus `pull_request` on events about pull requests.
import type { IssueDetails } from '../../adapters/github/issues.js';

export interface IssuePayload {
  action: string;
  issue: IssueDetails & { pull_request?: unknown };
  /** On `edited`: what the edit changed, as it was before. */
  changes?: { body?: { from?: string } };
}
