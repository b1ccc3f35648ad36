// The PR body's hidden record: whether two bodies say the same thing, the record's commit and
// fingerprint aside (a rebuild that only moved the base does not rewrite the body).
import { describe, expect, test } from 'vitest';
import { encodeRecord, markClosedByBot, sameBody } from '../../src/flows/suggestion/marker.js';
import type { SuggestionRecord } from '../../src/flows/suggestion/marker.js';

const paper = {
  title: 'BranchyNet',
  links: [{ label: 'PAGE', url: 'https://x.org/1' }],
  extra: {},
};
const record: SuggestionRecord = {
  issue: 1,
  paper,
  sections: ['EEN Design'],
  fingerprint: 'a'.repeat(32),
  commit: 'b'.repeat(40),
  statusKey: 'c'.repeat(16),
};
const body = (r: SuggestionRecord, text = 'Adds BranchyNet.\n\nCloses #1.') =>
  `${text}\n${encodeRecord(r)}`;

describe('sameBody', () => {
  test('another commit and fingerprint alone: the same body', () => {
    const rebuilt = { ...record, fingerprint: 'd'.repeat(32), commit: 'e'.repeat(40) };
    expect(sameBody(body(record), body(rebuilt))).toBe(true);
  });

  test('the same record with its keys in another order: the same body', () => {
    const { issue, ...rest } = record;
    expect(sameBody(body(record), body({ ...rest, issue }))).toBe(true);
  });

  test('another text, paper, section or status comment: not the same', () => {
    expect(sameBody(body(record), body(record, 'Adds BranchyNet (ICPR).\n\nCloses #1.'))).toBe(
      false,
    );
    expect(sameBody(body(record), body({ ...record, paper: { ...paper, venue: 'ICPR' } }))).toBe(
      false,
    );
    expect(sameBody(body(record), body({ ...record, sections: ['Exit Policy'] }))).toBe(false);
    expect(sameBody(body(record), body({ ...record, statusKey: 'f'.repeat(16) }))).toBe(false);
  });

  test('a body closed by paperlist, or without a record, is not the body to write', () => {
    expect(sameBody(markClosedByBot(body(record)), body(record))).toBe(false);
    expect(sameBody('Adds BranchyNet.', body(record))).toBe(false);
  });
});
