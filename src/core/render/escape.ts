// Escaping for text that goes into the generated Markdown: table cells, headings and link
// destinations. Goal: any input gives exactly the visible text it holds — one cell, no HTML, no
// formatting, no link — while text that needs nothing (the real list's titles) is left byte for byte.

/** C0 and C1 control characters, DEL included: a newline or tab would end the row or the cell. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Everything that can start Markdown syntax inside a cell, in one pass (lookarounds see the
 * original text):
 * - punctuation that starts formatting, code, links, strikethrough or cell breaks;
 * - `<`/`>` (raw HTML and autolinks) and `&` only where it would read as a character reference;
 * - the GFM autolink literals: `http(s)://` and `ftp://` (GitHub links both), `www.`, and
 *   `local@domain.tld` (also with a domain that starts with a dot, which GitHub still links; a bare
 *   `EMDL@MobiSys` is no link and stays as written).
 */
const SYNTAX =
  /[\\`*_[\]~|<>]|&(?=#?[a-z0-9]+;)|(?<=https?|ftp):(?=\/\/)|(?<=www)\.|(?<=[\w+.-])@(?=[\w.-]*\.[\w-])/gi;

/**
 * U+2060 WORD JOINER, written as a character reference: invisible and never a line break. Some GFM
 * parsers (remark among them) look for autolink literals in the decoded text, so `https&#58;//`
 * would still link there; a character that stays in the text between `https:` and `//`, `www`
 * and `.`, or before `@`, stops the link in every parser.
 */
const JOINER = '&#8288;';

function escapeSyntax(c: string): string {
  switch (c) {
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '&':
      return '&amp;';
    case ':':
      return ':' + JOINER;
    case '.':
    case '@':
      return JOINER + c;
    default:
      return '\\' + c;
  }
}

/**
 * Where SYNTAX or CONTROL could match at all, without lookarounds: most titles hold none of these,
 * and a render of 10,000 papers escapes some 40,000 cells, so they skip the slower pass.
 */
// eslint-disable-next-line no-control-regex -- control characters are part of what is looked for
const MAYBE = /[\\`*_[\]~|<>&@\u0000-\u001f\u007f-\u009f]|:\/\/|www\./i;

/** Makes `text` safe as the content of a GFM table cell; control characters become spaces. */
export function escapeCell(text: string): string {
  if (!MAYBE.test(text)) return text;
  return escapeCellFully(text);
}

/** The escaping itself, for any text (exported for the test that holds the shortcut to it). */
export function escapeCellFully(text: string): string {
  return text.replace(CONTROL, ' ').replace(SYNTAX, escapeSyntax);
}

/** Makes `text` safe after `## `: as a cell, plus a trailing `#` run that would read as a closing sequence. */
export function escapeHeading(text: string): string {
  return escapeCell(text).replace(/(^| )(#+)( *)$/, '$1\\$2$3');
}

/** True when `url` is an absolute http(s) URL, the only kind the renderer links to. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * Percent-encodes what could end a Markdown link destination early or split a table row: spaces,
 * control characters, `( ) < > [ ] | " ' \` and a `%` that does not start an `%XX` escape.
 * Existing `%XX` escapes and everything else are kept.
 */
export function encodeUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters must not reach the destination
  return url.replace(/%(?![0-9a-f]{2})|[\u0000-\u0020\u007f-\u009f()<>[\]|"'\\]/gi, percentEncode);
}

function percentEncode(c: string): string {
  const code = c.charCodeAt(0);
  // encodeURIComponent leaves ( ) ' alone, so ASCII is encoded by hand; C1 controls need UTF-8.
  return code < 0x80
    ? '%' + code.toString(16).toUpperCase().padStart(2, '0')
    : encodeURIComponent(c);
}

/** An encoded URL as written inside `(...)`: `&` that would read as a character reference is escaped. */
export function escapeDestination(encodedUrl: string): string {
  return encodedUrl.replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;');
}

/** Characters encodeUrl or escapeDestination change; most addresses hold none of them. */
// eslint-disable-next-line no-control-regex -- control characters are part of what is looked for
const CHANGED_IN_DESTINATION = /[%&\u0000-\u0020\u007f-\u009f()<>[\]|"'\\]/;

/** A URL as written inside `(...)`: encoded, then `&` escaped where needed; most need neither. */
export function linkDestination(url: string): string {
  return CHANGED_IN_DESTINATION.test(url) ? escapeDestination(encodeUrl(url)) : url;
}
