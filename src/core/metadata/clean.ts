// Cleaning every string a service sends before paperlist uses it, exactly as strictly as text typed
// into the issue form: markup (HTML, Crossref's JATS) stripped, entities decoded, invisible and
// direction-changing characters removed, whitespace collapsed, and length limits kept. A hostile title
// in a service's answer can no more break a table than one typed by hand.
import { decodeHTML } from 'entities';
import { checkWebUrl } from '../data/url.js';
import { LIMITS } from '../suggest/limits.js';
import { cleanText } from '../suggest/normalize.js';

/** Tags that separate words (paragraphs, breaks, JATS sections); every other tag joins its text. */
const BLOCK_TAG = /<\/?(?:jats:)?(?:p|br|div|sec|title|li|list|list-item|tr|td|h\d)\b[^>]*>/gi;
const ANY_TAG = /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/g;

/** A one-line text from a service: markup stripped, entities decoded, cleaned; `undefined` if empty. */
export function cleanFetched(value: unknown, max: number = LIMITS.title): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = cleanText(decodeHTML(String(value).replace(BLOCK_TAG, ' ').replace(ANY_TAG, '')));
  if (text === '' || [...text].length > max) return undefined;
  return text;
}

/** An address from a service, kept only when it is an http(s) link the list would accept. */
export function cleanFetchedUrl(value: unknown): string | undefined {
  const url = cleanFetched(value, LIMITS.link);
  if (url === undefined || checkWebUrl(url) !== undefined) return undefined;
  return url;
}

/** A four-digit year from a number, a date or a date string (`2021/6`, `2023-12-08`). */
export function yearOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const m = /^\s*((?:19|20)\d{2})(?:\D|$)/.exec(value);
  return m?.[1];
}

/** Authors' names, each cleaned, empties dropped; `undefined` when none is left. */
export function cleanNames(values: unknown[]): string[] | undefined {
  const names = values.map((v) => cleanFetched(v, LIMITS.venue)).filter((v) => v !== undefined);
  return names.length > 0 ? names : undefined;
}

/** A JSON body, or `undefined` when it is not JSON (a text/plain "Resource not found.", say). */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** A property of an unknown value, safely. */
export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object'
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** An array property, or an empty array. */
export function list(value: unknown, key?: string): unknown[] {
  const v = key === undefined ? value : field(value, key);
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}
