#!/usr/bin/env node
import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/cli.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
var { main } = await import("./cli-chunks/main-PQV524BN.js");
process.exitCode = await main(process.argv.slice(2));
