#!/usr/bin/env node
import module from 'node:module';

// Keep V8's compiled code between runs (node >= 22.1; NODE_DISABLE_COMPILE_CACHE=1 turns it off),
// which saves most of the start-up time of every run after the first.
module.enableCompileCache?.();
const { main } = await import('../lib/cli/main.js');
const { processIo } = await import('../lib/cli/process-io.js');

process.exitCode = await main(process.argv.slice(2), processIo());
