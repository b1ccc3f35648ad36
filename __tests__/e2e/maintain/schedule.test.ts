// The scheduled run: the refresh with the issue form's section options re-synced in the same commit,
// and the link check keeping ONE report issue, against a local web server whose answers the test sets.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededRepo } from '../../emulator/index.js';
import { useEmulator } from '../../harness/use-emulator.js';
import { requestBreakdown } from '../rebuild/backlog.js';
import { scheduleEvent, workflowDispatchEvent } from '../../harness/index.js';
import {
  FORM_PATH,
  REFRESH_MESSAGE,
  exampleFile,
  runEvent,
  seedList,
  stampLine,
  tableRows,
  writes,
  VENUES_OFFLINE,
  DIGEST_OFFLINE,
} from './setup.js';

const emulator = useEmulator();
let server: Server;
let origin: string;
/** Path -> status the link server answers; anything else is 404. */
const answers = new Map<string, number>();
const served: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    served.push(`${req.method} ${req.url}`);
    res.writeHead(answers.get(req.url ?? '') ?? 404, { 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const schedule = (repo: SeededRepo) =>
  runEvent(emulator, repo, 'schedule', scheduleEvent(emulator.repository(repo)));

describe('the issue form', () => {
  it('gets its stale section options fixed in the same commit as the refresh', async () => {
    const form = exampleFile(FORM_PATH);
    const stale = form.replace('        - "Exit Policy"\n', '');
    expect(stale).not.toBe(form);
    // Tables edited by hand, so the refresh has something to write too.
    const readme = exampleFile('README.md').replace(
      '| MSDNet | ICLR | 2018 |',
      '| MSDNet | ICLR | 2017 |',
    );
    const settings = `${exampleFile('.github/paperlist.yml')}link-check: false\n`;
    const repo = seedList(emulator, {
      [FORM_PATH]: stale,
      'README.md': readme,
      '.github/paperlist.yml': settings,
    });
    const before = emulator.branchSha(repo, 'main') as string;

    emulator.clearRequests();
    const run = await schedule(repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const head = emulator.branchSha(repo, 'main') as string;
    expect(run.outputs).toEqual({
      result: 'refreshed',
      'commit-sha': head,
      'up-to-date': 'false',
      'rebuilt-pull-requests': '',
    });
    // One commit on top of the seed holding both files.
    const commit = emulator.commit(repo, head);
    expect(commit.parents.map((p) => p.sha)).toEqual([before]);
    expect(commit.message.split('\n')[0]).toBe(REFRESH_MESSAGE);
    expect(emulator.readFile(repo, head, FORM_PATH)).toBe(form);
    // The stamp stays: the data did not change, only the tables were put back.
    expect(emulator.readFile(repo, head, 'README.md')).toBe(exampleFile('README.md'));
    expect(writes(emulator)).toEqual([
      `POST /repos/${repo.fullName}/git/trees`,
      `POST /repos/${repo.fullName}/git/commits`,
      `PATCH /repos/${repo.fullName}/git/refs/heads/main`,
    ]);
    expect(run.summary).toBe(
      `### paperlist: refreshed\n\nCommitted \`README.md\` and \`${FORM_PATH}\` to \`main\` as ${head.slice(0, 7)}.\n\nNo open suggestion pull requests to rebuild.\n\nLink check is off (\`link-check: false\`).\n\n${VENUES_OFFLINE}\n\n${DIGEST_OFFLINE} The digest issue is opened once arXiv answers.\n`,
    );

    // The next scheduled run finds everything current.
    emulator.clearRequests();
    const again = await schedule(repo);
    expect(again.outputs.result).toBe('unchanged');
    expect(writes(emulator)).toEqual([]);
  });
});

describe('the link report', () => {
  /** A list of four papers whose links point at the local server. */
  function linkList(): SeededRepo {
    const paper = (title: string, year: string, path: string) =>
      `    - title: "${title}"\n      year: "${year}"\n      links:\n        PAGE: "${origin}${path}"\n`;
    const data =
      'Links:\n  category: "1. Links"\n  list:\n' +
      paper('Live paper', '2024', '/live') +
      paper('Gone paper', '2023', '/gone-1') +
      paper('Limited paper', '2022', '/limited') +
      paper('Moved paper', '2021', '/gone-2');
    const readme =
      '# Links\n\n<!-- main-start -->\n<!-- main-end -->\n\n<!-- update-time-start -->\n<!-- update-time-end -->\n';
    return seedList(emulator, { 'data.yaml': data, 'README.md': readme });
  }

  const reports = (repo: SeededRepo) =>
    emulator
      .getIssues(repo)
      .filter((i) =>
        i.labels.some((l) => (typeof l === 'string' ? l : l.name) === 'paperlist-link-report'),
      );

  it('is opened for dead links, updated in place, left alone when unchanged, closed once fixed', async () => {
    const repo = linkList();
    answers.set('/live', 200).set('/limited', 429).set('/gone-2', 200);
    answers.delete('/gone-1');

    const first = await schedule(repo);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // The empty tables were rendered too.
    expect(tableRows(emulator.readFile(repo, 'main', 'README.md') as string, 'Links')).toHaveLength(
      4,
    );
    const [report] = reports(repo);
    expect(reports(repo)).toHaveLength(1);
    expect(report?.state).toBe('open');
    expect(report?.title).toBe('Link check: 1 dead link');
    expect(first.outputs['link-report-url']).toBe(report?.html_url);
    const body = report?.body ?? '';
    expect(body).toContain(`(${origin}/gone-1) | 404 Not Found | Links › Gone paper (PAGE) |`);
    expect(body).toContain(
      `(${origin}/limited) | 429 Too Many Requests | Links › Limited paper (PAGE) |`,
    );
    expect(body).not.toContain(`${origin}/live`);
    expect(body).toMatch(
      /4 links checked on \d{4}-\d\d-\d\d \d\d:\d\d UTC: 1 dead, 1 could not be checked\./,
    );
    expect(first.summary).toContain(
      `Opened the link report [#${report?.number}](${report?.html_url}).`,
    );

    // With a personal token, opening the report starts an `issues` run: it must leave it alone.
    emulator.clearRequests();
    const echo = await runEvent(
      emulator,
      repo,
      'issues',
      emulator.issuesEvent(repo, report?.number as number, 'opened'),
    );
    expect(echo.code).toBe(0);
    expect(echo.outputs.result).toBe('ignored');
    expect(writes(emulator)).toEqual([]);

    // One more link dies: the same issue is updated.
    answers.delete('/gone-2');
    emulator.clearRequests();
    const second = await schedule(repo);
    expect(second.outputs['link-report-url']).toBe(report?.html_url);
    expect(reports(repo).map((i) => [i.number, i.state, i.title])).toEqual([
      [report?.number, 'open', 'Link check: 2 dead links'],
    ]);
    expect(reports(repo)[0]?.body).toContain(
      `(${origin}/gone-2) | 404 Not Found | Links › Moved paper (PAGE) |`,
    );
    expect(writes(emulator)).toEqual([`PATCH /repos/${repo.fullName}/issues/${report?.number}`]);

    // Same findings again: no edit.
    emulator.clearRequests();
    const third = await schedule(repo);
    expect(third.outputs['link-report-url']).toBe(report?.html_url);
    expect(writes(emulator)).toEqual([]);

    // The dead links are fixed (the rate-limited one still refuses): the report is closed.
    answers.set('/gone-1', 200).set('/gone-2', 200);
    const fourth = await schedule(repo);
    expect(fourth.code).toBe(0);
    expect(reports(repo).map((i) => [i.number, i.state, i.title])).toEqual([
      [report?.number, 'closed', 'Link check: no dead links'],
    ]);
    expect(reports(repo)[0]?.body).toContain('Every link that could be checked is reachable.');
    expect(fourth.summary).toContain(`Closed the link report [#${report?.number}]`);
  });

  it('with `link-check: false`, checks nothing and opens no issue', async () => {
    const repo = linkList();
    const settings = `${exampleFile('.github/paperlist.yml')}link-check: false\n`;
    emulator.commitFiles(repo, 'main', { '.github/paperlist.yml': settings }, 'No link check');
    answers.delete('/gone-1');
    served.length = 0;
    const run = await runEvent(
      emulator,
      repo,
      'workflow_dispatch',
      workflowDispatchEvent(emulator.repository(repo)),
    );
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    expect(run.outputs['link-report-url']).toBeUndefined();
    expect(reports(repo)).toEqual([]);
    expect(served).toEqual([]);
  });

  it('costs the same GitHub requests for 40 links as for 4: one list of the report issues, one read of the form', async () => {
    /** A list of `n` papers, every other link dead. */
    const seeded = (n: number) => {
      const papers = Array.from({ length: n }, (_, i) => {
        answers.set(`/many-${i}`, i % 2 === 0 ? 200 : 404);
        return `    - title: "Paper ${i}"\n      year: "${2000 + i}"\n      links:\n        PAGE: "${origin}/many-${i}"\n`;
      });
      const data = 'Links:\n  category: "1. Links"\n  list:\n' + papers.join('');
      const readme =
        '# Links\n\n<!-- main-start -->\n<!-- main-end -->\n\n<!-- update-time-start -->\n<!-- update-time-end -->\n';
      return seedList(emulator, { 'data.yaml': data, 'README.md': readme });
    };
    const cost = async (n: number) => {
      const repo = seeded(n);
      emulator.clearRequests();
      const run = await schedule(repo);
      expect(run.code).toBe(0);
      expect(reports(repo)).toHaveLength(1);
      return Object.fromEntries(requestBreakdown(emulator, repo));
    };
    const small = await cost(4);
    expect(await cost(40)).toEqual(small);
    // The report issues: one list request (and one of the digest issue); the form: one read.
    expect(small['GET /issues']).toBe(2);
    expect(small[`GET /contents/${FORM_PATH}`]).toBe(1);
    expect(small['POST /issues']).toBe(1);
  });

  it('writes nothing on a run that finds the list current and every link alive', async () => {
    const repo = linkList();
    answers.set('/live', 200).set('/limited', 200).set('/gone-1', 200).set('/gone-2', 200);
    await schedule(repo);
    const head = emulator.branchSha(repo, 'main');
    const stamp = stampLine(emulator.readFile(repo, 'main', 'README.md') as string);
    emulator.clearRequests();
    const run = await schedule(repo);
    expect(run.outputs.result).toBe('unchanged');
    expect(writes(emulator)).toEqual([]);
    expect(emulator.branchSha(repo, 'main')).toBe(head);
    expect(stampLine(emulator.readFile(repo, 'main', 'README.md') as string)).toBe(stamp);
    expect(reports(repo)).toEqual([]);
  });
});
