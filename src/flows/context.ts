// What every flow is given: an API client for one repository, the paths it works on, a logger, and
// everything a flow would otherwise read from its surroundings (the clock, the run attempt, tuning),
// built once at the action's edge so that flows and tests see the same values.
import type { GitHub, Repo } from '../adapters/github/client.js';
import type { CheckLinksOptions } from '../adapters/http/check-links.js';
import type { MetadataClient } from '../adapters/metadata/client.js';
import type { Problem } from '../core/problem.js';
import type { RunResult } from './outcomes.js';

/** The link check's timeouts and pauses, adjustable for slow networks (and fast tests). */
export type LinkCheckTuning = Pick<CheckLinksOptions, 'timeoutMs' | 'retryDelayMs' | 'hostDelayMs'>;

export interface FlowPaths {
  dataFile: string;
  readme: string;
  config: string;
}

export interface FlowContext {
  gh: GitHub;
  repo: Repo;
  paths: FlowPaths;
  defaultBranch: string;
  /** When true, compute and report, but write nothing. */
  dryRun: boolean;
  /** Where to write the reader page after a refresh (a folder on the runner), if anywhere. */
  site?: { dir: string; shown: string };
  /** Web address of the GitHub server, for links in texts. */
  serverUrl: string;
  /** The time now: dates the link report. */
  now: () => Date;
  /**
   * Whether this is the first attempt of its workflow run. A re-run repeats the original event
   * payload word for word (its comment count included), so only a first attempt may trust that a
   * new issue has no status comment yet.
   */
  firstAttempt: boolean;
  /** Timeouts and pauses of the link check. */
  linkTuning: LinkCheckTuning;
  log: (message: string) => void;
  /**
   * The metadata services' client for this run (one per contact address, so every lookup of the run
   * shares its pacing and its answers); absent: papers are not looked up by their links.
   */
  metadata?: (contact: string) => MetadataClient;
  /** A problem worth a maintainer's look that stops nothing (an annotation on the run). */
  warn: (message: string) => void;
}

/** What a flow reports back to the action: the `result` output, other outputs, a step summary. */
export interface FlowResult<R extends string = RunResult> {
  result: R;
  outputs: Record<string, string>;
  summary: string;
  /** Problems to show as error annotations at their file and line (a pull request check's). */
  problems?: Problem[];
  /** When set, the run fails with this message after reporting (a failed pull request check). */
  failure?: string;
}
