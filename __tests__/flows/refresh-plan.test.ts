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
    expect(planRefresh(input())).toEqual({ kind: 'up-to-date', head: HEAD });
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
    expect(plan).toEqual({
      kind: 'write',
      head: HEAD,
      files: { 'README.md': README.replace(STAMP, LATER_STAMP) },
    });
  });

  test('extra files are written with the README, after it', () => {
    const form = '.github/ISSUE_TEMPLATE/suggest-paper.yml';
    const plan = planRefresh(input({ readme: handEdited, extraFiles: { [form]: 'synced' } }));
    expect(plan.kind === 'write' && Object.keys(plan.files)).toEqual(['README.md', form]);
    expect(planRefresh(input({ extraFiles: { [form]: 'synced' } }))).toEqual({
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
