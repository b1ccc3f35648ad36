#!/usr/bin/env node
import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/cli.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
<<<<<<< HEAD
var { main } = await import("./cli-chunks/main-4IYLNH7V.js");
=======
var { main } = await import("./cli-chunks/main-YVM32KMH.js");
>>>>>>> 4f8fa0b (Rebuild dist)
process.exitCode = await main(process.argv.slice(2));
