// Reads the body GitHub writes for an issue form submission: `### <Label>`, a blank line, the answer,
// for each field in form order. Answers are found by label and returned by field id, so a form whose
// labels were reworded keeps working as long as the body and the template agree.
import { BOUNDS } from '../limits/bounds.js';
import { checkTextBounds } from '../limits/text.js';
import type { Problem } from '../problem.js';
import type { FormField, FormTemplate } from './types.js';

/** What GitHub writes for an optional field left empty, and for a dropdown with nothing chosen. */
const NO_RESPONSE = '_No response_';
const NO_SELECTION = 'None';

export interface ParsedBody {
  fields: Record<string, string | string[]>;
  /**
   * `### ` headings that are no label of the form, outside code blocks and free-text answers: a sign
   * the body was written for another version of the form.
   */
  unknownHeadings: string[];
  /** Why the body was not read at all (it is past the size bound); then `fields` is empty. */
  refused?: Problem;
}

const HEADING = /^### (.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Splits a multi-select answer. GitHub joins the chosen options with `, `, so when an option itself
 * contains `, ` the longest option that fits at each point wins; text that is no option is kept as is.
 */
export function splitSelection(answer: string, options: string[]): string[] {
  const byLength = [...options].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let at = 0;
  while (at < answer.length) {
    const option = byLength.find(
      (o) =>
        o !== '' &&
        answer.startsWith(o, at) &&
        (at + o.length === answer.length || answer.startsWith(', ', at + o.length)),
    );
    const next = answer.indexOf(', ', at);
    const end = option !== undefined ? at + option.length : next === -1 ? answer.length : next;
    out.push(answer.slice(at, end).trim());
    at = end + 2;
  }
  return out.filter((v) => v !== '');
}

function answerValue(field: FormField, raw: string): string | string[] {
  const text = raw.trim();
  if (field.type === 'dropdown') {
    const none = text === '' || text === NO_SELECTION || text === NO_RESPONSE;
    if (field.multiple) return none ? [] : splitSelection(text, field.options);
    return none ? '' : text;
  }
  if (field.type === 'checkboxes') {
    return text
      .split('\n')
      .map((l) => /^- \[[xX]\] (.*)$/.exec(l.trim())?.[1]?.trim())
      .filter((l): l is string => l !== undefined && l !== '');
  }
  return text === NO_RESPONSE ? '' : text;
}

/**
 * Answers by field id. Fields missing from the body are absent from `fields`. `file` names the body
 * in a refusal (the CLI's --issue file; none for an issue on GitHub).
 */
export function parseIssueBody(body: string, form: FormTemplate, file?: string): ParsedBody {
  const refused = checkTextBounds(body, file, BOUNDS.issueBodyChars, 'the issue body');
  if (refused) return { fields: {}, unknownHeadings: [], refused };
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const labels = form.fields.map((f) => f.label.trim());
  const known = new Set(labels);
  const collected = new Map<number, string[]>();
  const unknownHeadings: string[] = [];
  let current = -1;
  // Only a heading that names a field after the current one starts a new answer: a `### ` line typed
  // inside a free-text answer either names no field, or one that came before, or sits in a code block.
  let next = 0;
  let fence: string | undefined;
  for (const line of lines) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      const closing = fenceMatch?.[1];
      if (
        closing !== undefined &&
        closing[0] === fence[0] &&
        closing.length >= fence.length &&
        line.trim() === closing
      ) {
        fence = undefined;
      }
    } else if (fenceMatch?.[1] !== undefined) {
      fence = fenceMatch[1];
    } else {
      const heading = HEADING.exec(line.trimEnd())?.[1]?.trim();
      if (heading !== undefined) {
        const index = labels.indexOf(heading, next);
        if (index !== -1) {
          current = index;
          next = index + 1;
          collected.set(index, []);
          continue;
        }
        // Inside a free-text answer any heading is the contributor's own text. Elsewhere an unknown
        // heading is a field this form does not have: its answer belongs to no field.
        const inFreeText = form.fields[current]?.type === 'textarea';
        if (!known.has(heading) && !inFreeText) {
          unknownHeadings.push(heading);
          current = -1;
          continue;
        }
      }
    }
    if (current !== -1) collected.get(current)?.push(line);
  }
  const fields: Record<string, string | string[]> = {};
  for (const [index, answer] of collected) {
    const field = form.fields[index];
    if (field !== undefined) fields[field.id] = answerValue(field, answer.join('\n'));
  }
  return { fields, unknownHeadings };
}
