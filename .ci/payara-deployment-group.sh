#!/usr/bin/env bash
# Runs the WAR as docs/operations.md says ("Payara Server 7: a deployment group"): a Payara Server
# 7 domain with a deployment group of two instances on this machine, on one PostgreSQL schema, their
# web sessions in the data grid. Checks that both are healthy with one first administrator, that a
# web session begun on one instance goes on on the other (also once the first is stopped), and that
# a device password made on one works on the other; then stops everything and drops the schema.
#
#   .ci/payara-deployment-group.sh   (after a build that left web/target/teamward.war; needs a JDK
#                                     21+ and PostgreSQL on 127.0.0.1:5432, database test, user
#                                     postgres without a password, as .ci/run starts it)
#
# It uses the default ports of a Payara Server domain and its first two instances (4848, 8080,
# 28080, 28081, the data grid's 4900, 5900 and 5901): it stops at once if one of them is taken.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
export JAVA_HOME="$TEAMWARD_JDK" PATH="$TEAMWARD_JDK/bin:$PATH"
# The instances must get their settings from the domain's configuration, not from this environment
# (instances started by the domain inherit its environment).
for variable in $(compgen -e | grep '^TEAMWARD_' || true); do unset "$variable"; done

# help:evaluate prints colour codes around the value even in batch mode
version=$(mvn -B -q -N help:evaluate -Dexpression=payara-server.version -DforceStdout |
  sed 's/\x1b\[[0-9;]*m//g')
work=$(mktemp -d)
asadmin="$work/payara7/bin/asadmin"
domain_log="$work/payara7/glassfish/domains/domain1/logs/server.log"
instance_log() { echo "$work/payara7/glassfish/nodes/localhost-domain1/$1/logs/server.log"; }
schema=teamward_pserver
one=http://127.0.0.1:28080
two=http://127.0.0.1:28081
email=admin@teamward.test
password=deployment-group-password-1
sql() {
  PGOPTIONS="-c client_min_messages=warning" \
    psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q "$@"
}

domain_started=false
cleanup() {
  if $domain_started; then
    "$asadmin" stop-deployment-group teamward >/dev/null 2>&1 || true
    "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
  fi
  sql -c "DROP SCHEMA IF EXISTS $schema CASCADE" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "Payara Server deployment group check failed: $*"
  for log in "$domain_log" "$(instance_log teamward-1)" "$(instance_log teamward-2)"; do
    [ -f "$log" ] && { echo "--- last lines of $log"; tail -30 "$log"; }
  done
  exit 1
}
# Each answer is read whole before it is searched (see .ci/payara-server.sh).
answer() { curl -s "$@" || echo "(no answer: curl exit $?)"; }

for port in 4848 8080 28080 28081 4900 5900 5901; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is taken on 127.0.0.1; the deployment group check needs it."
    exit 1
  fi
done
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  echo "PostgreSQL does not answer on 127.0.0.1:5432"
  exit 1
fi
sql -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"

echo "Payara Server $version, a deployment group of two instances"
mvn -B -q dependency:copy -Dartifact="fish.payara.distributions:payara:$version:zip" \
  -DoutputDirectory="$work"
unzip -q "$work/payara-$version.zip" -d "$work"

"$asadmin" start-domain domain1
domain_started=true

# The commands of docs/operations.md, with loopback addresses.
"$asadmin" set-hazelcast-configuration --clustername teamward-deployment-group-check \
  --clustermode tcpip --tcpipmembers 127.0.0.1:4900,127.0.0.1:5900,127.0.0.1:5901 \
  --interfaces 127.0.0.1 --dynamic true
"$asadmin" copy-config default-config teamward-config
"$asadmin" set \
  configs.config.teamward-config.network-config.protocols.protocol.http-listener-1.http.allow-payload-for-undefined-http-methods=true \
  configs.config.teamward-config.network-config.protocols.protocol.http-listener-1.http.server-header=false
