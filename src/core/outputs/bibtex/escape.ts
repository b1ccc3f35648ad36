// Text as it must be written inside a BibTeX field so that BibTeX and LaTeX print it as typed: the
// characters TeX gives a meaning to are written as commands; everything else, non-ASCII included, is
// kept as UTF-8 (biber, and bibtex with inputenc, read it).
import { CONTROL } from '../../render/escape.js';

const TEXT: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default font encoding these print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * A value for a text field (title, author, venue): TeX's special characters escaped, one line.
 * TeX's font ligatures are broken with an empty group so they print as typed: `--` and `---` would
 * be dashes, two quotes a curly quote, `?` or `!` before a backquote an inverted mark, `,,` a low
 * quote.
 */
export function escapeBibText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^<>]/g, (c) => TEXT[c] ?? c)
    .replace(/`/g, '{`}')
    .replace(/([-',])(?=\1)/g, '$1{}');
}

/**
 * A value for a verbatim field (url, doi, eprint): written as is, but the characters that would end
 * or unbalance the braced value (`{`, `}`, `\`) and whitespace are percent-encoded.
 */
export function escapeBibVerbatim(value: string): string {
  return value
    .trim()
    .replace(/[{}\\\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
