// Entry templates: how one paper is written in a list's own layout (a table row, a bullet, a
// paragraph, an HTML row). The importer writes them (one per list, one per section that differs, and
// one per entry that differs, kept in the entry's `shape` field) and the renderer fills them, so a
// list read by the importer renders back byte for byte.
//
// Syntax (a small Mustache subset):
//   {{title}}          a field, escaped for the layout (any field: title, abbr, venue, year, authors...)
//   {{abbr|N/A}}       the field, or the text after `|` when it is missing
//   {{year:2}}         the field's last two characters (`ICLR'{{year:2}}` writes `ICLR'24`)
//   {{authors ", " ", and " " and "}}   a list field joined as {{details " "}} below, with the
//                      separator before the last item, then (optional) the one between exactly two
//                      items (default: the last one); a field holding a string is written as it is
//   {{title **highlights**}}  the field with the phrases listed in another field (here
//                      `highlights`) wrapped in the delimiter written around its name (`**`, `*`, `__`, `_`)
//   {{{summary [mentions]}}}  the field with each phrase listed in `mentions` written as a link to
//                      the entry's link labelled with that phrase (which no links loop writes again)
//   {{details " <br>● "}}  a list field, its items escaped and joined by the JSON string
//                      ({{{details " <br>● "}}}: items kept as written, from an import)
//   {{{notes}}}        a field written as Markdown (kept text from an import; never from an issue)
//   {{link:PDF}}       the URL of the link labelled PDF (the entry's main link when there is none)
//   {{repo:code}}      the `owner/name` of that link's code repository (`github.com/owner/name/...`),
//                      as a badge's address writes it (`img.shields.io/github/stars/owner/name`)
//   {{#links}}[[{{label}}]({{url}})]{{/links}}     each link not used by a {{link:...}}; with a
//   {{#links " "}}...{{/links}}                    separator between links written as a JSON string
//   {{#venue}}...{{/venue}} / {{^venue}}...{{/venue}}   only when the field is present / missing
//   {{n}}              the entry's 1-based position in its section
//   {{"{{"}}           literal text (a JSON string), for text that would read as a tag
//   {{title}}.         a full stop written right after the title is left out when the title ends
//                      with its own `?` or `!` (`{{title}}{{"."}}` writes it all the same)
//   {{separator|.}}    as {{abbr|N/A}}; a value left empty (`separator: ""`) writes nothing

export type TemplateNode =
  | { t: 'lit'; text: string; quoted?: boolean }
  | {
      t: 'field';
      name: string;
      raw: boolean;
      missing: string;
      marks?: Marks;
      sep?: string;
      join?: Join;
      /** Only the value's last characters (`{{year:2}}`: `24` for 2024). */
      last?: number;
    }
  | { t: 'link'; label: string }
  | { t: 'repo'; label: string }
  | { t: 'n' }
  | { t: 'if'; name: string; negate: boolean; body: TemplateNode[] }
  | { t: 'links'; sep: string; body: TemplateNode[] };

/** Phrases of a field written with a delimiter around them: the phrases are another field's list. */
export interface Marks {
  field: string;
  /** `**`, `*`, `__`, `_`; or `[]`: each phrase links to the entry's link labelled with it. */
  delimiter: string;
}

/** How a list field's items are joined: `sep` between them, `last` before the last, `two` between two. */
export interface Join {
  sep: string;
  last: string;
  two: string;
}

/** `authors ", " ", and "`: a field name and two or three JSON strings (one: `JOINED`). */
const LIST_JOINED = /^([\w-]+)((?:\s+"(?:[^"\\]|\\.)*"){2,3})$/;

/** `title **highlights**`, `summary [mentions]`: the field and its marks. */
const MARKED = /^([\w-]+) (?:(\*\*|__|\*|_)([\w-]+)\2|\[([\w-]+)\])$/;

