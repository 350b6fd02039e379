#!/usr/bin/env bash
# The run command: the whole command center on the embedded profile (SQLite under ./data, nothing to install),
# seeded with the demo city on first start, at http://127.0.0.1:5080. Data persists across restarts.
# The device and gateway simulator (src/Simulator) runs beside it so that the city is alive: gauges report,
# warnings are delivered and acknowledged. `--no-simulator` runs the web app alone; `--build-only` builds and
# exits; other arguments go to the web app.
#
# It builds once: `dotnet publish` into ./.build (web and simulator) only when the sources changed since the last
# publish (a hash of src/, deploy/sql and the build props), then starts the built app. Starting from the publish
# output matters: only there are the packages' static assets (_content/MudBlazor) served in Production.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export AmbonCC__DataDirectory="${AmbonCC__DataDirectory:-$root/data}"
base_url="${AMBONCC_URL:-http://127.0.0.1:5080}"
build_dir="${AMBONCC_BUILD_DIR:-$root/.build}"

simulator=1
build_only=0
web_args=()
for arg in "$@"; do
  case "$arg" in
    --no-simulator) simulator=0 ;;
    --build-only) build_only=1 ;;
    *) web_args+=("$arg") ;;
  esac
done

# What the built output depends on; bin/ and obj/ are outputs, not sources.
source_hash() {
  find src deploy/sql Directory.Build.props Directory.Packages.props global.json -type f \
    -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/node_modules/*' -not -path 'src/Web/wwwroot/lib/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
hash=$(source_hash)
# The web build restores Leaflet from the npm registry (src/Web/ClientApp): npm must exist before it runs.
if ! command -v npm >/dev/null; then
  echo "installing: nodejs npm"
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nodejs npm >/dev/null
fi
if [ "$(cat "$build_dir/source.sha256" 2>/dev/null)" != "$hash" ] \
   || [ ! -f "$build_dir/web/AmbonCC.Web.dll" ] || [ ! -f "$build_dir/sim/AmbonCC.Simulator.dll" ]; then
  echo "building (sources changed since the last build) ..."
  rm -f "$build_dir/source.sha256"
  dotnet publish src/Web -c Release -o "$build_dir/web" -nologo -v q
  dotnet publish src/Simulator -c Release -o "$build_dir/sim" -nologo -v q
  echo "$hash" > "$build_dir/source.sha256"
fi
[ "$build_only" = 0 ] || exit 0
web_dll="$build_dir/web/AmbonCC.Web.dll"
sim_dll="$build_dir/sim/AmbonCC.Simulator.dll"
# The published app's content root holds appsettings.json and wwwroot.
web() { (cd "$build_dir/web" && exec dotnet "$web_dll" "$@"); }

if [ "$simulator" = 0 ]; then
  cd "$build_dir/web"
  exec dotnet "$web_dll" "${web_args[@]}"
fi

keys="$AmbonCC__DataDirectory/simulator-keys.json"

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

# The camera page's live view: the simulator plays the VMS's MJPEG viewer (Frigate's /api/<camera>) on port 5091.
if [ "$simulator" = 1 ]; then
  export AmbonCC__Cameras__ViewerUrlTemplate="${AmbonCC__Cameras__ViewerUrlTemplate:-http://127.0.0.1:5091/api/{code}}"
fi
web "${web_args[@]}" &
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
  sleep 0.25
done
echo "command center ready at $base_url"

# The simulator's keys, issued once through the admin verb (an Orleans client of the running silo).
issue() {
  web apikey issue --subject "$1" --scope "$2" | grep -E '^acc_[^ ]+$' | tail -1 || true
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

# The cameras' VMS key, added to a key file of any age (files from before the cameras module lack it).
add_vms_key() {
  local vms_key
  grep -q '"vms"' "$keys" && return 0
  vms_key=$(issue vms:ambon-vms vms)
  [ -n "$vms_key" ] || { echo "could not issue the VMS key; cameras stay unknown" >&2; return 0; }
  sed -i "0,/^{/s//{\n  \"vms\": \"$vms_key\",/" "$keys"
}

# The restaurant terminals' own device keys and the revenue agency's key, added to a key file of any age. The
# agency's key lists the terminals; one admin call issues all their keys (a process per key would take minutes).
add_tax_keys() {
  local revenue_key serials block sep="" subject key
  grep -q '"terminals"' "$keys" && return 0
  revenue_key=$(issue opd:BPPRD opd)
  [ -n "$revenue_key" ] || { echo "could not issue the revenue agency key; terminals stay silent" >&2; return 0; }
  serials=$(dotnet "$sim_dll" --list-terminals --base-url "$base_url" --api-key "$revenue_key") || return 0
  [ -n "$serials" ] || return 0
  block="  \"revenue\": \"$revenue_key\",\n  \"terminals\": {"
  while read -r subject key; do
    [[ "$key" == acc_* ]] || continue
    block+="$sep\n    \"${subject#terminal:}\": \"$key\""; sep=","
  done < <(web apikey issue --scope device:ingest $(printf -- '--subject terminal:%s ' $serials))
  [ -n "$sep" ] || { echo "could not issue the terminals' keys" >&2; return 0; }
  echo "  keys for $(echo "$serials" | wc -w) terminals"
  block+="\n  },"
  printf -v block '%b' "$block"
  (umask 077 && BLOCK="$block" awk 'NR==1 { print; print ENVIRON["BLOCK"]; next } 1' "$keys" > "$keys.tmp") && mv "$keys.tmp" "$keys"
}

# The complaint channels' keys, added to a key file of any age: a partner app's Open311 key and the social-media
# gateway's key (a gateway of its own beside the WhatsApp/SMS one; both scopes differ, so two admin calls).
add_complaint_keys() {
  local key
  if ! grep -q '"open311"' "$keys"; then
    key=$(issue open311:sim-app open311)
    [ -n "$key" ] && sed -i "0,/^{/s//{\n  \"open311\": \"$key\",/" "$keys" || echo "could not issue the Open311 key; complaints come by chat and social media" >&2
  fi
  if ! grep -q '"social"' "$keys"; then
    key=$(issue gateway:sosmed gateway)
    [ -n "$key" ] && sed -i "0,/^{/s//{\n  \"social\": \"$key\",/" "$keys" || echo "could not issue the social-media gateway key" >&2
  fi
  return 0
}

if { [ -f "$keys" ] || issue_keys; } && add_vms_key && add_tax_keys && add_complaint_keys; then
  # A flash flood on Wai Batu Merah soon after start (Siaga 3 within about 3 minutes at the default pace), then
  # every two hours: journey 1, live. A restarted simulator resumes each gauge from the level the server holds.
  dotnet "$sim_dll" --base-url "$base_url" --keys "$keys" --state-dir "$AmbonCC__DataDirectory/simulator" \
    --scenario "${AMBONCC_SIM_SCENARIO:-flash-flood}" --flood-every "${AMBONCC_SIM_FLOOD_EVERY:-120}" \
    --flood-at "${AMBONCC_SIM_FLOOD_AT:-0.25}" --flood-pace "${AMBONCC_SIM_FLOOD_PACE:-10}" \
    --interval "${AMBONCC_SIM_INTERVAL:-20}" &
  sim_pid=$!
  echo "command center at $base_url, simulator running; Ctrl-C stops both"
else
  echo "the simulator did not start (no keys); the command center runs alone at $base_url" >&2
fi
wait "$web_pid"
