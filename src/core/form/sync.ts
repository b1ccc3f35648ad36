// Keeps the issue form's "sections" dropdown in step with the data file. Only the options are
// rewritten, by splicing their text, so every other byte of the form (comments, quoting, wording)
// stays as the maintainer wrote it.
import { parseDocument, isMap, isSeq, isScalar, stringify, type Scalar, type YAMLSeq } from 'yaml';

type ScalarStyle = Scalar.Type | undefined;

function scalarText(value: string, style: ScalarStyle): string {
  if (style === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  // The yaml package picks plain style when the text allows it, and quotes otherwise.
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function findSectionsOptions(doc: ReturnType<typeof parseDocument>) {
  const body = isMap(doc.contents) ? doc.contents.get('body', true) : undefined;
  if (!isSeq(body)) return undefined;
  for (const item of body.items) {
    if (isMap(item) && item.get('id') === 'sections') {
      const attributes = item.get('attributes', true);
      if (!isMap(attributes)) return undefined;
      return { attributes, options: attributes.get('options', true) };
    }
  }
  return undefined;
}

/** Replaces the options of the `sections` dropdown with `sections`; the same text when already equal. */
export function syncFormSections(
  templateText: string,
  sections: string[],
): { text: string; changed: boolean } {
  const doc = parseDocument(templateText);
  const found = doc.errors.length === 0 ? findSectionsOptions(doc) : undefined;
  if (found === undefined) return { text: templateText, changed: false };
  const { attributes, options } = found;
  const current = isSeq(options)
    ? options.items.map((i) => (isScalar(i) ? String(i.value) : ''))
    : [];
  const same = current.length === sections.length && current.every((c, i) => c === sections[i]);
  if (isSeq(options) && same) return { text: templateText, changed: false };

  const range = isSeq(options) ? options.range : undefined;
  if (isSeq(options) && range && sections.length > 0) {
    const seq = options as YAMLSeq;
    const first = seq.items[0];
    const style = isScalar(first) ? first.type : 'QUOTE_DOUBLE';
    const items = sections.map((s) => scalarText(s, style));
    let replacement: string;
    if (seq.flow) {
      replacement = `[${items.join(', ')}]`;
    } else {
      const lineStart = templateText.lastIndexOf('\n', range[0] - 1) + 1;
      const indent = ' '.repeat(range[0] - lineStart);
      const eol = templateText.includes('\r\n') ? '\r\n' : '\n';
      replacement = items.map((s) => `- ${s}`).join(eol + indent);
      const old = templateText.slice(range[0], range[1]);
      if (old.endsWith(eol)) replacement += eol;
      else if (old.endsWith('\n')) replacement += '\n';
    }
    const text = templateText.slice(0, range[0]) + replacement + templateText.slice(range[1]);
    return { text, changed: text !== templateText };
  }
  // No block or flow list to splice into (missing or empty options): let the yaml package write it.
  attributes.set('options', doc.createNode(sections));
  const text = doc.toString({ lineWidth: 0 });
  return { text, changed: text !== templateText };
}
