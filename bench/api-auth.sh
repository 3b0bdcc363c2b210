#!/usr/bin/env bash
# Measures what authentication costs on the API, side by side in one run on one server on
# PostgreSQL:
#   a. GET /api, no credentials                the ceiling: a public JAX-RS answer with a JSON body
#   b. GET /api/me, Bearer device password     token digest, one query for device and grant
#      GET /api/me, Basic device id:token      the same, with Base64 and the id check
#   c. GET /api/me, access authorisation       the same for an interface, with an IP allow-list
#   e. POST /api/device, personal password     what "Basic with the personal password" would cost
#                                              every request: PBKDF2 at 600,000 iterations
# a, b and c are measured in BENCH_ROUNDS interleaved rounds, in a different order each round, and
# each figure is the median of its rounds, so that a slow moment of a shared machine does not fall
# on one kind only. Prints
# requests/s, p50 and p99 for each, the ratios b/a, c/a and b/e, the server's peak RSS, and the SQL
# statements that one request of each kind sends, counted from PostgreSQL's log.
#
#   bench/api-auth.sh     (needs wrk: apt-get install wrk, and the PostgreSQL at 127.0.0.1:5432,
#                          database test, trust auth; builds the WAR if it is missing)
#   BENCH_BEFORE=old.war bench/api-auth.sh
#                         before and after: a second server runs the other WAR (a build of an
#                         earlier commit), idle while the first is measured, and every round
#                         measures both, so that both see the same machine
#
# Environment: BENCH_SECONDS (default 10) per measurement, BENCH_WARMUP (15) per kind before the
# rounds, BENCH_ROUNDS (4), BENCH_THREADS (2),
# BENCH_CONNECTIONS (16), BENCH_PORT (18181), BENCH_WAR (the WAR to measure), BENCH_HEAP (512m),
# BENCH_GC (-XX:+UseSerialGC).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP:-15}
rounds=${BENCH_ROUNDS:-4}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
first_port=${BENCH_PORT:-18181}
root=$(mktemp -d)
servers=()
schemas=()
psql_() { PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -qAt "$@"; }
# The statement log is switched on only while statements are counted, and always switched off.
stop() {
  psql_ -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null 2>&1 || true
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  for schema in "${schemas[@]}"; do psql_ -c "DROP SCHEMA IF EXISTS $schema CASCADE" || true; done
  rm -rf "$root"
}
trap stop EXIT

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 1; }
. bench/server.sh

declare -A urls token basic interface_token pid
for variant in "${variants[@]}"; do
  start_variant "$variant" bench_auth
  urls[$variant]=$base pid[$variant]=$server

  created=$(admin_device)
  token[$variant]=$(grep -o '"token":"[^"]*"' <<<"$created" | cut -d'"' -f4)
  id=$(grep -o '"id":[0-9]*' <<<"$created" | head -1 | cut -d: -f2) # the device's, not the user's
  basic[$variant]=$(printf '%s:%s' "$id" "${token[$variant]}" | base64 -w0)
  # An interface that may see employees, from the loopback network among others.
  interface=$(curl -sf -X POST "${urls[$variant]}/api/access-authorisations" \
    -H "Authorization: Bearer ${token[$variant]}" -H 'Content-Type: application/json' \
    -d '{"name":"bench","permissions":["EMPLOYEE_VIEW"],"allowedNetworks":["10.0.0.0/8","192.168.0.0/16","127.0.0.0/8"],"active":true}')
  interface_token[$variant]=$(grep -o '"password":"[^"]*"' <<<"$interface" | cut -d'"' -f4)
  # Measure only what succeeds: every credential must authenticate.
  for header in "Bearer ${token[$variant]}" "Basic ${basic[$variant]}" "Bearer ${interface_token[$variant]}"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $header" "${urls[$variant]}/api/me")" = 200 ] \
      || { echo "authentication failed for $variant, ${header%% *} ${header:7:6}"; exit 1; }
  done
done

cat >"$root/device.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"bench@teamward.test","password":"bench-password-1","deviceName":"b","deviceType":"Script"}'
LUA

# wrk's latency in milliseconds: "1.23ms", "456.00us" or "1.20s".
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.1f\n", v}'; }
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

declare -A names=(
  [a]="GET /api, no credentials (ceiling)"
  [b1]="GET /api/me, Bearer device password"
  [b2]="GET /api/me, Basic device id:token"
  [c]="GET /api/me, access authorisation"
  [e]="POST /api/device, PBKDF2 600k")

# wrk's arguments for a kind on a variant, in $list.
wrk_args() { # kind, variant
  local b=${urls[$2]}
  case $1 in
    a) list=("$b/api") ;;
    b1) list=(-H "Authorization: Bearer ${token[$2]}" "$b/api/me") ;;
    b2) list=(-H "Authorization: Basic ${basic[$2]}" "$b/api/me") ;;
    c) list=(-H "Authorization: Bearer ${interface_token[$2]}" "$b/api/me") ;;
    e) list=(--timeout 60s -s "$root/device.lua" "$b/api/device") ;;
  esac
}

# One measurement into $root/<variant>/<kind>.<round>.txt.
run() { # kind, variant, round
  wrk_args "$1" "$2"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "${list[@]}" >"$root/$2/$1.$3.txt"
  grep -q 'Requests/sec' "$root/$2/$1.$3.txt" \
    || { echo "wrk measured nothing for $1 on $2:"; cat "$root/$2/$1.$3.txt"; exit 1; }
}

