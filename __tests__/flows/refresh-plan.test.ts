// The refresh's plan, without an emulator: which files a refresh writes from the list at the head,
// when the stamp moves, and where the refresh lands.
import { describe, expect, test } from 'vitest';
import { landingRoute, planRefresh, type RefreshInput } from '../../src/flows/refresh/plan.js';
import { exampleFile, exampleList, HEAD, PATHS, pullRequest } from './reads.js';

const README = exampleFile('README.md');
const LATER = new Date('2025-03-01T00:00:00Z');
/** The example README's stamp, and what a refresh stamping LATER writes (Asia/Shanghai). */
const STAMP = '**Last Update: Oct 14, 2024 20:47:37**';
const LATER_STAMP = '**Last Update: Mar 01, 2025 08:00:00**';
/** A row of the example's tables, changed by hand. */
const handEdited = README.replace('| TPAMI | 2022 |', '| TPAMI | 2021 |');

function input(overrides: Partial<RefreshInput> & { readme?: string } = {}): RefreshInput {
  const { readme, ...rest } = overrides;
  return {
    list: exampleList(readme === undefined ? {} : { readme }),
    paths: PATHS,
    dataChanged: false,
    extraFiles: {},
    ...rest,
  };
}

describe('planRefresh', () => {
  test('a current README is up to date', () => {
    expect(planRefresh(input())).toEqual({
      kind: 'up-to-date',
      head: HEAD,
      list: exampleList().list,
      warnings: [],
    });
  });

  test('a change of the data moves the stamp to the time of that change', () => {
    const plan = planRefresh(input({ dataChanged: true, stampTime: LATER }));
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(Object.keys(plan.files)).toEqual(['README.md']);
    expect(plan.files['README.md']).toBe(README.replace(STAMP, LATER_STAMP));
  });

  test('without a time of its own, a data change stamps the head commit time (here: no change)', () => {
    expect(planRefresh(input({ dataChanged: true })).kind).toBe('up-to-date');
  });

  test('a push of prose keeps the stamp: nothing to write', () => {
    const prose = README.replace('Papers on neural networks', 'Papers about neural networks');
    expect(prose).not.toBe(README);
    expect(planRefresh(input({ readme: prose, stampTime: LATER })).kind).toBe('up-to-date');
  });

  test('tables edited by hand count as a change: rendered again, stamp and all', () => {
    expect(handEdited).not.toBe(README);
    const plan = planRefresh(input({ readme: handEdited, stampTime: LATER }));
    expect(plan).toMatchObject({
      kind: 'write',
      head: HEAD,
      files: { 'README.md': README.replace(STAMP, LATER_STAMP) },
    });
  });

  test('extra files are written with the README, after it', () => {
    const form = '.github/ISSUE_TEMPLATE/suggest-paper.yml';
    const plan = planRefresh(input({ readme: handEdited, extraFiles: { [form]: 'synced' } }));
    expect(plan.kind === 'write' && Object.keys(plan.files)).toEqual(['README.md', form]);
    expect(planRefresh(input({ extraFiles: { [form]: 'synced' } }))).toMatchObject({
      kind: 'write',
      head: HEAD,
      files: { [form]: 'synced' },
    });
  });

  test('a README without its markers is the list broken, with the file named', () => {
    const plan = planRefresh(input({ readme: README.replace('<!-- main-end -->', '') }));
    expect(plan.kind).toBe('list-broken');
    expect(plan.kind === 'list-broken' && plan.problems[0]?.file).toBe('README.md');
  });
});

describe('planRefresh for readers', () => {
  const data = exampleFile('data.yaml');
  const newPaper =
    '  - title: "A New Paper"\n    venue: "ICLR"\n    year: "2025"\n    links:\n      PDF: "https://arxiv.org/pdf/2501.00001"\n';
  const withNew = data.replace(
    /(EEN Design:\n(?:.*\n)*?)(\nEEN Configuration:)/,
    `$1${newPaper}$2`,
  );

  test('entries the change added get the day it was made, in the list time zone', () => {
    expect(withNew).not.toBe(data);
    const before = exampleList().list;
    const list = exampleList({ dataFile: withNew });
    // 18:00 UTC is already the next day in Asia/Shanghai, the example's time zone.
    const time = new Date('2025-03-01T18:00:00Z');
    const plan = planRefresh({
      ...input({ dataChanged: true, stampTime: time }),
      list,
      addedSince: { before, time },
    });
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.files['data.yaml']).toBe(
      withNew.replace(newPaper, `${newPaper}    added: "2025-03-02"\n`),
    );
    const added = plan.list.sections.flatMap((s) => s.papers.filter((p) => p.extra['added']));
    expect(added.map((p) => [p.title, p.extra['added']])).toEqual([['A New Paper', '2025-03-02']]);
    // Planned again on the commit that recorded it, nothing more is stamped.
    const again = exampleList({ dataFile: plan.files['data.yaml'] as string });
    const next = planRefresh({
      ...input({ stampTime: time }),
      list: again,
      addedSince: { before, time },
    });
    expect(next.kind === 'write' ? Object.keys(next.files) : []).not.toContain('data.yaml');
  });

  test('with `bibtex:` set, the BibTeX file is written with the README, and only when it changes', () => {
    const config = `${exampleFile('.github/paperlist.yml')}bibtex: papers.bib\n`;
    const list = exampleList({ config });
    const plan = planRefresh({ ...input(), list });
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(Object.keys(plan.files)).toEqual(['papers.bib']);
    expect(plan.files['papers.bib']).toMatch(/^% .*: 40 papers/);
    const current = planRefresh({
      ...input(),
      list,
      bibtexText: plan.files['papers.bib'] as string,
    });
    expect(current.kind).toBe('up-to-date');
  });

  test('a `bibtex:` path that is one of the list files is refused', () => {
    const config = `${exampleFile('.github/paperlist.yml')}bibtex: README.md\n`;
    const plan = planRefresh({ ...input(), list: exampleList({ config }) });
    expect(plan.kind === 'list-broken' && plan.problems[0]).toMatchObject({ field: 'bibtex' });
  });
});

describe('landingRoute', () => {
  const settings = exampleList().settings;
  test('a direct commit by default', () => {
    expect(landingRoute(settings, undefined)).toBe('commit');
  });
  test('the pull request while one is open', () => {
    expect(landingRoute(settings, pullRequest({ headRef: 'paperlist/refresh' }))).toBe(
      'pull-request',
    );
  });
  test('the pull request when the settings ask for one', () => {
    expect(landingRoute({ ...settings, refresh: 'pull-request' }, undefined)).toBe('pull-request');
  });
});
