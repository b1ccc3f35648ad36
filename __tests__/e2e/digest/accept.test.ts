// Accepting and declining digest candidates, end to end: `/paperlist accept` in a comment on the
// digest opens a suggestion (an issue in the form's format, handled by the suggestion flow in the same
// run: the paper looked up by its arXiv id, one pull request crediting the digest and the maintainer),
// and the digest marks it; `/paperlist decline` takes a candidate out for good; ticking a box is an
// accept when the person who ticked may command, and nothing otherwise; a command that cannot be done
// says why.
import { beforeAll, describe, expect, it } from 'vitest';
import { setRole } from '../../emulator/comments.js';
import type { SeededRepo } from '../../emulator/index.js';
import { runAction } from '../../harness/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { MAINTAINER, READER, repliesOn, runComment, tickingClock } from '../commands/setup.js';
import { FAST_ENV } from '../maintain/setup.js';
import { checklist, numbered, schedule, seedDigestWithCandidates, useServices } from './setup.js';

const emulator = useEmulator();
const services = useServices();
beforeAll(() => tickingClock(emulator));

/** A digest (issue #1) of the three papers, arXiv able to answer a look-up of each by id. */
const digestRepo = () => seedDigestWithCandidates(emulator, services.get());

const numberOf = (repo: SeededRepo, digest: number, id: string): number =>
  numbered(emulator.getIssue(repo, digest)?.body).find(([, i]) => i === id)?.[0] ?? 0;

const env = () => ({ ...FAST_ENV, ...services.get().env(), PAPERLIST_METADATA_RETRY_MS: '0' });

/** A maintainer's comment on the digest, and the run of its `created` event. */
async function commentAndRun(repo: SeededRepo, digest: number, body: string) {
  const id = Number(emulator.addComment(repo, digest, body, MAINTAINER).id);
  return { id, run: await runComment(emulator, repo, id, 'created', undefined, env()) };
}

/** The `issues` `edited` run of the digest, as `sender` edited it. */
function runEdit(repo: SeededRepo, digest: number, sender: string, from?: string) {
  const changes = from !== undefined ? { changes: { body: { from } } } : {};
  return runAction({
    event: 'issues',
    payload: emulator.issuesEvent(repo, digest, 'edited', {
      sender: emulator.user(sender),
      ...changes,
    }),
    repo,
    emulator,
    env: env(),
  });
}

