import { describe, expect, it } from 'vitest';
import { sandboxFamily } from '../../../src/engine/families/sandbox.js';
import { evidenceOf, findingsOf, summaries } from './posture-test-input.js';

const DEFAULTS = 'oc://openclaw.config/agents/defaults/sandbox';
const AGENTS = 'oc://openclaw.config/agents/entries';

type Entry = Record<string, unknown> & { id: string; source: string };

describe('sandboxPosture evidence (SPEC-2026.9 §7.6)', () => {
  it('reports the defaults of an unconfigured sandbox for the defaults and each agent', () => {
    expect(evidenceOf(sandboxFamily, { agents: { entries: { main: {} } } })).toEqual([
      {
        id: 'agents-defaults-backend',
        kind: 'backend',
        source: `${DEFAULTS}/backend`,
        scope: 'defaults',
        value: 'docker',
        explicit: false,
      },
      {
        id: 'agents-defaults-docker-apparmor-profile',
        kind: 'containerSecurityProfile',
        source: `${DEFAULTS}/docker/apparmorProfile`,
        scope: 'defaults',
        profile: 'apparmor',
        explicit: false,
      },
      {
        id: 'agents-defaults-docker-network',
        kind: 'containerNetwork',
        source: `${DEFAULTS}/docker/network`,
        scope: 'defaults',
        value: 'none',
        networkSurface: 'docker',
        explicit: false,
      },
      {
        id: 'agents-defaults-docker-seccomp-profile',
        kind: 'containerSecurityProfile',
        source: `${DEFAULTS}/docker/seccompProfile`,
        scope: 'defaults',
        profile: 'seccomp',
        explicit: false,
      },
      {
        id: 'agents-defaults-mode',
        kind: 'mode',
        source: `${DEFAULTS}/mode`,
        scope: 'defaults',
        value: 'off',
        explicit: false,
      },
      {
        id: 'main-backend',
        kind: 'backend',
        source: `${AGENTS}/main/sandbox/backend`,
        scope: 'agent',
        agentId: 'main',
        value: 'docker',
        explicit: false,
      },
      {
        id: 'main-docker-apparmor-profile',
        kind: 'containerSecurityProfile',
        source: `${AGENTS}/main/sandbox/docker/apparmorProfile`,
        scope: 'agent',
        agentId: 'main',
        profile: 'apparmor',
        explicit: false,
      },
      {
        id: 'main-docker-network',
        kind: 'containerNetwork',
        source: `${AGENTS}/main/sandbox/docker/network`,
        scope: 'agent',
        agentId: 'main',
        value: 'none',
        networkSurface: 'docker',
        explicit: false,
      },
      {
        id: 'main-docker-seccomp-profile',
        kind: 'containerSecurityProfile',
        source: `${AGENTS}/main/sandbox/docker/seccompProfile`,
        scope: 'agent',
        agentId: 'main',
        profile: 'seccomp',
        explicit: false,
      },
      {
        id: 'main-mode',
        kind: 'mode',
        source: `${AGENTS}/main/sandbox/mode`,
        scope: 'agent',
        agentId: 'main',
        value: 'off',
        explicit: false,
      },
    ]);
  });

  it('splits binds like OpenClaw and keeps an unparseable bind host as an undefined key', () => {
    const config = {
      agents: {
        defaults: {
          sandbox: { docker: { binds: ['/nocolon', 'C:\\data:D:\\in:Z, RO ', '/run/docker.sock:/s', ' '] } },
        },
      },
    };
    const mounts = evidenceOf(sandboxFamily, config).filter(
      (e) => (e as Entry).kind === 'containerMount',
    ) as Entry[];
    expect(mounts.map(({ id, bind, bindHost, bindMode }) => ({ id, bind, bindHost, bindMode }))).toEqual([
      { id: 'agents-defaults-docker-bind-0', bind: '/nocolon', bindHost: undefined, bindMode: 'rw' },
      {
        id: 'agents-defaults-docker-bind-1',
        bind: 'C:\\data:D:\\in:Z, RO ',
        bindHost: 'C:\\data',
        bindMode: 'ro',
      },
      {
        id: 'agents-defaults-docker-bind-2',
        bind: '/run/docker.sock:/s',
        bindHost: '/run/docker.sock',
        bindMode: 'rw',
      },
    ]);
    // The release's canonical JSON writes `"bindHost":undefined`, so the key must exist.
    expect(Object.keys(mounts[0]!)).toEqual([
      'id',
      'kind',
      'source',
      'scope',
      'bind',
      'bindHost',
      'bindMode',
      'bindSurface',
      'explicit',
    ]);
  });

  it('numbers inherited binds first and cites each list at its own source', () => {
    const config = {
      agents: {
        defaults: { sandbox: { docker: { binds: ['/a:/a'] } } },
        entries: { ops: { sandbox: { docker: { binds: ['/b:/b:ro'] } } } },
      },
    };
    const ops = evidenceOf(sandboxFamily, config).filter((e) =>
      (e as Entry).id.startsWith('ops-docker-bind'),
    ) as Entry[];
    expect(ops.map((e) => `${e.id} ${e.source} ${e.bindMode}`)).toEqual([
      // Sorted by source: `…/agents/defaults/…` before `…/agents/entries/…`.
      `ops-docker-bind-0 ${DEFAULTS}/docker/binds/#0 rw`,
      `ops-docker-bind-1 ${AGENTS}/ops/sandbox/docker/binds/#0 ro`,
    ]);
  });

  it('skips container posture for other backends and reports their docker binds as browser binds', () => {
    const config = {
      agents: {
        defaults: { sandbox: { backend: ' SSH ', docker: { binds: ['/d:/d'] }, browser: { enabled: true } } },
      },
    };
    expect((evidenceOf(sandboxFamily, config) as Entry[]).map((e) => `${e.id} ${e.source}`)).toEqual([
      `agents-defaults-backend ${DEFAULTS}/backend`,
      `agents-defaults-browser-cdp-source-range ${DEFAULTS}/browser/cdpSourceRange`,
      `agents-defaults-browser-network ${DEFAULTS}/browser/network`,
      `agents-defaults-browser-bind-0 ${DEFAULTS}/docker/binds/#0`,
      `agents-defaults-mode ${DEFAULTS}/mode`,
    ]);
    expect(evidenceOf(sandboxFamily, config)[0]).toMatchObject({ value: 'ssh', explicit: true });
  });

  it('reports a disabled browser once, and an enabled one with range, network and binds', () => {
    const config = {
      agents: {
        defaults: {
          sandbox: { browser: { enabled: true, cdpSourceRange: ' 10.0.0.0/8 ', binds: ['/b:/b'] } },
        },
        entries: {
          off: { sandbox: { browser: { enabled: false } } },
          blank: { sandbox: { browser: { cdpSourceRange: ' ', network: 'web' } } },
        },
      },
    };
    const browser = (evidenceOf(sandboxFamily, config) as Entry[]).filter((e) => e.id.includes('browser'));
    expect(browser).toEqual([
      {
        id: 'agents-defaults-browser-bind-0',
        kind: 'containerMount',
        source: `${DEFAULTS}/browser/binds/#0`,
        scope: 'defaults',
        bind: '/b:/b',
        bindHost: '/b',
        bindMode: 'rw',
        bindSurface: 'browser',
        explicit: true,
      },
      {
        id: 'blank-browser-bind-0',
        kind: 'containerMount',
        source: `${DEFAULTS}/browser/binds/#0`,
        scope: 'agent',
        agentId: 'blank',
        bind: '/b:/b',
        bindHost: '/b',
        bindMode: 'rw',
        bindSurface: 'browser',
        explicit: true,
      },
      {
        id: 'agents-defaults-browser-cdp-source-range',
        kind: 'browserCdpSourceRange',
        source: `${DEFAULTS}/browser/cdpSourceRange`,
        scope: 'defaults',
        value: '10.0.0.0/8',
        explicit: true,
      },
      {
        id: 'agents-defaults-browser-network',
        kind: 'containerNetwork',
        source: `${DEFAULTS}/browser/network`,
        scope: 'defaults',
        value: 'openclaw-sandbox-browser',
        networkSurface: 'browser',
        explicit: false,
      },
      {
        id: 'blank-browser-cdp-source-range',
        kind: 'browserCdpSourceRange',
        source: `${AGENTS}/blank/sandbox/browser/cdpSourceRange`,
        scope: 'agent',
        agentId: 'blank',
        explicit: false,
      },
      {
        id: 'blank-browser-network',
        kind: 'containerNetwork',
        source: `${AGENTS}/blank/sandbox/browser/network`,
        scope: 'agent',
        agentId: 'blank',
        value: 'web',
        networkSurface: 'browser',
        explicit: true,
      },
      {
        id: 'off-browser-cdp-source-range',
        kind: 'browserCdpSourceRange',
        source: `${AGENTS}/off/sandbox/browser/enabled`,
        scope: 'agent',
        agentId: 'off',
        value: false,
        explicit: true,
      },
    ]);
  });

  it('ignores an agent’s own docker and browser settings under a shared sandbox scope', () => {
    const config = {
      agents: {
        defaults: { sandbox: { scope: 'shared', docker: { network: 'bridge' } } },
        entries: {
          ops: { sandbox: { docker: { network: 'none', binds: ['/x:/x'] }, browser: { enabled: true } } },
          own: { sandbox: { scope: 'agent', docker: { network: 'none' } } },
        },
      },
    };
    const networks = (evidenceOf(sandboxFamily, config) as Entry[]).filter(
      (e) => e.kind === 'containerNetwork',
    );
    expect(networks.map((e) => `${e.id}=${e.value} ${e.source}`)).toEqual([
      `agents-defaults-docker-network=bridge ${DEFAULTS}/docker/network`,
      `ops-docker-network=bridge ${DEFAULTS}/docker/network`,
      `own-docker-network=none ${AGENTS}/own/sandbox/docker/network`,
    ]);
  });
});

