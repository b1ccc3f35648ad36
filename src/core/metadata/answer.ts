// The two ways a parser says that a service's answer gave no paper, worded alike for every service:
// the service does not know the paper (`not-found`), or the answer was no record at all (`error`).
import type { ParsedAnswer } from './types.js';

export function notFound(message: string): ParsedAnswer {
  return { ok: false, kind: 'not-found', message };
}

export function answerError(message: string): ParsedAnswer {
  return { ok: false, kind: 'error', message };
}

/** `Crossref answered with HTTP 500 and no work`: an answer without the record `what`. */
export function noRecord(service: string, status: number, what: string): ParsedAnswer {
  return answerError(`${service} answered with HTTP ${status} and no ${what}`);
}
