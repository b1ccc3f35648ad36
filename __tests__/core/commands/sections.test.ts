// The sections a command names, matched to the list's, and written into a suggestion's form answer
// so that the form reads them back exactly.
import { describe, expect, it } from 'vitest';
import { BUILTIN_FORM } from '../../../src/core/form/builtin.js';
import { parseIssueBody } from '../../../src/core/form/body.js';
import type { FormTemplate } from '../../../src/core/form/types.js';
import { matchSections } from '../../../src/core/commands/sections.js';
import { withSectionsAnswer } from '../../../src/core/commands/sections-answer.js';

const NAMES = ['EEN Design', 'Exit Policy', 'KD for Training', 'Early, Late'];
const form = BUILTIN_FORM(NAMES);

const body = (sections: string, notes = '_No response_') =>
  `### Paper title\n\nA Paper\n\n### Year\n\n2020\n\n### Sections\n\n${sections}\n\n### Notes\n\n${notes}`;

describe('matching sections', () => {
  it('ignores case and spacing and answers with the list’s spelling, each once', () => {
    expect(matchSections(['exit policy', 'EEN  design', 'Exit Policy'], NAMES)).toEqual({
      ok: true,
      sections: ['Exit Policy', 'EEN Design'],
    });
  });

  it('names every unknown section', () => {
    expect(matchSections(['Exit Policies', 'EEN Design', 'Nope'], NAMES)).toEqual({
      ok: false,
      unknown: ['Exit Policies', 'Nope'],
    });
  });
});

describe('writing the sections answer', () => {
  it('replaces only the sections answer', () => {
    expect(withSectionsAnswer(body('EEN Design'), form, ['Exit Policy', 'KD for Training'])).toBe(
      body('Exit Policy, KD for Training'),
    );
  });

  it('keeps a section whose name holds a comma readable', () => {
    const text = withSectionsAnswer(body('EEN Design'), form, ['Early, Late', 'Exit Policy'])!;
    expect(parseIssueBody(text, form).fields.sections).toEqual(['Early, Late', 'Exit Policy']);
  });

  it('writes the answer before the next field when the body has none', () => {
    const without = '### Paper title\n\nA Paper\n\n### Notes\n\n### Sections\n\nnot a heading here';
    const text = withSectionsAnswer(without, form, ['Exit Policy'])!;
    expect(text).toBe(
      '### Paper title\n\nA Paper\n\n### Sections\n\nExit Policy\n\n### Notes\n\n### Sections\n\nnot a heading here',
    );
    expect(parseIssueBody(text, form).fields.sections).toEqual(['Exit Policy']);
  });

  it('does not take a heading inside a code block for the field', () => {
    const fenced = body('EEN Design', '```\n### Sections\n```');
    const text = withSectionsAnswer(fenced, form, ['Exit Policy'])!;
    expect(text).toContain('```\n### Sections\n```');
    expect(parseIssueBody(text, form).fields.sections).toEqual(['Exit Policy']);
  });

  it('keeps the CRLF line endings of a body written with them', () => {
    const text = withSectionsAnswer(body('EEN Design').replace(/\n/g, '\r\n'), form, [
      'Exit Policy',
    ]);
    expect(text).toBe(body('Exit Policy').replace(/\n/g, '\r\n'));
  });

  it('answers undefined when the form cannot hold the sections', () => {
    const single: FormTemplate = {
      ...form,
      fields: form.fields.map((f) => (f.id === 'sections' ? { ...f, multiple: false } : f)),
    };
    expect(
      withSectionsAnswer(body('EEN Design'), single, ['Exit Policy', 'EEN Design']),
    ).toBeUndefined();
    expect(withSectionsAnswer(body('EEN Design'), single, ['Exit Policy'])).toBe(
      body('Exit Policy'),
    );
    const none: FormTemplate = { ...form, fields: form.fields.filter((f) => f.id !== 'sections') };
    expect(withSectionsAnswer(body('EEN Design'), none, ['Exit Policy'])).toBeUndefined();
    expect(withSectionsAnswer(body('EEN Design'), form, [])).toBeUndefined();
  });

  it('writes several sections of a text field separated by semicolons', () => {
    const input: FormTemplate = {
      ...form,
      fields: form.fields.map((f) =>
        f.id === 'sections' ? { ...f, type: 'input', multiple: false, options: [] } : f,
      ),
    };
    expect(withSectionsAnswer(body('x'), input, ['Exit Policy', 'EEN Design'])).toBe(
      body('Exit Policy; EEN Design'),
    );
  });
});
