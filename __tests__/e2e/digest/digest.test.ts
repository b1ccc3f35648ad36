// The digest on scheduled runs, end to end: the bundled action against the GitHub emulator, arXiv's
// search answered by a local server in arXiv's Atom format. The first run opens one digest issue;
// the same answer again writes nothing; new papers are added with new numbers, old candidates keep
// theirs; declined papers never return; the body stays under GitHub's limit for a huge answer; a 503
// is retried after its Retry-After; an empty answer after a full one, or arXiv down, is said in the
// issue and the summary, and the candidates stay.
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../../harness/use-emulator.js';
import {
  arxivFeed,
  feedReply,
  pagedReply,
  type FeedPaper,
} from '../../metadata-servers/arxiv-feed.js';
import { writes } from '../maintain/setup.js';
import { openSuggestion } from '../suggestion/setup.js';
import {
  checklist,
  digestIssues,
  dispatch,
  numbered,
  QUERY,
  schedule,
  script,
  seedDigestList,
  useServices,
} from './setup.js';

const emulator = useEmulator();
const services = useServices();

/** In the example list: by arXiv id (another version), and by title in other case and spacing. */
const LISTED: FeedPaper[] = [
  { id: '2102.04906', version: 3, title: 'A retitled survey of dynamic networks' },
  {
    id: '2611.09999',
    title: 'ADAPTIVE inference through early-exit networks:  design, challenges and directions',
  },
];
const NEW: FeedPaper[] = [
  {
    id: '2611.00001',
    title: 'Latency-aware scheduling of inputs to early exit networks',
    abstract: 'We schedule inputs by latency. It helps.',
  },
  { id: '2611.00002', title: 'Knowledge distillation for training early-exit networks' },
  { id: '2611.00003', title: 'A study of gardening robots', abstract: 'Robots tend gardens.' },
];
const LATER: FeedPaper[] = [
  {
    id: '2612.00004',
    title: 'Early exiting for test-time adaptation',
    published: '2026-12-02T10:00:00Z',
  },
];

