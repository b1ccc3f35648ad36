// The settings used when the settings file is absent: the schema's defaults (./schema.ts). They
// reproduce the real list's README, apart from the time zone (UTC unless the file says otherwise).
import { settingsSchema } from './schema.js';
import type { Settings } from './types.js';

export { defaultColumn } from './schema.js';

/** The defaults; callers that change settings take a copy (`structuredClone`). */
export const defaultSettings: Settings = settingsSchema.parse({});
