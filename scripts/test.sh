#!/usr/bin/env bash
# The test command: installs and starts what the tests need (PostgreSQL, Redis, Chromium), builds, runs every
# test project and ends with "N passed, N failed". Safe to run again; needs root (or sudo) only to install.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi

# PostgreSQL: the first cluster Debian created; password auth over TCP for the tests.
read -r pg_version pg_cluster _ < <(pg_lsclusters --no-header | head -1)
as_root pg_ctlcluster "$pg_version" "$pg_cluster" start 2>/dev/null || true
for _ in $(seq 1 30); do as_root su postgres -c "pg_isready -q" && break; sleep 1; done
as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
export AMBONCC_TEST_POSTGRES="${AMBONCC_TEST_POSTGRES:-Host=127.0.0.1;Username=postgres;Password=postgres}"

# Redis on loopback only.
if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no >/dev/null
  for _ in $(seq 1 20); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
export AMBONCC_TEST_REDIS="${AMBONCC_TEST_REDIS:-127.0.0.1:6379}"
export AMBONCC_CHROMIUM="${AMBONCC_CHROMIUM:-/usr/bin/chromium}"

results="$root/.test-results"
rm -rf "$results"
dotnet build AmbonCC.sln -c Release -nologo -v q

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# A project that crashed before writing results counts as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