/** `year:2`: a field's last characters. */
const LAST = /^([\w-]+):(\d)$/;

/**
 * A year written by its last two digits, in full: no venue a paper list holds wrote a paper before
 * 1950, so `98` is 1998 and `24` is 2024. Other text is given back as it is.
 */
export function fullYear(written: string): string {
  return /^\d{2}$/.test(written) ? `${Number(written) < 50 ? '20' : '19'}${written}` : written;
}

/** Fields that hold only the punctuation an entry writes between its parts (`separator: ","`). */
export const SEPARATOR_FIELD = /^separator(?:-\d+)?$/;

/** `details " <br>● "`: a list field and the text written between its items. */
const JOINED = /^([\w-]+) ("(?:[^"\\]|\\.)*")$/;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

const cache = new Map<string, TemplateNode[]>();

/** The tags of `source` in order: [offset, length, inner text, raw]. */
function* tags(source: string): Generator<[number, number, string, boolean]> {
  let from = 0;
  for (let i = source.indexOf('{{', from); i !== -1; i = source.indexOf('{{', from)) {
    const raw = source[i + 2] === '{';
    let end: number;
    if (source[i + 2] === '"') {
      // A JSON string may hold braces: scan to its closing quote.
      let j = i + 3;
      while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      end = source.indexOf('}}', j);
    } else end = source.indexOf(raw ? '}}}' : '}}', i + 2);
    if (end === -1) throw new TemplateError(`"${source.slice(i, i + 20)}" has no closing braces`);
    const close = raw ? 3 : 2;
    yield [i, end + close - i, source.slice(i + close, end), raw];
    from = end + close;
  }
}

/** Parses a template; throws TemplateError naming what is wrong. Parsed templates are cached. */
export function parseTemplate(source: string): TemplateNode[] {
  const hit = cache.get(source);
  if (hit) return hit;
  const root: TemplateNode[] = [];
  const stack: { name: string; body: TemplateNode[] }[] = [{ name: '', body: root }];
  const top = () => stack[stack.length - 1]!.body;
  let at = 0;
  for (const [index, length, inner, raw] of tags(source)) {
    if (index > at) top().push({ t: 'lit', text: source.slice(at, index) });
    at = index + length;
    const tag = inner.trim();
    if (raw) {
      top().push(rawField(tag));
    } else if (tag.startsWith('"')) {
      top().push({ t: 'lit', text: literal(tag), quoted: true });
    } else if (tag.startsWith('#links')) {
      const sep = tag.slice('#links'.length).trim();
      const node: TemplateNode = { t: 'links', sep: sep === '' ? '' : literal(sep), body: [] };
      top().push(node);
      stack.push({ name: 'links', body: node.body });
    } else if (tag.startsWith('#') || tag.startsWith('^')) {
      const node: TemplateNode = {
        t: 'if',
        name: tag.slice(1).trim(),
        negate: tag.startsWith('^'),
        body: [],
      };
      top().push(node);
      stack.push({ name: node.name, body: node.body });
    } else if (tag.startsWith('/')) {
      const open = stack.pop();
      if (!open || stack.length === 0 || open.name !== tag.slice(1).trim()) {
        throw new TemplateError(`"{{${tag}}}" closes nothing that is open`);
      }
    } else {
      top().push(valueNode(tag, inner));
    }
  }
  const open = stack[stack.length - 1]!;
  if (stack.length > 1) throw new TemplateError(`"{{#${open.name}}}" is not closed`);
  if (at < source.length) root.push({ t: 'lit', text: source.slice(at) });
  if (cache.size > 5000) cache.clear();
  cache.set(source, root);
  return root;
}

