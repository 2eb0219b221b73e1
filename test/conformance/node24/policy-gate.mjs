// policy-gate's CLI from the sources, for a node other than the one running the tests (node 24 has
// node:sqlite): node --experimental-transform-types --no-warnings policy-gate.mjs <args>
import { register } from 'node:module';

register(new URL('./ts-resolve-hook.mjs', import.meta.url));
const { main } = await import('../../../src/cli/main.ts');
const { processIo } = await import('../../../src/cli/process-io.ts');
process.exitCode = await main(process.argv.slice(2), processIo());
