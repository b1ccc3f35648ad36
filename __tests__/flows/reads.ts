// What the flows read, made from files on disk instead of an API: the example list as a `ListAtCommit`,
// issues as an `issues` event would carry them, and pull requests as the adapters return them. The
// plan tests feed these to the pure plans; no emulator is involved.
import type { Head } from '../../src/adapters/github/commits.js';
import type { PullRequest } from '../../src/adapters/github/pulls.js';
import { listFromFiles, type ListAtCommit } from '../../src/flows/list-at-commit.js';
import type { IssuePayload } from '../../src/flows/suggestion/payload.js';
import { exampleFile } from '../harness/example-list.js';

export const PATHS = {
  dataFile: 'data.yaml',
  readme: 'README.md',
  config: '.github/paperlist.yml',
};

export { exampleFile };

export const HEAD: Head = {
  sha: 'a'.repeat(40),
  treeSha: 'b'.repeat(40),
  date: '2024-10-14T12:47:37Z',
  message: 'Edit the list',
  parents: ['c'.repeat(40)],
};

/** The example list at HEAD, with any file replaced (`undefined`: the file is missing). */
export function exampleList(
  overrides: Partial<Record<keyof typeof PATHS, string>> = {},
): ListAtCommit {
  const file = (key: keyof typeof PATHS) => {
    const path = PATHS[key];
    const text = key in overrides ? overrides[key] : exampleFile(path);
    return text === undefined ? undefined : { path, text, sha: `blob-${key}` };
  };
  const checked = listFromFiles(
    HEAD,
    { data: file('dataFile'), readme: file('readme'), config: file('config') },
    PATHS,
  );
  if (!checked.ok)
    throw new Error(`the example list has problems: ${JSON.stringify(checked.problems)}`);
  return checked.value;
}

export function issueEvent(
  action: string,
  body: string,
  issue: Partial<IssuePayload['issue']> = {},
): IssuePayload {
  return {
    action,
    issue: {
      number: 7,
      title: '[Paper]: a suggestion',
      body,
      html_url: 'https://github.com/octo/papers/issues/7',
      state: 'open',
      comments: 0,
      created_at: '2024-10-14T13:00:00Z',
      updated_at: '2024-10-14T13:00:00Z',
      labels: [{ name: 'paper-suggestion' }],
      user: { login: 'ada-lovelace', id: 1, type: 'User' },
      ...issue,
    },
  };
}

export function pullRequest(overrides: Partial<PullRequest> = {}): PullRequest {
  return {
    number: 12,
    url: 'https://github.com/octo/papers/pull/12',
    state: 'open',
    merged: false,
    title: 'Add paper: X',
    body: '',
    headRef: 'paperlist/issue-7',
    headSha: 'd'.repeat(40),
    labels: ['paper-suggestion'],
    ...overrides,
  };
}
