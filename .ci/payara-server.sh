#!/usr/bin/env bash
# Deploys the built WAR once on Payara Server 7 the way enterprise IT does (asadmin start-domain,
# asadmin deploy), checks health, the sign-in page and one API call, and stops the domain.
#
#   .ci/payara-server.sh     (after a build that left web/target/teamward.war; needs a JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
export JAVA_HOME="$TEAMWARD_JDK" PATH="$TEAMWARD_JDK/bin:$PATH"

# help:evaluate prints colour codes around the value even in batch mode
version=$(mvn -B -q -N help:evaluate -Dexpression=payara-server.version -DforceStdout |
  sed 's/\x1b\[[0-9;]*m//g')
work=$(mktemp -d)
asadmin="$work/payara7/bin/asadmin"
# Payara Server listens on 8080 (HTTP) and 4848 (administration) by default.
base=http://127.0.0.1:8080
cleanup() {
  "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Payara Server $version"
mvn -B -q dependency:copy -Dartifact="fish.payara.distributions:payara:$version:zip" \
  -DoutputDirectory="$work"
unzip -q "$work/payara-$version.zip" -d "$work"

# Environment variables given to start-domain reach MicroProfile Config, as the README says.
TEAMWARD_DATA="$work/data" TEAMWARD_ADMIN_EMAIL=smoke@teamward.test \
  TEAMWARD_ADMIN_PASSWORD=smoke-password-for-the-server-1 "$asadmin" start-domain domain1
"$asadmin" deploy --contextroot / --name teamward web/target/teamward.war

fail() { echo "Payara Server smoke test failed: $*"; tail -40 "$work/payara7/glassfish/domains/domain1/logs/server.log"; exit 1; }
# Each answer is read whole before it is searched: with pipefail, "curl | grep -q" fails whenever
# grep finds its match and exits before curl has written the rest of a longer page.
answer() { curl -sf "$@" || echo "(no answer: curl exit $?)"; }
[[ $(answer "$base/health/ready") == *'"status":"UP"'* ]] || fail "health is not UP"
[[ $(answer "$base/login.xhtml") == *'type="password"'* ]] || fail "no sign-in form"
token=$(curl -sf -X POST "$base/api/device" -H 'Content-Type: application/json' \
  -d '{"email":"smoke@teamward.test","password":"smoke-password-for-the-server-1","deviceName":"smoke","deviceType":"Script"}' |
  sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || fail "POST /api/device gave no device password"
[[ $(answer "$base/api/me" -H "Authorization: Bearer $token") == *'"credential":"device-password"'* ]] ||
  fail "GET /api/me does not take the device password"
grep -q 'SEVERE' "$work/payara7/glassfish/domains/domain1/logs/server.log" && fail "SEVERE in the server log"
echo "Payara Server $version: health, the sign-in page and the API answer"
