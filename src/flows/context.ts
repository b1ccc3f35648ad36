// What every flow is given: an API client for one repository, the paths it works on, and a logger.
import type { GitHub, Repo } from '../adapters/github/client.js';

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
  /** Web address of the GitHub server, for links in texts. */
  serverUrl: string;
  log: (message: string) => void;
  /** A problem worth a maintainer's look that stops nothing (an annotation on the run). */
  warn: (message: string) => void;
}

/** What a flow reports back to the action: the `result` output, other outputs, a step summary. */
export interface FlowResult {
  result: string;
  outputs: Record<string, string>;
  summary: string;
}
