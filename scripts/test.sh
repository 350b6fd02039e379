#!/usr/bin/env bash
# The test command: installs what the tests need (PostgreSQL, Redis, Chromium) when missing, starts a
# THROWAWAY PostgreSQL and Redis of its own (temporary directories, free loopback ports), builds, runs every
# test project and ends with "N passed, N failed". Both servers are stopped and deleted at exit, whatever the
# outcome; nothing else on the machine is touched (no system cluster started, no password changed).
# Needs root (or sudo) only to install.
#
#   scripts/test.sh                       everything
#   scripts/test.sh --filter Name~Ledger  arguments go to every `dotnet test`
#   AMBONCC_TEST_SERVERS_ONLY=1 scripts/test.sh   start the servers, check them, stop them (no build, no tests)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { find /usr/lib/postgresql -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sort -V | tail -1 | xargs -r dirname; }

need=()
[ -n "$(pg_bin)" ] || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
[ -x /usr/bin/chromium ] || need+=(chromium)
# The tax module's PDF letters (PDFsharp) use DejaVu Sans; Linux gives PDFsharp no fonts of its own.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# The web build restores Leaflet from the npm registry (src/Web/ClientApp).
command -v npm >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi
pgbin=$(pg_bin)

# Everything of this run lives under one temporary directory, removed at exit.
work=$(mktemp -d "${TMPDIR:-/tmp}/ambon-test-servers.XXXXXX")
pg_data="$work/pg/data"
pg_pid=""
redis_pid=""

# PostgreSQL refuses to run as root: as root, it runs as the unprivileged `postgres` user of the Debian package.
if [ "$(id -u)" = 0 ]; then
  pg_user=postgres
  as_pg() { runuser -u "$pg_user" -- "$@"; }
else
  pg_user=$(id -un)
  as_pg() { "$@"; }
fi

cleanup() {
  local status=$?
  set +e
  if [ -f "$pg_data/postmaster.pid" ]; then
    as_pg "$pgbin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1
  fi
  if [ -n "$redis_pid" ] && kill -0 "$redis_pid" 2>/dev/null; then
    kill "$redis_pid"
    for _ in $(seq 1 50); do kill -0 "$redis_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$redis_pid" 2>/dev/null
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A loopback port nobody listens on now. Another process may still take it before our server binds it, so
# each server start below retries on a fresh port when it fails.
free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# PostgreSQL: a fresh cluster, trust authentication on 127.0.0.1 only (no socket outside the temp directory).
mkdir -p "$work/pg"
if [ "$(id -u)" = 0 ]; then
  chmod 755 "$work"
  chown -R "$pg_user" "$work/pg"
fi
as_pg "$pgbin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync >"$work/pg/initdb.log" 2>&1 \
  || { cat "$work/pg/initdb.log"; exit 1; }
pg_port=""
for _ in 1 2 3 4 5; do
  port=$(free_port)
  if as_pg "$pgbin/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $work/pg -c fsync=off -c synchronous_commit=off -c max_connections=300" \
      start >/dev/null; then
    pg_port=$port
    break
  fi
  echo "PostgreSQL did not start on port $port; trying another"
done
[ -n "$pg_port" ] || { cat "$work/pg/server.log"; echo "PostgreSQL did not start"; exit 1; }
pg_pid=$(head -1 "$pg_data/postmaster.pid")
export AMBONCC_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres"

# Redis: in memory only, on loopback, its files in the temp directory.
mkdir -p "$work/redis"
redis_port=""
for _ in 1 2 3 4 5; do
  port=$(free_port)
  redis-server --bind 127.0.0.1 --port "$port" --dir "$work/redis" --save "" --appendonly no \
    --daemonize no --logfile "$work/redis/server.log" &
  redis_pid=$!
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && { redis_port=$port; break; }
    kill -0 "$redis_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$redis_port" ] && break
  kill "$redis_pid" 2>/dev/null || true
  wait "$redis_pid" 2>/dev/null || true
  redis_pid=""
  echo "Redis did not start on port $port; trying another"
done
[ -n "$redis_port" ] || { cat "$work/redis/server.log"; echo "Redis did not start"; exit 1; }
export AMBONCC_TEST_REDIS="127.0.0.1:$redis_port"
export AMBONCC_CHROMIUM="${AMBONCC_CHROMIUM:-/usr/bin/chromium}"
echo "throwaway servers: PostgreSQL 127.0.0.1:$pg_port (pid $pg_pid), Redis 127.0.0.1:$redis_port (pid $redis_pid), in $work"

if [ "${AMBONCC_TEST_SERVERS_ONLY:-}" = 1 ]; then
  "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -Atc "select 'postgres ' || version()" | cut -c1-40
  echo "redis $(redis-cli -h 127.0.0.1 -p "$redis_port" ping)"
  exit 0
fi

results="$root/.test-results"
rm -rf "$results"
dotnet build AmbonCC.sln -c Release -nologo -v q

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=1
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
