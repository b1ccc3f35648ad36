// Keeps the issue form's "sections" dropdown in step with the data file. The yaml Document API finds
// the options; only their text is replaced, so every other byte of the form (comments, quoting,
// wording, line endings) stays as the maintainer wrote it.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Document,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';

interface Edit {
  start: number;
  end: number;
  text: string;
}

function scalarText(value: string, style: Scalar.Type | undefined): string {
  if (style === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  // The yaml package picks plain style when the text allows it, and quotes otherwise.
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

const columnOf = (text: string, offset: number): number =>
  offset - (text.lastIndexOf('\n', offset - 1) + 1);

function findSectionsAttributes(doc: Document.Parsed): YAMLMap | undefined {
  const body = isMap(doc.contents) ? doc.contents.get('body', true) : undefined;
  if (!isSeq(body)) return undefined;
  for (const item of body.items) {
    if (isMap(item) && item.get('id') === 'sections') {
      const attributes = item.get('attributes', true);
      return isMap(attributes) ? attributes : undefined;
    }
  }
  return undefined;
}

/** Block lines `- option` at `indent`, each ending in `eol`. */
const blockLines = (items: string[], indent: number, eol: string): string =>
  items.map((s) => `${' '.repeat(indent)}- ${s}${eol}`).join('');

/** The text edit that makes the options `sections`, or undefined where no edit is safe. */
function optionsEdit(
  text: string,
  attributes: YAMLMap,
  pair: Pair | undefined,
  sections: string[],
  eol: string,
): Edit | undefined {
  const options = pair?.value;
  if (isSeq(options) && options.range) {
    const [start, end] = options.range;
    const first = options.items[0];
    const items = sections.map((s) => scalarText(s, isScalar(first) ? first.type : undefined));
    if (options.flow) return { start, end, text: `[${items.join(', ')}]` };
    // A block list's text runs to the end of its last line, line break included.
    const old = text.slice(start, end);
    const trailing = old.endsWith(eol) ? eol : old.endsWith('\n') ? '\n' : '';
    if (items.length === 0) return { start, end, text: '[]' + trailing };
    const lines = blockLines(items, columnOf(text, start), eol).trimStart();
    return { start, end, text: lines.slice(0, lines.length - eol.length) + trailing };
  }
  const items = sections.map((s) => scalarText(s, undefined));
  if (isPair(pair) && isScalar(options) && options.value === null && isScalar(pair.key)) {
    // `options:` with nothing after it: the list goes on the lines below the key.
    const keyStart = pair.key.range?.[0] ?? 0;
    const lineEnd = text.indexOf('\n', keyStart);
    const at = lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const lines = blockLines(items, columnOf(text, keyStart) + 2, eol);
    return { start: at, end: at, text: eol + lines.slice(0, lines.length - eol.length) };
  }
  if (pair === undefined && !attributes.flow && attributes.range) {
    // No options at all: they go after the last attribute, at the attributes' indentation.
    const [start, end] = attributes.range;
    const indent = columnOf(text, start);
    const lead = text.slice(start, end).endsWith('\n') ? '' : eol;
    const block = `${' '.repeat(indent)}options:${eol}${blockLines(items, indent + 2, eol)}`;
    return { start: end, end, text: lead + block };
  }
  return undefined;
}

/** Replaces the options of the `sections` dropdown with `sections`; the same text when already equal. */
export function syncFormSections(
  templateText: string,
  sections: string[],
): { text: string; changed: boolean } {
  const unchanged = { text: templateText, changed: false };
  const doc = parseDocument(templateText);
  const attributes = doc.errors.length === 0 ? findSectionsAttributes(doc) : undefined;
  if (attributes === undefined) return unchanged;
  const pair = attributes.items.find((p) => isScalar(p.key) && p.key.value === 'options');
  const options = pair?.value;
  const current = isSeq(options)
    ? options.items.map((i) => (isScalar(i) ? String(i.value) : ''))
    : [];
  if (
    isSeq(options) &&
    current.length === sections.length &&
    current.every((c, i) => c === sections[i])
  ) {
    return unchanged;
  }
  const eol = templateText.includes('\r\n') ? '\r\n' : '\n';
  const edit = optionsEdit(templateText, attributes, pair, sections, eol);
  if (edit === undefined) {
    // An unusual layout (a flow mapping of attributes): let the yaml package write the form.
    attributes.set('options', doc.createNode(sections));
    const text = doc.toString({ lineWidth: 0 });
    return { text, changed: text !== templateText };
  }
  const text = templateText.slice(0, edit.start) + edit.text + templateText.slice(edit.end);
  return { text, changed: text !== templateText };
}
