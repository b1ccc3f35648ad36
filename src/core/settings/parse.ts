// Reads the settings file: YAML with positions (the file is tiny), zod for the shape, then the
// checks that span keys. The settings over the defaults, or every problem found (the caller stops).

import { isMapping, kindOf } from '../yaml/describe.js';
import { locate, parseWithPositions } from '../yaml/locate.js';
import { formatPath } from '../yaml/path.js';
import type { Segment } from '../yaml/path.js';
import { syntaxProblems } from '../yaml/syntax.js';
import { BOUNDS } from '../limits/bounds.js';
import { checkYamlBounds } from '../limits/yaml.js';
import type { Problem } from '../problem.js';
import { failure, success, type Result } from '../result.js';
import { defaultSettings } from './defaults.js';
import { settingIssues, valueAt } from './issues.js';
import type { SettingIssue } from './issues.js';
import { markerInTextIssues, markerIssues } from './markers.js';
import { markersLenientSchema, settingsSchema } from './schema.js';
import { templateFault } from './templates.js';
import type { Settings } from './types.js';

/** Parses the settings file's text; undefined or empty text gives the defaults. */
export function parseSettings(text: string | undefined, file: string): Result<Settings> {
  const defaults = () => success(structuredClone(defaultSettings));
  const source = text?.charCodeAt(0) === 0xfeff ? text.slice(1) : (text ?? '');
  if (source.trim() === '') return defaults();
  const bounds = { chars: BOUNDS.settingsFileChars, depth: BOUNDS.yamlDepth };
  const refused = checkYamlBounds(source, file, bounds, 'the settings file');
  if (refused) return failure([refused]);

  const parsed = parseWithPositions(source);
  const syntax = syntaxProblems(parsed, source, file, undefined, {
    topLevel: 'a setting starts with its name at column 1 (such as "layout:")',
  });
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

  const result = settingsSchema.safeParse(data);
  const issues = result.success ? [] : result.error.issues.flatMap((i) => settingIssues(i, data));
  const settings = result.success ? result.data : undefined;
  // The markers are checked against each other even when some other setting is wrong.
  const markers = markersLenientSchema.safeParse(data.markers ?? {});
  if (markers.success) {
    const given = (path: Segment[]) => valueAt(data, path) !== undefined;
    issues.push(...markerIssues(markers.data, given));
  }
  if (settings) issues.push(...markerInTextIssues(settings), ...layoutTemplateIssues(settings));
  if (!settings || issues.length > 0) {
    const problems = issues.map(locateIssue);
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return failure(problems);
  }
  return success(settings);
}

/** The layout's entry templates that do not parse: the layout's `item` and each section's own. */
function layoutTemplateIssues(settings: Settings): SettingIssue[] {
  const layout = settings.layout;
  if (!layout) return [];
  const items: [Segment[], string | undefined][] = [
    [['layout', 'item'], layout.item],
    ...Object.entries(layout.sections).map(([name, section]): [Segment[], string | undefined] => [
      ['layout', 'sections', name, 'item'],
      section.item,
    ]),
  ];
  return items.flatMap(([path, source]) => {
    const fault = source === undefined ? undefined : templateFault(source);
    return fault ? [{ path, onKey: false, ...fault }] : [];
  });
}
