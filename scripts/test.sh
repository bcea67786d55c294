#!/usr/bin/env bash
# Runs every test in the solution, then the benchmarks' smoke mode, and ends with the line
# "N passed, N failed" (the benchmark smoke run counts as one test; skipped tests are counted on the
# line before, and a skipped test is never counted as passed).
#
# The web tests need a real PostgreSQL server and a real Chromium. As root (CI, a fresh machine) this
# script installs the Debian packages when missing, starts PostgreSQL as the 'postgres' user on 127.0.0.1
# in a throwaway data directory, stops it at the end, and fails if either cannot be had. Without root
# and without the packages it says what is skipped, and those tests are reported as skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
pg_stop=""
cleanup() {
  if [ -n "$pg_stop" ]; then eval "$pg_stop" >/dev/null 2>&1 || true; fi
  rm -f "$log"
}
trap cleanup EXIT

is_root() { [ "$(id -u)" -eq 0 ]; }
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- PostgreSQL (recipe: shared/DEPENDENCIES.md) ---
start_postgres() {
  local port="${GOEN_PGPORT:-55432}" data="${GOEN_PGDATA:-/tmp/goen-test-pgdata-$(id -u)}"
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    is_root || return 1
    echo "Installing PostgreSQL (Debian package postgresql)…"
    apt_install postgresql || return 1
  fi
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  local as_pg=()
  if is_root; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    as_pg=(runuser -u postgres --)
  fi
  if [ ! -s "$data/PG_VERSION" ]; then
    rm -rf "$data"; mkdir -p "$data"; chmod 700 "$data"
    if is_root; then chown postgres: "$data"; fi
    "${as_pg[@]}" "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  fi
  if ! "${as_pg[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    # fsync off: these databases are thrown away, and no test here is about durability.
    "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c fsync=off -c max_connections=200" start >/dev/null || return 1
    pg_stop="${as_pg[*]} $bin/pg_ctl -D $data -m fast -w stop"
  fi
  export GOEN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

if [ -z "${GOEN_TEST_POSTGRES:-}" ]; then
  if start_postgres; then
    export GOEN_REQUIRE_POSTGRES=1
    echo "PostgreSQL for tests: $GOEN_TEST_POSTGRES"
  elif is_root; then
    echo "FAILED: PostgreSQL could not be installed or started; the PostgreSQL tests cannot run." >&2
    exit 1
  else
    echo "SKIPPING the PostgreSQL tests: no 'postgresql' package here and no root to install it (apt-get install postgresql, or set GOEN_TEST_POSTGRES)."
  fi
else
  export GOEN_REQUIRE_POSTGRES=1
fi

# --- Chromium for the browser tests (never 'playwright install': it downloads, and this machine is offline) ---
if [ -z "${GOEN_TEST_CHROMIUM:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1 && is_root; then
    echo "Installing Chromium and Japanese fonts (Debian packages chromium, fonts-noto-cjk)…"
    apt_install chromium fonts-noto-cjk || true
  fi
  if command -v chromium >/dev/null 2>&1; then
    export GOEN_TEST_CHROMIUM="$(command -v chromium)" GOEN_REQUIRE_BROWSER=1
  elif is_root; then
    echo "FAILED: Chromium could not be installed; the browser tests cannot run." >&2
    exit 1
  else
    echo "SKIPPING the browser tests: no 'chromium' package here and no root to install it (apt-get install chromium fonts-noto-cjk, or set GOEN_TEST_CHROMIUM)."
  fi
else
  export GOEN_REQUIRE_BROWSER=1
fi

# --- axe-core for the accessibility browser test: the exact version in its package-lock.json, from npm ---
axe_dir=tests/Goen.Web.Tests/Browser/axe
if [ -n "${GOEN_REQUIRE_BROWSER:-}" ] && [ ! -f "$axe_dir/node_modules/axe-core/axe.min.js" ]; then
  if ! command -v npm >/dev/null 2>&1 && is_root; then
    echo "Installing npm (Debian package npm) for axe-core…"
    apt_install npm || true
  fi
  echo "Installing axe-core (npm ci in $axe_dir)…"
  npm ci --prefix "$axe_dir" --no-audit --no-fund >/dev/null \
    || { echo "FAILED: axe-core could not be installed; the accessibility test cannot run." >&2; exit 1; }
fi

# --- Independent parsers that read back the vCard and iCalendar files Goen writes (Debian's python3) ---
py=/usr/bin/python3; [ -x "$py" ] || py=python3
if ! "$py" -c "import vobject, icalendar" >/dev/null 2>&1 && is_root; then
  echo "Installing the independent vCard and iCalendar parsers (Debian packages python3-vobject, python3-icalendar)…"
  apt_install python3-vobject python3-icalendar || true
fi
if "$py" -c "import vobject, icalendar" >/dev/null 2>&1; then
  export GOEN_REQUIRE_INDEPENDENT_PARSERS=1
elif is_root; then
  echo "FAILED: python3-vobject and python3-icalendar could not be installed; the file round-trip tests cannot run." >&2
  exit 1
else
  echo "SKIPPING the independent-parser tests: apt-get install python3-vobject python3-icalendar."
fi

# Build everything first: 'dotnet test' builds only the test projects and what they reference, and the
# benchmarks' smoke run below needs its own build.
status=0
{ dotnet build Goen.slnx -c Release && dotnet test --solution Goen.slnx -c Release --no-build --output Detailed; } 2>&1 | tee "$log" | grep -vE "^\s*passed " || status=$?

# Microsoft.Testing.Platform prints "total / failed / succeeded / skipped" in its run summary.
count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # build or runner failure

# How many tests really ran against PostgreSQL and in Chromium (the detailed output names each passed test).
ran() { grep -cE "^\s*passed \S*$1" "$log" || true; }
echo "PostgreSQL tests passed: $(ran '\.Postgres[A-Za-z]*Tests\.')"
echo "browser (Chromium) tests passed: $(ran 'Goen\.Web\.Tests\.Browser\.')"

# The benchmarks must keep compiling and running (BenchmarkDotNet's own runs are too long for CI).
if [ "$status" -eq 0 ] && dotnet run -c Release --no-build --project bench/Goen.Benchmarks -- --test; then
  passed=$((passed + 1))
else
  echo "benchmark smoke run did not pass (or did not run because the tests failed)"
  failed=$((failed + 1)); status=1
fi

echo "$skipped skipped"
echo "$passed passed, $failed failed"
exit "$status"
