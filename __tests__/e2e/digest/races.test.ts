// One paper, one pull request, when a digest accept races another suggestion of the same paper: a
// person's issue and an accept, either one first, and two maintainers' accepts. The race is made
// certain with the emulator's holds: the first run is held right before it opens its pull request
// (it holds the paper's claim, and its PR is not there yet), the second is held right after its
// claim failed (it has planned a PR too); then the first finishes, then the second. Exactly one pull
// request is ever opened, and the loser is told which. Also: two maintainers deciding on the digest
// at the same moment, or one deciding during a scheduled run, all have their decisions kept.
import { beforeAll, describe, expect, test } from 'vitest';
import { setRole } from '../../emulator/comments.js';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { MAINTAINER, repliesOn, runComment, tickingClock } from '../commands/setup.js';
import { FAST_ENV } from '../maintain/setup.js';
import { openSuggestion, runIssueEvent } from '../suggestion/setup.js';
import { arxivFeed, feedReply } from '../../metadata-servers/arxiv-feed.js';
import {
  checklist,
  numbered,
  PAPERS,
  schedule,
  script,
  seedDigestWithCandidates,
  useServices,
} from './setup.js';

const emulator = useEmulator();
const services = useServices();
beforeAll(() => tickingClock(emulator));

const OTHER_MAINTAINER = 'max-maintainer';
const KD_ID = '2611.00002';
const KD = {
  title: 'Knowledge distillation for training early-exit networks',
  venue: 'arXiv',
  year: '2026',
  sections: ['KD for Training'],
  page: `https://arxiv.org/abs/${KD_ID}`,
};
const CLAIM_REF = /\/git\/ref\/heads\/paperlist\/paper-[0-9a-f]{16}$/;

const env = () => ({ ...FAST_ENV, ...services.get().env(), PAPERLIST_METADATA_RETRY_MS: '0' });

async function digestRepo() {
  const seeded = await seedDigestWithCandidates(emulator, services.get());
  setRole(emulator, seeded.repo, OTHER_MAINTAINER, 'maintain');
  return seeded;
}

const numberOf = (repo: SeededRepo, digest: number, id: string): number =>
  numbered(emulator.getIssue(repo, digest)?.body).find(([, i]) => i === id)?.[0] ?? 0;

/** `/paperlist accept` of the KD paper by `user`, and its run (not awaited). */
function accept(repo: SeededRepo, digest: number, user = MAINTAINER) {
  const body = `/paperlist accept ${numberOf(repo, digest, KD_ID)}`;
  const id = Number(emulator.addComment(repo, digest, body, user).id);
  return runComment(emulator, repo, id, 'created', undefined, env());
}

/** Holds the next pull request opening, and returns it with the request that will be held. */
function holdOpening(repo: SeededRepo) {
  return emulator.holdNext({ method: 'POST', path: `/repos/${repo.fullName}/pulls` });
}

/** Holds the next read of a claim (made by a run whose claim failed). */
const holdClaimRead = () => emulator.holdNext({ method: 'GET', path: CLAIM_REF });

type Run = Awaited<ReturnType<typeof runIssueEvent>>;

/** Waits for a held request; a run that ends before it arrives fails the test with its output. */
async function arrivedBefore(arrived: Promise<void>, run: Promise<Run>, what: string) {
  const ended = run.then((r) => {
    throw new Error(`${what}: ${r.outputs.result}\n${r.summary}\n${r.stderr}`);
  });
  await Promise.race([arrived, ended]);
  ended.catch(() => undefined);
}

/**
 * Starts `first`, waits until it holds the claim and is about to open its PR, then starts
 * `second` and waits until its claim failed; lets `first` finish, then `second`. For a person's
 * issue as the second run (an accept as the first).
 */
async function race(repo: SeededRepo, first: () => Promise<Run>, second: () => Promise<Run>) {
  emulator.clearRequests();
  const opening = holdOpening(repo);
  const firstRun = first();
  await arrivedBefore(opening.arrived, firstRun, 'the first run opened no pull request');
  const reading = holdClaimRead();
  const secondRun = second();
  await arrivedBefore(reading.arrived, secondRun, 'the second run read no claim');
  opening.release();
  const won = await firstRun;
  reading.release();
  const lost = await secondRun;
  return { won, lost };
}

/**
 * The same race with an accept as the second run: an accept first looks for a standing claim on
 * the paper, so it is started first and held once it found none, right before it opens its
 * suggestion issue. Then `first` runs until it holds the claim and is about to open its PR; then
 * the accept goes on until its own claim failed; `first` finishes, then the accept.
 */