describe('accepting and declining digest candidates', () => {
  it('accept by command opens one suggestion through the suggestion flow, credited, and marks the digest', async () => {
    const { repo, digest } = await digestRepo();
    const n = numberOf(repo, digest, '2611.00002');
    const { id, run } = await commentAndRun(
      repo,
      digest,
      `/paperlist accept ${n} to "kd for training"`,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('commands-done');
    // The same event delivered again (or its run re-run): nothing more.
    const repeated = await runComment(emulator, repo, id, 'created', undefined, env());
    expect(repeated.outputs.result).toBe('ignored');
    expect(emulator.getIssues(repo)).toHaveLength(2);
    // A suggestion issue in the form's format, and its pull request.
    const suggestion = emulator.getIssues(repo).find((i) => i.number !== digest);
    expect(suggestion?.title).toBe('Add paper: arXiv:2611.00002');
    expect(suggestion?.body).toContain('### Link\n\nhttps://arxiv.org/abs/2611.00002');
    expect(suggestion?.body).toContain('### Sections\n\nKD for Training');
    const pulls = emulator.getPulls(repo);
    expect(pulls).toHaveLength(1);
    const pull = pulls[0];
    expect(pull?.body).toContain(`Closes #${suggestion?.number}`);
    expect(pull?.body).toMatch(
      /Found by the digest \(#\u2060?1\), accepted by @\u2060mona-maintainer/,
    );
    // The paper was looked up by its arXiv id: its title is the one arXiv gives, in the section asked.
    const data = emulator.readFile(repo, pull?.head.ref as string, 'data.yaml') ?? '';
    expect(data).toContain('title: "Knowledge distillation for training early-exit networks"');
    const kd = data.slice(data.indexOf('KD for Training:'), data.indexOf('Conflict among Exits:'));
    expect(kd).toContain('Knowledge distillation for training early-exit networks');
    // The digest line is ticked and says who accepted it and where it went; the reply says so too.
    const line = checklist(emulator.getIssue(repo, digest)?.body).find((l) =>
      l.includes('2611.00002'),
    );
    expect(line).toMatch(
      new RegExp(`^- \\[x\\] .* — \\*\\*accepted\\*\\* by mona-maintainer: #${pull?.number}$`),
    );
    expect(repliesOn(emulator, repo, digest).join('\n')).toContain(`pull request #${pull?.number}`);

    // The next scheduled run leaves it out, and the same accept again changes nothing.
    const next = await schedule(emulator, repo, services.get());
    expect(next.code, next.stderr).toBe(0);
    expect(numbered(emulator.getIssue(repo, digest)?.body).map(([, id]) => id)).not.toContain(
      '2611.00002',
    );
    const again = await commentAndRun(repo, digest, '/paperlist accept 2611.00002');
    expect(again.run.code).toBe(0);
    expect(emulator.getPulls(repo)).toHaveLength(1);
    expect(repliesOn(emulator, repo, digest).at(-1)).toContain('was accepted already');
  }, 120_000);

  it('decline takes a candidate out for good; an unknown number or section is explained', async () => {
    const { repo, digest } = await digestRepo();
    const n = numberOf(repo, digest, '2611.00003');
    const { run } = await commentAndRun(repo, digest, `/paperlist decline ${n}`);
    expect(run.code, run.stderr).toBe(0);
    expect(numbered(emulator.getIssue(repo, digest)?.body).map(([, id]) => id)).not.toContain(
      '2611.00003',
    );
    const next = await schedule(emulator, repo, services.get());
    expect(next.code, next.stderr).toBe(0);
    expect(
      numbered(emulator.getIssue(repo, digest)?.body)
        .map(([, id]) => id)
        .sort(),
    ).toEqual(['2611.00001', '2611.00002']);
    expect(next.summary).toContain('1 declined');

    const bad = await commentAndRun(
      repo,
      digest,
      '/paperlist accept 99\n/paperlist accept 1 to Nowhere',
    );
    expect(bad.run.code).toBe(0);
    expect(bad.run.outputs.result).toBe('commands-refused');
    const reply = repliesOn(emulator, repo, digest).at(-1) ?? '';
    expect(reply).toContain('The digest has no candidate number 99');
    expect(reply).toContain('The list has no section named “Nowhere”');
    expect(emulator.getPulls(repo)).toHaveLength(0);
  }, 120_000);

  it('a ticked box is an accept into the likeliest section, only when the person may command', async () => {
    const { repo, digest } = await digestRepo();
    const n = numberOf(repo, digest, '2611.00001');
    const bodyNow = () => emulator.getIssue(repo, digest)?.body ?? '';
    const tick = (sender: string, box = n) => {
      const body = bodyNow();
      emulator.updateIssue(repo, digest, {
        body: body.replace(`- [ ] **${box}.**`, `- [x] **${box}.**`),
      });
      return runEdit(repo, digest, sender, body);
    };
    // Someone who may not command: nothing happens, and the box is unticked again.
    setRole(emulator, repo, READER, 'read');
    const refused = await tick(READER);
    expect(refused.code, refused.stderr).toBe(0);
    expect(refused.outputs.result).toBe('ignored');
    expect(emulator.getPulls(repo)).toHaveLength(0);
    expect(bodyNow()).toContain(`- [ ] **${n}.**`);
    // A bot's tick: nothing at all.
    const bot = await tick('github-actions[bot]');
    expect(bot.outputs.result).toBe('ignored');
    expect(emulator.getPulls(repo)).toHaveLength(0);
    emulator.updateIssue(repo, digest, {
      body: bodyNow().replace(`- [x] **${n}.**`, `- [ ] **${n}.**`),
    });

    const run = await tick(MAINTAINER);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('pull-request-created');
    const pulls = emulator.getPulls(repo);
    expect(pulls).toHaveLength(1);
    const data = emulator.readFile(repo, pulls[0]?.head.ref as string, 'data.yaml') ?? '';
    const policy = data.slice(data.indexOf('Exit Policy:'), data.indexOf('Exits Prediction:'));
    expect(policy).toContain('Latency-aware scheduling of inputs to early exit networks');
    const line = checklist(emulator.getIssue(repo, digest)?.body).find((l) =>
      l.includes('2611.00001'),
    );
    expect(line).toContain('**accepted** by mona-maintainer');

    // The same edit event again (a re-run): nothing new.
    const rerun = await runEdit(repo, digest, MAINTAINER);
    expect(rerun.code).toBe(0);
    expect(rerun.outputs.result).toBe('ignored');
    expect(emulator.getPulls(repo)).toHaveLength(1);
  }, 120_000);
});
