// The suggestion flow's plan, without an emulator: from what was read (the issue, the example list,
// the open pull requests) to what is to be done. One loop over cases; each names the plan's kind and
// the fields that matter for it.
import { describe, expect, test } from 'vitest';
import { readAnswers } from '../../src/core/form/answers.js';
import { encodeRecord } from '../../src/flows/suggestion/marker.js';
import {
  planSuggestion,
  pullBody,
  type OwnHead,
  type PlanOptions,
  type SuggestionPlan,
} from '../../src/flows/suggestion/plan.js';
import { routeForPrevious } from '../../src/flows/suggestion/publish.js';
import type { IssuePayload } from '../../src/flows/suggestion/payload.js';
import type { PullRequest } from '../../src/adapters/github/pulls.js';
import type { ListAtCommit } from '../../src/flows/list-at-commit.js';
import { BRANCHYNET, formBody, type Answers } from '../e2e/suggestion/setup.js';
import { exampleFile, exampleList, HEAD, issueEvent, PATHS, pullRequest } from './reads.js';

const FIRST_RUN: PlanOptions = { paths: PATHS, firstTry: true, firstAttempt: true };

async function plan(
  event: IssuePayload,
  opts: {
    pulls?: PullRequest[];
    list?: ListAtCommit;
    options?: Partial<PlanOptions>;
    ownHead?: OwnHead;
  } = {},
): Promise<SuggestionPlan> {
  const list = opts.list ?? exampleList();
  const answers = await readAnswers(
    event.issue.body ?? '',
    list.list,
    list.settings,
    () => Promise.resolve(undefined),
    () => undefined,
  );
  return planSuggestion(
    {
      event,
      head: HEAD,
      list,
      pulls: opts.pulls ?? [],
      answers,
      ...(opts.ownHead ? { ownHead: opts.ownHead } : {}),
    },
    { ...FIRST_RUN, ...opts.options },
  );
}

const suggest = (answers: Answers, issue: Partial<IssuePayload['issue']> = {}, action = 'opened') =>
  issueEvent(action, formBody(answers), issue);

/** The plan a first run makes for BranchyNet: the PR that a later run compares itself with. */
async function publishedBranchyNet(): Promise<Extract<SuggestionPlan, { kind: 'publish' }>> {
  const first = await plan(suggest(BRANCHYNET));
  if (first.kind !== 'publish') throw new Error(`expected a publish plan, got ${first.kind}`);
  return first;
}

/** The open PR as the first run left it: built from `first`, its branch at `headSha`. */
function pullOf(
  first: Extract<SuggestionPlan, { kind: 'publish' }>,
  extra: Partial<PullRequest> = {},
) {
  const headSha = 'e'.repeat(40);
  return pullRequest({ title: first.title, body: pullBody(first, headSha), headSha, ...extra });
}

