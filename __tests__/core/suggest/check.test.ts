// checkSuggestion: every problem at once, with exact texts; the Paper it builds on success.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { checkSuggestion } from '../../../src/core/suggest/check.js';
import type { Paper } from '../../../src/core/types.js';
import { valueOf } from '../../result.js';

const list = valueOf(
  loadData(
    readFileSync(new URL('../../fixtures/insert/real/data.yaml', import.meta.url), 'utf8'),
    'data.yaml',
  ),
);
const now = new Date('2024-10-14T08:00:00Z');
const opts = { now, openSuggestions: [] };

const good = {
  title: 'BERT Loses Patience: Fast and Robust Inference with Early Exit',
  abbr: 'PABEE',
  venue: 'NeurIPS',
  year: '2020',
  sections: ['Exit Policy'],
  page: '',
  pdf: 'https://arxiv.org/pdf/2006.04152',
  code: 'https://github.com/JetRunner/PABEE',
  notes: '',
};

describe('a good suggestion', () => {
  test('becomes a Paper with links in PAGE, PDF, CODE order', () => {
    const result = checkSuggestion(
      {
        ...good,
        page: 'https://proceedings.neurips.cc/paper/2020/hash/d4dd111a4fd973394238aca5c05bebe3-Abstract.html',
      },
      list,
      opts,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        paper: {
          title: 'BERT Loses Patience: Fast and Robust Inference with Early Exit',
          abbr: 'PABEE',
          venue: 'NeurIPS',
          year: '2020',
          links: [
            {
              label: 'PAGE',
              url: 'https://proceedings.neurips.cc/paper/2020/hash/d4dd111a4fd973394238aca5c05bebe3-Abstract.html',
            },
            { label: 'PDF', url: 'https://arxiv.org/pdf/2006.04152' },
            { label: 'CODE', url: 'https://github.com/JetRunner/PABEE' },
          ],
          extra: {},
        },
        sections: ['Exit Policy'],
      },
    });
  });

  test('without abbreviation or venue has neither key', () => {
    const result = checkSuggestion({ ...good, abbr: '_', venue: '' }, list, opts);
    const noAbbr = checkSuggestion({ ...good, abbr: '', venue: '' }, list, opts);
    expect(result.ok && result.value.paper.abbr).toBe('_');
    expect(noAbbr.ok && Object.keys(noAbbr.value.paper)).toEqual([
      'title',
      'year',
      'links',
      'extra',
    ]);
  });

  test('sections match ignoring case and spacing, come out in list order, once each', () => {
    const result = checkSuggestion(
      { ...good, sections: ['inference efficiency', 'EXIT  policy', 'Exit Policy', 'Survey'] },
      list,
      opts,
    );
    expect(result.ok && result.value.sections).toEqual([
      'Survey',
      'Exit Policy',
      'Inference Efficiency',
    ]);
  });

  test('a comma-separated string of sections is read too', () => {
    const result = checkSuggestion({ ...good, sections: 'Survey, Exit Policy' }, list, opts);
    expect(result.ok && result.value.sections).toEqual(['Survey', 'Exit Policy']);
  });

  test('text is cleaned, and removing invisible characters is a warning', () => {
    const result = checkSuggestion(
      {
        ...good,
        title: '  BERT\u200B Loses\u202E Patience:\n Fast and Robust   Inference with Early Exit ',
        abbr: 'PA\u00ADBEE',
      },
      list,
      opts,
    );
    expect(result.ok && result.value.paper.title).toBe(good.title);
    expect(result.ok && result.value.paper.abbr).toBe('PABEE');
    expect(result.warnings).toEqual([
      {
        field: 'title',
        message: 'invisible or direction-changing characters were removed from the title',
        hint: 'check that the text still reads as intended',
      },
      {
        field: 'abbr',
        message: 'invisible or direction-changing characters were removed from the abbreviation',
        hint: 'check that the text still reads as intended',
      },
    ]);
  });

  test('next year is accepted, with a clock at the end of a year (UTC)', () => {
    const late = { now: new Date('2024-12-31T23:59:59Z'), openSuggestions: [] };
    expect(checkSuggestion({ ...good, year: '2025' }, list, late).ok).toBe(true);
    expect(checkSuggestion({ ...good, year: '1950' }, list, late).ok).toBe(true);
  });
});

