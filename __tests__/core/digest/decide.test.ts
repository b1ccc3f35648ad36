// Accepts and declines decided against the digest's record, the ticked boxes of an edited body, the
// body marked afterwards, and the suggestion issue an accept becomes.
import { describe, expect, it } from 'vitest';
import { acceptIssueText } from '../../../src/core/digest/accept-issue.js';
import { decide, matchSection, tickedNumbers } from '../../../src/core/digest/decide.js';
import { markDigestBody, untickBoxes, withMarks } from '../../../src/core/digest/mark.js';
import { decodeDigestState, EMPTY_DIGEST } from '../../../src/core/digest/record.js';
import { renderDigestBody } from '../../../src/core/digest/body.js';
import type { DigestState } from '../../../src/core/digest/types.js';
import { BUILTIN_FORM } from '../../../src/core/form/builtin.js';
import { parseIssueBody } from '../../../src/core/form/body.js';
import { arxivPaper } from './small-list.js';

const SECTIONS = ['Architectures', 'Exit Policies', 'Language Models'];
const STATE: DigestState = {
  ...EMPTY_DIGEST,
  next: 4,
  offered: [
    { id: '2611.00001', number: 1, section: 'Exit Policies' },
    { id: '2611.00002', number: 2 },
    { id: '2611.00003', number: 3, section: 'Gone Section' },
  ],
};
const idx = (index: number) => ({ kind: 'index' as const, index });

describe('decide', () => {
  it('accepts by number into the likeliest section, or the section named in any case', () => {
    const a = decide(STATE, { kind: 'accept', paper: idx(1) }, SECTIONS);
    expect(a).toMatchObject({
      ok: true,
      kind: 'accept',
      id: '2611.00001',
      section: 'Exit Policies',
    });
    if (a.ok) expect(a.state.accepted).toEqual(['2611.00001']);
    const b = decide(
      STATE,
      { kind: 'accept', paper: idx(2), section: '"language  MODELS"' },
      SECTIONS,
    );
    expect(b).toMatchObject({ ok: true, section: 'Language Models' });
  });

  it('accepts by arXiv id, also a paper the digest did not offer', () => {
    const d = decide(
      STATE,
      { kind: 'accept', paper: { kind: 'arxiv', id: '2611.09999' }, section: 'Architectures' },
      SECTIONS,
    );
    expect(d).toMatchObject({ ok: true, id: '2611.09999', section: 'Architectures' });
  });

  it('says why it cannot: no such number, no section to use, unknown section, already decided', () => {
    const why = (d: ReturnType<typeof decide>) => (d.ok ? '' : d.why);
    expect(why(decide(STATE, { kind: 'accept', paper: idx(9) }, SECTIONS))).toMatch(
      /no candidate number 9/,
    );
    expect(why(decide(STATE, { kind: 'accept', paper: idx(2) }, SECTIONS))).toMatch(
      /No section is named/,
    );
    // A likeliest section the list no longer has is not used.
    expect(why(decide(STATE, { kind: 'accept', paper: idx(3) }, SECTIONS))).toMatch(
      /No section is named/,
    );
    expect(
      why(decide(STATE, { kind: 'accept', paper: idx(1), section: 'Nope' }, SECTIONS)),
    ).toMatch(/no section named “Nope”.*`Architectures`, `Exit Policies`, `Language Models`/);
    const accepted = { ...STATE, accepted: ['2611.00001'] };
    expect(decide(accepted, { kind: 'decline', paper: idx(1) }, SECTIONS)).toMatchObject({
      ok: false,
      unchanged: true,
    });
    const declined = { ...STATE, declined: ['2611.00002'] };
    expect(decide(declined, { kind: 'decline', paper: idx(2) }, SECTIONS)).toMatchObject({
      ok: false,
      unchanged: true,
    });
  });

  it('declines for good; a later accept of the same paper takes it back from the declined', () => {
    const d = decide(STATE, { kind: 'decline', paper: idx(2) }, SECTIONS);
    expect(d).toMatchObject({ ok: true, kind: 'decline', id: '2611.00002' });
    if (!d.ok) return;
    expect(d.state.declined).toEqual(['2611.00002']);
    const a = decide(
      d.state,
      { kind: 'accept', paper: idx(2), section: 'Architectures' },
      SECTIONS,
    );
    if (a.ok) expect([a.state.declined, a.state.accepted]).toEqual([[], ['2611.00002']]);
  });

  it('matches a section name ignoring case, spaces and quotes', () => {
    expect(matchSection(SECTIONS, '"exit policies"')).toBe('Exit Policies');
    expect(matchSection(SECTIONS, 'ExitPolicies')).toBe('Exit Policies');
    expect(matchSection(SECTIONS, 'exit')).toBeUndefined();
  });
});

