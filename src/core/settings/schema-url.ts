// Where the JSON Schema of the settings file is published (the raw file in paperlist's repository at
// the v1 tag), and the first line of a settings file that names it, so that an editor running the
// YAML language server completes the keys and marks wrong values as they are typed.

export const SCHEMA_URL =
  'https://raw.githubusercontent.com/paperlist/paperlist/v1/schema/paperlist.schema.json';

/** The comment line the YAML language server reads: `# yaml-language-server: $schema=URL`. */
export const SCHEMA_COMMENT = `# yaml-language-server: $schema=${SCHEMA_URL}\n`;