describe('planSuggestion', () => {
  test('an issue that neither carries the label nor answers the form is not a suggestion', async () => {
    const p = await plan(
      issueEvent('opened', 'Please add my paper!', { labels: [{ name: 'bug' }] }),
    );
    expect(p).toEqual({ kind: 'not-a-suggestion', issue: 7 });
  });

  test('a good new suggestion is published: the data and README files, the texts, the record', async () => {
    const p = await publishedBranchyNet();
    expect(p.fresh).toBe(true);
    expect(p.own).toBeUndefined();
    expect(p.branch).toBe('paperlist/issue-7');
    expect(p.parent).toBe(HEAD);
    expect(Object.keys(p.files)).toEqual(['data.yaml', 'README.md']);
    expect(p.files['data.yaml']).toContain(`title: "${BRANCHYNET.title}"`);
    expect(p.files['README.md']).toContain('BranchyNet');
    expect(p.files['README.md']).not.toBe(exampleFile('README.md'));
    expect(p.title).toBe('Add paper: BranchyNet');
    expect(p.commitMessage.split('\n')[0]).toBe(`Add paper: ${BRANCHYNET.title}`);
    expect(p.commitMessage).toContain(
      'Co-authored-by: ada-lovelace <1+ada-lovelace@users.noreply.github.com>',
    );
    expect(p.record).toMatchObject({ issue: 7, sections: ['EEN Design'] });
    expect(p.label).toBe('paper-suggestion');
    expect(p.shown).toBe(`"${BRANCHYNET.title}" to EEN Design`);
  });

  const notFresh: [string, IssuePayload, Partial<PlanOptions>][] = [
    ['an edit', suggest(BRANCHYNET, {}, 'edited'), {}],
    ['an issue with comments', suggest(BRANCHYNET, { comments: 1 }), {}],
    ['a re-run of the workflow', suggest(BRANCHYNET), { firstAttempt: false }],
    ['a fresh read after a lost race', suggest(BRANCHYNET), { firstTry: false }],
  ];
  test.each(notFresh)(
    '%s looks for an existing status comment and closed PR',
    async (_, event, options) => {
      const p = await plan(event, { options });
      expect(p.kind).toBe('publish');
      expect(p.kind !== 'not-a-suggestion' && p.kind !== 'list-broken' && p.fresh).toBe(false);
    },
  );

  test('a suggestion with problems is refused, and its open PR is to be closed', async () => {
    const own = pullRequest();
    const p = await plan(suggest({ ...BRANCHYNET, year: '' }), { pulls: [own] });
    expect(p).toMatchObject({ kind: 'refuse', result: 'invalid', problemCount: 1, closePull: own });
    expect(p.kind === 'refuse' && p.statusComment).toContain('Year');
  });

  test('a paper the list has already is a duplicate; there is no PR to close', async () => {
    const p = await plan(
      suggest({
        title: 'Dynamic neural networks: A survey',
        venue: 'TPAMI',
        year: '2022',
        sections: ['Survey'],
      }),
    );
    expect(p).toMatchObject({ kind: 'refuse', result: 'duplicate', closePull: undefined });
  });

  test('another open suggestion of the same paper makes this one a duplicate', async () => {
    const first = await publishedBranchyNet();
    const other = pullRequest({
      number: 30,
      headRef: 'paperlist/issue-3',
      body: encodeRecord({ ...first.record, issue: 3 }),
    });
    const p = await plan(suggest(BRANCHYNET), { pulls: [other] });
    expect(p).toMatchObject({ kind: 'refuse', result: 'duplicate' });
  });

  test('a PR that holds the suggestion already is kept; a missing label is added back', async () => {
    const first = await publishedBranchyNet();
    const edit = suggest(BRANCHYNET, { comments: 1 }, 'edited');
    expect(await plan(edit, { pulls: [pullOf(first)] })).toMatchObject({
      kind: 'keep',
      addLabel: undefined,
      fresh: false,
    });
    expect(await plan(edit, { pulls: [pullOf(first, { labels: [] })] })).toMatchObject({
      kind: 'keep',
      addLabel: 'paper-suggestion',
    });
  });

  test('only the texts changed: the PR title and body are updated, the branch stays', async () => {
    const first = await publishedBranchyNet();
    const own = pullOf(first);
    const p = await plan(
      suggest({ ...BRANCHYNET, notes: 'Also see the journal version.' }, {}, 'edited'),
      {
        pulls: [own],
      },
    );
    expect(p).toMatchObject({ kind: 'update-text', pull: own, title: first.title });
    expect(p.kind === 'update-text' && p.body).toContain('Also see the journal version.');
    expect(p.kind === 'update-text' && p.body).toContain(
      encodeRecord({ ...first.record, commit: own.headSha }).slice(0, 40),
    );
  });

  test('a PR whose branch someone moved is published again over it', async () => {
    const first = await publishedBranchyNet();
    const moved = pullOf(first, { headSha: 'f'.repeat(40) });
    const p = await plan(suggest(BRANCHYNET, {}, 'edited'), { pulls: [moved] });
    expect(p).toMatchObject({ kind: 'publish', own: moved });
  });

  test('a branch rebuilt since its body was written: its head, read, tells what it holds', async () => {
    const first = await publishedBranchyNet();
    // A rebuild moved the branch to a bot commit of these very files and left the body as it was.
    const rebuilt = pullOf(first, { headSha: 'f'.repeat(40) });
    const edit = suggest(BRANCHYNET, { comments: 1 }, 'edited');
    const head = { sha: rebuilt.headSha, bot: true, files: first.record.fingerprint };
    expect(await plan(edit, { pulls: [rebuilt], ownHead: head })).toMatchObject({ kind: 'keep' });
    // Other files, a head that is not the one read, or a commit that is not the bot's: built again.
    for (const other of [
      { ...head, files: 'a'.repeat(32) },
      { ...head, sha: 'e'.repeat(40) },
      { ...head, bot: false },
    ]) {
      expect(await plan(edit, { pulls: [rebuilt], ownHead: other })).toMatchObject({
        kind: 'publish',
      });
    }
  });

  test('the commit message names the files it writes, as the record does', async () => {
    const first = await publishedBranchyNet();
    expect(first.commitMessage).toContain(`\nPaperlist-Files: ${first.record.fingerprint}`);
  });

  test("a README without its table markers cannot take the entry: the list's problem", async () => {
    const readme = exampleFile('README.md').replace(/<!-- main-start -->/, '');
    const p = await plan(suggest(BRANCHYNET), { list: exampleList({ readme }) });
    expect(p.kind).toBe('list-broken');
    expect(p.kind === 'list-broken' && p.problems[0]?.file).toBe('README.md');
  });
});

describe('routeForPrevious: an earlier PR of the branch, not among the open ones', () => {
  const cases: [string, PullRequest | undefined, ReturnType<typeof routeForPrevious>][] = [
    ['none', undefined, 'open-new'],
    ['merged', pullRequest({ state: 'closed', merged: true }), 'open-new'],
    [
      'closed by a maintainer',
      pullRequest({ state: 'closed', body: 'no record' }),
      'closed-by-maintainer',
    ],
    [
      'closed by paperlist',
      pullRequest({
        state: 'closed',
        body: encodeRecord({
          issue: 7,
          paper: { title: 'X', links: [], extra: {} } as never,
          sections: [],
          fingerprint: 'f',
          closedBy: 'paperlist',
        }),
      }),
      'reopen',
    ],
    ['open (into another base)', pullRequest(), 'reopen'],
  ];
  test.each(cases)('%s', (_, previous, route) => {
    expect(routeForPrevious(previous)).toBe(route);
  });
});
