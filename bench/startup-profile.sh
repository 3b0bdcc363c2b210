#!/usr/bin/env bash
# Where start-up time goes: starts the plain WAR on embedded H2 (a fresh data folder, as
# bench/startup.sh does) with the JDK's Flight Recorder running from launch, stops the recording
# once /health/ready answers, and prints
#   - when the milestones of the server log came, counted from launch;
#   - the CPU samples of start-up by the code they were in: each sample is counted once, for the
#     frame nearest the top of its stack that belongs to one of the areas below.
#
#   bench/startup-profile.sh [java options...]    (builds the WAR if it is missing)
#
# BENCH_SAMPLES=file keeps the printed samples, with their whole stacks.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${BENCH_PORT:-18184}
work=$(mktemp -d)
server=
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

. bench/server.sh
build_if_missing

began=$(date +%s%N)
TEAMWARD_DATA="$work/data" TEAMWARD_DEMO_DATA=false \
  java "${jvm_options[@]}" "$@" -XX:StartFlightRecording=name=startup,filename="$work/start.jfr",settings=profile \
  -jar web/target/payara-micro.jar --deploy web/target/teamward.war --contextroot / \
  --prebootcommandfile web/src/main/payara/pre-boot-commands.asadmin \
  --port "$port" --nohazelcast --disablephonehome --logtofile "$work/server.log" >/dev/null 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  kill -0 "$server" 2>/dev/null || { echo "the server did not start"; exit 1; }
  sleep 0.1
done
ready=$(( ($(date +%s%N) - began) / 1000000 ))
jcmd "$server" JFR.stop name=startup >/dev/null
echo "ready after $ready ms (with the recording running)"

echo "milestones of the server log, ms from launch:"
launch_ms=$((began / 1000000))
while IFS='|' read -r label pattern; do
  stamp=$(grep -h -m1 -E "$pattern" "$work"/server.log* | grep -oE '^\[[0-9T:.+-]+' | tr -d '[' || true)
  [ -n "$stamp" ] || continue
  at=$(date -d "${stamp/+0000/Z}" +%s%3N)
  printf '  %6d  %s\n' "$((at - launch_ms))" "$label"
done <<'MILESTONES'
first log line|.
HTTP listener created|Created HTTP listener
CDI (Weld) starts|WELD-000900
the WAR is deployed|was successfully deployed in
database migrations checked|Database schema is at version
the first administrator is created|org.teamward.setup.FirstStart
JSF (Mojarra) initialises|Initializing Mojarra
PrimeFaces ready|Running on PrimeFaces
the application is loaded|Loading application
MILESTONES

jfr print --stack-depth 200 --events jdk.ExecutionSample "$work/start.jfr" >"$work/samples.txt"
[ -z "${BENCH_SAMPLES:-}" ] || cp "$work/samples.txt" "$BENCH_SAMPLES"
total=$(grep -c 'jdk.ExecutionSample' "$work/samples.txt")
echo "$total CPU samples of Java code, by area:"
# The areas, most specific first; a sample whose stack has none of them counts as "other".
awk '
  function flush() {
    if (!n) return
    area = "other"
    for (j = 1; j <= frames && area == "other"; j++)
      for (i = 1; i <= count; i++)
        if (index(frame[j], key[i])) { area = label[i]; break }
    hits[area]++; n = 0; frames = 0
  }
  BEGIN {
    count = split("PasswordHashing|Pbkdf2|org.flywaydb|org.h2.|org.eclipse.persistence|org.primefaces|com.sun.faces|org.omnifaces|org.glassfish.jersey|fish.payara.microprofile.openapi|org.jboss.weld|org.glassfish.weld|com.sun.enterprise.deployment|org.glassfish.apf|java.util.zip|java.util.jar|ClassLoader|org.glassfish.grizzly|org.apache.catalina|org.glassfish.web|org.glassfish.hk2|org.jvnet.hk2|fish.payara|com.sun.enterprise|org.glassfish", key, "|")
    split("password hash (first start)|password hash (first start)|Flyway|H2|EclipseLink|PrimeFaces|JSF|OmniFaces|Jersey|OpenAPI|CDI (Weld)|CDI (Weld)|annotation scanning|annotation scanning|reading JARs|reading JARs|class loading|Grizzly|web container|web container|HK2 services|HK2 services|Payara, other|Payara, other|Payara, other", label, "|")
  }
  /jdk.ExecutionSample/ { flush(); n = 1; next }
  /line:/ { frame[++frames] = $0 }
  END { flush(); for (a in hits) printf "%5.1f %%  %s\n", 100 * hits[a] / NR_total, a }
' NR_total="$total" "$work/samples.txt" | sort -rn