# The JIT keeps compiling for about a minute of load, and the same request measured during that
# minute ran up to a third slower than after it.
for variant in "${variants[@]}"; do
  for kind in a b1 b2 c; do # warm-up
    wrk_args "$kind" "$variant"
    wrk -t"$threads" -c"$connections" -d"${warmup}s" "${list[@]}" >/dev/null
  done
done
# Each round starts one kind later (a b1 b2 c, then b1 b2 c a, ...), so that no kind always
# follows the same other one: after the ceiling's high allocation rate, a collection may still
# be under way.
kinds=(a b1 b2 c)
for round in $(seq 1 "$rounds"); do
  for i in 0 1 2 3; do
    kind=${kinds[$(((round - 1 + i) % 4))]}
    for variant in "${variants[@]}"; do run "$kind" "$variant" "$round"; done
  done
done

# Statements per request: the server's connections are PostgreSQL backends whose every statement
# is logged while 20 requests of a kind are sent one after the other.
log=$(ls -t /var/log/postgresql/postgresql-*-main.log | head -1)
count_statements() { # header, base URL
  local pids from
  psql_ -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
  from=$(wc -l <"$log")
  for _ in $(seq 1 20); do curl -sf -o /dev/null -H "Authorization: $1" "$2/api/me"; done
  psql_ -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
  pids=$(psql_ -c "SELECT string_agg(pid::text, '|') FROM pg_stat_activity
                   WHERE datname = 'test' AND application_name = 'PostgreSQL JDBC Driver'")
  tail -n +"$((from + 1))" "$log" | grep -E "\[($pids)\].*(execute|statement)" \
    | grep -viE ': (BEGIN|COMMIT|ROLLBACK|SET |SHOW |SELECT pg_reload_conf)' >"$root/statements.log" || true
  echo "$(($(wc -l <"$root/statements.log") / 20))"
  sed -E 's/.*(execute [^:]*|statement): //' "$root/statements.log" | cut -c1-90 | sort | uniq -c \
    | sort -rn | awk '{ $1 = $1 / 20 "×"; print "    " $0 }'
}
b=${urls[after]}
statements_bearer=$(count_statements "Bearer ${token[after]}" "$b")
statements_basic=$(count_statements "Basic ${basic[after]}" "$b")
statements_interface=$(count_statements "Bearer ${interface_token[after]}" "$b")

# Each hash takes a good part of a second, so requests wait long in the queue: a long time-out,
# and one round, measured last so that its queued hashes cannot mix with the statement counts.
for variant in "${variants[@]}"; do
  wrk_args e "$variant"
  wrk -t"$threads" -c"$connections" -d5s "${list[@]}" >/dev/null
  run e "$variant" 1
done
declare -A rss
for variant in "${variants[@]}"; do
  rss[$variant]=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/${pid[$variant]}/status")
done

# The medians over a kind's rounds: requests/s, p50 and p99 in milliseconds.
figure() { # variant, kind, rps|p50|p99
  local files=("$root/$1/$2".*.txt)
  case $3 in
    rps) awk '/Requests\/sec/ {print $2}' "${files[@]}" | median ;;
    p50) awk '$1 == "50%" {print $2}' "${files[@]}" | to_ms | median ;;
    p99) awk '$1 == "99%" {print $2}' "${files[@]}" | to_ms | median ;;
  esac
}
# "n/a" where the divisor completed no request (see the report of e)
divide() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else printf "n/a"}'; }
ratio() { divide "$(figure "$1" "$2" rps)" "$(figure "$1" "$3" rps)"; } # variant, kind, kind

for variant in "${variants[@]}"; do
  printf '\n%s: %s\n' "$variant" "$(variant_war "$variant")"
  printf '%-42s %11s %9s %9s\n' "request" "requests/s" "p50 ms" "p99 ms"
  for kind in a b1 b2 c e; do
    printf '%-42s %11.1f %9s %9s\n' "${names[$kind]}" "$(figure "$variant" "$kind" rps)" \
      "$(figure "$variant" "$kind" p50)" "$(figure "$variant" "$kind" p99)"
  done
  printf 'b/a Bearer %s, Basic %s   c/a %s   b/e Bearer %s, Basic %s\n' \
    "$(ratio "$variant" b1 a)" "$(ratio "$variant" b2 a)" "$(ratio "$variant" c a)" \
    "$(ratio "$variant" b1 e)" "$(ratio "$variant" b2 e)"
  printf 'server peak RSS: %d MB (%s)\n' "${rss[$variant]}" "${jvm_options[*]}"
done
if [ ${#variants[@]} = 2 ]; then
  printf '\nafter/before, requests/s:'
  for kind in a b1 b2 c e; do printf '  %s %s' "$kind" \
    "$(divide "$(figure after "$kind" rps)" "$(figure before "$kind" rps)")"; done
  echo
fi
printf '\nSQL statements per GET /api/me (BEGIN and COMMIT not counted):\n'
printf '  Bearer device password: %s\n' "$statements_bearer"
printf '  Basic device id:token:  %s\n' "$statements_basic"
printf '  access authorisation:   %s\n' "$statements_interface"
printf '\n%s cores, %s threads, %s connections, %s rounds of %ss per request after %ss of warm-up\n' \
  "$(nproc)" "$threads" "$connections" "$rounds" "$seconds" "$warmup"
