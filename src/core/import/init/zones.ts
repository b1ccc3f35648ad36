// What `paperlist init` learns from the generated zones a README already has besides its list (a
// README kept by paperlist before, or by a script that wrote the same zones): the list's name and
// whether counts are shown, from the mindmap; whether a "Last Update" stamp in paperlist's own
// format is there to keep up to date. So init reproduces those zones as they are instead of
// refusing the README because its mindmap would come out differently.
import { defaultSettings } from '../../settings/defaults.js';
import { findZone } from '../../render/zones.js';

export interface ZoneSettings {
  /** The mindmap's root: the list's name. */
  name?: string;
  /** Whether the mindmap shows each section's number of papers. */
  mindmapCounts?: boolean;
  /** The README has an update-time zone. */
  stampZone: boolean;
  /** That zone holds one stamp line in the default format (so it can be kept up to date). */
  defaultStamp: boolean;
}

const ROOT = /^ {2}root\(\("([^"]*)"\)\)$/m;
const SECTION_NODE = /^ {6}c\d+s\d+\["([^"]*)"\]$/gm;
/** `**Last Update: Oct 14, 2024 20:47:37**`: the default `timestamp-format`'s output. */
const DEFAULT_STAMP = /^\n*\*\*Last Update: [A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2}:\d{2}\*\*\n*$/;

/** Mermaid's `#code;` entity codes, as the mindmap writes them, read back. */
function decodeMermaid(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

function zoneText(readme: string, pair: { start: string; end: string }): string | undefined {
  const zone = findZone(readme, pair, '');
  return zone.ok ? readme.slice(zone.value.contentStart, zone.value.contentEnd) : undefined;
}

export function zoneSettings(readme: string): ZoneSettings {
  const { markers } = defaultSettings;
  const found: ZoneSettings = { stampZone: false, defaultStamp: false };
  const mindmap = zoneText(readme, markers.mindmap);
  const root = mindmap === undefined ? null : ROOT.exec(mindmap);
  if (mindmap !== undefined && root) {
    found.name = decodeMermaid(root[1] ?? '');
    const labels = [...mindmap.matchAll(SECTION_NODE)].map((m) => m[1] ?? '');
    found.mindmapCounts = labels.length > 0 && labels.every((l) => / \(\d+\)$/.test(l));
  }
  const stamp = zoneText(readme, markers.updateTime);
  found.stampZone = stamp !== undefined;
  found.defaultStamp = stamp !== undefined && DEFAULT_STAMP.test(stamp);
  return found;
}
