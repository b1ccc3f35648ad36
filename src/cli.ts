#!/usr/bin/env node
// The `paperlist` command's entry; everything else lives in ./cli.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
