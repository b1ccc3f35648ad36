#!/usr/bin/env node
// The `paperlist` command's entry; everything else lives in ./cli. It turns Node's compile cache on
// first (Node 22.1 and later; it does nothing on older versions, or when NODE_DISABLE_COMPILE_CACHE
// is set), then loads the CLI: the code of the bundle that a run compiles is kept on disk (in
// NODE_COMPILE_CACHE, else a folder of the system's temporary folder) and reused by the next runs.
import * as nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./cli/main.js');

process.exitCode = await main(process.argv.slice(2));