/** A tag that writes a value: `{{n}}`, a link's address, a repository, a field. */
function valueNode(tag: string, inner: string): TemplateNode {
  if (tag === 'n') return { t: 'n' };
  if (tag.startsWith('link:')) return { t: 'link', label: tag.slice('link:'.length) };
  if (tag.startsWith('repo:')) return { t: 'repo', label: tag.slice('repo:'.length) };
  if (LIST_JOINED.test(tag)) return listField(tag);
  if (MARKED.test(tag)) return markedField(tag);
  if (JOINED.test(tag)) return joinedField(tag, false);
  const last = LAST.exec(tag);
  if (last) return { t: 'field', name: last[1]!, raw: false, missing: '', last: Number(last[2]) };
  const bar = tag.indexOf('|');
  const name = bar === -1 ? tag : tag.slice(0, bar);
  if (name === '') throw new TemplateError(`"{{${inner}}}" names no field`);
  return { t: 'field', name, raw: false, missing: bar === -1 ? '' : tag.slice(bar + 1) };
}

/** `{{{notes}}}`, `{{{details " <br>● "}}}` or `{{{summary [mentions]}}}`: a field kept as written. */
function rawField(tag: string): TemplateNode {
  if (MARKED.test(tag)) return markedField(tag, true);
  return JOINED.test(tag)
    ? joinedField(tag, true)
    : { t: 'field', name: tag, raw: true, missing: '' };
}

/** `{{details " <br>● "}}`: a list field and the text between its items. */
function joinedField(tag: string, raw: boolean): TemplateNode {
  const [, name, sep] = JOINED.exec(tag)!;
  return { t: 'field', name: name!, raw, missing: '', sep: literal(sep!) };
}

/** `{{title **highlights**}}`: the field, its phrases' field and their delimiter. */
function markedField(tag: string, raw = false): TemplateNode {
  const [, name, delimiter, field, linked] = MARKED.exec(tag)!;
  return {
    t: 'field',
    name: name!,
    raw,
    missing: '',
    marks: linked ? { field: linked, delimiter: '[]' } : { field: field!, delimiter: delimiter! },
  };
}

/** `{{authors ", " ", and "}}`: the field and its separators. */
function listField(tag: string): TemplateNode {
  const [, name, strings] = LIST_JOINED.exec(tag)!;
  const [sep = '', last = sep, two = last] = strings!.match(/"(?:[^"\\]|\\.)*"/g)!.map(literal);
  return { t: 'field', name: name!, raw: false, missing: '', join: { sep, last, two } };
}

/** The items of a list joined as `join` says. */
export function joinItems(items: readonly string[], join: Join): string {
  if (items.length === 2) return items[0]! + join.two + items[1]!;
  if (items.length < 2) return items.join('');
  return items.slice(0, -1).join(join.sep) + join.last + items[items.length - 1]!;
}

/** The tag writing `field` joined as `join` says (the optional strings left out when they repeat). */
export function joinedTag(field: string, join: Join): string {
  const strings = [join.sep, join.last, join.two].map((s) => JSON.stringify(s));
  if (join.two === join.last) strings.pop();
  if (strings.length === 2 && join.last === join.sep) strings.pop();
  return `{{${field} ${strings.join(' ')}}}`;
}

function literal(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === 'string') return value;
  } catch {
    // reported below
  }
  throw new TemplateError(`${json} is not a quoted string`);
}

/** Writes literal text so it parses back as itself: `{{` becomes `{{"{{"}}`. */
export function templateLiteral(text: string): string {
  return text.includes('{{') ? text.replaceAll('{{', '{{"{{"}}') : text;
}

/** The field names a template reads (used to tell which fields a layout shows). */
export function templateFields(
  nodes: readonly TemplateNode[],
  out = new Set<string>(),
): Set<string> {
  for (const node of nodes) {
    if (node.t === 'field' || node.t === 'if') out.add(node.name);
    if (node.t === 'field' && node.marks) out.add(node.marks.field);
    if (node.t === 'links' || node.t === 'link' || node.t === 'repo') out.add('links');
    if (node.t === 'if' || node.t === 'links') templateFields(node.body, out);
  }
  return out;
}
