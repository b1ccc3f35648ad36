// The flow context, built once at the action's edge from the inputs, the runner's environment and
// the tuning variables: the only place the action reads its surroundings. Flows take everything
// from here (the clock and the run attempt included), so they read nothing ambiently.
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { createGitHub } from '../adapters/github/client.js';
import { getDefaultBranch } from '../adapters/github/repos.js';
import type { FlowContext } from '../flows/context.js';
import type { ActionInputs, RunnerContext } from './inputs.js';
import type { Tuning } from './tuning.js';

export async function buildFlowContext(
  inputs: ActionInputs,
  runner: RunnerContext,
  tuning: Tuning,
): Promise<FlowContext> {
  const repo = { owner: runner.owner, repo: runner.repo };
  const gh = createGitHub({
    token: inputs.token,
    baseUrl: runner.apiUrl,
    retryBaseMs: tuning.retryBaseMs,
    ...(tuning.writeIntervalMs !== undefined
      ? { pacing: { intervalMs: tuning.writeIntervalMs } }
      : {}),
    ...(tuning.apiReserve !== undefined ? { reserve: tuning.apiReserve } : {}),
  });
  const repository = runner.payload.repository as { default_branch?: string } | undefined;
  const defaultBranch = repository?.default_branch ?? (await getDefaultBranch(gh, repo));
  return {
    gh,
    repo,
    paths: { dataFile: inputs.dataFile, readme: inputs.readme, config: inputs.config },
    defaultBranch,
    dryRun: inputs.dryRun,
    ...(inputs.siteDir ? { site: { dir: resolve(inputs.siteDir), shown: inputs.siteDir } } : {}),
    serverUrl: runner.serverUrl,
    now: () => new Date(),
    firstAttempt: runner.runAttempt === 1,
    linkTuning: tuning.linkCheck,
    log: (message) => core.info(message),
    warn: (message) => core.warning(message),
  };
}
