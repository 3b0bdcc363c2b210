#!/usr/bin/env bash
# Measures what authentication costs on the API, side by side in one run on one server on
# PostgreSQL:
#   a. GET /api, no credentials                the ceiling: a public JAX-RS answer with a JSON body
#   b. GET /api/me, Bearer device password     token digest, one query for device and grant
#      GET /api/me, Basic device id:token      the same, with Base64 and the id check
#   c. GET /api/me, access authorisation       the same for an interface, with an IP allow-list
#   e. POST /api/device, personal password     what "Basic with the personal password" would cost
#                                              every request: PBKDF2 at 600,000 iterations
# Prints requests/s, p50 and p99 for each, the ratios b/a, c/a and b/e, the server's peak RSS,
# and the SQL statements that one request of each kind sends, counted from PostgreSQL's log.
#
#   bench/api-auth.sh     (needs wrk: apt-get install wrk, and the PostgreSQL at 127.0.0.1:5432,
#                          database test, trust auth; builds the WAR if it is missing)
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
schema=bench_auth
work=$(mktemp -d)
server=
psql_() { PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -qAt "$@"; }
# The statement log is switched on only while statements are counted, and always switched off.
stop() {
  psql_ -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null 2>&1 || true
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 1; }
. bench/server.sh
psql_ -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
postgres_env "$schema"
start_server "${database_env[@]}"

created=$(admin_device)
token=$(grep -o '"token":"[^"]*"' <<<"$created" | cut -d'"' -f4)
id=$(grep -o '"id":[0-9]*' <<<"$created" | head -1 | cut -d: -f2) # the device's, not the user's
basic=$(printf '%s:%s' "$id" "$token" | base64 -w0)
# An interface that may see employees, from the loopback network among others.
interface=$(curl -sf -X POST "$base/api/access-authorisations" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' \
  -d '{"name":"bench","permissions":["EMPLOYEE_VIEW"],"allowedNetworks":["10.0.0.0/8","192.168.0.0/16","127.0.0.0/8"],"active":true}')
interface_token=$(grep -o '"password":"[^"]*"' <<<"$interface" | cut -d'"' -f4)
# Measure only what succeeds: every credential must authenticate.
for header in "Bearer $token" "Basic $basic" "Bearer $interface_token"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $header" "$base/api/me")" = 200 ] \
    || { echo "authentication failed for ${header%% *} ${header:7:6}"; exit 1; }
done

cat >"$work/device.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"bench@teamward.test","password":"bench-password-1","deviceName":"b","deviceType":"Script"}'
LUA

# wrk's latency in milliseconds: "1.23ms", "456.00us" or "1.20s".
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.1f", v}'; }

measure() { # key, label, extra wrk arguments...
  local key=$1 label=$2; shift 2
  wrk -t"$threads" -c"$connections" -d5s "$@" >/dev/null # warm-up
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$@" >"$work/$key.txt"
  printf '%s\t%s\t%s\t%s\t%s\n' "$key" "$label" \
    "$(awk '/Requests\/sec/ {print $2}' "$work/$key.txt")" \
    "$(awk '$1 == "50%" {print $2}' "$work/$key.txt" | to_ms)" \
    "$(awk '$1 == "99%" {print $2}' "$work/$key.txt" | to_ms)"
}

{
  measure a "GET /api, no credentials (ceiling)" "$base/api"
  measure b1 "GET /api/me, Bearer device password" -H "Authorization: Bearer $token" "$base/api/me"
  measure b2 "GET /api/me, Basic device id:token" -H "Authorization: Basic $basic" "$base/api/me"
  measure c "GET /api/me, access authorisation" -H "Authorization: Bearer $interface_token" \
    "$base/api/me"
  measure e "POST /api/device, PBKDF2 600k" -s "$work/device.lua" "$base/api/device"
} >"$work/results.tsv"
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")

# Statements per request: the server's connections are PostgreSQL backends whose every statement
# is logged while 20 requests of a kind are sent one after the other.
log=$(ls -t /var/log/postgresql/postgresql-*-main.log | head -1)
count_statements() { # header
  local pids from
  psql_ -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
  from=$(wc -l <"$log")
  for _ in $(seq 1 20); do curl -sf -o /dev/null -H "Authorization: $1" "$base/api/me"; done
  psql_ -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
  pids=$(psql_ -c "SELECT string_agg(pid::text, '|') FROM pg_stat_activity
                   WHERE datname = 'test' AND application_name = 'PostgreSQL JDBC Driver'")
  tail -n +"$((from + 1))" "$log" | grep -E "\[($pids)\].*(execute|statement)" \
    | grep -viE ': (BEGIN|COMMIT|ROLLBACK|SET |SHOW |SELECT pg_reload_conf)' >"$work/statements.log" || true
  echo "$(($(wc -l <"$work/statements.log") / 20))"
  sed -E 's/.*(execute [^:]*|statement): //' "$work/statements.log" | cut -c1-90 | sort | uniq -c \
    | sort -rn | awk '{ $1 = $1 / 20 "×"; print "    " $0 }'
}

value() { awk -F'\t' -v k="$1" -v c="$2" '$1 == k {print $c}' "$work/results.tsv"; }
ratio() { awk -v a="$(value "$1" 3)" -v b="$(value "$2" 3)" 'BEGIN {printf "%.2f", a / b}'; }

printf '\n%-42s %11s %9s %9s\n' "request" "requests/s" "p50 ms" "p99 ms"
while IFS=$'\t' read -r _ label rps p50 p99; do
  printf '%-42s %11.1f %9s %9s\n' "$label" "$rps" "$p50" "$p99"
done <"$work/results.tsv"
printf '\nb/a Bearer %s, Basic %s   c/a %s   b/e Bearer %s, Basic %s\n' \
  "$(ratio b1 a)" "$(ratio b2 a)" "$(ratio c a)" "$(ratio b1 e)" "$(ratio b2 e)"
printf 'server peak RSS: %d MB (-Xmx768m)\n' "$((rss_kb / 1024))"
printf '\nSQL statements per GET /api/me (BEGIN and COMMIT not counted):\n'
printf '  Bearer device password: %s\n' "$(count_statements "Bearer $token")"
printf '  Basic device id:token:  %s\n' "$(count_statements "Basic $basic")"
printf '  access authorisation:   %s\n' "$(count_statements "Bearer $interface_token")"
printf '\n%s cores, %s threads, %s connections, %ss per measurement after 5 s of warm-up\n' \
  "$(nproc)" "$threads" "$connections" "$seconds"
