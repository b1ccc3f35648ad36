// YAML text for keys and scalar values, written so that js-yaml's CORE_SCHEMA reads them back
// exactly: strings are always double-quoted, keys are left plain only when that is unambiguous.

// Characters a YAML double-quoted string must escape, or that js-yaml refuses raw in a stream
// (C0/C1 controls, DEL, U+FEFF, U+FFFE/U+FFFF, lone surrogates), plus line and paragraph separators.
const needsEscape =
  // eslint-disable-next-line no-control-regex
  /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

const named: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
};

/** A double-quoted YAML string that reads back as exactly `text`. */
export function quote(text: string): string {
  return `"${text.replace(needsEscape, (ch) => named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

// Plain keys start with a letter and hold only characters with no meaning in a block key;
// words that CORE_SCHEMA reads as null/true/false in another spelling are quoted.
const plainKey = /^[A-Za-z_][A-Za-z0-9_ .()/+&,'-]*$/u;
const reserved = /^(?:null|true|false)$/iu;

/** A mapping key: plain when safe (`EEN Design`, `PDF`), double-quoted otherwise. */
export function formatKey(key: string): string {
  return plainKey.test(key) && !key.endsWith(' ') && !reserved.test(key) ? key : quote(key);
}

/** A scalar in CORE_SCHEMA syntax, or undefined when `value` is a collection. */
export function formatScalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (value === Infinity) return '.inf';
    if (value === -Infinity) return '-.inf';
    return Object.is(value, -0) ? '-0.0' : String(value);
  }
  if (typeof value === 'object') return undefined;
  return quote(String(value));
}
