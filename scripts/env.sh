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

# Behind a TLS-inspecting or authenticating proxy, npm works because the
# machine's npm config names the proxy and the company's CA; Yarn reads none of
# npm's config, so without this it fails every download with "self-signed
# certificate in certificate chain". Each setting is carried over only when
# the caller has not set Yarn's own variable. npm sends https requests through
# `https-proxy`, falling back to `proxy` (npm-registry-fetch), and so does this.
carry_npm_network_settings() {
  command -v npm >/dev/null || return 0
  local key value cafile="" proxy="" https_proxy="" strict_ssl=""
  # One npm call: it reads the user and global npmrc and npm_config_* variables.
  while IFS='=' read -r key value; do
    case "$value" in "" | null | undefined) continue ;; esac
    case "$key" in
      cafile) cafile="$value" ;;
      proxy) proxy="$value" ;;
      https-proxy) https_proxy="$value" ;;
      strict-ssl) strict_ssl="$value" ;;
    esac
  done < <(npm config get cafile proxy https-proxy strict-ssl 2>/dev/null)
  if [ -n "$cafile" ] && [ -z "${YARN_HTTPS_CA_FILE_PATH:-}" ]; then
    if [ -f "$cafile" ]; then
      # Yarn wants an absolute path; npm accepts a relative one.
      YARN_HTTPS_CA_FILE_PATH="$(cd "$(dirname "$cafile")" && pwd)/$(basename "$cafile")"
      export YARN_HTTPS_CA_FILE_PATH
      # Node itself (better-sqlite3's prebuilt download, the e2e portal) too.
      [ -n "${NODE_EXTRA_CA_CERTS:-}" ] || export NODE_EXTRA_CA_CERTS="$YARN_HTTPS_CA_FILE_PATH"
    else
      echo "warning: npm's cafile $cafile does not exist; Yarn uses its default CAs" >&2
    fi
  fi
  local via="${https_proxy:-$proxy}"
  if [ -n "$via" ]; then
    [ -n "${YARN_HTTPS_PROXY:-}" ] || export YARN_HTTPS_PROXY="$via"
    [ -n "${YARN_HTTP_PROXY:-}" ] || export YARN_HTTP_PROXY="$via"
  fi
  if [ "$strict_ssl" = false ] && [ -z "${YARN_ENABLE_STRICT_SSL:-}" ]; then
    export YARN_ENABLE_STRICT_SSL=false
  fi
}
carry_npm_network_settings

# One request to the registry, with the settings the install will use and no
# retries, before the install: when TLS or the proxy refuse it, every one of
# the ~3000 downloads would fail the same way, each retried, for minutes and
# with a stack trace apiece. Other failures (offline, registry down) do not
# stop the install: Yarn's cache may hold everything it needs.
registry_preflight() {
  [ "${AGENT_COORDINATION_SKIP_PREFLIGHT:-}" = 1 ] && return 0
  local out reason registry
  if out="$(YARN_HTTP_RETRY=0 YARN_HTTP_TIMEOUT="${YARN_PREFLIGHT_TIMEOUT:-20000}" \
    yarn npm info react --fields name --json 2>&1)"; then
    return 0
  fi
  registry="$(yarn config get npmRegistryServer 2>/dev/null || echo 'the npm registry')"
  # A proxy URL may hold credentials; the message shows where, not who.
  local proxy_shown
  proxy_shown="$(printf '%s' "${YARN_HTTPS_PROXY:-unset}" | sed -E 's#//[^/@]*@#//***@#')"
  reason="$(printf '%s\n' "$out" | grep -oiE "self[- ]signed certificate[a-z ]*|unable to (get|verify)[a-z ]*certificate[a-z ]*|certificate has expired|certificate is not yet valid|Hostname/IP does not match certificate's altnames|(ERR_TLS|CERT|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO)_[A-Z_]+" | head -n 1 || true)"
  if [ -n "$reason" ]; then
    cat >&2 <<MSG
error: Yarn cannot verify the TLS certificate of $registry ($reason).
  A TLS-inspecting proxy or a private registry signs with a CA Node does not know. Name that CA
  for npm, and these scripts pass it on to Yarn:
    npm config set cafile /path/to/company-ca.pem      (or export YARN_HTTPS_CA_FILE_PATH=...)
  A proxy goes the same way (npm config set https-proxy http://proxy:8080, or YARN_HTTPS_PROXY).
  Settings now: YARN_HTTPS_CA_FILE_PATH=${YARN_HTTPS_CA_FILE_PATH:-unset} YARN_HTTPS_PROXY=$proxy_shown YARN_ENABLE_STRICT_SSL=${YARN_ENABLE_STRICT_SSL:-true}
MSG
    return 1
  fi
  if printf '%s\n' "$out" | grep -qE '\b407\b|Proxy Authentication Required'; then
    echo "error: the proxy $proxy_shown refuses Yarn (407 Proxy Authentication Required); put the credentials in npm's https-proxy URL or in YARN_HTTPS_PROXY" >&2
    return 1
  fi
  echo "note: could not reach $registry ($(printf '%s\n' "$out" | grep -m1 -oE '(Request|HTTP)Error: .*' || echo 'no answer')); installing from Yarn's cache" >&2
  return 0
}

install_deps() {
  registry_preflight || return 1
  local flag=""
  [ -n "${CI:-}" ] && flag=--immutable
  # shellcheck disable=SC2086 # no flag must be no argument
  yarn install $flag 2>&1 | node "$ROOT/scripts/quiet-install.mjs"
  return "${PIPESTATUS[0]}"
}

# A MariaDB/MySQL user for the database suites (TestDatabases wants a password).
MYSQL_TEST_USER_SQL="CREATE USER IF NOT EXISTS 'agentco'@'127.0.0.1' IDENTIFIED BY 'agentco'; CREATE USER IF NOT EXISTS 'agentco'@'localhost' IDENTIFIED BY 'agentco'; GRANT ALL PRIVILEGES ON *.* TO 'agentco'@'127.0.0.1'; GRANT ALL PRIVILEGES ON *.* TO 'agentco'@'localhost';"
