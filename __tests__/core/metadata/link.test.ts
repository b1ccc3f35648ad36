// Link recognition: every spelling of an arXiv id, a DOI, an OpenReview or ACL Anthology address, and
// what is left (publisher landing pages, text that is no link).
import { describe, expect, test } from 'vitest';
import { linkIdentifiers, recognizeLink } from '../../../src/core/metadata/link.js';

describe('recognizeLink', () => {
  test.each([
    ['https://arxiv.org/abs/2104.12255', { kind: 'arxiv', id: '2104.12255' }],
    ['https://arxiv.org/abs/2104.12255v1', { kind: 'arxiv', id: '2104.12255', version: 'v1' }],
    ['https://arxiv.org/pdf/1703.09844v3.pdf', { kind: 'arxiv', id: '1703.09844', version: 'v3' }],
    ['http://export.arxiv.org/abs/cs/0601001', { kind: 'arxiv', id: 'cs/0601001' }],
    [
      'https://arxiv.org/abs/astro-ph/0601001v1',
      { kind: 'arxiv', id: 'astro-ph/0601001', version: 'v1' },
    ],
    ['arXiv:2312.07559', { kind: 'arxiv', id: '2312.07559' }],
    ['arxiv: 2312.07559v2', { kind: 'arxiv', id: '2312.07559', version: 'v2' }],
    ['cs/0601001', { kind: 'arxiv', id: 'cs/0601001' }],
    ['2312.07559', { kind: 'arxiv', id: '2312.07559' }],
    ['10.1145/3527155', { kind: 'doi', doi: '10.1145/3527155' }],
    ['doi:10.1109/ICDCSW.2003.1203662', { kind: 'doi', doi: '10.1109/icdcsw.2003.1203662' }],
    [
      'https://doi.org/10.1038/s42256-024-00832-8',
      { kind: 'doi', doi: '10.1038/s42256-024-00832-8' },
    ],
    ['https://dl.acm.org/doi/10.1145/3527155', { kind: 'doi', doi: '10.1145/3527155' }],
    ['https://dl.acm.org/doi/abs/10.1145/3527155', { kind: 'doi', doi: '10.1145/3527155' }],
    [
      '10.48550/arXiv.2312.07559',
      { kind: 'doi', doi: '10.48550/arxiv.2312.07559', arxiv: '2312.07559' },
    ],
    [
      'https://doi.org/10.48550/arXiv.1902.02534',
      { kind: 'doi', doi: '10.48550/arxiv.1902.02534', arxiv: '1902.02534' },
    ],
    ['https://openreview.net/forum?id=BSKXsrwVYo', { kind: 'openreview', id: 'BSKXsrwVYo' }],
    ['https://openreview.net/pdf?id=BSKXsrwVYo', { kind: 'openreview', id: 'BSKXsrwVYo' }],
    ['https://aclanthology.org/2021.naacl-main.208/', { kind: 'acl', id: '2021.naacl-main.208' }],
    [
      'https://aclanthology.org/2021.naacl-main.208.pdf',
      { kind: 'acl', id: '2021.naacl-main.208' },
    ],
    ['https://aclanthology.org/N04-1001', { kind: 'acl', id: 'N04-1001' }],
    [
      'https://proceedings.neurips.cc/paper/2020/hash/d4dd111a4fd973394238aca5c05bebe3-Abstract.html',
      {
        kind: 'landing',
        url: 'https://proceedings.neurips.cc/paper/2020/hash/d4dd111a4fd973394238aca5c05bebe3-Abstract.html',
        host: 'proceedings.neurips.cc',
      },
    ],
    [
      'https://ieeexplore.ieee.org/document/1203662',
      {
        kind: 'landing',
        url: 'https://ieeexplore.ieee.org/document/1203662',
        host: 'ieeexplore.ieee.org',
      },
    ],
    ['not a link at all', { kind: 'unknown', text: 'not a link at all' }],
    ['arXiv:abc', { kind: 'unknown', text: 'arXiv:abc' }],
    ['ftp://arxiv.org/abs/2104.12255', { kind: 'unknown', text: 'ftp://arxiv.org/abs/2104.12255' }],
  ])('%s', (text, expected) => {
    expect(recognizeLink(`  ${text} `)).toEqual(expected);
  });
});

test('identifiers a link gives: an arXiv DOI is an arXiv id', () => {
  expect(linkIdentifiers(recognizeLink('10.48550/arXiv.2312.07559'))).toEqual({
    arxiv: '2312.07559',
  });
  expect(linkIdentifiers(recognizeLink('https://doi.org/10.1145/3527155'))).toEqual({
    doi: '10.1145/3527155',
  });
  expect(linkIdentifiers(recognizeLink('https://openreview.net/forum?id=abc'))).toEqual({
    openreview: 'abc',
  });
  expect(linkIdentifiers(recognizeLink('https://ieeexplore.ieee.org/document/1'))).toEqual({});
});
