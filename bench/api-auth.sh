#!/usr/bin/env bash
# Measures what authentication costs on the API, side by side in one run on one server:
#   1. GET /health/live                      no credentials (baseline)
#   2. GET /api/me, no credentials           401 problem+json from the domain
#   3. GET /api/me, Bearer device password   HMAC digest + indexed look-up + grant from the DB
#   4. GET /api/me, Basic device id:token    same, with Base64 and id check
#   5. POST /api/device                      the personal password path (PBKDF2, 600k iterations)
# and prints requests/s and the ratio of each to the baseline.
#
#   bench/api-auth.sh            (needs wrk: apt-get install wrk; builds the WAR if missing)
#
# Environment: BENCH_SECONDS (default 15), BENCH_THREADS (2), BENCH_CONNECTIONS (16),
# BENCH_PORT (18181).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${BENCH_SECONDS:-15}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
port=${BENCH_PORT:-18181}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
server=
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 1; }
. bench/server.sh
start_server

created=$(admin_device)
token=$(grep -o '"token":"[^"]*"' <<<"$created" | cut -d'"' -f4)
id=$(grep -o '"id":[0-9]*' <<<"$created" | head -1 | cut -d: -f2) # the device's, not the user's
basic=$(printf '%s:%s' "$id" "$token" | base64 -w0)
# Measure only what succeeds: both credential forms must authenticate.
for header in "Bearer $token" "Basic $basic"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $header" "$base/api/me")" = 200 ] \
    || { echo "authentication failed for ${header%% *}"; exit 1; }
done

cat >"$work/device.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"bench@teamward.test","password":"bench-password-1","deviceName":"b","deviceType":"Script"}'
LUA

measure() { # label, extra wrk arguments...
  local label=$1; shift
  wrk -t"$threads" -c"$connections" -d5s "$@" >/dev/null # warm-up
  local rps
  rps=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" "$@" | awk '/Requests\/sec/ {print $2}')
  printf '%s\t%s\n' "$label" "$rps"
}

{
  measure "GET /health/live (no credentials)" "$base/health/live"
  measure "GET /api/me, no credentials (401)" "$base/api/me"
  measure "GET /api/me, Bearer device password" -H "Authorization: Bearer $token" "$base/api/me"
  measure "GET /api/me, Basic device id:token" -H "Authorization: Basic $basic" "$base/api/me"
  measure "POST /api/device (PBKDF2 600k)" -s "$work/device.lua" "$base/api/device"
} >"$work/results.tsv"

baseline=$(head -1 "$work/results.tsv" | cut -f2)
printf '\n%-40s %12s %10s\n' "request" "requests/s" "vs base"
while IFS=$'\t' read -r label rps; do
  printf '%-40s %12.1f %9.3fx\n' "$label" "$rps" "$(awk -v a="$rps" -v b="$baseline" 'BEGIN {print a / b}')"
done <"$work/results.tsv"
printf '\n%s cores, %s threads, %s connections, %ss per measurement\n' \
  "$(nproc)" "$threads" "$connections" "$seconds"
