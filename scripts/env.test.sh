#!/usr/bin/env bash
# Checks scripts/env.sh: npm's network settings reach Yarn, and a registry
# whose TLS certificate Yarn cannot verify stops the install in seconds with
# one message. Talks to localhost only: the "registry" is a local HTTPS server
# with a self-signed certificate, as a TLS-inspecting proxy presents.
# Run: bash scripts/env.test.sh (npm test runs it).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TMP="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

passed=0
failed=0
check() {
  local name="$1" expected="$2" actual="$3"
  if [ "$expected" = "$actual" ]; then
    passed=$((passed + 1))
    echo "  ✓ $name"
  else
    failed=$((failed + 1))
    echo "  ✕ $name: expected '$expected', got '$actual'"
  fi
}

# A shell that sees only the given npm config: no npm_config_* from an
# enclosing `npm run`, no YARN_* network settings, no machine-wide npmrc.
clean_env() {
  local keep=()
  while IFS='=' read -r name _; do
    case "$name" in
      npm_config_* | NPM_CONFIG_* | YARN_HTTPS_CA_FILE_PATH | YARN_HTTP_PROXY | YARN_HTTPS_PROXY | YARN_ENABLE_STRICT_SSL | NODE_EXTRA_CA_CERTS) keep+=(-u "$name") ;;
    esac
  done < <(env)
  env "${keep[@]}" NPM_CONFIG_GLOBALCONFIG="$TMP/global-npmrc" NPM_CONFIG_USERCONFIG="$TMP/npmrc" "$@"
}
: >"$TMP/global-npmrc"

echo "::: env.sh carries npm's network settings over to Yarn"
mkdir -p "$TMP/certs"
echo "fake" >"$TMP/certs/company-ca.pem"
cat >"$TMP/npmrc" <<EOF
cafile=$TMP/certs/company-ca.pem
proxy=http://proxy.example.test:3128/
https-proxy=http://secure-proxy.example.test:3129/
strict-ssl=false
EOF
show='source "$1/scripts/env.sh"; echo "ca=${YARN_HTTPS_CA_FILE_PATH:-}"; echo "http=${YARN_HTTP_PROXY:-}"; echo "https=${YARN_HTTPS_PROXY:-}"; echo "strict=${YARN_ENABLE_STRICT_SSL:-}"; echo "node=${NODE_EXTRA_CA_CERTS:-}"'
out="$(cd "$TMP" && clean_env bash -c "$show" _ "$ROOT")"
field() { printf '%s\n' "$out" | sed -n "s/^$1=//p"; }
check "cafile -> YARN_HTTPS_CA_FILE_PATH" "$TMP/certs/company-ca.pem" "$(field ca)"
check "cafile -> NODE_EXTRA_CA_CERTS" "$TMP/certs/company-ca.pem" "$(field node)"
check "https-proxy -> YARN_HTTPS_PROXY" "http://secure-proxy.example.test:3129/" "$(field https)"
check "https-proxy -> YARN_HTTP_PROXY (npm uses it for every request)" "http://secure-proxy.example.test:3129/" "$(field http)"
check "strict-ssl=false -> YARN_ENABLE_STRICT_SSL=false" "false" "$(field strict)"

cat >"$TMP/npmrc" <<EOF
cafile=certs/company-ca.pem
proxy=http://proxy.example.test:3128/
EOF
out="$(cd "$TMP" && clean_env bash -c "$show" _ "$ROOT")"
check "a relative cafile becomes absolute" "$TMP/certs/company-ca.pem" "$(field ca)"
check "proxy alone serves https too" "http://proxy.example.test:3128/" "$(field https)"
check "strict-ssl left alone" "" "$(field strict)"

out="$(cd "$TMP" && clean_env YARN_HTTPS_PROXY=http://mine.test:1/ bash -c "$show" _ "$ROOT")"
check "the caller's own YARN_HTTPS_PROXY wins" "http://mine.test:1/" "$(field https)"

: >"$TMP/npmrc"
out="$(cd "$TMP" && clean_env bash -c "$show" _ "$ROOT")"
check "no npm settings, no Yarn settings" "||" "$(field ca)|$(field https)|$(field strict)"

echo "::: the registry preflight fails fast on a certificate Yarn cannot verify"
if ! command -v openssl >/dev/null; then
  echo "  - skipped: no openssl to make a self-signed certificate"
else
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost -keyout "$TMP/key.pem" -out "$TMP/cert.pem" 2>/dev/null
  # A registry that knows one package, enough for `yarn npm info`.
  node -e '
    const fs = require("fs");
    const server = require("https").createServer(
      { key: fs.readFileSync(process.argv[1]), cert: fs.readFileSync(process.argv[2]) },
      (req, res) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ name: "react", "dist-tags": { latest: "18.3.1" },
          versions: { "18.3.1": { name: "react", version: "18.3.1" } } }));
      });
    server.listen(0, "127.0.0.1", () => fs.writeFileSync(process.argv[3], String(server.address().port)));
  ' "$TMP/key.pem" "$TMP/cert.pem" "$TMP/port" &
  SERVER_PID=$!
  for _ in $(seq 50); do [ -s "$TMP/port" ] && break; sleep 0.1; done
  REGISTRY="https://localhost:$(cat "$TMP/port")"
  preflight='source "$1/scripts/env.sh"; registry_preflight'

  : >"$TMP/npmrc"
  started=$(date +%s)
  out="$(cd "$ROOT" && clean_env YARN_NPM_REGISTRY_SERVER="$REGISTRY" bash -c "$preflight" _ "$ROOT" 2>&1)"
  status=$?
  elapsed=$(($(date +%s) - started))
  check "an unknown CA fails the preflight" "1" "$status"
  check "it says why, once" "1" "$(printf '%s\n' "$out" | grep -c 'cannot verify the TLS certificate')"
  check "it names the certificate problem" "yes" "$(printf '%s\n' "$out" | grep -qi 'self[- ]signed certificate' && echo yes || echo "no: $out")"
  check "it says how to fix it" "yes" "$(printf '%s\n' "$out" | grep -q 'npm config set cafile' && echo yes || echo no)"
  check "it takes seconds, not minutes (${elapsed}s)" "yes" "$([ "$elapsed" -lt 30 ] && echo yes || echo no)"

  echo "cafile=$TMP/cert.pem" >"$TMP/npmrc"
  out="$(cd "$ROOT" && clean_env YARN_NPM_REGISTRY_SERVER="$REGISTRY" bash -c "$preflight" _ "$ROOT" 2>&1)"
  check "npm's cafile naming that CA lets it through" "0" "$?${out:+ ($out)}"

  echo "strict-ssl=false" >"$TMP/npmrc"
  out="$(cd "$ROOT" && clean_env YARN_NPM_REGISTRY_SERVER="$REGISTRY" bash -c "$preflight" _ "$ROOT" 2>&1)"
  check "so does npm's strict-ssl=false" "0" "$?${out:+ ($out)}"

  : >"$TMP/npmrc"
  out="$(cd "$ROOT" && clean_env YARN_NPM_REGISTRY_SERVER="https://localhost:1" bash -c "$preflight" _ "$ROOT" 2>&1)"
  check "an unreachable registry only notes it (the cache may do)" "0" "$?"
  check "and says so" "yes" "$(printf '%s\n' "$out" | grep -q '^note: could not reach' && echo yes || echo "no: $out")"
fi

echo "env.sh: $passed passed, $failed failed"
[ "$failed" = 0 ]
