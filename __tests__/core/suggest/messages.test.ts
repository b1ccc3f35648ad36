// The status comment and the pull request body: exact Markdown, and nothing from the issue that
// could ping someone, link an issue, or inject a link or HTML.
import { describe, expect, test } from 'vitest';
import { BUILTIN_FORM } from '../../../src/core/form/builtin.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { valueOf } from '../../result.js';
import {
  pullRequestBody,
  rowPreview,
  statusComment,
  STATUS_MARKER,
} from '../../../src/core/suggest/messages.js';
import { neutralizeReferences, safeInline } from '../../../src/core/suggest/neutralize.js';
import type { Paper } from '../../../src/core/types.js';

const J = '\u2060';
const form = BUILTIN_FORM(['Exit Policy', 'Survey']);
const settings = defaultSettings;

const pabee: Paper = {
  title: 'BERT Loses Patience: Fast and Robust Inference with Early Exit',
  abbr: 'PABEE',
  venue: 'NeurIPS',
  year: '2020',
  links: [
    { label: 'PDF', url: 'https://arxiv.org/pdf/2006.04152' },
    { label: 'CODE', url: 'https://github.com/JetRunner/PABEE' },
  ],
  extra: {},
};

const header =
  '| Title | Abbreviation | Venue | Year | Materials |\n|----------|----|----|----|----|\n';
const pabeeRow =
  '| BERT Loses Patience: Fast and Robust Inference with Early Exit | PABEE | NeurIPS | 2020 | ' +
  '[[PDF](https://arxiv.org/pdf/2006.04152)] [[CODE](https://github.com/JetRunner/PABEE)] |';

describe('statusComment', () => {
  test('success: marker, pull request, preview, sections', () => {
    const text = statusComment(
      { ok: true, value: { paper: pabee, sections: ['Exit Policy', 'Survey'] } },
      { form, settings, pullRequest: { number: 31, url: 'https://github.com/o/r/pull/31' } },
    );
    expect(text).toBe(
      '<!-- paperlist:status -->\n\n' +
        'The suggestion passed the checks. Pull request [#31](https://github.com/o/r/pull/31) adds it; once a maintainer merges it, the paper is in the list and this issue closes.\n\n' +
        'The new row, in Exit Policy, Survey:\n\n' +
        header +
        pabeeRow +
        '\n\nEditing the issue checks it again and updates the pull request.\n',
    );
  });

  test('success in a list of bullets: the new entry, as the list writes it', () => {
    const bullets = valueOf(
      parseSettings('layout:\n  kind: list\n  item: "- {{title}} ({{venue}})"\n', 'paperlist.yml'),
    );
    const text = statusComment(
      { ok: true, value: { paper: pabee, sections: ['Survey'] } },
      { form, settings: bullets },
    );
    expect(text).toContain(
      'The new entry, in Survey:\n\n- BERT Loses Patience: Fast and Robust Inference with Early Exit (NeurIPS)\n',
    );
    expect(text).not.toMatch(/\brow\b/);
  });

  test('failure: every problem in one list, under its form label, with warnings after', () => {
    const text = statusComment(
      {
        ok: false,
        problems: [
          {
            field: 'year',
            message: '"２０２４" is not a year',
            hint: 'write the year as four plain digits, such as 2024',
          },
          {
            field: 'page',
            message: 'there is no link to the paper',
            hint: 'fill in "Paper page" or "PDF" (or both)',
          },
          { file: 'data.yaml', line: 3, field: 'Survey', message: 'the section is odd' },
        ],
        warnings: [
          {
            field: 'abbr',
            message:
              'invisible or direction-changing characters were removed from the abbreviation',
            hint: 'check that the text still reads as intended',
          },
        ],
      },
      { form, settings },
    );
    expect(text).toBe(
      '<!-- paperlist:status -->\n\n' +
        'The suggestion cannot be added yet. Edit the issue (the "···" menu at its top, then "Edit") to fix the following; it is checked again on every edit.\n\n' +
        '- **Year**: "２０２４" is not a year — write the year as four plain digits, such as 2024\n' +
        '- **Paper page**: there is no link to the paper — fill in "Paper page" or "PDF" (or both)\n' +
        '- **Survey** (line 3): the section is odd\n\n' +
        'Worth a look:\n\n' +
        '- **Abbreviation**: invisible or direction-changing characters were removed from the abbreviation — check that the text still reads as intended\n',
    );
  });

  test('text from the issue cannot ping, reference, link or add HTML', () => {
    const text = statusComment(
      {
        ok: false,
        problems: [
          {
            field: 'sections',
            message:
              '"@octocat see #12 <img src=x> [a](https://evil.example)" is not a section of this list',
          },
        ],
        warnings: [],
      },
      { form, settings },
    );
    expect(text.split('\n')[4]).toBe(
      `- **Sections**: "@${J}octocat see #${J}12 &lt;img src=x&gt; \\[a\\](https:&#8288;//evil.example)" is not a section of this list`,
    );
  });

  test('starts with the marker the bot finds its comment by', () => {
    const text = statusComment({ ok: false, problems: [], warnings: [] }, { form, settings });
    expect(text.startsWith(`${STATUS_MARKER}\n`)).toBe(true);
  });
});

