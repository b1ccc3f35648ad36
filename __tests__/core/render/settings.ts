// Settings for the render tests: the documented defaults, with overrides per test.
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import type { Settings } from '../../../src/core/settings/types.js';

export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...structuredClone(defaultSettings), ...overrides };
}
