#!/usr/bin/env bash
# Startup bench: how long the built command center takes to answer /health/ready 200,
#  - first start: an empty data directory (migrations, demo-city seed, first admin included),
#  - restart: the same directory again, after a clean stop (SIGTERM).
# It builds through `scripts/run.sh --build-only` (publish only when sources changed) and runs the published
# AmbonCC.Web.dll exactly as run.sh does, on free ports and a temporary data directory. Usage:
#   bench/startup/startup.sh [runs]      (default 3 first starts, each followed by one restart)
# AMBONCC_BENCH_WEB_DIR=path measures another published folder instead (no build). On a shared machine,
# AMBONCC_BENCH_NICE=-15 (as root) gives the app the CPU first, approximating a machine of its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs="${1:-3}"
build_dir="${AMBONCC_BUILD_DIR:-$root/.build}"
if [ -n "${AMBONCC_BENCH_WEB_DIR:-}" ]; then
  web_dir=$AMBONCC_BENCH_WEB_DIR
else
  ./scripts/run.sh --build-only >/dev/null
  web_dir="$build_dir/web"
fi

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# CPU seconds (user + system) a process has used so far.
cpu_seconds() {
  local stat; stat=$(cat "/proc/$1/stat"); stat=${stat##*) }
  set -- $stat
  awk -v u="${12}" -v s="${13}" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (u + s) / hz }'
}

# Starts the app on $data and prints "ms-until-ready cpu-seconds-until-ready".
start_and_time() {
  local data=$1 http=$2 started pid elapsed cpu
  started=$(now_ms)
  (cd "$web_dir" && AmbonCC__DataDirectory="$data" AMBONCC_ADMIN_PASSWORD=bench-password-0123 \
    exec nice -n "${AMBONCC_BENCH_NICE:-0}" dotnet AmbonCC.Web.dll --urls "http://127.0.0.1:$http" \
      --AmbonCC:SiloPort="$(free_port)" --AmbonCC:GatewayPort="$(free_port)" --AmbonCC:ClusterId="bench-$http" \
      >"$data.log" 2>&1) &
  pid=$!
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$http/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "the app exited; see $data.log" >&2; return 1; }
    sleep 0.05
  done
  elapsed=$(( $(now_ms) - started ))
  cpu=$(cpu_seconds "$pid")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$elapsed $cpu"
}

echo "startup bench: $runs runs, $(nproc) cores, $(dotnet --version) SDK, $(date -u +%FT%TZ)"
# CPU seconds say what the start costs whatever else runs on the machine; wall time is what the user waits.
printf '%-4s %-15s %-10s %-9s %-15s %-10s %-9s\n' run "first start ms" "cpu s" "load avg" "restart ms" "cpu s" "load avg"
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d /tmp/ambon-startup-XXXXXX)
  first_load=$(load); read -r first first_cpu < <(start_and_time "$data" "$(free_port)")
  again_load=$(load); read -r again again_cpu < <(start_and_time "$data" "$(free_port)")
  printf '%-4s %-15s %-10s %-9s %-15s %-10s %-9s\n' "$i" "$first" "$first_cpu" "${first_load%% *}" "$again" "$again_cpu" "${again_load%% *}"
  rm -rf "$data" "$data.log"
done
