// The options several commands share, written once: where the data file, the README and the
// settings are. Each command lists the ones it takes; the defaults are those of inputs.ts.
import { DEFAULT_CONFIG, DEFAULT_DATA, DEFAULT_README } from './inputs.js';

export const DATA_OPTION = { data: { type: 'string', default: DEFAULT_DATA } } as const;
export const README_OPTION = { readme: { type: 'string', default: DEFAULT_README } } as const;
/** `--config`: absent means the default file, which may itself be absent (defaults apply). */
export const CONFIG_OPTION = { config: { type: 'string' } } as const;
/** `--config` for a command that writes the settings, so it always names a file. */
export const CONFIG_OUTPUT_OPTION = {
  config: { type: 'string', default: DEFAULT_CONFIG },
} as const;
/** The three files of a list, as `render`, `suggest` and `add` take them. */
export const LIST_FILE_OPTIONS = { ...DATA_OPTION, ...README_OPTION, ...CONFIG_OPTION } as const;