describe('sandboxPosture findings (SPEC-2026.9 §10.2)', () => {
  const config = {
    agents: {
      defaults: {
        sandbox: {
          mode: 'non-main',
          docker: {
            network: 'Host',
            seccompProfile: 'Unconfined',
            binds: ['/var/run/docker.sock:/sock:ro', '/data:/data'],
          },
          browser: { enabled: true },
        },
      },
      entries: { remote: { sandbox: { backend: 'ssh', mode: 'all', browser: { enabled: false } } } },
    },
  };
  const policy = {
    sandbox: {
      requireMode: ['all'],
      allowBackends: ['docker'],
      containers: {
        denyHostNetwork: true,
        denyContainerNamespaceJoin: true,
        requireReadOnlyMounts: true,
        denyContainerRuntimeSocketMounts: true,
        denyUnconfinedProfiles: true,
      },
      browser: { requireCdpSourceRange: true },
    },
  };

  it('runs the rules in the release order over every entry', () => {
    expect(summaries(findingsOf(sandboxFamily, config, policy))).toEqual([
      `policy/sandbox-mode-unapproved | default sandbox config uses unapproved sandbox mode 'non-main'. | ${DEFAULTS}/mode | oc://policy.jsonc/sandbox/requireMode`,
      `policy/sandbox-backend-unapproved | agent 'remote' uses unapproved sandbox backend 'ssh'. | ${AGENTS}/remote/sandbox/backend | oc://policy.jsonc/sandbox/allowBackends`,
      ...[
        'host network posture|denyHostNetwork',
        'container namespace posture|denyContainerNamespaceJoin',
        'container mount mode posture|requireReadOnlyMounts',
        'container runtime socket mount posture|denyContainerRuntimeSocketMounts',
        'container security profile posture|denyUnconfinedProfiles',
      ].map((rule) => {
        const [posture, key] = rule.split('|');
        return `policy/sandbox-container-posture-unobservable | agent 'remote' uses sandbox backend 'ssh', which cannot observe ${posture}. | ${AGENTS}/remote/sandbox/backend | oc://policy.jsonc/sandbox/containers/${key}`;
      }),
      `policy/sandbox-container-host-network-denied | default sandbox config uses host container network mode. | ${DEFAULTS}/docker/network | oc://policy.jsonc/sandbox/containers/denyHostNetwork`,
      `policy/sandbox-container-mount-mode-required | default sandbox config has container mount '/data:/data' with mode 'rw'. | ${DEFAULTS}/docker/binds/#1 | oc://policy.jsonc/sandbox/containers/requireReadOnlyMounts`,
      `policy/sandbox-container-runtime-socket-mount | default sandbox config binds host container runtime socket '/var/run/docker.sock'. | ${DEFAULTS}/docker/binds/#0 | oc://policy.jsonc/sandbox/containers/denyContainerRuntimeSocketMounts`,
      `policy/sandbox-container-unconfined-profile | default sandbox config sets container seccomp profile to unconfined. | ${DEFAULTS}/docker/seccompProfile | oc://policy.jsonc/sandbox/containers/denyUnconfinedProfiles`,
      `policy/sandbox-browser-cdp-source-range-missing | default sandbox config enables sandbox browser without cdpSourceRange. | ${DEFAULTS}/browser/cdpSourceRange | oc://policy.jsonc/sandbox/browser/requireCdpSourceRange`,
    ]);
  });

  it('judges a scoped agent on its own entries and the defaults that reach it', () => {
    const scoped = { scopes: { 'remote ops': { agentIds: ['remote', 'ghost'], ...policy } } };
    const findings = findingsOf(sandboxFamily, config, scoped);
    const remote = findings.filter((f) => f.message.startsWith("agent 'remote'"));
    const defaults = findings.filter((f) => f.message.startsWith('default sandbox config'));
    // remote: its backend cannot observe containers and its browser is off, so no defaults
    // container or browser entries reach it; `ghost` is judged on the defaults.
    expect(remote.map((f) => f.checkId)).toEqual([
      'policy/sandbox-backend-unapproved',
      ...Array(5).fill('policy/sandbox-container-posture-unobservable'),
    ]);
    expect(defaults.map((f) => f.checkId)).toEqual([
      'policy/sandbox-mode-unapproved',
      'policy/sandbox-container-host-network-denied',
      'policy/sandbox-container-mount-mode-required',
      'policy/sandbox-container-runtime-socket-mount',
      'policy/sandbox-container-unconfined-profile',
      'policy/sandbox-browser-cdp-source-range-missing',
    ]);
    expect(defaults[0]!.requirement).toBe('oc://policy.jsonc/scopes/"remote ops"/sandbox/requireMode');
  });

  it('skips an invalid top-level sandbox section but still judges valid scopes', () => {
    const mixed = {
      sandbox: { requireMode: ['ALL'] },
      scopes: { ops: { agentIds: ['remote'], sandbox: { allowBackends: ['docker'] } } },
    };
    expect(findingsOf(sandboxFamily, config, mixed).map((f) => f.requirement)).toEqual([
      'oc://policy.jsonc/scopes/ops/sandbox/allowBackends',
    ]);
  });
});