describe('problems', () => {
  test('an empty form gives every missing answer at once', () => {
    expect(checkSuggestion({}, list, opts)).toEqual({
      ok: false,
      problems: [
        {
          field: 'title',
          message: 'the title is missing',
          hint: "copy the title as printed on the paper's first page",
        },
        {
          field: 'year',
          message: 'the year is missing',
          hint: 'give the year of publication as four digits, such as 2024',
        },
        {
          field: 'sections',
          message: 'no section is chosen',
          hint: 'choose at least one; when editing the issue, write section names separated by commas',
        },
        {
          field: 'page',
          message: 'there is no link to the paper',
          hint: 'fill in "Paper page" or "PDF" (or both)',
        },
      ],
    });
  });

  test.each([
    ['２０２４', '"２０２４" is not a year'],
    ['2024.0', '"2024.0" is not a year'],
    ["'24", '"\'24" is not a year'],
    ['24', '"24" is not a year'],
    ['MMXXIV', '"MMXXIV" is not a year'],
  ])('year %s', (year, message) => {
    const result = checkSuggestion({ ...good, year }, list, opts);
    expect(!result.ok && result.problems).toEqual([
      { field: 'year', message, hint: 'write the year as four plain digits, such as 2024' },
    ]);
  });

  test.each([
    ['1949', '1949 is outside the years accepted (1950 to 2025)'],
    ['2026', '2026 is outside the years accepted (1950 to 2025)'],
  ])('year %s', (year, message) => {
    const result = checkSuggestion({ ...good, year }, list, opts);
    expect(!result.ok && result.problems).toEqual([
      { field: 'year', message, hint: 'give the year the paper was published' },
    ]);
  });

  test('an unknown section lists the valid ones', () => {
    const result = checkSuggestion(
      { ...good, sections: ['Exit Policy', 'Exit Policies'] },
      list,
      opts,
    );
    expect(!result.ok && result.problems).toEqual([
      {
        field: 'sections',
        message: '"Exit Policies" is not a section of this list',
        hint:
          'write the names exactly as listed, separated by commas: Survey, EEN Design, EEN Configuration, KD for Training, Conflict among Exits, ' +
          'Train-test Mismatch, Training Efficiency, KD for Tuning, Test-time Adaptation, ' +
          'Tuning Efficiency, Exit Policy, Exits Prediction, Inference Ensemble, Inference Efficiency',
      },
    ]);
  });

  test('bad links: scheme, credentials, spaces, length; a bad PDF still counts as given', () => {
    const result = checkSuggestion(
      {
        ...good,
        page: 'javascript:alert(1)',
        pdf: 'https://user:secret@example.org/paper.pdf',
        code: 'https://github.com/a b',
      },
      list,
      opts,
    );
    expect(!result.ok && result.problems).toEqual([
      {
        field: 'page',
        message: '"javascript:alert(1)" is not an http:// or https:// URL',
        hint: 'write the full address starting with https://, as shown in the browser',
      },
      {
        field: 'pdf',
        message: '"https://user:secret@example.org/paper.pdf" contains a user name or password',
        hint: 'remove the user name and password, the "name:password@" part in front of the address; links must be public',
      },
      {
        field: 'code',
        message: '"https://github.com/a b" contains a space or line break',
        hint: 'remove it, or write a space inside the address as %20',
      },
    ]);
  });

  test('a link made only of invisible characters is no link', () => {
    const result = checkSuggestion({ ...good, pdf: '\u200B\u200E', page: ' ' }, list, opts);
    expect(!result.ok && result.problems).toEqual([
      {
        field: 'page',
        message: 'there is no link to the paper',
        hint: 'fill in "Paper page" or "PDF" (or both)',
      },
    ]);
  });

  test('length limits', () => {
    const result = checkSuggestion(
      {
        ...good,
        title: 'T'.repeat(301),
        abbr: 'A'.repeat(41),
        venue: 'V'.repeat(101),
        notes: 'N'.repeat(2001),
        code: `https://example.org/${'x'.repeat(1981)}`,
      },
      list,
      opts,
    );
    expect(!result.ok && result.problems).toEqual([
      {
        field: 'title',
        message: 'it is 301 characters long; at most 300 are allowed',
        hint: 'shorten it to 300 characters or fewer',
      },
      {
        field: 'abbr',
        message: 'it is 41 characters long; at most 40 are allowed',
        hint: 'shorten it to 40 characters or fewer',
      },
      {
        field: 'venue',
        message: 'it is 101 characters long; at most 100 are allowed',
        hint: 'shorten it to 100 characters or fewer',
      },
      {
        field: 'code',
        message: 'it is 2001 characters long; at most 2000 are allowed',
        hint: 'use a shorter address for the same paper, such as its DOI or arXiv page',
      },
      {
        field: 'notes',
        message: 'it is 2001 characters long; at most 2000 are allowed',
        hint: 'shorten it to 2000 characters or fewer',
      },
    ]);
  });

  test('lengths count characters, not UTF-16 units', () => {
    expect(checkSuggestion({ ...good, abbr: '🚀'.repeat(40) }, list, opts).ok).toBe(true);
  });
});