async function raceAccept(repo: SeededRepo, first: () => Promise<Run>, second: () => Promise<Run>) {
  emulator.clearRequests();
  const creating = emulator.holdNext({ method: 'POST', path: `/repos/${repo.fullName}/issues` });
  const secondRun = second();
  await arrivedBefore(creating.arrived, secondRun, 'the accept opened no suggestion issue');
  const opening = holdOpening(repo);
  const firstRun = first();
  await arrivedBefore(opening.arrived, firstRun, 'the first run opened no pull request');
  const reading = holdClaimRead();
  creating.release();
  await arrivedBefore(reading.arrived, secondRun, 'the accept read no claim');
  opening.release();
  const won = await firstRun;
  reading.release();
  const lost = await secondRun;
  return { won, lost };
}

function onlyPull(repo: SeededRepo) {
  expect(emulator.findRequests('POST', `/repos/${repo.fullName}/pulls`)).toHaveLength(1);
  const pulls = emulator.getPulls(repo);
  expect(pulls).toHaveLength(1);
  return pulls[0]!;
}

const digestLine = (repo: SeededRepo, digest: number) =>
  checklist(emulator.getIssue(repo, digest)?.body).find((l) => l.includes(KD_ID)) ?? '';

describe('a person’s issue and a digest accept of the same paper at the same moment', () => {
  test('the issue first: the accept is told which pull request adds it, its own issue closed', async () => {
    const { repo, digest } = await digestRepo();
    const person = openSuggestion(emulator, repo, KD, { user: 'grace-hopper' });
    const { won, lost } = await raceAccept(
      repo,
      () => runIssueEvent(emulator, repo, person.number, 'opened', { env: env() }),
      () => accept(repo, digest),
    );
    expect(won.outputs.result, won.stderr).toBe('pull-request-created');
    expect(lost.code, lost.stderr).toBe(0);
    const pull = onlyPull(repo);
    expect(pull.head.ref).toBe(`paperlist/issue-${person.number}`);
    // The accept's own suggestion issue: told the same, and closed (the bot's duplicate).
    const own = emulator
      .getIssues(repo)
      .find((i) => i.number !== digest && i.number !== person.number);
    expect(own?.state).toBe('closed');
    expect(emulator.getComments(repo, own!.number)[0]?.body).toContain(
      `already suggested in #${person.number}: pull request #${pull.number} adds it`,
    );
    expect(repliesOn(emulator, repo, digest).at(-1)).toContain(
      `arXiv:${KD_ID} is already suggested in #${person.number}: pull request #${pull.number} adds it; the suggestion #${own?.number} opened for this accept was closed.`,
    );
    // The digest says where the paper went; the next run leaves it out.
    expect(digestLine(repo, digest)).toMatch(
      new RegExp(`^- \\[x\\] .* — \\*\\*accepted\\*\\* by ${MAINTAINER}: #${pull.number}$`),
    );
    const next = await schedule(emulator, repo, services.get());
    expect(next.code, next.stderr).toBe(0);
    expect(numbered(emulator.getIssue(repo, digest)?.body).map(([, id]) => id)).not.toContain(
      KD_ID,
    );
    expect(emulator.internalErrors).toEqual([]);
  }, 120_000);

  test('the accept first: the issue’s status comment names the accept’s pull request', async () => {
    const { repo, digest } = await digestRepo();
    let person = 0;
    const { won, lost } = await race(
      repo,
      () => accept(repo, digest),
      () => {
        person = openSuggestion(emulator, repo, KD, { user: 'grace-hopper' }).number;
        return runIssueEvent(emulator, repo, person, 'opened', { env: env() });
      },
    );
    expect(won.outputs.result, won.stderr).toBe('commands-done');
    expect(lost.outputs.result, lost.stderr).toBe('duplicate');
    const pull = onlyPull(repo);
    const suggestion = Number(/^paperlist\/issue-(\d+)$/.exec(pull.head.ref)?.[1]);
    expect(suggestion).not.toBe(person);
    expect(emulator.getComments(repo, person)[0]?.body).toContain(
      `already suggested in #${suggestion}: pull request #${pull.number} adds it`,
    );
    expect(emulator.getIssue(repo, person)?.state).toBe('open');
    expect(digestLine(repo, digest)).toContain(`**accepted** by ${MAINTAINER}: #${pull.number}`);
    expect(emulator.internalErrors).toEqual([]);
  }, 120_000);
});

describe('an accept of a paper whose suggestion is open already', () => {
  test('opens nothing; the reply names the issue and the pull request that add it', async () => {
    const { repo, digest } = await digestRepo();
    const person = openSuggestion(emulator, repo, KD, { user: 'grace-hopper' });
    const opened = await runIssueEvent(emulator, repo, person.number, 'opened', { env: env() });
    expect(opened.outputs.result, opened.stderr).toBe('pull-request-created');
    const run = await accept(repo, digest);
    expect(run.outputs.result, run.stderr).toBe('commands-done');
    const pull = onlyPull(repo);
    expect(emulator.getIssues(repo).map((i) => i.number)).toEqual([digest, person.number]);
    expect(repliesOn(emulator, repo, digest).at(-1)).toContain(
      `arXiv:${KD_ID} is already suggested in #${person.number}: pull request #${pull.number} adds it.`,
    );
    expect(digestLine(repo, digest)).toContain(`**accepted** by ${MAINTAINER}: #${pull.number}`);
  }, 120_000);
});

