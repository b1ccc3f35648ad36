// The commands `paperlist` knows: each one's name, its line in `paperlist --help`, its help text, and
// how to load its code. The code is imported only when the command runs (a dynamic import, which the
// bundle turns into a chunk of its own), so help, the version and usage errors load no command, and a
// command loads none of the others' dependencies. Add a command by appending an entry here.
import type { Command } from './command.js';
import {
  addUsage,
  importUsage,
  initUsage,
  renderUsage,
  siteUsage,
  suggestUsage,
  validateUsage,
} from './usage.js';

export interface CatalogEntry {
  name: string;
  /** One line for the command list in `paperlist --help`. */
  summary: string;
  /** The full text of `paperlist <command> --help`. */
  usage: string;
  /** Imports the command's module. */
  load(): Promise<Command>;
}

export const COMMANDS: readonly CatalogEntry[] = [
  {
    name: 'render',
    summary: 'render the README from the data file (--check: only compare)',
    usage: renderUsage,
    load: async () => (await import('./commands/render.js')).renderCommand,
  },
  {
    name: 'import',
    summary: "print a data file read from an existing README's list",
    usage: importUsage,
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  {
    name: 'init',
    summary: 'adopt an existing list: data file, settings, markers, issue form and workflow',
    usage: initUsage,
    load: async () => (await import('./commands/init.js')).initCommand,
  },
  {
    name: 'validate',
    summary: 'check the data file and the settings',
    usage: validateUsage,
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  {
    name: 'suggest',
    summary: 'add a suggested paper (an issue form body) to the local files',
    usage: suggestUsage,
    load: async () => (await import('./commands/suggest.js')).suggestCommand,
  },
  {
    name: 'add',
    summary: 'add papers by their links, with metadata looked up',
    usage: addUsage,
    load: async () => (await import('./commands/add.js')).addCommand,
  },
  {
    name: 'site',
    summary: 'write the reader page, papers.bib and feed.xml into a folder',
    usage: siteUsage,
    load: async () => (await import('./commands/site.js')).siteCommand,
  },
];
