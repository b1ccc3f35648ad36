// The flow context, built once at the action's edge from the inputs, the runner's environment and
// the tuning variables: the only place the action reads its surroundings. Flows take everything
// from here (the clock and the run attempt included), so they read nothing ambiently.
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { createGitHub } from '../adapters/github/client.js';
import { getDefaultBranch } from '../adapters/github/repos.js';
import { MetadataClient } from '../adapters/metadata/client.js';
import { metadataConfig } from '../adapters/metadata/config.js';
import type { FlowContext } from '../flows/context.js';
import type { ActionInputs, RunnerContext } from './inputs.js';
import type { Tuning } from './tuning.js';

/** One metadata client per contact address for the whole run: its pacing and answers are shared. */
function metadataClients(inputs: ActionInputs): (contact: string) => MetadataClient {
  const clients = new Map<string, MetadataClient>();
  return (contact) => {
    let client = clients.get(contact);
    if (client === undefined) {
      client = new MetadataClient(
        metadataConfig({
          env: process.env,
          ...(contact !== '' ? { contact } : {}),
          ...(inputs.s2Key !== '' ? { s2Key: inputs.s2Key } : {}),
          ...(inputs.token !== '' ? { githubToken: inputs.token } : {}),
        }),
      );
      clients.set(contact, client);
    }
    return client;
  };
}

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
    metadata: metadataClients(inputs),
  };
}
