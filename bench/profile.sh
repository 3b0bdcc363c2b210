#!/usr/bin/env bash
# Profiles the server under load with the JDK's Flight Recorder: starts the WAR on PostgreSQL,
# drives GET /api/me with a device password (Bearer) for 20 s and prints where the request
# threads spend their CPU: the hottest methods (own time) and the share of each area of code
# (any frame on the stack).
#
#   bench/profile.sh [path]     (default /api/me; needs wrk and the PostgreSQL at 127.0.0.1:5432)
#
# BENCH_SAMPLES=file keeps the printed samples, with their whole stacks.
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
JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=filename=$work/run.jfr,settings=profile,delay=30s,duration=20s" \
  start_server "${database_env[@]}"

token=$(admin_device | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
wrk -t2 -c16 -d60s -H "Authorization: Bearer $token" "$base$path" | awk '/Requests\/sec/'
until [ -s "$work/run.jfr" ]; do sleep 1; done
sleep 2 # the recording is written when it ends

jfr print --stack-depth 64 --events jdk.ExecutionSample "$work/run.jfr" >"$work/samples.txt"
[ -z "${BENCH_SAMPLES:-}" ] || cp "$work/samples.txt" "$BENCH_SAMPLES" # for a closer look
total=$(grep -c 'jdk.ExecutionSample' "$work/samples.txt")
echo "$total CPU samples"
echo "hottest methods (own time):"
awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$work/samples.txt" \
  | sort | uniq -c | sort -rn | head -25 | awk -v t="$total" '{n=$1; $1=""; printf "%5.1f %%%s\n", 100*n/t, $0}'
echo "share of samples with a frame of:"
for area in org.teamward. org.eclipse.persistence. org.postgresql. org.glassfish.jersey. \
  org.eclipse.yasson. jakarta.security. org.glassfish.soteria. com.sun.enterprise.transaction. \
  org.jboss.weld. org.glassfish.grizzly. java.util.logging. sun.nio.; do
  n=$(awk -v a="$area" '/jdk.ExecutionSample/ {if (hit) c++; hit=0} index($0, a) {hit=1} END {if (hit) c++; print c+0}' "$work/samples.txt")
  printf '  %-36s %5.1f %%\n' "$area" "$(awk -v n="$n" -v t="$total" 'BEGIN {print 100*n/t}')"
done