describe('two maintainers accept the same candidate at the same moment', () => {
  test('one pull request; the second accept is told which, and its issue is closed', async () => {
    const { repo, digest } = await digestRepo();
    const { won, lost } = await raceAccept(
      repo,
      () => accept(repo, digest, MAINTAINER),
      () => accept(repo, digest, OTHER_MAINTAINER),
    );
    expect(won.outputs.result, won.stderr).toBe('commands-done');
    expect(lost.code, lost.stderr).toBe(0);
    const pull = onlyPull(repo);
    const winner = Number(/^paperlist\/issue-(\d+)$/.exec(pull.head.ref)?.[1]);
    const issues = emulator.getIssues(repo).filter((i) => i.number !== digest);
    expect(issues.map((i) => [i.number === winner, i.state])).toEqual([
      [true, 'open'],
      [false, 'closed'],
    ]);
    const replies = repliesOn(emulator, repo, digest);
    expect(replies).toHaveLength(2);
    expect(replies[0]).toContain(`pull request #${pull.number}`);
    expect(replies[1]).toContain(
      `arXiv:${KD_ID} is already suggested in #${winner}: pull request #${pull.number} adds it`,
    );
    // One mark, the first maintainer's, naming the one pull request.
    expect(digestLine(repo, digest)).toMatch(
      new RegExp(`\\*\\*accepted\\*\\* by ${MAINTAINER}: #${pull.number}$`),
    );
    expect(emulator.internalErrors).toEqual([]);
  }, 120_000);
});

describe('two maintainers decide on the digest at the same moment', () => {
  test('a decline written while another run was deciding is kept by that run', async () => {
    const { repo, digest } = await digestRepo();
    const [a, b] = ['2611.00001', '2611.00003'].map((id) => numberOf(repo, digest, id));
    // The first run has read the digest and decided; it is held before it reads the digest again
    // to write its decision. The second run declines another candidate meanwhile.
    const rereading = emulator.holdNext({
      method: 'GET',
      path: `/repos/${repo.fullName}/issues/${digest}`,
      nth: 2,
    });
    const first = Number(
      emulator.addComment(repo, digest, `/paperlist decline ${a}`, MAINTAINER).id,
    );
    const firstRun = runComment(emulator, repo, first, 'created', undefined, env());
    await arrivedBefore(rereading.arrived, firstRun, 'the first run did not read the digest again');
    const second = Number(
      emulator.addComment(repo, digest, `/paperlist decline ${b}`, OTHER_MAINTAINER).id,
    );
    const secondRun = await runComment(emulator, repo, second, 'created', undefined, env());
    expect(secondRun.outputs.result, secondRun.stderr).toBe('commands-done');
    rereading.release();
    expect((await firstRun).outputs.result).toBe('commands-done');
    expect(numbered(emulator.getIssue(repo, digest)?.body).map(([, id]) => id)).toEqual([KD_ID]);
    // The next scheduled run keeps both out.
    const next = await schedule(emulator, repo, services.get());
    expect(next.code, next.stderr).toBe(0);
    expect(numbered(emulator.getIssue(repo, digest)?.body).map(([, id]) => id)).toEqual([KD_ID]);
    expect(next.summary).toContain('2 declined');
  }, 120_000);

  test('a decline made while a scheduled run was at work is kept by that run', async () => {
    const { repo, digest } = await digestRepo();
    const gardening = numberOf(repo, digest, '2611.00003');
    // A new paper, so the scheduled run has something to write; it is held right before it reads
    // the digest again to write it, and a maintainer declines a candidate meanwhile.
    script(services.get(), () =>
      feedReply(arxivFeed([{ id: '2612.00004', title: 'Early exiting at test time' }, ...PAPERS])),
    );
    const rereading = emulator.holdNext({
      method: 'GET',
      path: `/repos/${repo.fullName}/issues/${digest}`,
    });
    const scheduled = schedule(emulator, repo, services.get());
    await arrivedBefore(
      rereading.arrived,
      scheduled,
      'the scheduled run did not read the digest again',
    );
    const id = Number(
      emulator.addComment(repo, digest, `/paperlist decline ${gardening}`, MAINTAINER).id,
    );
    const declined = await runComment(emulator, repo, id, 'created', undefined, env());
    expect(declined.outputs.result, declined.stderr).toBe('commands-done');
    rereading.release();
    const run = await scheduled;
    expect(run.code, run.stderr).toBe(0);
    const ids = numbered(emulator.getIssue(repo, digest)?.body).map(([, i]) => i);
    expect(ids.sort()).toEqual(['2611.00001', '2611.00002', '2612.00004']);
    expect(run.summary).toContain('1 declined');
  }, 120_000);
});
