// The markers of the README's generated zones must tell the zones apart: a zone's start and end
// differ, and no two zones share a marker, or regenerating one zone would overwrite another.

import type { Segment } from '../yaml/path.js';
import { camelCase } from './camel.js';
import type { SettingIssue } from './issues.js';
import { markersFileSchema } from './schema.js';
import type { MarkerPair, Settings } from './types.js';

type Zone = keyof Settings['markers'];

/** Each zone's name in the code and its key in the file (`updateTime`, `update-time`). */
const zoneKeys = Object.keys(markersFileSchema.shape).map((key) => [camelCase(key) as Zone, key]);

const hint = 'give each zone its own start and end markers';

/** Problems with the resolved markers; `given` tells which markers the file set (for positions). */
export function markerIssues(
  markers: Settings['markers'],
  given: (path: Segment[]) => boolean,
): SettingIssue[] {
  const issues: SettingIssue[] = [];
  const seen = new Map<string, { zone: string; part: keyof MarkerPair }>();
  for (const [zone, key] of zoneKeys as [Zone, string][]) {
    const pair = markers[zone];
    if (pair.start === pair.end) {
      const path = given(['markers', key, 'end'])
        ? ['markers', key, 'end']
        : ['markers', key, 'start'];
      const message = `the start and end markers are the same (${JSON.stringify(pair.end)})`;
      issues.push({ path, onKey: false, message, hint });
    }
    for (const part of ['start', 'end'] as const) {
      const text = pair[part];
      const earlier = seen.get(text);
      if (earlier && earlier.zone !== key) {
        // Point to whichever of the two the file set; at least one of them was.
        const here: Segment[] = ['markers', key, part];
        const there: Segment[] = ['markers', earlier.zone, earlier.part];
        const [path, other] = given(here)
          ? [here, `${earlier.part} marker of ${earlier.zone}`]
          : [there, `${part} marker of ${key}`];
        issues.push({
          path,
          onKey: false,
          message: `${JSON.stringify(text)} is also the ${other}`,
          hint,
        });
      } else if (!earlier) seen.set(text, { zone: key, part });
    }
  }
  return issues;
}

/**
 * Texts written into a zone as they are (the count line, the stamp's format) must not hold a marker:
 * the next render would find the marker twice and refuse the README.
 */
export function markerInTextIssues(settings: Settings): SettingIssue[] {
  const all = Object.values(settings.markers).flatMap((p) => [p.start, p.end]);
  const texts: [string, string][] = [
    ['count-line', settings.countLine],
    ['timestamp-format', settings.timestampFormat],
  ];
  return texts.flatMap(([key, text]) => {
    const marker = all.find((m) => text.includes(m));
    return marker === undefined
      ? []
      : [
          {
            path: [key],
            onKey: false,
            message: `contains the marker ${JSON.stringify(marker)}, which would break the README's zones`,
            hint: 'leave the markers out of this text',
          },
        ];
  });
}
