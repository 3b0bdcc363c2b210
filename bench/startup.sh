#!/usr/bin/env bash
# Measures start-up: the time from launch to /health/ready and the server's RSS once ready, for an
# empty WAR (the physical limit: Payara Micro's own start and one deployment), for the
# plain WAR on Payara Micro, for a single node with Hazelcast on instead of off and for the configuration ./run.sh starts (the demo company seeded on
# first start), as ./run.sh starts them (the uber JAR, which unpacks itself and deploys the WAR on
# every start) and from a prepared root folder: Payara Micro's launcher with the WAR deployed
# once by --warmup, without and with a class-data-sharing archive (AppCDS) that the warm-up
# wrote. First starts create the database and the administrator; a restart finds them, as every
# start of an installed server after its first does.
#
#   bench/startup.sh        (builds the WAR if it is missing; embedded H2, a fresh data folder
#                            for each start)
#
# Environment: BENCH_RUNS (default 3) starts of each kind; the median is reported. BENCH_QUICK=1
# measures only the empty WAR, the plain WAR and Hazelcast on: the ratio to the physical limit. BENCH_HEAP
# (512m) and BENCH_GC (-XX:+UseSerialGC) as for the other benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${BENCH_RUNS:-3}
port=${BENCH_PORT:-18182}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
server=
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

. bench/server.sh
build_if_missing

runtime=(--port "$port" --nohazelcast --disablephonehome)
deploy=(--deploy web/target/teamward.war --contextroot /
  --prebootcommandfile web/src/main/payara/pre-boot-commands.asadmin)

# The launcher bound to a configuration folder has a plain class path, which CDS needs; --warmup
# deploys once into that folder and exits, and the JDK writes the classes it loaded into the
# archive. Starts from the folder then pass no --deploy: the WAR is deployed there already.
quick=${BENCH_QUICK:-}
if [ -z "$quick" ]; then
  java -jar web/target/payara-micro.jar --rootdir "$work/root" --outputlauncher >/dev/null 2>&1
  TEAMWARD_DATA="$work/warmup" java -XX:ArchiveClassesAtExit="$work/teamward.jsa" \
    -jar "$work/root/launch-micro.jar" "${deploy[@]}" "${runtime[@]}" --warmup >"$work/warmup.log" 2>&1
  [ -f "$work/teamward.jsa" ] || { echo "no CDS archive was written:"; tail -20 "$work/warmup.log"; exit 1; }
fi

start() { # demo data true|false, or restart (the data of the start before kept), then the java command line
  local demo=$1; shift
  if [ "$demo" = restart ]; then demo=false; else rm -rf "$work/data"; fi
  local began
  began=$(date +%s%N)
  env TEAMWARD_DATA="$work/data" TEAMWARD_DEMO_DATA="$demo" "$@" "${runtime[@]}" \
    --logtofile "$work/server.log" >/dev/null 2>&1 &
  server=$!
  until curl -sf "$base/health/ready" >/dev/null; do
    kill -0 "$server" 2>/dev/null || { echo "the server did not start"; tail -20 "$work/server.log"*; exit 1; }
    sleep 0.1
  done
  local ready=$(( ($(date +%s%N) - began) / 1000000 ))
  local rss
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$server/status")
  kill "$server"; wait "$server" 2>/dev/null || true
  server=
  printf '%s %s\n' "$ready" "$((rss / 1024))"
}

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

measure() { # label, demo data, java command line...
  local label=$1; shift
  : >"$work/runs"
  for _ in $(seq 1 "$runs"); do start "$@" >>"$work/runs"; done
  printf '%-48s %8.1f s %8d MB\n' "$label" \
    "$(cut -d' ' -f1 "$work/runs" | median | awk '{print $1 / 1000}')" \
    "$(cut -d' ' -f2 "$work/runs" | median)"
}

# An empty WAR: one static page, nothing to scan, no database.
mkdir -p "$work/empty"
echo '<!doctype html><title>empty</title>' >"$work/empty/index.html"
(cd "$work/empty" && jar cf ../empty.war index.html)
# A single node with Hazelcast on, which keeps the replicated web sessions that <distributable/>
# asks for in its own memory: the alternative to --nohazelcast with the session store off.
grep -v 'availability-enabled=false' web/src/main/payara/pre-boot-commands.asadmin >"$work/hazelcast.asadmin"

printf '%-48s %10s %11s\n' "start (median of $runs)" "to ready" "RSS ready"
empty=(java "${jvm_options[@]}" -jar web/target/payara-micro.jar --deploy "$work/empty.war" --contextroot /)
uber=(java "${jvm_options[@]}" -jar web/target/payara-micro.jar "${deploy[@]}")
prepared=(java "${jvm_options[@]}" -jar "$work/root/launch-micro.jar")
cds=(java "${jvm_options[@]}" -XX:SharedArchiveFile="$work/teamward.jsa" -jar "$work/root/launch-micro.jar")
measure "empty WAR, uber JAR" false "${empty[@]}"
limit=$(cut -d' ' -f1 "$work/runs" | median)
measure "plain WAR, uber JAR (as ./run.sh)" false "${uber[@]}"
plain=$(cut -d' ' -f1 "$work/runs" | median)
runtime=(--port "$port" --nocluster --disablephonehome)
measure "plain WAR, Hazelcast on (one node), uber JAR" false "${uber[@]:0:${#uber[@]}-1}" "$work/hazelcast.asadmin"
runtime=(--port "$port" --nohazelcast --disablephonehome)
if [ -z "$quick" ]; then
  measure "plain WAR, prepared root folder" false "${prepared[@]}"
  measure "plain WAR, prepared root folder, AppCDS" false "${cds[@]}"
  measure "restart (data kept), uber JAR" restart "${uber[@]}"
  measure "restart (data kept), prepared, AppCDS" restart "${cds[@]}"
  measure "demo company seeded, uber JAR (./run.sh)" true "${uber[@]}"
  measure "demo company seeded, prepared, AppCDS" true "${cds[@]}"
fi
printf '\nplain WAR / empty WAR, uber JAR: %s; %s cores\n' \
  "$(awk -v a="$plain" -v b="$limit" 'BEGIN {printf "%.2f", a / b}')" "$(nproc)"
[ -n "$quick" ] || printf 'CDS archive %d MB\n' "$(($(stat -c %s "$work/teamward.jsa") / 1048576))"
