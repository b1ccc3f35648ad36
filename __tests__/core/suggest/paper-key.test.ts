// The paper's key and claim branch: the arXiv id (any version, from any arXiv link or the `arxiv`
// field, or an arXiv DOI), else the DOI lower-cased, else the normalised title; the branch is a hash.
import { describe, expect, test } from 'vitest';
import { claimBranch, paperKey } from '../../../src/core/suggest/paper-key.js';
import type { Paper } from '../../../src/core/types.js';

const paper = (title: string, urls: string[] = [], extra: Record<string, unknown> = {}): Paper => ({
  title,
  links: urls.map((url, i) => ({ label: `L${i}`, url })),
  extra,
});

describe('paperKey', () => {
  test('the arXiv id, whatever the link or version', () => {
    expect(paperKey(paper('A', ['https://arxiv.org/pdf/1709.01686v2']))).toBe('arxiv:1709.01686');
    expect(paperKey(paper('B', ['https://doi.org/10.48550/arXiv.1709.01686']))).toBe(
      'arxiv:1709.01686',
    );
    expect(paperKey(paper('C', [], { arxiv: '1709.01686' }))).toBe('arxiv:1709.01686');
    // An arXiv id wins over a DOI, wherever each is.
    expect(
      paperKey(paper('D', ['https://doi.org/10.1109/ICPR.2016.7900006'], { arxiv: '1709.01686' })),
    ).toBe('arxiv:1709.01686');
  });

  test('else the DOI, lower-cased; else the title without case, punctuation or spacing', () => {
    expect(paperKey(paper('A', ['https://doi.org/10.1109/ICPR.2016.7900006']))).toBe(
      'doi:10.1109/icpr.2016.7900006',
    );
    expect(paperKey(paper('A', [], { doi: '10.1109/ICPR.2016.7900006' }))).toBe(
      'doi:10.1109/icpr.2016.7900006',
    );
    expect(paperKey(paper('BranchyNet: Fast  Inference!', ['https://example.org/x']))).toBe(
      'title:branchynetfastinference',
    );
    expect(paperKey(paper('branchynet fast inference'))).toBe('title:branchynetfastinference');
  });
});

describe('claimBranch', () => {
  test('a hash of the key, so no issue text reaches a ref', () => {
    const branch = claimBranch(paper('x', ['https://arxiv.org/abs/1709.01686']));
    expect(branch).toBe('paperlist/paper-5faf348a166c26c3');
    const odd = claimBranch(paper('a; rm -rf / `$(x)` ../..', []));
    expect(odd).toMatch(/^paperlist\/paper-[0-9a-f]{16}$/);
  });
});
