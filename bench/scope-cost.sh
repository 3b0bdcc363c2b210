#!/usr/bin/env bash
# What an employee scope costs a list, side by side in one run on one server (PostgreSQL), with
# an access authorisation whose scope is all employees, 5 chosen employees, 5,000 chosen
# employees, or one department of 250:
#   A. GET /api/time-bookings?limit=50&employeeId=<one employee every scope holds>
#      the same 10 rows for every scope: what the scope itself costs
#   B. GET /api/time-bookings?limit=50
#      the whole scope: 50 to 50,000 matching rows, counted and sorted
# 5,005 employees with 10 bookings each are loaded with SQL. The scope is never bound as an id
# list (chosen employees are a subquery on the authorisation), so in A the 5,000-employee scope
# should cost about what the 5-employee scope does.
#
#   bench/scope-cost.sh     (needs wrk and a PostgreSQL at 127.0.0.1:5432, database test, trust
#                            auth; builds the WAR if missing)
#
# Environment: BENCH_SECONDS (default 15), BENCH_THREADS (2), BENCH_CONNECTIONS (16),
# BENCH_PORT (18182).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${BENCH_SECONDS:-15}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
port=${BENCH_PORT:-18182}
base="http://127.0.0.1:$port"
schema=bench_scope
psql_() { PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q "$@"; }
work=$(mktemp -d)
server=
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 1; }
. bench/server.sh

psql_ -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
postgres_env "$schema"
start_server "${database_env[@]}"

# Ids far above the sequence's, so that the application's own ids never collide.
psql_ -c "SET search_path TO $schema" -c "
  INSERT INTO project (id, version, code, name, status) VALUES (90000000, 0, 'BENCH', 'Bench', 'ACTIVE');
  INSERT INTO employee (id, version, personnel_number, first_name, last_name, department, time_zone, active)
    SELECT 90000000 + n, 0, 'B' || n, 'Bench', 'Employee ' || n, 'Dept ' || (n % 20), 'UTC', true
    FROM generate_series(1, 5005) n;
  INSERT INTO time_booking (id, version, employee_id, project_id, booking_date, duration_minutes, billable)
    SELECT 91000000 + e * 10 + d, 0, 90000000 + e, 90000000, DATE '2026-01-01' + d, 60, true
    FROM generate_series(1, 5005) e, generate_series(0, 9) d;
  ANALYZE;"

created=$(admin_device)
admin=$(grep -o '"token":"[^"]*"' <<<"$created" | cut -d'"' -f4)

authorisation() { # employeeScope JSON -> password
  curl -sf -X POST "$base/api/access-authorisations" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench\",\"permissions\":[\"TIME_VIEW_ALL\"],\"employeeScope\":$1}" \
    | grep -o '"password":"[^"]*"' | cut -d'"' -f4
}
ids() { seq -s, "$((90000001))" "$((90000000 + $1))"; }
all=$(authorisation '"all"')
five=$(authorisation "[$(ids 5)]")
thousands=$(authorisation "[$(ids 5000)]")
department=$(authorisation '{"departments":["Dept 7"]}')
for password in "$all" "$five" "$thousands" "$department"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $password" "$base/api/time-bookings?limit=50")" = 200 ] \
    || { echo "a bench authorisation does not work"; exit 1; }
done

measure() { # label, password, query
  local url="$base/api/time-bookings?limit=50$3"
  wrk -t"$threads" -c"$connections" -d5s -H "Authorization: Bearer $2" "$url" >/dev/null # warm-up
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $2" "$url" \
    | awk -v label="$1" '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
                         END {printf "%s\t%s\t%s\t%s\n", label, rps, p50, p99}'
}
report() { # title, query
  {
    measure "all employees" "$all" "$2"
    measure "5 chosen employees" "$five" "$2"
    measure "5,000 chosen employees" "$thousands" "$2"
    measure "one department (250)" "$department" "$2"
  } >"$work/results.tsv"
  local baseline
  baseline=$(sed -n 2p "$work/results.tsv" | cut -f2)
  printf '\n%s\n%-28s %12s %9s %9s %14s\n' "$1" "scope" "requests/s" "p50" "p99" "vs 5 chosen"
  while IFS=$'\t' read -r label rps p50 p99; do
    printf '%-28s %12.1f %9s %9s %13.2fx\n' "$label" "$rps" "$p50" "$p99" \
      "$(awk -v a="$rps" -v b="$baseline" 'BEGIN {print a / b}')"
  done <"$work/results.tsv"
}
# employee 90000007 is among the first five, in the 5,000, and in Dept 7
report "A. GET /api/time-bookings?limit=50&employeeId=… (the same 10 rows)" "&employeeId=90000007"
report "B. GET /api/time-bookings?limit=50 (the whole scope)" ""
printf '\n%s cores, %s threads, %s connections, %ss per measurement; 5,005 employees, 50,050 bookings\n' \
  "$(nproc)" "$threads" "$connections" "$seconds"
psql_ -c "DROP SCHEMA IF EXISTS $schema CASCADE"
