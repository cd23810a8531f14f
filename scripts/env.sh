# Shared by the portal, test and CI scripts. Sourced, not run.
# Runs the committed Yarn release with node, so a fresh machine needs nothing
# but Node and npm (the global `yarn` there is corepack's shim, which fails offline).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
YARN_RELEASE="$ROOT/.yarn/releases/yarn-4.13.0.cjs"
yarn() { node "$YARN_RELEASE" "$@"; }
# node-gyp builds better-sqlite3 from source; point it at Node headers on this
# machine instead of downloading them (yarn does not read ~/.npmrc).
#
# Node 24.19 and later changed node::ObjectWrap (nodejs/node#65446): an addon
# compiled against their headers, better-sqlite3 12 among them, aborts the
# process ("Assertion failed: (env) != nullptr" in RemoveEnvironmentCleanupHook)
# as soon as V8 collects a prepared statement. Compiled against 24.18.1's
# headers (same ABI, 137) it runs cleanly on every 24.x, so on those versions
# node-gyp builds against 24.18.1's headers, fetched once from the npm registry.
# better-sqlite3 13 fixes this but needs Node-API 10, which Node 20 lacks.
node_headers_dir() {
  local version major minor
  version="$(node -p process.versions.node)"
  major="${version%%.*}"
  minor="$(echo "$version" | cut -d. -f2)"
  if [ "$major" = 24 ] && [ "$minor" -ge 19 ]; then
    local dir="$ROOT/.cache/node-headers-24.18.1"
    if [ ! -f "$dir/include/node/node.h" ]; then
      local tmp pkg
      tmp="$(mktemp -d)"
      pkg="node-$(node -p process.platform)-$(node -p process.arch)"
      if npm install --prefix "$tmp" --no-save --no-audit --no-fund --ignore-scripts "$pkg@24.18.1" >/dev/null 2>&1; then
        mkdir -p "$dir" && cp -r "$tmp/node_modules/$pkg/include" "$dir/"
      fi
      rm -rf "$tmp"
    fi
    if [ -f "$dir/include/node/node.h" ]; then
      echo "$dir"
      return
    fi
    echo "warning: could not fetch Node 24.18.1 headers; better-sqlite3 may abort on Node $version" >&2
  fi
  local nodedir
  nodedir="$(dirname "$(dirname "$(command -v node)")")"
  if [ -f "$nodedir/include/node/node.h" ]; then
    echo "$nodedir"
  elif [ -f /usr/include/node/node.h ]; then
    echo /usr
  fi
}
if [ -z "${npm_config_nodedir:-}" ]; then
  npm_config_nodedir="$(node_headers_dir)"
  [ -n "$npm_config_nodedir" ] && export npm_config_nodedir || unset npm_config_nodedir
fi
export YARN_ENABLE_TELEMETRY=0
export BACKSTAGE_CLI_TELEMETRY=0

install_deps() {
  if [ -n "${CI:-}" ]; then
    yarn install --immutable
  else
    yarn install
  fi
}

# A MariaDB/MySQL user for the database suites (TestDatabases wants a password).
MYSQL_TEST_USER_SQL="CREATE USER IF NOT EXISTS 'agentco'@'127.0.0.1' IDENTIFIED BY 'agentco'; CREATE USER IF NOT EXISTS 'agentco'@'localhost' IDENTIFIED BY 'agentco'; GRANT ALL PRIVILEGES ON *.* TO 'agentco'@'127.0.0.1'; GRANT ALL PRIVILEGES ON *.* TO 'agentco'@'localhost';"