describe('the digest on schedule', () => {
  it('opens one issue, writes nothing for the same answer, and numbers new papers after the old', async () => {
    const s = services.get();
    const asked = script(s, () => feedReply(arxivFeed([...NEW, ...LISTED])));
    const repo = seedDigestList(emulator);

    const first = await schedule(emulator, repo, s);
    expect(first.code, first.stderr).toBe(0);
    const [issue, ...others] = digestIssues(emulator, repo);
    expect(others).toEqual([]);
    expect(issue?.title).toBe('arXiv digest: new papers to review');
    expect(first.outputs['digest-url']).toBe(issue?.html_url);
    // One request, as arXiv's API documents it.
    expect(asked.asked).toHaveLength(1);
    const url = asked.asked[0]?.url;
    expect(url?.pathname).toBe('/query');
    expect(url?.searchParams.get('search_query')).toBe(QUERY);
    expect(url?.searchParams.get('sortBy')).toBe('submittedDate');
    expect(url?.searchParams.get('sortOrder')).toBe('descending');
    // The listed papers are left out; the closest to the list come first, the garden robots last.
    const first3 = numbered(issue?.body);
    expect(first3.map(([, id]) => id).sort()).toEqual(['2611.00001', '2611.00002', '2611.00003']);
    expect(first3.map(([n]) => n).sort()).toEqual([1, 2, 3]);
    expect(first3.at(-1)?.[1]).toBe('2611.00003');
    const policy = checklist(issue?.body).find((l) => l.includes('2611.00001'));
    expect(policy).toContain('likeliest section: **Exit Policy**');
    expect(policy).toContain('Ada Lovelace');
    expect(policy).toContain('2026-11-20');
    expect(policy).toContain('— We schedule inputs by latency.');
    expect(first.summary).toContain(
      'Digest: 5 papers from arXiv, 3 candidates (3 new); 2 already in the list',
    );

    // The same answer again: nothing to write.
    emulator.clearRequests();
    const second = await schedule(emulator, repo, s);
    expect(second.code, second.stderr).toBe(0);
    expect(writes(emulator)).toEqual([]);
    expect(second.summary).toContain('already says so');

    // A newer paper: it gets number 4, the others keep theirs.
    asked.queue = [() => feedReply(arxivFeed([...LATER, ...NEW, ...LISTED]))];
    const third = await schedule(emulator, repo, s);
    expect(third.code, third.stderr).toBe(0);
    const after = digestIssues(emulator, repo);
    expect(after).toHaveLength(1);
    const now = Object.fromEntries(numbered(after[0]?.body).map(([n, id]) => [id, n]));
    expect(now).toEqual({
      ...Object.fromEntries(first3.map(([n, id]) => [id, n])),
      '2612.00004': 4,
    });
    expect(third.summary).toContain('4 candidates (1 new)');
  }, 60_000);

  it('is kept up to date by a run started by hand too', async () => {
    const s = services.get();
    script(s, () => feedReply(arxivFeed(NEW)));
    const repo = seedDigestList(emulator);
    const run = await dispatch(emulator, repo, s);
    expect(run.code, run.stderr).toBe(0);
    const issues = digestIssues(emulator, repo);
    expect(issues).toHaveLength(1);
    expect(numbered(issues[0]?.body)).toHaveLength(3);
    expect(run.outputs['digest-url']).toBe(issues[0]?.html_url);
  }, 60_000);

  it('never offers a declined paper again', async () => {
    const s = services.get();
    script(s, () => feedReply(arxivFeed(NEW)));
    const repo = seedDigestList(emulator);
    expect((await schedule(emulator, repo, s)).code).toBe(0);
    const issue = digestIssues(emulator, repo)[0];
    // What `/paperlist decline` records: the id among the declined ones.
    const body = (issue?.body ?? '').replace('"declined":[]', '"declined":["2611.00002"]');
    expect(body).not.toBe(issue?.body);
    emulator.updateIssue(repo, issue?.number as number, { body });
    const run = await schedule(emulator, repo, s);
    expect(run.code, run.stderr).toBe(0);
    const ids = numbered(digestIssues(emulator, repo)[0]?.body).map(([, id]) => id);
    expect(ids.sort()).toEqual(['2611.00001', '2611.00003']);
    expect(run.summary).toContain('1 declined');
  }, 60_000);

  it('leaves out a paper an open suggestion issue names, though it has no pull request yet', async () => {
    const s = services.get();
    script(s, () => feedReply(arxivFeed(NEW)));
    const repo = seedDigestList(emulator);
    // A person's suggestion still waiting for its year: no pull request, but suggested.
    openSuggestion(emulator, repo, {
      title: 'KD for early exits',
      sections: ['KD for Training'],
      page: 'https://arxiv.org/abs/2611.00002v2',
    });
    const run = await schedule(emulator, repo, s);
    expect(run.code, run.stderr).toBe(0);
    const ids = numbered(digestIssues(emulator, repo)[0]?.body).map(([, id]) => id);
    expect(ids.sort()).toEqual(['2611.00001', '2611.00003']);
    expect(run.summary).toContain('1 suggested');
  }, 60_000);

  it('keeps the body under GitHub’s limit for a huge answer, asking two pages three seconds apart', async () => {
    const s = services.get();
    const long = (i: number) =>
      `Early exit ${'networks '.repeat(30)}number ${i} <b>@octocat</b> #${i}`;
    const papers: FeedPaper[] = Array.from({ length: 250 }, (_, i) => ({
      id: `2611.${String(10000 + i)}`,
      title: long(i),
      abstract: `${'An early exit [link](https://x.example) '.repeat(40)}.`,
      authors: Array.from({ length: 40 }, (_, a) => `Author ${a}`),
    }));
    const asked = script(s, pagedReply(papers));
    const repo = seedDigestList(emulator, 100);
    const run = await schedule(emulator, repo, s);
    expect(run.code, run.stderr).toBe(0);
    // Two pages of 100 at most, the second three seconds after the first.
    expect(asked.asked.map((a) => a.url.searchParams.get('start'))).toEqual(['0', '100']);
    const gap = (asked.asked[1]?.at ?? 0) - (asked.asked[0]?.at ?? 0);
    expect(gap).toBeGreaterThanOrEqual(2900);
    const body = digestIssues(emulator, repo)[0]?.body ?? '';
    expect(body.length).toBeLessThan(65_536);
    const shown = checklist(body).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(200);
    expect(body).toContain(`…and ${200 - shown} more candidates`);
    expect(body).not.toMatch(/<b>|\]\(https:\/\/x\.example/);
    expect(body).not.toMatch(/(^|[^\u2060])@octocat/m);
  }, 60_000);

  it.each([503, 429])(
    'waits out a %i with its Retry-After and uses the answer that follows',
    async (status) => {
      const s = services.get();
      const asked = script(
        s,
        () => ({ status, type: 'text/plain', body: 'busy', headers: { 'retry-after': '4' } }),
        () => feedReply(arxivFeed(NEW)),
      );
      const repo = seedDigestList(emulator);
      const run = await schedule(emulator, repo, s);
      expect(run.code, run.stderr).toBe(0);
      expect(asked.asked).toHaveLength(2);
      // Four seconds, as arXiv asked: longer than the three seconds between any two requests.
      expect((asked.asked[1]?.at ?? 0) - (asked.asked[0]?.at ?? 0)).toBeGreaterThanOrEqual(3900);
      expect(numbered(digestIssues(emulator, repo)[0]?.body)).toHaveLength(3);
      expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    },
    60_000,
  );

  it('says so when arXiv answers empty after a full answer, or not at all, and keeps the candidates', async () => {
    const s = services.get();
    const asked = script(s, () => feedReply(arxivFeed(NEW)));
    const repo = seedDigestList(emulator);
    expect((await schedule(emulator, repo, s)).code).toBe(0);
    const full = digestIssues(emulator, repo)[0]?.body ?? '';

    asked.queue = [() => feedReply(arxivFeed([]))];
    const empty = await schedule(emulator, repo, s);
    expect(empty.code, empty.stderr).toBe(0);
    const said = digestIssues(emulator, repo)[0]?.body ?? '';
    expect(said).toContain("arXiv's answer held no paper, where the last one held 3");
    expect(said).toContain('This is not taken for "nothing new"');
    expect(checklist(said)).toEqual(checklist(full));
    expect(empty.summary).toContain(
      "Digest: arXiv's answer held no paper, where the last one held 3",
    );
    expect(
      empty.annotations.some((a) => a.level === 'warning' && a.message.includes('held no paper')),
    ).toBe(true);

    // arXiv down (503 on every try): the same.
    asked.queue = [
      () => ({ status: 503, type: 'text/plain', body: 'busy', headers: { 'retry-after': '0' } }),
    ];
    const down = await schedule(emulator, repo, s);
    expect(down.code, down.stderr).toBe(0);
    const downBody = digestIssues(emulator, repo)[0]?.body ?? '';
    expect(downBody).toContain('arXiv could not be asked: HTTP 503');
    expect(checklist(downBody)).toEqual(checklist(full));
    expect(down.summary).toContain('Digest: arXiv could not be asked: HTTP 503');

    // arXiv back: the candidates as before, the warning gone.
    asked.queue = [() => feedReply(arxivFeed(NEW))];
    const back = await schedule(emulator, repo, s);
    expect(back.code, back.stderr).toBe(0);
    const backBody = digestIssues(emulator, repo)[0]?.body ?? '';
    expect(backBody).not.toContain('⚠️');
    expect(checklist(backBody)).toEqual(checklist(full));
  }, 90_000);

  it('in a dry run asks arXiv and says what it found, but writes no issue', async () => {
    const s = services.get();
    const asked = script(s, () => feedReply(arxivFeed(NEW)));
    const repo = seedDigestList(emulator);
    emulator.clearRequests();
    const run = await schedule(emulator, repo, s, { 'dry-run': 'true' });
    expect(run.code, run.stderr).toBe(0);
    expect(asked.asked).toHaveLength(1);
    expect(digestIssues(emulator, repo)).toEqual([]);
    expect(writes(emulator)).toEqual([]);
    expect(run.summary).toContain(
      'Digest: 3 papers from arXiv, 3 candidates (3 new); 0 already in the list, 0 suggested, 0 declined, 0 accepted. Dry run: the digest issue was not written.',
    );
  }, 60_000);
});
