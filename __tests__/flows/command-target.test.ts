// What a comment with commands is on, and which comments are left alone from the payload alone.
import { describe, expect, test } from 'vitest';
import type { GitHub } from '../../src/adapters/github/client.js';
import { reasonToIgnore } from '../../src/flows/command/run.js';
import { findTarget } from '../../src/flows/command/target.js';
import type { CommentPayload } from '../../src/flows/command/types.js';
import type { FlowContext } from '../../src/flows/context.js';
import { encodeRecord } from '../../src/flows/suggestion/marker.js';

const repo = { owner: 'octo', repo: 'papers' };

function payload(
  over: Partial<CommentPayload['issue']> = {},
  body = '/paperlist reject',
): CommentPayload {
  return {
    action: 'created',
    comment: {
      id: 7,
      body,
      updated_at: '2026-01-01T00:00:00Z',
      user: { login: 'mona', type: 'User' },
    },
    issue: {
      number: 5,
      title: 't',
      body: '',
      html_url: '',
      state: 'open',
      comments: 1,
      labels: [],
      user: { login: 'ada', id: 1 },
      ...over,
    },
  };
}

/** A context whose client answers `GET .../pulls/5` with `pull` (undefined: 404). */
function ctxWithPull(pull?: { ref: string; fullName: string; body?: string }): FlowContext {
  const gh = {
    request: () =>
      pull
        ? Promise.resolve({
            data: {
              number: 5,
              html_url: '',
              state: 'open',
              merged_at: null,
              title: 'x',
              body: pull.body ?? '',
              head: { ref: pull.ref, sha: 'a'.repeat(40), repo: { full_name: pull.fullName } },
              labels: [],
            },
          })
        : Promise.reject(Object.assign(new Error('Not Found'), { status: 404 })),
  } as unknown as GitHub;
  return { gh, repo } as unknown as FlowContext;
}

describe('the target of a comment', () => {
  test('an issue, the digest issue', async () => {
    expect(await findTarget(ctxWithPull(), payload())).toEqual({ kind: 'suggestion', issue: 5 });
    const digest = payload({ labels: [{ name: 'paperlist-digest' }] });
    expect(await findTarget(ctxWithPull(), digest)).toMatchObject({ kind: 'digest' });
  });

  test("a suggestion's pull request, by its branch or by its record", async () => {
    const onPull = payload({ pull_request: {} });
    expect(
      await findTarget(ctxWithPull({ ref: 'paperlist/issue-3', fullName: 'octo/papers' }), onPull),
    ).toEqual({ kind: 'suggestion', issue: 3, pull: 5 });
    const record = encodeRecord({
      issue: 4,
      paper: { title: 'P', links: [], extra: {} },
      sections: ['S'],
      fingerprint: 'f',
    });
    const byRecord = ctxWithPull({
      ref: 'paperlist/paper-abc',
      fullName: 'Octo/Papers',
      body: `x\n${record}`,
    });
    expect(await findTarget(byRecord, onPull)).toEqual({ kind: 'suggestion', issue: 4, pull: 5 });
  });

  test("a fork's pull request, someone's own branch, a missing pull request", async () => {
    const onPull = payload({ pull_request: {} });
    expect(
      await findTarget(ctxWithPull({ ref: 'paperlist/issue-3', fullName: 'evil/papers' }), onPull),
    ).toBe('fork');
    expect(
      await findTarget(ctxWithPull({ ref: 'fix-typo', fullName: 'octo/papers' }), onPull),
    ).toMatchObject({
      kind: 'other',
      why: 'pull request #5 is not one paperlist opened for a suggestion',
    });
    expect(await findTarget(ctxWithPull(), onPull)).toMatchObject({ kind: 'other' });
  });
});

describe('comments left alone from the payload alone', () => {
  test('bots, paperlist’s own texts, deletions', () => {
    const by = (login: string, type = 'User') => ({
      ...payload(),
      comment: { ...payload().comment, user: { login, type } },
    });
    expect(reasonToIgnore(by('ci', 'Bot'))).toBe('comment 7 is by a bot');
    expect(reasonToIgnore(by('helper[bot]'))).toBe('comment 7 is by a bot');
    expect(reasonToIgnore(payload({}, '<!-- paperlist:command-reply -->\n/paperlist reject'))).toBe(
      "comment 7 is paperlist's own",
    );
    expect(reasonToIgnore(payload({}, '<!-- paperlist:status -->\n/paperlist reject'))).toBe(
      "comment 7 is paperlist's own",
    );
    expect(reasonToIgnore({ ...payload(), action: 'deleted' })).toBe('the comment was deleted');
    expect(reasonToIgnore(payload())).toBeUndefined();
  });
});