describe('ticked boxes and the marked body', () => {
  const candidates = STATE.offered.map((o) => ({
    paper: arxivPaper(o.id, `Paper ${o.number}`),
    score: 0.1,
    number: o.number,
    ...(o.section ? { section: o.section } : {}),
  }));
  const body = renderDigestBody({
    state: STATE,
    listName: 'L',
    query: 'q',
    status: 's',
    block: { kind: 'candidates', candidates, max: 20 },
  });

  it('finds the newly ticked boxes, not those accepted already', () => {
    const ticked = body
      .replace('- [ ] **1.**', '- [x] **1.**')
      .replace('- [ ] **3.**', '- [X] **3.**');
    expect(tickedNumbers(ticked, STATE)).toEqual([1, 3]);
    expect(tickedNumbers(ticked, { ...STATE, accepted: ['2611.00001'] })).toEqual([3]);
    expect(tickedNumbers(body, STATE)).toEqual([]);
  });

  it('counts only the boxes an edit ticked, and unticks a box again', () => {
    const before = body.replace('- [ ] **1.**', '- [x] **1.**');
    const after = before.replace('- [ ] **3.**', '- [x] **3.**');
    expect(tickedNumbers(after, STATE, before)).toEqual([3]);
    expect(tickedNumbers(after, STATE, after)).toEqual([]);
    expect(untickBoxes(after, [1])).toBe(body.replace('- [ ] **3.**', '- [x] **3.**'));
  });

  it('ticks and credits an accepted line, drops a declined one, and writes the new record', () => {
    const state = { ...STATE, accepted: ['2611.00001'], declined: ['2611.00002'] };
    const marked = markDigestBody(body, state, [
      { kind: 'accept', id: '2611.00001', by: 'mona', issue: 7, pull: 8 },
      { kind: 'decline', id: '2611.00002', by: 'mona' },
    ]);
    const lines = marked.split('\n').filter((l) => l.startsWith('- ['));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^- \[x\] \*\*1\.\*\* .* — \*\*accepted\*\* by mona: #8$/);
    expect(lines[1]).toMatch(/^- \[ \] \*\*3\.\*\*/);
    expect(decodeDigestState(marked)).toEqual(state);
  });
});

describe('withMarks', () => {
  it('adds decisions to a record another run changed meanwhile, keeping its own', () => {
    const meanwhile = { ...STATE, accepted: ['2611.00009'], declined: ['2611.00003'] };
    const got = withMarks(meanwhile, [
      { kind: 'decline', id: '2611.00002', by: 'mona' },
      { kind: 'accept', id: '2611.00003', by: 'mona' },
      // Declining what another run accepted meanwhile leaves it accepted.
      { kind: 'decline', id: '2611.00009', by: 'max' },
    ]);
    expect(got.accepted).toEqual(['2611.00009', '2611.00003']);
    expect(got.declined).toEqual(['2611.00002']);
    expect(got.offered).toEqual(STATE.offered);
  });
});

describe('acceptIssueText', () => {
  it('writes a body the suggestion form reads back: link, section, credit', () => {
    const form = BUILTIN_FORM(SECTIONS);
    const text = acceptIssueText(
      { id: '2611.00001', section: 'Exit Policies', digest: 5, by: 'mona' },
      form,
    );
    expect(text.title).toBe('Add paper: arXiv:2611.00001');
    const parsed = parseIssueBody(text.body, form);
    expect(parsed.unknownHeadings).toEqual([]);
    expect(parsed.fields.link).toBe('https://arxiv.org/abs/2611.00001');
    expect(parsed.fields.sections).toEqual(['Exit Policies']);
    expect(parsed.fields.notes).toBe('Found by the digest (#5), accepted by @mona.');
    expect(parsed.fields.title).toBe('');
  });
});
