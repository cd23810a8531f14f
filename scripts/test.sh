#!/usr/bin/env bash
# Runs every test: type check, lint, unit and database suites (SQLite always;
# PostgreSQL and MariaDB/MySQL when they answer on 127.0.0.1), then the
# end-to-end check in headless Chromium against the built portal.
# Prints one closing line: "tests: N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
install_deps || exit 1

# The end-to-end check drives Debian's Chromium; install it once on a fresh machine.
if [ "${SKIP_E2E:-}" != "1" ] && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "::: installing chromium (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ||
    echo "could not install chromium; the end-to-end check will fail"
fi

OUT="$ROOT/.test-output"
rm -rf "$OUT" && mkdir -p "$OUT"
export AGENT_COORDINATION_ENGINE_REPORT="$OUT/engines.txt"
export BACKSTAGE_TEST_DISABLE_DOCKER=1
# TestDatabases only runs an engine whose connection string is set; use the
# local servers when they answer, unless the caller chose already.
if [ -z "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ] &&
  node -e "require('net').connect(5432,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="postgresql://postgres@127.0.0.1:5432"
fi
if [ -z "${BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING:-}" ] &&
  node -e "require('net').connect(3306,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
  # TestDatabases needs a user with a password; the local root has none.
  if command -v mysql >/dev/null && mysql -h 127.0.0.1 -uroot -e "$MYSQL_TEST_USER_SQL" 2>/dev/null; then
    export BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING="mysql://agentco:agentco@127.0.0.1:3306/test"
  fi
fi

failed=0
step() {
  local name="$1"; shift
  echo "::: $name"
  if "$@"; then echo "::: $name: ok"; else echo "::: $name: FAILED"; failed=$((failed + 1)); fi
}

# What git sees before the tests; they must leave it as it is (issue 13).
tree_before="$(git status --porcelain 2>/dev/null)"

step "scripts (env.sh, log filters)" bash -c 'bash scripts/env.test.sh && node --test scripts/scripts.test.mjs'
step "generated API types match openapi.yaml" node scripts/generate-openapi.mjs --check
step "type check (tsc)" yarn tsc --noEmit
step "lint" yarn backstage-cli repo lint
step "unit and database tests" yarn backstage-cli repo test --no-watch --ci --json --outputFile="$OUT/jest.json"
# Real backends on PostgreSQL killed and restarted under keyed load, two replicas
# racing, signals across replicas, memory (test/reliability/run.mjs, about 2
# minutes; docs/reliability.md). Skipped without PostgreSQL, except under CI=true.
step "reliability (PostgreSQL)" node test/reliability/run.mjs
if [ "${SKIP_E2E:-}" != "1" ]; then
  step "end-to-end (Chromium)" node test/e2e/run.mjs
fi

step "the tests leave the work tree as they found it" \
  bash -c '[ "$(git status --porcelain 2>/dev/null)" = "$1" ] || { git status --short; false; }' _ "$tree_before"

node scripts/summarize-tests.mjs "$OUT" "$failed"
