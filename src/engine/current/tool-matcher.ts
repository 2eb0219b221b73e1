// OpenClaw's tool deny matching as the 2026.9.6 policy plugin uses it (`toolListCoversTool`,
// `expandPolicyToolRequirement`; SPEC-2026.9 §7.3, §10.2): tool names are trimmed, lowercased and
// folded through the aliases, `group:<section>` entries expand to the core tool catalog, and `*`
// in an entry is a glob. Data read from the release's `tool-policy-shared` and `tool-catalog`.

/** Names OpenClaw folds before matching (`TOOL_NAME_ALIASES`). */
const TOOL_NAME_ALIASES: ReadonlyMap<string, string> = new Map([
  ['bash', 'exec'],
  ['apply-patch', 'apply_patch'],
  ['cron', 'automations'],
]);

const SESSION_TOOLS = [
  'sessions',
  'sessions_list',
  'sessions_history',
  'sessions_search',
  'conversations_list',
  'conversations_send',
  'conversations_turn',
  'sessions_send',
  'sessions_spawn',
  'github_identity_status',
  'github_publish',
  'agents_wait',
  'sessions_yield',
  'subagents',
  'session_status',
  'suggest_task',
  'dismiss_task',
];
const AGENT_TOOLS = [
  'agents_list',
  'get_goal',
  'create_goal',
  'update_goal',
  'progress_card',
  'ask_user',
  'skill_workshop',
];
const MEDIA_TOOLS = ['view_image', 'image_generate', 'music_generate', 'video_generate', 'tts', 'pdf'];
const AUTOMATION_TOOLS = ['heartbeat_respond', 'automations', 'gateway', 'plugins', 'openclaw'];
const NODE_TOOLS = ['nodes', 'computer', 'mobile_ui'];

/** The core tool groups of 2026.9.6 (`CORE_TOOL_GROUPS`), each in catalog order. */
export const TOOL_GROUPS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  // Every catalog tool included in the OpenClaw group; `canvas` is the one tool left out.
  'group:openclaw': [
    'code_execution',
    'secrets',
    'web_search',
    'web_fetch',
    'x_search',
    'memory_search',
    'memory_get',
    ...SESSION_TOOLS,
    'browser',
    'screen',
    'theme',
    'dashboard',
    'terminal',
    'portal',
    'show_widget',
    'message',
    ...AUTOMATION_TOOLS,
    ...NODE_TOOLS,
    ...AGENT_TOOLS,
    ...MEDIA_TOOLS,
  ],
  'group:fs': ['ls', 'read', 'write', 'edit', 'apply_patch'],
  'group:runtime': ['exec', 'process', 'code_execution', 'secrets'],
  'group:web': ['web_search', 'web_fetch', 'x_search'],
  'group:memory': ['memory_search', 'memory_get'],
  'group:sessions': SESSION_TOOLS,
  'group:ui': ['browser', 'screen', 'theme', 'dashboard', 'terminal', 'portal', 'canvas', 'show_widget'],
  'group:messaging': ['message'],
  'group:automation': AUTOMATION_TOOLS,
  'group:nodes': NODE_TOOLS,
  'group:agents': AGENT_TOOLS,
  'group:media': MEDIA_TOOLS,
});

/** `normalizeToolPolicyName`: trimmed, lowercased, aliases folded; '' for blank input. */
export function normalizeToolPolicyName(name: string): string {
  const normalized = name.trim().toLowerCase();
  return TOOL_NAME_ALIASES.get(normalized) ?? normalized;
}

/** `expandToolGroups`: normalised names, groups replaced by their tools, first occurrence kept. */
export function expandToolGroups(list: readonly string[]): string[] {
  const expanded: string[] = [];
  for (const name of list) {
    const normalized = normalizeToolPolicyName(name);
    if (normalized === '') continue;
    const group = Object.hasOwn(TOOL_GROUPS, normalized) ? TOOL_GROUPS[normalized] : undefined;
    if (group !== undefined) expanded.push(...group);
    else expanded.push(normalized);
  }
  return [...new Set(expanded)];
}

type ToolPattern = { kind: 'all' } | { kind: 'exact'; value: string } | { kind: 'glob'; value: RegExp };

function toolPattern(entry: string): ToolPattern {
  if (entry === '*') return { kind: 'all' };
  if (!entry.includes('*')) return { kind: 'exact', value: entry };
  const escaped = entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('\\*', '.*');
  return { kind: 'glob', value: new RegExp(`^${escaped}$`) };
}

function patternMatches(pattern: ToolPattern, tool: string): boolean {
  if (pattern.kind === 'all') return true;
  if (pattern.kind === 'exact') return pattern.value === tool;
  return pattern.value.test(tool);
}

// Matchers by deny-list content: every agent of a large roster tends to carry the same list, and
// a matcher is a pure function of it. Bounded, like any cache of input-derived keys.
const matchers = new Map<string, (tool: string) => boolean>();
const MATCHERS_MAX = 1 << 12;

/** A predicate: whether a deny list (groups, globs, aliases) denies a tool. */
export function toolDenyMatcher(denyList: readonly string[]): (tool: string) => boolean {
  const key = JSON.stringify(denyList);
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    const patterns = expandToolGroups(denyList).map(toolPattern);
    matcher = (tool) => {
      const normalized = normalizeToolPolicyName(tool);
      return patterns.some((pattern) => patternMatches(pattern, normalized));
    };
    if (matchers.size >= MATCHERS_MAX) matchers.clear();
    matchers.set(key, matcher);
  }
  return matcher;
}

/** `toolListCoversTool`: whether `denyList` denies `tool`. */
export function toolListDenies(denyList: readonly string[], tool: string): boolean {
  return toolDenyMatcher(denyList)(tool);
}
