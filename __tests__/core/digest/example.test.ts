// docs/digest-example.md is what the digest's code renders from the recorded arXiv answer now
// (`node scripts/digest-example.mjs` writes it again after a change of the digest's text).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../harness/run-action.js';
import { digestExample } from '../../../scripts/digest-example/example.js';

describe('docs/digest-example.md', () => {
  it('is the digest rendered from the recorded answer', () => {
    const page = readFileSync(`${PROJECT_ROOT}/docs/digest-example.md`, 'utf8');
    expect(page).toBe(digestExample(PROJECT_ROOT));
    // The paper the list has is not offered; the others are, each with a section.
    expect(page).not.toContain('[arXiv:2202.12139]');
    expect(page.match(/^- \[ \] \*\*\d+\.\*\* .* likeliest section: \*\*/gm)).toHaveLength(9);
  });
});
