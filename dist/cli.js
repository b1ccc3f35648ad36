#!/usr/bin/env node
import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/cli/main.ts
async function main(_args) {
  console.error("paperlist: no command implemented yet");
  return 2;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2));
