#!/usr/bin/env bash
# Builds Teamward and runs it on Payara Micro with the embedded H2 database in ./data
# (or $TEAMWARD_DATA). Open http://localhost:${TEAMWARD_HTTP_PORT:-8080}/ ; Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"
. bin/jdk.sh

mvn -B -q -DskipTests -Dspotless.check.skip=true -Prun package -pl web -am

# The embedded run seeds the demo company unless told otherwise.
export TEAMWARD_DEMO_DATA="${TEAMWARD_DEMO_DATA:-true}"
export TEAMWARD_DATA="${TEAMWARD_DATA:-$PWD/data}"
mkdir -p "$TEAMWARD_DATA"
port="${TEAMWARD_HTTP_PORT:-8080}"

# Payara 7 Micro prefers IPv4 unless told otherwise, and would then not listen on IPv6 at all.
"$TEAMWARD_JDK/bin/java" -Djava.net.preferIPv4Stack=false ${TEAMWARD_JAVA_OPTS:--XX:+UseSerialGC -Xmx512m} \
  -jar web/target/payara-micro.jar \
  --deploy web/target/teamward.war --contextroot / \
  --prebootcommandfile web/src/main/payara/pre-boot-commands.asadmin \
  --port "$port" --nohazelcast --disablephonehome &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true' INT TERM

# Once ready, one line after Payara's banner says where to go and where the sign-in details are,
# which otherwise sit somewhere in several hundred lines of start-up log.
until curl -sf -o /dev/null "http://localhost:$port/health/ready"; do
  kill -0 "$server" 2>/dev/null || { wait "$server"; exit; }
  sleep 1
done
details=()
for file in initial-admin-password.txt demo-credentials.txt; do
  [ -f "$TEAMWARD_DATA/$file" ] && details+=("$TEAMWARD_DATA/$file")
done
if [ -n "${TEAMWARD_ADMIN_EMAIL:-}" ]; then
  details+=("the administrator $TEAMWARD_ADMIN_EMAIL with TEAMWARD_ADMIN_PASSWORD")
fi
[ ${#details[@]} -gt 0 ] || details=("the accounts already in $TEAMWARD_DATA")
summary="$(printf '%s, ' "${details[@]}")"
printf '\n==> Teamward is ready: open http://localhost:%s/ and sign in with %s\n\n' \
  "$port" "${summary%, }"
# Ctrl-C interrupts a wait: wait again while Payara shuts down cleanly.
while kill -0 "$server" 2>/dev/null; do wait "$server" || true; done
