// What checking a suggestion produces, and what it is checked against besides the list itself.
import type { SourceLine } from '../metadata/suggestion.js';
import type { Failure, Success } from '../result.js';
import type { Paper } from '../types.js';

/** Another suggestion issue that is still open (its paper is not in the list yet). */
export interface OpenSuggestion {
  issue: number;
  paper: Paper;
  sections: string[];
}

/** An entry the suggested paper is the same as. */
export interface DuplicateMatch {
  /** In the list already, or suggested in another open issue. */
  source: 'list' | 'suggestion';
  /** The entry as written in the list or in the other suggestion. */
  paper: Paper;
  /** Sections the entry is in (or was suggested for), in list order. */
  sections: string[];
  /** The other suggestion's issue number, when `source` is `suggestion`. */
  issue?: number;
  /** What matched: `title`, or an identifier such as `arXiv id 1703.09844`. */
  on: string;
  /** The suggestion's form field that matched (`title`, `page`, `pdf` or `code`). */
  field: string;
}

/** A suggestion that passed every check: the entry to add, and the sections to add it to. */
export interface CheckedSuggestion {
  paper: Paper;
  sections: string[];
  notes?: string;
  /** Where each value came from, when the paper was looked up by its link. */
  sources?: SourceLine[];
}

export type PassedCheck = Success<CheckedSuggestion>;

/** A refused suggestion: every problem, and the entry it duplicates when that is one of them. */
export interface FailedCheck extends Failure {
  duplicate?: DuplicateMatch;
}

/** Checking a suggestion: the one Result shape, a failure naming the duplicate it found. */
export type CheckResult = PassedCheck | FailedCheck;
