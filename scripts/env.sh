# Shared by the portal, test and CI scripts. Sourced, not run.
# Runs the committed Yarn release with node, so a fresh machine needs nothing
# but Node and npm (the global `yarn` there is corepack's shim, which fails offline).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
YARN_RELEASE="$ROOT/.yarn/releases/yarn-4.13.0.cjs"
yarn() { node "$YARN_RELEASE" "$@"; }
# node-gyp builds better-sqlite3 from source; point it at the local Node headers
# instead of downloading them (yarn does not read ~/.npmrc).
if [ -z "${npm_config_nodedir:-}" ]; then
  nodedir="$(dirname "$(dirname "$(command -v node)")")"
  if [ -f "$nodedir/include/node/node.h" ]; then
    export npm_config_nodedir="$nodedir"
  elif [ -f /usr/include/node/node.h ]; then
    export npm_config_nodedir=/usr
  fi
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
