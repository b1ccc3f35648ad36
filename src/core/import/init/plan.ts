// `paperlist init` as a pure plan: from an existing README, the files that adopt it — the README
// with markers around its list (HTML comments only, between blocks), the data file, the settings
// that reproduce the list's layout, the issue form and the workflow. The plan is checked before it
// is returned: rendering the new data with the new settings must give the marked README back
// byte for byte, or nothing is planned.
import YAML from 'yaml';
import { loadData } from '../../data/load.js';
import { toCrlf, toLf, usesCrlf } from '../../line-endings.js';
import { serializeData } from '../../data/serialize.js';
import { buildFormTemplate } from '../../form/template.js';
import { failure, problemsOf, success, type Result } from '../../result.js';
import { renderReadme } from '../../render/readme.js';
import { fromLayout } from '../../settings/layout.js';
import { parseSettings } from '../../settings/parse.js';
import { defaultSettings } from '../../settings/defaults.js';
import { importLayout, type LayoutImport } from '../layouts/read.js';
import type { PaperList } from '../../types.js';
import { workflowText } from './workflow.js';
import { listName } from './name.js';
import { formPlan } from './form.js';
import { zoneSettings, type ZoneSettings } from './zones.js';
import { keepStamp } from '../../render/keep-stamp.js';
import { SCHEMA_COMMENT } from '../../settings/schema-url.js';

export interface InitOptions {
  /** Add a "Last Update" zone after the list. */
  stamp: boolean;
  /** The time of the stamp, when there is one. */
  time: Date;
  readmeFile: string;
  dataFile: string;
  settingsFile: string;
  /** The repository's default branch (the workflow runs on pushes to it); `main` when unknown. */
  branch?: string;
}

export interface InitPlan {
  readme: string;
  data: string;
  settings: string;
  form: string;
  workflow: string;
  /** What was read: sections, entries, the layout kind, the lines of the two markers. */
  summary: {
    sections: number;
    entries: number;
    kind: string;
    lines: [number, number];
    markersAdded: boolean;
    /**
     * The "Last Update" zone: added (`--stamp`), kept up to date (there already, in the default
     * format), left as written (there, in another format), or none.
     */
    stamp: 'added' | 'kept' | 'left' | 'none';
    /** The README's mindmap zone, when it has one: the name and counts read from it. */
    mindmap?: { name: string; counts: boolean };
  };
}

const MAIN = defaultSettings.markers.main;
const STAMP = defaultSettings.markers.updateTime;

/**
 * The files that adopt `readme`; the lines that are not entries (kept as written) are warnings. A
 * README saved with CRLF is planned with `\n` and given back with CRLF, so the markers are the only
 * lines that change (the data file and the settings are the same as for `\n`).
 */
export function planInit(readme: string, options: InitOptions): Result<InitPlan> {
  if (!usesCrlf(readme)) return planLf(readme, options);
  const lf = planLf(toLf(readme), options);
  return lf.ok ? { ...lf, value: { ...lf.value, readme: toCrlf(lf.value.readme) } } : lf;
}

function planLf(readme: string, options: InitOptions): Result<InitPlan> {
  const file = options.readmeFile;
  const first = importLayout(readme, file, { markers: MAIN });
  if (first.entries === 0) return failure(first.problems);
  const marked = first.zone.marked ? readme : insertMarkers(readme, first.zone);
  const read = first.zone.marked ? first : withMarkers(first, readme);
  const zones = zoneSettings(readme);
  const asked = formPlan(read.layout, read.list);
  const settingsText = settingsFor(read, readme, zones.defaultStamp, zones);
  const settings = parseSettings(settingsText, options.settingsFile);
  // The import loaded the data file it wrote already (to check it): it is not loaded twice.
  const data = read.data?.text ?? serializeData(read.list);
  const loaded = read.data?.loaded ?? loadData(data, options.dataFile);
  if (!settings.ok || !loaded.ok) {
    return failure([...read.problems, ...problemsOf(settings), ...problemsOf(loaded)]);
  }
  const again = renderReadme(marked, loaded.value, settings.value, options.time, file);
  // A stamp the README has already stays as it is until the list changes (as in every render).
  if (!again.ok || keepStamp(again.value, marked, settings.value) !== marked) {
    return failure([
      ...read.problems,
      {
        file,
        message: 'the list could not be written back exactly as it is, so nothing was changed',
        hint: 'please report this README layout; meanwhile "paperlist import" prints what could be read',
      },
    ]);
  }
  const final =
    options.stamp && !zones.stampZone
      ? withStampZone(read, readme, marked, loaded.value, options, zones)
      : { readme: marked, settings: settingsText };
  const lineOf = (text: string) =>
    final.readme.slice(0, final.readme.indexOf(text)).split('\n').length;
  const plan: InitPlan = {
    ...final,
    data,
    form: buildFormTemplate(
      loaded.value.sections.map((s) => s.name),
      { label: defaultSettings.labels.suggestion, fields: asked },
    ),
    workflow: workflowText(options.branch),
    summary: {
      sections: read.list.sections.length,
      entries: read.entries,
      kind: read.layout.kind,
      lines: [lineOf(MAIN.start), lineOf(MAIN.end)],
      markersAdded: !first.zone.marked,
      stamp: stampState(zones, options.stamp && final.readme !== marked),
      ...(zones.name !== undefined
        ? { mindmap: { name: zones.name, counts: zones.mindmapCounts ?? false } }
        : {}),
    },
  };
  return success(plan, read.problems);
}

