// Entry templates are checked when the settings and the data are read: a template that does not
// parse is a problem naming its file, line and fix (render used to stop with a stack trace, and
// validate said OK), and so is a field a template names that is close to one its entries have.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { workspace, type Workspace } from '../harness.js';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
  ws.write(
    'data.yaml',
    [
      'Vision:',
      '  category: "Papers"',
      '  list:',
      '    - title: "Seeing Further"',
      '      year: "2024"',
      '      code: "https://example.org/further"',
      '    - title: "Seeing Less"',
      '      year: "2023"',
      'Audio:',
      '  category: "Papers"',
      '  list:',
      '    - title: "Hearing More"',
      '      year: "2022"',
      '',
    ].join('\n'),
  );
  ws.write('README.md', '# Papers\n\n<!-- main-start -->\n<!-- main-end -->\n');
});
afterEach(() => ws.remove());

const settings = (item: string, more = '') =>
  ws.write(
    '.github/paperlist.yml',
    `sort: []\nstamp: false\nlayout:\n  kind: list\n  item: ${JSON.stringify(item)}\n${more}`,
  );

describe('layout templates', () => {
  test('an unclosed tag: validate and render --check name the file, line and fix; no stack trace', async () => {
    settings('- {{title} ({{year}})');
    const expected =
      '.github/paperlist.yml:5:9: layout.item: the template does not parse: "{{title} ({{year}}" holds a brace, so a tag is left open before it (close the tag with "}}"; to write "{{" as text, write {{"{{"}})\n';
    for (const args of [['validate'], ['render', '--check']]) {
      const r = await ws.run(args);
      expect(r, args.join(' ')).toEqual({ code: 1, stdout: '', stderr: expected });
    }
    settings('- {{title');
    expect((await ws.run(['render', '--check'])).stderr).toBe(
      '.github/paperlist.yml:5:9: layout.item: the template does not parse: "{{title" has no closing braces (close the tag with "}}"; to write "{{" as text, write {{"{{"}})\n',
    );
  });

  test("a helper of another template language is named, with this one's syntax", async () => {
    settings('- {{title}}{{#each links}} [{{label}}]({{url}}){{/each}}');
    const r = await ws.run(['render']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '.github/paperlist.yml:5:9: layout.item: the template does not parse: "{{#each links}}" is no tag of paperlist\'s templates, which have no helpers (write {{field}} for a value, {{#field}}…{{/field}} for a part shown only when the field is given, and {{#links}}…{{/links}} for each link)\n',
    );
  });

  test("a section's own template that closes the wrong part", async () => {
    settings(
      '- {{title}}',
      '  sections:\n    Audio:\n      item: "- {{#code}}{{title}}{{/venue}}"\n',
    );
    const r = await ws.run(['validate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '.github/paperlist.yml:8:13: layout.sections.Audio.item: the template does not parse: "{{/venue}}" closes nothing that is open (a {{/name}} closes the {{#name}} or {{^name}} opened before it: make the two names the same)\n',
    );
  });

  test('a field close to one the entries have: did you mean? A problem, so nothing renders empty', async () => {
    settings('- {{titel}} ({{year}})');
    for (const args of [['validate'], ['render']]) {
      const r = await ws.run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toBe(
        '.github/paperlist.yml:5:9: layout.item: "titel": no entry the template is filled with has this field; did you mean "title"? (write {{title}} in the template, or give the entries a "titel" field)\n',
      );
    }
    expect(ws.read('README.md')).toBe('# Papers\n\n<!-- main-start -->\n<!-- main-end -->\n');
  });

  test('an optional part whose field no entry has (a typo, or every such entry deleted): a warning with the guess, and the list renders', async () => {
    settings('- {{title}} ({{year}}){{#cod}} [code]({{cod}}){{/cod}}');
    const r = await ws.run(['validate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: .github/paperlist.yml:5:9: layout.item: "cod": no entry the template is filled with has this field, so it shows nothing yet; did you mean "code"? (check the spelling, or give an entry that field)\n',
    );
    expect((await ws.run(['render', '--time', '2024-01-01T00:00:00Z'])).code).toBe(0);
  });

  test('a numbered field of a kind the entries have (note-4 beside note-2) is no typo: a warning', async () => {
    settings('- {{title}} ({{year}}) {{code-4}}');
    const r = await ws.run(['validate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: .github/paperlist.yml:5:9: layout.item: "code-4": no entry the template is filled with has this field, so it shows nothing yet; did you mean "code"? (check the spelling, or give an entry that field)\n',
    );
  });

  test('a part shown when an entry has a link ({{#link:X}}) names a link, not a field: no warning', async () => {
    settings(
      '- {{title}}{{#link:code}} [code]({{link:code}}){{/link:code}}{{#repo:src}} {{repo:src}}{{/repo:src}}',
    );
    ws.write(
      'data.yaml',
      ws
        .read('data.yaml')
        .replace(
          '      code: "https://example.org/further"\n',
          '      links:\n        code: "https://github.com/example/further"\n',
        ),
    );
    const r = await ws.run(['validate']);
    expect(r).toEqual({
      code: 0,
      stdout: 'data.yaml: 3 entries in 2 sections, 3 papers\n',
      stderr: '',
    });
    // A field of that name is still checked: a condition on a field is not a link's.
    settings('- {{title}}{{#cod}} [code]({{link:code}}){{/cod}}');
    expect((await ws.run(['validate'])).stderr).toContain('"cod": no entry the template');
  });

  test('a field no entry has yet, close to none: a warning, and the list still renders', async () => {
    settings('- {{title}}{{#authors}}, {{authors}}{{/authors}}');
    const r = await ws.run(['validate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: .github/paperlist.yml:5:9: layout.item: "authors": no entry the template is filled with has this field, so it shows nothing yet (check the spelling, or give an entry that field)\n',
    );
    expect((await ws.run(['render', '--time', '2024-01-01T00:00:00Z'])).code).toBe(0);
  });

  test("an entry's own template (shape) that does not parse: the data file's line", async () => {
    settings('- {{title}}');
    ws.write(
      'data.yaml',
      ws
        .read('data.yaml')
        .replace(
          '      year: "2023"\n',
          '      year: "2023"\n      shape: "* {{title}} {{#year}}({{year}})"\n',
        ),
    );
    const r = await ws.run(['validate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'data.yaml:9:14: Vision[1].shape: the template does not parse: "{{#year}}" is not closed (add {{/name}} where the optional part ends)\n',
    );
  });

  test("an entry's own template naming a field its section's entries lack", async () => {
    settings('- {{title}}');
    ws.write(
      'data.yaml',
      ws
        .read('data.yaml')
        .replace(
          '      year: "2022"\n',
          '      year: "2022"\n      shape: "* {{title}} ({{yaer}})"\n',
        ),
    );
    const r = await ws.run(['validate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'data.yaml:14:14: Audio[0].shape: "yaer": no entry the template is filled with has this field; did you mean "year"? (write {{year}} in the template, or give the entries a "yaer" field)\n',
    );
  });

  test("in the built-in tables too: an entry's own template is checked, by render as by validate", async () => {
    ws.write('.github/paperlist.yml', 'sort: []\nstamp: false\n');
    ws.write(
      'data.yaml',
      ws
        .read('data.yaml')
        .replace(
          '      year: "2022"\n',
          '      year: "2022"\n      shape: "| {{title}} | {{yaer}} |"\n',
        ),
    );
    const expected =
      'data.yaml:14:14: Audio[0].shape: "yaer": no entry the template is filled with has this field; did you mean "year"? (write {{year}} in the template, or give the entries a "yaer" field)\n';
    for (const args of [['validate'], ['render', '--check']]) {
      const r = await ws.run(args);
      expect(r, args.join(' ')).toEqual({ code: 1, stdout: '', stderr: expected });
    }
    ws.write('data.yaml', ws.read('data.yaml').replace('{{yaer}} |', '{{year}'));
    const broken = await ws.run(['render', '--check']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /^data\.yaml:14:14: Audio\[0\]\.shape: the template does not parse/,
    );
  });
});
