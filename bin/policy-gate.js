#!/usr/bin/env node
import { main } from '../lib/cli/main.js';
import { processIo } from '../lib/cli/process-io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
