// extractIdentifiers on links as they appear in the real list (and the variants people paste).
import { expect, test } from 'vitest';
import {
  describeIdentifier,
  extractIdentifiers,
  identifierKey,
} from '../../../src/core/data/identifiers.js';

test.each([
  // arXiv: abstract and PDF pages, versions, `.pdf`, old-style ids, mirrors, the arXiv DOI.
  ['https://arxiv.org/pdf/2102.04906', 'arxiv', '2102.04906'],
  ['https://arxiv.org/abs/2403.07958', 'arxiv', '2403.07958'],
  ['https://arxiv.org/pdf/1703.09844v2', 'arxiv', '1703.09844'],
  ['https://arxiv.org/pdf/1703.09844v3.pdf', 'arxiv', '1703.09844'],
  ['http://www.arxiv.org/abs/2407.13986/', 'arxiv', '2407.13986'],
  ['https://arxiv.org/abs/cs/0112017', 'arxiv', 'cs/0112017'],
  ['https://arxiv.org/pdf/cs/0112017v1.pdf', 'arxiv', 'cs/0112017'],
  ['https://export.arxiv.org/abs/math.AG/0309136', 'arxiv', 'math.AG/0309136'],
  ['https://doi.org/10.48550/arXiv.2102.04906', 'arxiv', '2102.04906'],
  // DOIs: doi.org, the ACM library's abstract/full/PDF pages, Springer chapters; lower-cased.
  ['https://dl.acm.org/doi/abs/10.1145/3469116.3470012', 'doi', '10.1145/3469116.3470012'],
  ['https://dl.acm.org/doi/full/10.1145/3527155', 'doi', '10.1145/3527155'],
  ['https://dl.acm.org/doi/pdf/10.1145/3527155', 'doi', '10.1145/3527155'],
  ['https://dl.acm.org/doi/10.1145/3689632', 'doi', '10.1145/3689632'],
  [
    'https://dl.acm.org/doi/abs/10.1007/978-3-031-20083-0_22',
    'doi',
    '10.1007/978-3-031-20083-0_22',
  ],
  ['https://doi.org/10.1109/TPAMI.2021.3117837', 'doi', '10.1109/tpami.2021.3117837'],
  ['https://dx.doi.org/10.1145%2F3527155', 'doi', '10.1145/3527155'],
  [
    'https://link.springer.com/chapter/10.1007/978-3-031-19803-8_20',
    'doi',
    '10.1007/978-3-031-19803-8_20',
  ],
  // OpenReview forum and PDF pages; ACL Anthology pages and PDFs.
  ['https://openreview.net/forum?id=jX2DT7qDam', 'openreview', 'jX2DT7qDam'],
  ['https://openreview.net/pdf?id=xFk0w9zoV3', 'openreview', 'xFk0w9zoV3'],
  ['https://aclanthology.org/2020.acl-main.204/', 'acl', '2020.acl-main.204'],
  ['https://aclanthology.org/2023.findings-acl.889.pdf', 'acl', '2023.findings-acl.889'],
])('%s', (url, kind, id) => {
  expect(extractIdentifiers(url)).toEqual([{ kind, id }]);
});

test.each([
  'https://ieeexplore.ieee.org/abstract/document/9560049',
  'https://github.com/pan-x-c/EE-LLM',
  'https://ojs.aaai.org/index.php/AAAI/article/view/17225/17032',
  'https://openreview.net/forum',
  'https://arxiv.org/list/cs.LG/recent',
  'ftp://arxiv.org/abs/2102.04906',
  'arxiv.org/abs/2102.04906',
  'not a url',
])('no identifier in %s', (url) => {
  expect(extractIdentifiers(url)).toEqual([]);
});

test('keys and descriptions', () => {
  const [id] = extractIdentifiers('https://arxiv.org/abs/1703.09844v2');
  expect(id && identifierKey(id)).toBe('arxiv:1703.09844');
  expect(id && describeIdentifier(id)).toBe('arXiv id 1703.09844');
  expect(describeIdentifier({ kind: 'doi', id: '10.1145/3527155' })).toBe('DOI 10.1145/3527155');
});
