#!/usr/bin/env bash
# Installs everything, builds the app and starts the portal on the embedded
# SQLite database: http://localhost:7007 (sign in as guest, then "Agent Coordination").
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
install_deps
node scripts/build-app.mjs
cd packages/backend
exec node "$YARN_RELEASE" start "$@"
