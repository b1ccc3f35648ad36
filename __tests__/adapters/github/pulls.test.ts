// The pulls adapter keeps only pull requests whose head branch is in this repository: a fork may name
// its branch `paperlist/issue-1`, and must never be taken for the bot's own.
import { expect, test } from 'vitest';
import type { GitHub } from '../../../src/adapters/github/client.js';
import { findPullByHead, listOpenPulls } from '../../../src/adapters/github/pulls.js';

const repo = { owner: 'octo', repo: 'papers' };

function pull(number: number, fullName: string | null) {
  return {
    number,
    html_url: `https://github.com/octo/papers/pull/${number}`,
    state: 'open',
    merged_at: null,
    title: 'Add paper: X',
    body: '',
    head: {
      ref: 'paperlist/issue-1',
      sha: 'a'.repeat(40),
      repo: fullName === null ? null : { full_name: fullName },
    },
    labels: [],
  };
}

/** One canned answer for every request: enough for an adapter that makes a single call. */
const answering = (data: unknown): GitHub =>
  ({ request: () => Promise.resolve({ data }) }) as unknown as GitHub;

const mixed = [pull(9, 'evil/papers'), pull(8, null), pull(2, 'Octo/Papers')];

test('listOpenPulls leaves out pull requests from forks and from deleted forks', async () => {
  const pulls = await listOpenPulls(answering(mixed), repo, 'main');
  expect(pulls.map((p) => p.number)).toEqual([2]);
});

test('findPullByHead ignores a fork whose branch has the same name', async () => {
  const found = await findPullByHead(answering(mixed), repo, 'paperlist/issue-1');
  expect(found?.number).toBe(2);
  expect(await findPullByHead(answering([pull(9, 'evil/papers')]), repo, 'x')).toBeUndefined();
});
