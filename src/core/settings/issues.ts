// Zod's findings about the settings file, in the words paperlist uses for every problem.

import type * as z from 'zod';
import { describeValue } from '../yaml/describe.js';
import type { Segment } from '../yaml/path.js';
import { closest } from './closest.js';
import { expectedAt, hintAt, keysAt } from './schema-at.js';

/** A problem at a path of the settings file; `onKey` points to the key rather than its value. */
export interface SettingIssue {
  path: Segment[];
  onKey: boolean;
  message: string;
  hint: string;
}

/** The raw value at `path`, undefined when the path does not exist. */
export function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let value = root;
  for (const seg of path) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[seg]
        : undefined;
  }
  return value;
}

function hintFor(path: readonly Segment[]): string {
  return hintAt(path) ?? 'see the settings reference';
}

/** One or more issues per zod issue: an unknown-keys issue becomes one per key. */
export function settingIssues(issue: z.core.$ZodIssue, data: unknown): SettingIssue[] {
  const path = issue.path.map((seg) => (typeof seg === 'number' ? seg : String(seg)));
  const value = valueAt(data, path);
  const at = (message: string, onKey = false): SettingIssue[] => [
    { path, onKey, message, hint: hintFor(path) },
  ];

  switch (issue.code) {
    case 'unrecognized_keys': {
      const valid = keysAt(path);
      return issue.keys.map((key) => {
        const guess = closest(key, valid);
        const list = `valid keys here: ${valid.join(', ')}`;
        return {
          path: [...path, key],
          onKey: true,
          message: `unknown setting ${JSON.stringify(key)}`,
          hint: guess ? `did you mean ${JSON.stringify(guess)}? ${list}` : list,
        };
      });
    }
    case 'invalid_type': {
      const expected = expectedAt(path, issue.expected);
      if (value === undefined) return at(`is required and must be ${expected}`);
      if (value === null) return at(`has no value; it must be ${expected}`);
      return at(`must be ${expected}, not ${describeValue(value)}`);
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(' or ');
      return at(`must be ${options}, not ${describeValue(value)}`);
    }
    case 'too_small':
      return at(issue.origin === 'array' ? 'must not be an empty list' : 'must not be empty');
    case 'too_big':
      return at(`must be at most ${String(issue.maximum)} characters long`);
    default:
      // Our own refinements and formats carry a finished message.
      return at(issue.message);
  }
}
