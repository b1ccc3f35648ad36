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

  it('is what the README shows of a digest issue, line for line', () => {
    const page = readFileSync(`${PROJECT_ROOT}/docs/digest-example.md`, 'utf8').split('\n');
    const readme = readFileSync(`${PROJECT_ROOT}/README.md`, 'utf8');
    const curation = readme.slice(readme.indexOf('\n## Curation\n'));
    const shown = curation
      .split('\n')
      .filter((l) => l.startsWith('> '))
      .map((l) => l.slice(2));
    expect(shown.filter((l) => l.startsWith('- [ ] '))).toHaveLength(2);
    for (const line of shown) expect(page).toContain(line);
  });
});