function stampState(zones: ZoneSettings, added: boolean): InitPlan['summary']['stamp'] {
  if (zones.stampZone) return zones.defaultStamp ? 'kept' : 'left';
  return added ? 'added' : 'none';
}

/**
 * The settings and README with a "Last Update" zone after the list (`--stamp`); the README stays
 * as marked if the stamped one does not render.
 */
function withStampZone(
  read: LayoutImport,
  readme: string,
  marked: string,
  list: PaperList,
  options: InitOptions,
  zones: ZoneSettings,
): { readme: string; settings: string } {
  const settings = settingsFor(read, readme, true, zones);
  const stamped = insertStamp(marked);
  const parsed = parseSettings(settings, options.settingsFile);
  const rendered = parsed.ok
    ? renderReadme(stamped, list, parsed.value, options.time, options.readmeFile)
    : parsed;
  return { readme: rendered.ok ? rendered.value : marked, settings };
}

/**
 * What the import of the README with markers added reads, without reading it again: the zone's
 * content gains the start marker's line break (and, at the end of a file without one, a line
 * break before the end marker), and every line from the zone on moves one down.
 */
function withMarkers(read: LayoutImport, readme: string): LayoutImport {
  const zoneLine = readme.slice(0, read.zone.start).split('\n').length;
  const atEof = !readme.slice(read.zone.start, read.zone.end).endsWith('\n');
  const layout = {
    ...read.layout,
    zoneStart: `\n${read.layout.zoneStart}`,
    zoneEnd: atEof ? `${read.layout.zoneEnd}\n` : read.layout.zoneEnd,
  };
  const problems = read.problems.map((p) =>
    p.line !== undefined && p.line >= zoneLine ? { ...p, line: p.line + 1 } : p,
  );
  return { ...read, layout, problems, zone: { ...read.zone, marked: true } };
}

/** The README with the main markers on lines of their own around `zone`. */
export function insertMarkers(readme: string, zone: { start: number; end: number }): string {
  const tail = readme.slice(zone.end);
  const body = readme.slice(zone.start, zone.end);
  const end = body.endsWith('\n') ? `${MAIN.end}\n` : `\n${MAIN.end}${tail === '' ? '' : '\n'}`;
  return `${readme.slice(0, zone.start)}${MAIN.start}\n${body}${end}${tail}`;
}

function insertStamp(readme: string): string {
  const at = readme.indexOf(MAIN.end) + MAIN.end.length;
  const lineEnd = readme.indexOf('\n', at);
  const cut = lineEnd === -1 ? readme.length : lineEnd + 1;
  const zone = `\n${STAMP.start}\n${STAMP.end}\n`;
  return readme.slice(0, cut) + (lineEnd === -1 ? '\n' : '') + zone + readme.slice(cut);
}

/**
 * The settings file: the layout, the list's order kept, no stamp unless asked or already there,
 * and what the README's other zones show (the mindmap's name and counts).
 */
function settingsFor(
  read: LayoutImport,
  readme: string,
  stamp: boolean,
  zones: ZoneSettings,
): string {
  const settings: Record<string, unknown> = {};
  const name = listName(readme);
  if (zones.name !== undefined) settings.name = zones.name;
  else if (name !== '') settings.name = name;
  settings.sort = [];
  if (!stamp) settings.stamp = false;
  if (zones.mindmapCounts) settings.mindmap = { counts: true };
  // No `link-labels`: a suggestion's links take the labels of the entries around them when it is
  // added (suggest/list-labels.ts), and the list's own links keep theirs.
  settings.layout = fromLayout(read.layout);
  const header =
    '# paperlist settings, written by "paperlist init" to reproduce the README as it is.\n';
  return (
    SCHEMA_COMMENT +
    header +
    YAML.stringify(settings, {
      lineWidth: 0,
      blockQuote: false,
      // Folded double-quoted text does not read back a line holding only spaces: one line each.
      doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
    })
  );
}
