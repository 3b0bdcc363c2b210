#!/usr/bin/env bash
# Builds Teamward and runs it on Payara Micro with the embedded H2 database in ./data
# (or $TEAMWARD_DATA). Open http://localhost:${TEAMWARD_HTTP_PORT:-8080}/ ; Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests -Dspotless.check.skip=true -Prun package -pl web -am

# The embedded run seeds the demo company unless told otherwise.
export TEAMWARD_DEMO_DATA="${TEAMWARD_DEMO_DATA:-true}"
export TEAMWARD_DATA="${TEAMWARD_DATA:-$PWD/data}"
mkdir -p "$TEAMWARD_DATA"

exec java ${TEAMWARD_JAVA_OPTS:--XX:+UseSerialGC -Xmx512m} -jar web/target/payara-micro.jar \
  --deploy web/target/teamward.war --contextroot / \
  --prebootcommandfile web/src/main/payara/pre-boot-commands.asadmin \
  --port "${TEAMWARD_HTTP_PORT:-8080}" \
  --nohazelcast --disablephonehome
