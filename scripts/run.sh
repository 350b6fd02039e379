#!/usr/bin/env bash
# The run command: the whole command center on the embedded profile (SQLite under ./data, nothing to install),
# seeded with the demo city on first start, at http://127.0.0.1:5080. Data persists across restarts.
# The device and gateway simulator (src/Simulator) runs beside it so that the city is alive: gauges report,
# warnings are delivered and acknowledged. `--no-simulator` runs the web app alone; other arguments go to it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export AmbonCC__DataDirectory="${AmbonCC__DataDirectory:-$root/data}"
base_url="${AMBONCC_URL:-http://127.0.0.1:5080}"

simulator=1
web_args=()
for arg in "$@"; do
  if [ "$arg" = "--no-simulator" ]; then simulator=0; else web_args+=("$arg"); fi
done

if [ "$simulator" = 0 ]; then
  cd src/Web
  # From the project folder so that appsettings.json and the static web assets are found.
  exec dotnet run -c Release -- "${web_args[@]}"
fi

keys="$AmbonCC__DataDirectory/simulator-keys.json"
sim_dll="$root/src/Simulator/bin/Release/net10.0/AmbonCC.Simulator.dll"
web_dll="bin/Release/net10.0/AmbonCC.Web.dll"
dotnet build src/Simulator -c Release -nologo -v q

# Each child gets its own process group (job control), so stopping one stops everything it started.
set -m
web_pid=""; sim_pid=""
stop() {
  trap - INT TERM EXIT
  for pid in $sim_pid $web_pid; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in $sim_pid $web_pid; do wait "$pid" 2>/dev/null || true; done
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

(cd src/Web && exec dotnet run -c Release -- "${web_args[@]}") &
web_pid=$!

ready() {
  if command -v curl >/dev/null; then curl -fsS -o /dev/null --max-time 5 "$base_url/health/ready"; return; fi
  local hostport=${base_url#http://}; hostport=${hostport%%/*}
  exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}" || return 1
  printf 'GET /health/ready HTTP/1.0\r\nHost: %s\r\n\r\n' "$hostport" >&3
  local status; read -r _ status _ <&3; exec 3<&-; [ "$status" = 200 ]
}
echo "waiting for $base_url/health/ready ..."
until ready 2>/dev/null; do
  kill -0 "$web_pid" 2>/dev/null || { echo "the web app exited before it was ready" >&2; exit 1; }
  sleep 2
done

# The simulator's keys, issued once through the admin verb (an Orleans client of the running silo).
issue() {
  (cd src/Web && dotnet "$web_dll" apikey issue --subject "$1" --scope "$2") | grep -E '^acc_[^ ]+$' | tail -1 || true
}
issue_keys() {
  echo "issuing the simulator's API keys (first run) ..."
  local gateway_key gauges code key json sep=""
  gateway_key=$(issue gateway:sim gateway)
  [ -n "$gateway_key" ] || { echo "could not issue the gateway key" >&2; return 1; }
  # The gauges as the server knows them, so nothing here has to repeat the seed.
  gauges=$(dotnet "$sim_dll" --list-gauges --base-url "$base_url" --api-key "$gateway_key") || return 1
  json="{\n  \"gateway\": \"$gateway_key\",\n  \"gauges\": {"
  for code in $gauges; do
    key=$(issue "gauge:$code" device:ingest)
    [ -n "$key" ] || { echo "could not issue a key for $code" >&2; return 1; }
    echo "  key for $code"
    json+="$sep\n    \"$code\": \"$key\""; sep=","
  done
  # Written only when complete, so an interrupted first run starts over instead of keeping half the keys.
  (umask 077 && printf "%b\n  }\n}\n" "$json" > "$keys.tmp") && mv "$keys.tmp" "$keys"
}

if [ -f "$keys" ] || issue_keys; then
  # A flash flood on Wai Batu Merah a few minutes after start, then every two hours: journey 1, live.
  dotnet "$sim_dll" --base-url "$base_url" --keys "$keys" --state-dir "$AmbonCC__DataDirectory/simulator" \
    --scenario "${AMBONCC_SIM_SCENARIO:-flash-flood}" --flood-every "${AMBONCC_SIM_FLOOD_EVERY:-120}" &
  sim_pid=$!
  echo "command center at $base_url, simulator running; Ctrl-C stops both"
else
  echo "the simulator did not start (no keys); the command center runs alone at $base_url" >&2
fi
wait "$web_pid"
