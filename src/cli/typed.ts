// The values `paperlist add` takes typed on its command line (`--title`, `--authors`, `--venue`,
// `--year`, `--abbr`, `--code`): they win over what the services found, as typed answers of the issue
// form do, and go through the same check as looked-up ones.
import type { MergedPaper } from '../core/metadata/merge.js';
import { serviceLabel } from '../core/metadata/services.js';
import { cleanText } from '../core/suggest/normalize.js';

export const TYPED_OPTIONS = {
  title: { type: 'string' },
  authors: { type: 'string' },
  venue: { type: 'string' },
  year: { type: 'string' },
  abbr: { type: 'string' },
  code: { type: 'string' },
} as const;

type TypedField = 'title' | 'venue' | 'year' | 'abbr' | 'code';
const FIELDS: readonly TypedField[] = ['title', 'venue', 'year', 'abbr', 'code'];

export interface TypedValues {
  /** Cleaned, non-empty values by form field id, as the merge takes typed answers. */
  fields: Partial<Record<TypedField, string>>;
  /** The names given with --authors, split on commas, semicolons, "&" and "and". */
  authors?: string[];
}

/** The typed values among the parsed options (an empty or blank one counts as not given). */
export function typedValues(values: Partial<Record<TypedField | 'authors', string>>): TypedValues {
  const typed: TypedValues = { fields: {} };
  for (const f of FIELDS) {
    const v = cleanText(values[f] ?? '');
    if (v !== '') typed.fields[f] = v;
  }
  const names = (values.authors ?? '')
    .split(/\s*(?:[,;&]|\band\b)\s*/u)
    .map(cleanText)
    .filter((n) => n !== '');
  if (names.length > 0) typed.authors = names;
  return typed;
}

export function anyTyped(typed: TypedValues): boolean {
  return Object.keys(typed.fields).length > 0 || typed.authors !== undefined;
}

/** The merged paper with the typed authors in place of the services' (typed values win). */
export function withTypedAuthors(merged: MergedPaper, typed: TypedValues): MergedPaper {
  return typed.authors ? { ...merged, authors: { value: typed.authors, source: 'typed' } } : merged;
}

/** `--year is 2023, DBLP says 2024; the typed value is kept`, for each value a service contradicts. */
export function disagreementLines(merged: MergedPaper): string[] {
  return merged.disagreements.map(
    (d) =>
      `--${d.field} is ${JSON.stringify(d.typed)}, ${serviceLabel(d.source)} says ${JSON.stringify(d.fetched)}; the typed value is kept`,
  );
}
