// Reads the settings file: YAML with positions (the file is tiny), zod for the shape, then the
// checks that span keys. The settings over the defaults, or every problem found (the caller stops).

import * as z from 'zod';
import { isMapping, kindOf } from '../yaml/describe.js';
import { locate, parseWithPositions } from '../yaml/locate.js';
import { formatPath } from '../yaml/path.js';
import type { Segment } from '../yaml/path.js';
import { syntaxProblems } from '../yaml/syntax.js';
import { BOUNDS } from '../limits/bounds.js';
import { checkYamlBounds } from '../limits/yaml.js';
import type { Problem } from '../problem.js';
import { failure, success, type Result } from '../result.js';
import { defaultColumn, defaultSettings } from './defaults.js';
import { settingIssues, valueAt } from './issues.js';
import type { SettingIssue } from './issues.js';
import { markerInTextIssues, markerIssues } from './markers.js';
import { toLayout } from './layout.js';
import { markersSchema, settingsFileSchema } from './schema.js';
import type { SettingsFile } from './schema.js';
import type { MarkerPair, Settings } from './types.js';

/** Parses the settings file's text; undefined or empty text gives the defaults. */
export function parseSettings(text: string | undefined, file: string): Result<Settings> {
  const defaults = () => success(structuredClone(defaultSettings));
  const source = text?.charCodeAt(0) === 0xfeff ? text.slice(1) : (text ?? '');
  if (source.trim() === '') return defaults();
  const bounds = { chars: BOUNDS.settingsFileChars, depth: BOUNDS.yamlDepth };
  const refused = checkYamlBounds(source, file, bounds, 'the settings file');
  if (refused) return failure([refused]);

  const parsed = parseWithPositions(source);
  const syntax = syntaxProblems(parsed, source, file);
  if (syntax.length > 0) return failure(syntax);
  const data: unknown = parsed.doc.toJS();
  if (data === null || data === undefined) return defaults(); // only comments

  const locateIssue = ({ path, onKey, message, hint }: SettingIssue): Problem => {
    const problem: Problem = { file, message, hint };
    const where = locate(parsed, path, onKey);
    if (where) {
      problem.line = where.line;
      problem.column = where.column;
    }
    const field = formatPath(path);
    if (field) problem.field = field;
    return problem;
  };

  if (!isMapping(data)) {
    const message = `the settings file must be a mapping of settings, not ${kindOf(data)}`;
    const hint = 'write one setting per line, such as time-zone: "Asia/Shanghai"';
    return failure([locateIssue({ path: [], onKey: false, message, hint })]);
  }

  const result = settingsFileSchema.safeParse(data);
  const issues = result.success ? [] : result.error.issues.flatMap((i) => settingIssues(i, data));
  const settings = result.success ? toSettings(result.data) : undefined;
  // The markers are checked against each other even when some other setting is wrong.
  const markers = z.object(markersSchema.shape).optional().safeParse(data.markers);
  if (markers.success) {
    const given = (path: Segment[]) => valueAt(data, path) !== undefined;
    issues.push(...markerIssues(toMarkers(markers.data), given));
  }
  if (settings) issues.push(...markerInTextIssues(settings));
  if (!settings || issues.length > 0) {
    const problems = issues.map(locateIssue);
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return failure(problems);
  }
  return success(settings);
}

function pair(given: { start?: string; end?: string } | undefined, fallback: MarkerPair) {
  return { start: given?.start ?? fallback.start, end: given?.end ?? fallback.end };
}

function toMarkers(file: SettingsFile['markers']): Settings['markers'] {
  const d = defaultSettings.markers;
  return {
    main: pair(file?.main, d.main),
    updateTime: pair(file?.['update-time'], d.updateTime),
    mindmap: pair(file?.mindmap, d.mindmap),
    toc: pair(file?.toc, d.toc),
  };
}

/** The file's values over the defaults, in the shape the rest of paperlist reads. */
function toSettings(file: SettingsFile): Settings {
  const d = structuredClone(defaultSettings);
  return {
    name: file.name ?? d.name,
    ...(file.intro ? { intro: file.intro } : {}),
    ...(file['site-url'] ? { siteUrl: file['site-url'] } : {}),
    ...(file.bibtex ? { bibtex: file.bibtex.replace(/^(\.\/)+/, '') } : {}),
    timeZone: file['time-zone'] ?? d.timeZone,
    timestampFormat: file['timestamp-format'] ?? d.timestampFormat,
    countLine: file['count-line'] ?? d.countLine,
    columns:
      file.columns?.map((c) => {
        const column = defaultColumn(c.field);
        return {
          ...column,
          header: c.header ?? column.header,
          missing: c.missing ?? column.missing,
        };
      }) ?? d.columns,
    linkLabels: file['link-labels'] ?? d.linkLabels,
    sort:
      file.sort?.map((key) =>
        key.startsWith('-')
          ? { field: key.slice(1), order: 'desc' as const }
          : { field: key, order: 'asc' as const },
      ) ?? d.sort,
    markers: toMarkers(file.markers),
    mindmap: { counts: file.mindmap?.counts ?? d.mindmap.counts },
    refresh: file.refresh ?? d.refresh,
    linkCheck: file['link-check'] ?? d.linkCheck,
    venueUpdates: file['venue-updates'] ?? d.venueUpdates,
    venueUpdatesPerRun: file['venue-updates-per-run'] ?? d.venueUpdatesPerRun,
    labels: { suggestion: file.labels?.suggestion ?? d.labels.suggestion },
    ...(file.layout ? { layout: toLayout(file.layout) } : {}),
    stamp: file.stamp ?? d.stamp,
    contact: file.contact ?? d.contact,
    venueAliases: file['venue-aliases'] ?? d.venueAliases,
  };
}
