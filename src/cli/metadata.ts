// The metadata services' client of one CLI run: addresses and tuning from the environment, the
// contact from the settings, an optional Semantic Scholar key (`PAPERLIST_S2_KEY`) and GitHub token.
import { MetadataClient } from '../adapters/metadata/client.js';
import { metadataConfig } from '../adapters/metadata/config.js';
import type { Settings } from '../core/settings/types.js';
import type { CliIo } from './io.js';

export function cliMetadataClient(io: CliIo, settings: Settings): MetadataClient {
  const env = io.env ?? process.env;
  return new MetadataClient(
    metadataConfig({
      env,
      ...(settings.contact ? { contact: settings.contact } : {}),
      ...(env.PAPERLIST_S2_KEY ? { s2Key: env.PAPERLIST_S2_KEY } : {}),
      ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
    }),
  );
}
