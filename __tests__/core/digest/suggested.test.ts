// The papers an open suggestion issue names: arXiv ids and DOIs in links anywhere in its text, or
// pasted on a line of their own; nothing from words that only look like ids.
import { describe, expect, it } from 'vitest';
import { identifiersInText } from '../../../src/core/digest/suggested.js';

describe('identifiersInText', () => {
  it('reads arXiv ids in any version and DOIs from links and from pasted ids', () => {
    const body = [
      '### Link',
      '',
      'arXiv:2401.01234v2',
      '',
      '### Notes',
      '',
      'Also at (https://export.arxiv.org/abs/cs/0601001), and https://doi.org/10.1145/3527155.',
      '10.48550/arXiv.2402.00001',
    ].join('\n');
    expect(identifiersInText(body).sort()).toEqual([
      'arxiv:2401.01234',
      'arxiv:2402.00001',
      'arxiv:cs/0601001',
      'doi:10.1145/3527155',
      'doi:10.48550/arxiv.2402.00001',
    ]);
  });

  it('finds nothing in prose that merely holds numbers', () => {
    expect(
      identifiersInText('Version 2401.01234 of the tool, see section 10.1 and 10.1000'),
    ).toEqual([]);
  });
});