describe('pullRequestBody', () => {
  test('preview, sections, the issue and Closes #N', () => {
    expect(
      pullRequestBody({
        issue: 12,
        issueUrl: 'https://github.com/o/r/issues/12',
        paper: pabee,
        sections: ['Exit Policy'],
        settings,
        form,
        warnings: [
          {
            field: 'title',
            message: 'the title is close to "BERT Loses Patience" in Exit Policy',
            hint: 'if it is the same paper, it should not be added twice; if not, nothing needs to change',
          },
        ],
      }),
    ).toBe(
      'Adds a paper suggested in [issue #12](https://github.com/o/r/issues/12), to Exit Policy:\n\n' +
        header +
        pabeeRow +
        '\n\nWorth a look before merging:\n\n' +
        '- **Title**: the title is close to "BERT Loses Patience" in Exit Policy — if it is the same paper, it should not be added twice; if not, nothing needs to change\n\n' +
        'Closes #12\n',
    );
  });

  test('a title with mentions and references is neutralised in the preview, links kept', () => {
    const sneaky: Paper = {
      title: 'Ping @octocat and @org/team about #7 and GH-8',
      year: '2024',
      links: [{ label: 'PAGE', url: 'https://example.org/@user/#1' }],
      extra: {},
    };
    expect(rowPreview(sneaky, settings).split('\n')[2]).toBe(
      `| Ping @${J}octocat and @${J}org/team about #${J}7 and GH${J}-8 | N/A |  | 2024 | [[PAGE](https://example.org/@user/#1)] |`,
    );
  });
});

describe('neutralising', () => {
  test('mentions, issue references and GH- references get a word joiner', () => {
    expect(neutralizeReferences('@a, x@b.c, #1, a#2, GH-3, gh-4, #x, @-')).toBe(
      `@${J}a, x@${J}b.c, #${J}1, a#${J}2, GH${J}-3, gh${J}-4, #x, @-`,
    );
  });

  test('character references written by the escaping stay intact', () => {
    expect(safeInline('https://x.org #5 &#12 &#13;')).toBe(
      `https:&#8288;//x.org #${J}5 &#${J}12 &amp;#${J}13;`,
    );
  });
});

describe('a hostile suggestion keeps the status comment within what GitHub accepts', () => {
  test('long answers are cut in messages, and many problems are summed up', async () => {
    const { checkSuggestion } = await import('../../../src/core/suggest/check.js');
    const result = checkSuggestion(
      {
        title: 'A paper',
        year: '<'.repeat(60_000),
        sections: Array.from({ length: 100 }, (_, i) => `no such section ${i} ${'x'.repeat(500)}`),
        page: 'https://example.org/a',
      },
      { sections: [{ name: 'Survey', category: '0. Survey', papers: [] }] },
      { now: new Date('2026-01-01T00:00:00Z'), openSuggestions: [] },
    );
    expect(result.ok).toBe(false);
    const text = statusComment(result, { form, settings });
    expect(text.length).toBeLessThan(20_000);
    expect(text).toContain('(60000 characters)');
    expect(text).toContain('- … and 71 more problems, shown once the ones above are fixed\n');
  });
});