password_alias() { # name value
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2" >"$work/alias"
  "$asadmin" --passwordfile "$work/alias" create-password-alias "$1"
  rm "$work/alias"
}
password_alias teamward-token-pepper "$(openssl rand -hex 32)"
password_alias teamward-totp-key "$(openssl rand -hex 32)"
password_alias teamward-admin-password "$password"
property() { "$asadmin" create-system-properties --target teamward-config "$1"; }
property "teamward.db.url=jdbc\\:postgresql\\://127.0.0.1\\:5432/test?currentSchema\\=$schema"
property teamward.db.user=postgres
property 'teamward.token.pepper=${ALIAS\=teamward-token-pepper}'
property 'teamward.totp.key=${ALIAS\=teamward-totp-key}'
property "teamward.admin.email=$email"
property 'teamward.admin.password=${ALIAS\=teamward-admin-password}'
property teamward.demo-data=false
"$asadmin" create-deployment-group teamward
"$asadmin" create-instance --node localhost-domain1 --config teamward-config \
  --deploymentgroup teamward --systemproperties HTTP_LISTENER_PORT=28080 teamward-1
"$asadmin" create-instance --node localhost-domain1 --config teamward-config \
  --deploymentgroup teamward --systemproperties HTTP_LISTENER_PORT=28081 teamward-2
"$asadmin" start-deployment-group teamward
"$asadmin" deploy --target teamward --contextroot / --name teamward --availabilityenabled=true \
  web/target/teamward.war

for base in $one $two; do
  for _ in $(seq 1 60); do
    [[ $(answer "$base/health/ready") == *'"status":"UP"'* ]] && continue 2
    sleep 2
  done
  fail "$base/health/ready is not UP: $(answer "$base/health/ready")"
done
members=$("$asadmin" list-hazelcast-cluster-members || true)
[[ $members == *teamward-1* && $members == *teamward-2* ]] ||
  fail "the data grid does not have both instances: $members"
accounts=$(sql -At -c "SELECT email FROM $schema.user_account" || true)
[ "$accounts" = "$email" ] ||
  fail "user_account should hold the one first administrator, holds: $accounts"

# Signs in through the form on $1, the cookies (JSESSIONID, JSESSIONIDVERSION) into the jar $2.
sign_in() {
  local page="$work/page" headers="$work/headers" view_state nonce status
  curl -s -c "$2" -b "$2" -D "$headers" -o "$page" "$1/login.xhtml" ||
    fail "no answer from $1/login.xhtml"
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" |
    sed 's/.*value="//;s/"$//')
  nonce=$(grep -i '^content-security-policy:' "$headers" | grep -o "'nonce-[^']*'" | head -1 |
    sed "s/^'nonce-//;s/'$//")
  [ -n "$view_state" ] && [ -n "$nonce" ] || fail "no view state or nonce on $1/login.xhtml"
  status=$(curl -s -c "$2" -b "$2" -o /dev/null -w '%{http_code} %{redirect_url}' "$1/login.xhtml" \
    --data-urlencode login=login --data-urlencode "login:email=$email" \
    --data-urlencode "login:password=$password" --data-urlencode login:signIn= \
    --data-urlencode "jakarta.faces.ViewState=$view_state" \
    --data-urlencode "primefaces.nonce=$nonce" || true)
  [ "$status" = "302 $1/index.xhtml" ] || fail "signing in on $1 answered $status"
}
# Whether the cookies of jar $2 are a signed-in session on $1.
signed_in() {
  local page
  page=$(curl -s -b "$2" -c "$2" -w '\n%{http_code}' "$1/index.xhtml" || true)
  [[ $page == *$'\n200' && $page != *'id="login:signIn"'* ]]
}

sign_in $one "$work/jar"
signed_in $two "$work/jar" || fail "a session begun on teamward-1 is not signed in on teamward-2"
signed_in $one "$work/jar" || fail "the session is no longer signed in on teamward-1"

token=$(curl -s -X POST "$one/api/device" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\",\"deviceName\":\"check\",\"deviceType\":\"Script\"}" |
  sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p' || true)
[ -n "$token" ] || fail "POST /api/device on teamward-1 gave no device password"
[[ $(answer "$two/api/me" -H "Authorization: Bearer $token") == *'"credential":"device-password"'* ]] ||
  fail "teamward-2 does not take the device password made on teamward-1"

sign_in $one "$work/jar2"
"$asadmin" stop-instance teamward-1
signed_in $two "$work/jar2" ||
  fail "with teamward-1 stopped, its session is not signed in on teamward-2"

for log in "$domain_log" "$(instance_log teamward-1)" "$(instance_log teamward-2)"; do
  if grep -q '\[SEVERE\]' "$log"; then
    grep -A3 '\[SEVERE\]' "$log" | head -40
    fail "SEVERE in $log"
  fi
done
echo "Payara Server $version deployment group: two instances on one database, one first" \
  "administrator, sessions and device passwords valid on either instance"
