#!/usr/bin/env bash
# Startup bench: how long the built command center takes to answer /health/ready 200,
#  - first start: an empty data directory (migrations, demo-city seed, first admin included),
#  - restart: the same directory again, after a clean stop (SIGTERM).
# It builds through `scripts/run.sh --build-only` (publish only when sources changed) and runs the published
# AmbonCC.Web.dll exactly as run.sh does, on free ports and a temporary data directory. Usage:
#   bench/startup/startup.sh [runs]      (default 3 first starts, each followed by one restart)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs="${1:-3}"
build_dir="${AMBONCC_BUILD_DIR:-$root/.build}"
./scripts/run.sh --build-only >/dev/null

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# Starts the app on $data and prints the milliseconds until /health/ready answered 200.
start_and_time() {
  local data=$1 http=$2 started pid elapsed
  started=$(now_ms)
  (cd "$build_dir/web" && AmbonCC__DataDirectory="$data" AMBONCC_ADMIN_PASSWORD=bench-password-0123 \
    exec dotnet AmbonCC.Web.dll --urls "http://127.0.0.1:$http" \
      --AmbonCC:SiloPort="$(free_port)" --AmbonCC:GatewayPort="$(free_port)" --AmbonCC:ClusterId="bench-$http" \
      >"$data.log" 2>&1) &
  pid=$!
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$http/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "the app exited; see $data.log" >&2; return 1; }
    sleep 0.05
  done
  elapsed=$(( $(now_ms) - started ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$elapsed"
}

echo "startup bench: $runs runs, $(nproc) cores, $(dotnet --version) SDK, $(date -u +%FT%TZ)"
printf '%-4s %-16s %-12s %-16s %-12s\n' run "first start ms" "load avg" "restart ms" "load avg"
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d /tmp/ambon-startup-XXXXXX)
  first_load=$(load); first=$(start_and_time "$data" "$(free_port)")
  again_load=$(load); again=$(start_and_time "$data" "$(free_port)")
  printf '%-4s %-16s %-12s %-16s %-12s\n' "$i" "$first" "${first_load%% *}" "$again" "${again_load%% *}"
  rm -rf "$data" "$data.log"
done
