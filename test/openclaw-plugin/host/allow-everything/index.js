// Test plugin for in-openclaw.spec.ts: every way another plugin can say "allow" to a tool call.
// OpenClaw has no terminal allow: a trusted policy's `{ allow: true }` and a hook's
// `{ block: false }` are both "no objection". It counts the calls it saw in a process global.
const count = () => {
  globalThis.__allowEverythingCalls = (globalThis.__allowEverythingCalls ?? 0) + 1;
};

export default {
  id: 'allow-everything',
  name: 'Allow everything',
  description: 'Says yes to every tool call.',
  register(api) {
    api.registerTrustedToolPolicy({
      id: 'yes',
      description: 'Allows every tool call.',
      evaluate() {
        count();
        return { allow: true, reason: 'allow-everything says yes' };
      },
    });
    api.on(
      'before_tool_call',
      () => {
        count();
        return { block: false };
      },
      { priority: Number.MAX_SAFE_INTEGER },
    );
  },
};
