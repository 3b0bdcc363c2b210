#!/usr/bin/env bash
# An installation's data carries over to this build. The last release for Payara 6 and Java 17
# (commit $UPGRADE_FROM) writes a database with its Flyway history, on the embedded H2 in files
# and on PostgreSQL; this build then starts on that database, on Payara 7, and must answer the
# same records in every list, and accept the device password made before the upgrade.
#
#   .ci/upgrade.sh     (needs a JDK 17 for the old release and a JDK 21+ for this one, and the
#                       PostgreSQL at 127.0.0.1:5432 that .ci/run starts)
set -euo pipefail
cd "$(dirname "$0")/.."
from=${UPGRADE_FROM:-de22046}
. bin/jdk.sh
new_jdk=$TEAMWARD_JDK
old_jdk=$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -1)
[ -n "$old_jdk" ] || { echo "the upgrade test needs a JDK 17 for the Payara 6 release (apt-get install openjdk-17-jdk)"; exit 1; }

work=$(mktemp -d)
port=18190
base="http://127.0.0.1:$port"
server=
cleanup() {
  [ -z "$server" ] || { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
  git worktree remove --force "$work/old" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== The release $from, built for Payara 6 with Java 17"
git worktree add -q --detach "$work/old" "$from"
(cd "$work/old" && JAVA_HOME="$old_jdk" PATH="$old_jdk/bin:$PATH" \
  mvn -B -q -DskipTests -Dspotless.check.skip=true -Prun package -pl web -am)
echo "== This build, for Payara 7"
[ -f web/target/teamward.war ] && [ -f web/target/payara-micro.jar ] ||
  mvn -B -q -DskipTests -Dspotless.check.skip=true -Prun package -pl web -am

start() { # jdk, build folder, log, environment NAME=value...
  local jdk=$1 build=$2 log=$3; shift 3
  env TEAMWARD_ADMIN_EMAIL=upgrade@teamward.test TEAMWARD_ADMIN_PASSWORD=upgrade-password-not-secret-1 \
    TEAMWARD_DEMO_DATA=true TEAMWARD_TOKEN_PEPPER=upgrade-pepper-not-secret-0123456789abcdef \
    TEAMWARD_TOTP_KEY=upgrade-totp-key-not-secret-0123456789abcdef "$@" \
    "$jdk/bin/java" -Djava.net.preferIPv4Stack=false -XX:+UseSerialGC -Xmx512m -jar "$build/web/target/payara-micro.jar" \
    --deploy "$build/web/target/teamward.war" --contextroot / --port "$port" \
    --prebootcommandfile "$build/web/src/main/payara/pre-boot-commands.asadmin" \
    --nohazelcast --disablephonehome --logtofile "$log" >/dev/null 2>&1 &
  server=$!
  until curl -sf -o /dev/null "$base/health/ready"; do
    kill -0 "$server" 2>/dev/null || { echo "the server did not start:"; tail -40 "$log"*; exit 1; }
    sleep 1
  done
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }

# Fields this build's API adds since the release: an upgrade cannot have kept what did not exist,
# so they are left out of both snapshots (a user's sign-in mode, "sso").
added='["sso"]'

# Every list as the administrator sees its first 500 items, and each list's total, one field per
# line. A device's "last used" moves with every request, so the devices are compared by their
# total only. A group's permissions are a set, whose order the API leaves open: sorted here.
snapshot() { # token, file
  local list
  for list in employees projects time-bookings attendance absences users user-groups \
    access-authorisations; do
    echo "== $list"
    curl -sf "$base/api/$list?limit=500" -H "Authorization: Bearer $1" |
      jq -S --argjson added "$added" \
        'walk(if type == "object" then with_entries(select(.key as $k | $added | index($k) | not)) else . end)
         | (.. | .permissions? | arrays) |= sort'
  done >"$2"
  curl -sf "$base/api/devices" -H "Authorization: Bearer $1" | jq .total >>"$2"
}

upgrade() { # label, environment NAME=value...
  local label=$1; shift
  echo "== $label: the release $from writes the database"
  start "$old_jdk" "$work/old" "$work/$label-old.log" "$@"
  local token
  token=$(curl -sf -X POST "$base/api/device" -H 'Content-Type: application/json' \
    -d '{"email":"upgrade@teamward.test","password":"upgrade-password-not-secret-1","deviceName":"before the upgrade","deviceType":"Script"}' |
    grep -o '"token":"[^"]*"' | cut -d'"' -f4)
  [ -n "$token" ] || { echo "no device password from the release"; exit 1; }
  snapshot "$token" "$work/$label-before"
  stop
  echo "== $label: this build starts on it"
  start "$new_jdk" . "$work/$label-new.log" "$@"
  snapshot "$token" "$work/$label-after"
  stop
  if ! diff -q "$work/$label-before" "$work/$label-after" >/dev/null; then
    echo "The data differs after the upgrade ($label):"
    diff "$work/$label-before" "$work/$label-after" | head -40
    exit 1
  fi
  # Payara 7 writes the file given to --logtofile with a number appended (name.log.0)
  if grep -q SEVERE "$work/$label-new.log"*; then
    echo "SEVERE in the log of the upgraded start ($label):"
    grep -h -A5 SEVERE "$work/$label-new.log"* | head -40 || true
    exit 1
  fi
  echo "$label: every list the same after the upgrade ($(grep -c '"id"' "$work/$label-after") records), the device password works"
}

upgrade h2 TEAMWARD_DATA="$work/data-h2"

psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q \
  -c "DROP SCHEMA IF EXISTS teamward_upgrade CASCADE" -c "CREATE SCHEMA teamward_upgrade"
upgrade postgresql TEAMWARD_DATA="$work/data-pg" \
  "TEAMWARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=teamward_upgrade" \
  TEAMWARD_DB_USER=postgres
psql -h 127.0.0.1 -U postgres -d test -q -c "DROP SCHEMA teamward_upgrade CASCADE"