describe('duplicates', () => {
  test('the same title, whatever its case, punctuation and ligatures', () => {
    const result = checkSuggestion(
      {
        ...good,
        title: 'frameexit - conditional early exiting for efficient video recognition',
        pdf: '',
        page: 'https://example.org/frameexit',
      },
      list,
      opts,
    );
    expect(!result.ok && result.problems).toEqual([
      {
        field: 'title',
        message:
          'already in the list as "FrameExit: Conditional Early Exiting for Ef\uFB01cient Video Recognition" (FrameExit) in Exit Policy',
        hint: 'if this is the same paper, close this issue: it is listed already; if not, give the full title as printed, subtitle included',
      },
    ]);
    expect(!result.ok && result.duplicate?.paper.abbr).toBe('FrameExit');
  });

  test('the arXiv id of a link', () => {
    const result = checkSuggestion(
      { ...good, title: 'MSDNet', pdf: 'https://arxiv.org/abs/1703.09844v3' },
      list,
      opts,
    );
    expect(!result.ok && result.problems).toEqual([
      {
        field: 'pdf',
        message:
          'already in the list as "Multi-Scale Dense Networks for Resource Efficient Image Classification" (MSDNet) in EEN Design (same arXiv id 1703.09844)',
        hint: 'if this is the same paper, close this issue: it is listed already; if not, check the link: it points to the listed paper (arXiv id 1703.09844)',
      },
    ]);
  });

  test('the OpenReview id of a link, naming every section of the entry', () => {
    const result = checkSuggestion(
      { ...good, title: 'EE-LLM (renamed)', page: 'https://openreview.net/forum?id=xFk0w9zoV3' },
      list,
      opts,
    );
    expect(!result.ok && result.problems.map((p) => [p.field, p.message])).toEqual([
      [
        'page',
        'already in the list as "EE-LLM: Large-Scale Training and Inference of Early-Exit Large Language Models with 3D Parallelism" (EE-LLM) in Training Efficiency, Inference Efficiency (same OpenReview id xFk0w9zoV3)',
      ],
    ]);
  });

  test('the DOI behind an ACM page, given as doi.org', () => {
    const result = checkSuggestion(
      { ...good, title: 'A split computing survey', pdf: 'https://doi.org/10.1145/3527155' },
      list,
      opts,
    );
    expect(!result.ok && result.duplicate).toMatchObject({
      source: 'list',
      on: 'DOI 10.1145/3527155',
      field: 'pdf',
      sections: ['Survey'],
    });
  });

  const open = (issue: number, title: string, url: string) => ({
    issue,
    sections: ['Exit Policy'],
    paper: { title, year: '2024', links: [{ label: 'PDF', url }], extra: {} } satisfies Paper,
  });

  test('another open suggestion', () => {
    const result = checkSuggestion(good, list, {
      now,
      openSuggestions: [
        open(
          12,
          'BERT loses patience: fast and robust inference with early exit',
          'https://example.org/x',
        ),
      ],
    });
    expect(!result.ok && result.problems).toEqual([
      {
        field: 'title',
        message:
          'already suggested in #12 as "BERT loses patience: fast and robust inference with early exit" for Exit Policy',
        hint: 'if something is missing there, say so in a comment on #12, then close this issue',
        refs: [12],
      },
    ]);
  });

  test("the suggestion's own issue is not a duplicate of itself", () => {
    const self = open(7, good.title, good.pdf);
    expect(checkSuggestion(good, list, { now, openSuggestions: [self], issue: 7 }).ok).toBe(true);
    expect(checkSuggestion(good, list, { now, openSuggestions: [self], issue: 8 }).ok).toBe(false);
  });

  test('a title one word apart is a warning, not a refusal', () => {
    const result = checkSuggestion(
      {
        ...good,
        title: 'Multi-Scale Dense Networks for Resource Efficient Image Recognition',
        pdf: 'https://example.org/p.pdf',
      },
      list,
      opts,
    );
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        field: 'title',
        message:
          'the title is close to "Multi-Scale Dense Networks for Resource Efficient Image Classification" (MSDNet) in EEN Design',
        hint: 'if it is the same paper, it should not be added twice; if not, nothing needs to change',
      },
    ]);
  });

  test('a word added or dropped is close too; short titles are not compared', () => {
    const added = checkSuggestion(
      {
        ...good,
        title: 'Dynamic deep neural networks: A survey',
        pdf: 'https://example.org/p.pdf',
      },
      list,
      opts,
    );
    expect(added.warnings?.map((w) => w.message)).toEqual([
      'the title is close to "Dynamic neural networks: A survey" in Survey',
    ]);
    const short = checkSuggestion(
      { ...good, title: 'HAPI v2', pdf: 'https://example.org/p.pdf' },
      list,
      opts,
    );
    expect(short.warnings).toBeUndefined();
  });
});

// How long this takes is printed by `npm run bench:core`; here that it works at this size, the
// duplicate found in a section far from the suggested one.
test('a suggestion is checked against 10,000 papers', () => {
  const big = {
    sections: Array.from({ length: 200 }, (_, s) => ({
      name: `Section ${s}`,
      category: 'C',
      papers: Array.from({ length: 50 }, (_, i) => ({
        title: `Paper ${s} ${i} about early exiting in deep neural networks`,
        year: '2020',
        links: [{ label: 'PDF', url: `https://arxiv.org/pdf/${2000 + s}.${10000 + i}` }],
        extra: {},
      })),
    })),
  };
  const fields = { ...good, sections: ['Section 3'] };
  expect(checkSuggestion(fields, big, opts).ok).toBe(true);
  const again = checkSuggestion({ ...fields, pdf: 'https://arxiv.org/pdf/2150.10007' }, big, opts);
  expect(again.ok ? [] : again.problems.map((p) => p.message)).toEqual([
    'already in the list as "Paper 150 7 about early exiting in deep neural networks" in Section 150 (same arXiv id 2150.10007)',
  ]);
});
