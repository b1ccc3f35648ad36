// The GitHub adapters turn GitHub's refusals into typed errors, so flows never read a status code or
// a message. Each case answers one request with the error GitHub sends (status and message, as
// octokit raises it) and checks the error the adapter throws.
import { describe, expect, test } from 'vitest';
import type { GitHub } from '../../../src/adapters/github/client.js';
import { createCommentOnce } from '../../../src/adapters/github/comments.js';
import {
  BranchMoved,
  BranchProtected,
  Gone,
  NotFound,
  PullNotReopenable,
  PullRequestExists,
  PullsNotPermitted,
  UncertainWrite,
} from '../../../src/adapters/github/errors.js';
import { getIssue } from '../../../src/adapters/github/issues.js';
import { createPull, reopenPull } from '../../../src/adapters/github/pulls.js';
import { setBranch } from '../../../src/adapters/github/refs.js';

const repo = { owner: 'octo', repo: 'papers' };

/** An octokit-like error: a status, a message, and GitHub's JSON body. */
function githubError(status: number, message: string, errors: { message: string }[] = []) {
  return Object.assign(new Error(message), {
    status,
    response: { data: { message, errors } },
  });
}

/** Every request fails with `error`. */
const refusing = (error: unknown): GitHub =>
  ({ request: () => Promise.reject(error) }) as unknown as GitHub;

const move = (gh: GitHub) =>
  setBranch(gh, repo, 'main', 'a'.repeat(40), { force: false, exists: true });

describe('setBranch', () => {
  const cases: [string, unknown, new (...args: never[]) => Error][] = [
    ['422 not a fast forward', githubError(422, 'Update is not a fast forward'), BranchMoved],
    ['409 conflict', githubError(409, 'Reference update failed'), BranchMoved],
    [
      '422 protected',
      githubError(422, 'Changes must be made through a pull request.'),
      BranchProtected,
    ],
    [
      '403 protected',
      githubError(403, 'Protected branch update failed for refs/heads/main.'),
      BranchProtected,
    ],
  ];
  test.each(cases)('%s', async (_, error, type) => {
    await expect(move(refusing(error))).rejects.toBeInstanceOf(type);
  });

  test('any other refusal is thrown as it came', async () => {
    const error = githubError(403, 'Resource not accessible by integration');
    await expect(move(refusing(error))).rejects.toBe(error);
  });

  test('a branch created meanwhile, when it was expected not to exist, is a moved branch', async () => {
    const gh = refusing(githubError(422, 'Reference already exists'));
    await expect(
      setBranch(gh, repo, 'paperlist/issue-1', 'a'.repeat(40), { force: true, exists: false }),
    ).rejects.toBeInstanceOf(BranchMoved);
  });
});

describe('pull requests', () => {
  const req = { head: 'paperlist/issue-1', base: 'main', title: 't', body: 'b' };
  test('403 "not permitted to create or approve pull requests"', async () => {
    const error = githubError(
      403,
      'GitHub Actions is not permitted to create or approve pull requests.',
    );
    await expect(createPull(refusing(error), repo, req)).rejects.toBeInstanceOf(PullsNotPermitted);
  });
  test('422 "A pull request already exists"', async () => {
    const error = githubError(422, 'Validation Failed', [
      { message: 'A pull request already exists for octo:paperlist/issue-1.' },
    ]);
    await expect(createPull(refusing(error), repo, req)).rejects.toBeInstanceOf(PullRequestExists);
  });
  test('a PR that cannot be reopened', async () => {
    const error = githubError(422, 'Validation Failed');
    await expect(
      reopenPull(refusing(error), repo, 3, { title: 't', body: 'b' }),
    ).rejects.toBeInstanceOf(PullNotReopenable);
  });
});

describe('reads and single writes', () => {
  test('a deleted issue is Gone, a missing one NotFound', async () => {
    await expect(
      getIssue(refusing(githubError(410, 'This issue was deleted')), repo, 4),
    ).rejects.toBeInstanceOf(Gone);
    await expect(getIssue(refusing(githubError(404, 'Not Found')), repo, 4)).rejects.toBeInstanceOf(
      NotFound,
    );
  });
  test('a comment whose answer was lost is an uncertain write; a refusal is thrown as it came', async () => {
    await expect(
      createCommentOnce(refusing(githubError(502, 'Bad Gateway')), repo, 1, 'x'),
    ).rejects.toBeInstanceOf(UncertainWrite);
    await expect(
      createCommentOnce(refusing(new Error('socket hang up')), repo, 1, 'x'),
    ).rejects.toBeInstanceOf(UncertainWrite);
    const refused = githubError(403, 'Forbidden');
    await expect(createCommentOnce(refusing(refused), repo, 1, 'x')).rejects.toBe(refused);
  });
});
