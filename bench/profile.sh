#!/usr/bin/env bash
# Profiles the server under load with the JDK's Flight Recorder: starts the WAR on PostgreSQL,
# drives GET /api/me with a device password (Bearer) for 20 s and prints where the request
# threads spend their CPU: the hottest methods (own time) and the share of each area of code
# (any frame on the stack).
#
#   bench/profile.sh [path]     (default /api/me; needs wrk and the PostgreSQL at 127.0.0.1:5432)
#
# BENCH_SAMPLES=file keeps the printed samples, with their whole stacks (bench/jfr-summary.sh,
# which prints the summary, reads it).
set -euo pipefail
cd "$(dirname "$0")/.."

path=${1:-/api/me}
port=${BENCH_PORT:-18183}
base="http://127.0.0.1:$port"
schema=bench_profile
work=$(mktemp -d)
server=
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 1; }
. bench/server.sh
PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d test -q \
  -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
postgres_env "$schema"
JAVA_TOOL_OPTIONS="-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=$work/run.jfr,settings=profile,delay=30s,duration=20s" \
  start_server "${database_env[@]}"

token=$(admin_device | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
wrk -t2 -c16 -d60s -H "Authorization: Bearer $token" "$base$path" | awk '/Requests\/sec/'
until [ -s "$work/run.jfr" ]; do sleep 1; done
sleep 2 # the recording is written when it ends

bash bench/jfr-summary.sh "$work/run.jfr"
