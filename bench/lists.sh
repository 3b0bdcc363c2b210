#!/usr/bin/env bash
# The lists at the size of a real customer, side by side in one run on one server (PostgreSQL):
# 1,000 employees in 20 departments, 200 projects, 1,000,000 time bookings over two years, a year
# of attendance (250,000 records, each with a break), 10,000 absences and 50 access
# authorisations, loaded with SQL in seconds. Each list is asked for a page of 50 by an
# administrator's device password (and one by a department's access authorisation), with wrk:
#
#   bench/lists.sh          (needs wrk and a PostgreSQL at 127.0.0.1:5432, database test, trust
#                            auth; builds the WAR if missing)
#   BENCH_BEFORE=old.war bench/lists.sh
#                           before and after: a second server with its own copy of the data runs
#                           the other WAR, idle while the first is measured; each list is
#                           measured on both, one after the other, so both see the same machine
#   BENCH_ROWS=20000 bench/lists.sh --smoke
#                           (a small data set and one short request each: checks that the loader
#                            and every list still work, as .ci/run does)
#   bench/lists.sh --plans  (the query plans, EXPLAIN ANALYZE, of every statement that one request
#                            of each list sends, as PostgreSQL ran them: auto_explain is preloaded
#                            for new sessions while the script runs, and logs only while each
#                            request runs)
#
# Environment: BENCH_SECONDS (default 15), BENCH_THREADS (2), BENCH_CONNECTIONS (16), BENCH_ONLY
# (below), BENCH_PORT (18183), BENCH_ROWS (bookings, 1000000), BENCH_WAR (the WAR to measure),
# BENCH_HEAP (512m), BENCH_GC (-XX:+UseSerialGC), BENCH_JAVA_OPTS (more JVM options; with
# -XX:NativeMemoryTracking=summary the report ends with the server's native memory by area).
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=false plans=false
[ "${1:-}" = "--smoke" ] && smoke=true
[ "${1:-}" = "--plans" ] && plans=true smoke=true
seconds=${BENCH_SECONDS:-15}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
first_port=${BENCH_PORT:-18183}
rows=${BENCH_ROWS:-1000000}
psql_() { PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q "$@"; }
root=$(mktemp -d)
servers=()
schemas=()
stop() {
  if $plans; then
    psql_ -c "ALTER SYSTEM RESET session_preload_libraries" -c "ALTER SYSTEM RESET auto_explain.log_min_duration" \
      -c "ALTER SYSTEM RESET auto_explain.log_analyze" -c "ALTER SYSTEM RESET auto_explain.log_buffers" \
      -c "SELECT pg_reload_conf()" >/dev/null 2>&1 || true
  fi
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  for schema in "${schemas[@]}"; do psql_ -c "DROP SCHEMA IF EXISTS $schema CASCADE" || true; done
  rm -rf "$root"
}
trap stop EXIT

$smoke || command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 1; }
. bench/server.sh

# The server's connections load auto_explain when they open, and it logs nothing until plan() asks.
if $plans; then
  psql_ -c "ALTER SYSTEM SET session_preload_libraries = 'auto_explain'" -c "SELECT pg_reload_conf()" >/dev/null
fi

month_from=$(date -u -d '-45 days' +%F)
month_to=$(date -u -d '-15 days' +%F)
year_from=$(date -u -d '-365 days' +%FT00:00:00Z)

declare -A urls admin department web pid rate
for variant in "${variants[@]}"; do
  start_variant "$variant" bench_lists
  urls[$variant]=$base pid[$variant]=$server

  # Ids far above the sequence's, so that the application's own ids never collide. Two years of
  # bookings end today; the year of attendance and the absences end today too.
  started=$(date +%s)
  psql_ -c "SET search_path TO $schema" -c "
    INSERT INTO project (id, version, code, name, status)
      SELECT 90000000 + n, 0, 'BENCH-' || n, 'Bench project ' || n, 'ACTIVE' FROM generate_series(1, 200) n;
    INSERT INTO employee (id, version, personnel_number, first_name, last_name, department, time_zone, active)
      SELECT 90000000 + n, 0, 'B' || n, 'Bench', 'Employee ' || n, 'Dept ' || (n % 20), 'UTC', true
      FROM generate_series(1, 1000) n;
    INSERT INTO time_booking (id, version, employee_id, project_id, booking_date, start_time, end_time,
                              duration_minutes, description, billable)
      SELECT 91000000 + n, 0, 90000001 + n % 1000, 90000001 + (n / 7) % 200,
             CURRENT_DATE - n % 730, TIME '08:00' + (n % 8) * INTERVAL '1 hour',
             TIME '09:00' + (n % 8) * INTERVAL '1 hour', 60, 'Bench booking ' || n, n % 3 > 0
      FROM generate_series(0, $rows - 1) n;
    INSERT INTO attendance_record (id, version, employee_id, check_in, check_out, category, source)
      SELECT 93000000 + e * 250 + d, 0, 90000000 + e,
             date_trunc('day', now()) - (d + 1) * INTERVAL '1 day' + INTERVAL '8 hours',
             date_trunc('day', now()) - (d + 1) * INTERVAL '1 day' + INTERVAL '16 hours 30 minutes',
             'OFFICE', 'TERMINAL'
      FROM generate_series(1, 1000) e, generate_series(0, $((rows >= 250000 ? 249 : 9))) d;
    INSERT INTO attendance_break (record_id, break_start, break_end)
      SELECT id, check_in + INTERVAL '4 hours', check_in + INTERVAL '4 hours 30 minutes'
      FROM attendance_record WHERE id >= 93000000;
    INSERT INTO absence (id, version, employee_id, absence_type, start_date, end_date, start_half_day,
                         end_half_day, status, medical_certificate, created_at)
      SELECT 95000000 + e * 10 + k, 0, 90000000 + e, 'ANNUAL_LEAVE', CURRENT_DATE - k * 30,
             CURRENT_DATE - k * 30 + 2, false, false, 'APPROVED', false, now()
      FROM generate_series(1, 1000) e, generate_series(0, 9) k;
    ANALYZE;"
  loaded=$(($(date +%s) - started))

  created=$(admin_device)
  admin[$variant]=$(grep -o '"token":"[^"]*"' <<<"$created" | cut -d'"' -f4)
  # 50 access authorisations, as a customer with terminals and services has them; one of them sees
  # the bookings of one department (50 employees, 50,000 bookings), as a team's reporting tool would.
  authorisation() { # employeeScope JSON -> password
    curl -sf -X POST "$base/api/access-authorisations" -H "Authorization: Bearer ${admin[$variant]}" \
      -H 'Content-Type: application/json' \
      -d "{\"name\":\"bench $2\",\"permissions\":[\"TIME_VIEW_ALL\"],\"employeeScope\":$1}" \
      | grep -o '"password":"[^"]*"' | cut -d'"' -f4
  }
  department[$variant]=$(authorisation '{"departments":["Dept 7"]}' department)
  # The administrator signed in to the web UI, as a browser would: the login form's view state and
  # the page's script nonce (from its Content-Security-Policy), then the session cookie (HttpOnly
  # cookies are marked so in curl's jar).
  jar="$root/cookies-$variant"
  page=$(curl -sf -D - -c "$jar" -b "$jar" "$base/login.xhtml")
  view_state=$(grep -o 'jakarta.faces.ViewState[^>]*value="[^"]*"' <<<"$page" | head -1 \
    | sed 's/.*value="//; s/"$//')
  nonce=$(grep -io "^content-security-policy:.*" <<<"$page" | grep -o "'nonce-[^']*'" | head -1 \
    | sed "s/'nonce-//; s/'$//")
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" \
    --data-urlencode "login:email=bench@teamward.test" --data-urlencode "login:password=bench-password-1" \
    --data-urlencode "login:signIn=" --data-urlencode "jakarta.faces.ViewState=$view_state" \
    --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml"
  web[$variant]=$(awk '/^#HttpOnly_/ || !/^#/ { if (NF >= 7) { printf "%s%s=%s", sep, $6, $7; sep = "; " } }' "$jar")
  for n in $(seq 1 49); do authorisation "[$((90000000 + n))]" "$n" >/dev/null; done
done

# label|path, and "department" where the department's access authorisation asks instead of the
# administrator's device password, "web" where the administrator's web session asks for a page
# (its first 20 rows, as the page opens)
lists=(
  "bookings, everyone|/api/time-bookings?limit=50"
  "bookings, one employee|/api/time-bookings?limit=50&employeeId=90000007"
  "bookings, one department|/api/time-bookings?limit=50|department"
  "bookings, one month|/api/time-bookings?limit=50&from=$month_from&to=$month_to"
  "bookings, deep page|/api/time-bookings?limit=50&offset=$((rows / 20))"
  "bookings, cursor mid-way|/api/time-bookings?limit=50&after=$((91000000 + rows / 2))"
  "attendance, a year|/api/attendance?limit=50&from=$year_from"
  "attendance, one employee|/api/attendance?limit=50&employeeId=90000007"
  "absences, everyone|/api/absences?limit=50"
  "api: bookings, 20 as the page|/api/time-bookings?limit=20"
  "web: bookings page|/time/bookings.xhtml|web"
  "api: attendance, 20 as the page|/api/attendance?limit=20"
  "web: attendance page|/attendance/attendance.xhtml|web"
  "api: absences, 20 as the page|/api/absences?limit=20"
  "web: absences page|/absences/absences.xhtml|web"
)
# BENCH_ONLY="bookings, everyone" measures only the lists whose label contains it, as a profile of
# one list wants.
if [ -n "${BENCH_ONLY:-}" ]; then
  chosen=()
  for entry in "${lists[@]}"; do [[ ${entry%%|*} == *"$BENCH_ONLY"* ]] && chosen+=("$entry"); done
  lists=("${chosen[@]}")
fi
# The header a list is asked with.
credential() { # variant, who
  case $2 in
    department) echo "Authorization: Bearer ${department[$1]}" ;;
    web) echo "Cookie: ${web[$1]}" ;;
    *) echo "Authorization: Bearer ${admin[$1]}" ;;
  esac
}

# Prints the plans of the statements that one request sends, from PostgreSQL's log: the server's
# connections are the backends named in pg_stat_activity, and a plan's lines after its first are
# indented with a tab.
plan() { # header, URL
  local log from pids
  log=$(ls -t /var/log/postgresql/postgresql-*-main.log | head -1)
  curl -sf -o /dev/null -H "$1" "$2" # once before, so that the plan is of a warm list
  psql_ -c "ALTER SYSTEM SET auto_explain.log_min_duration = 0" -c "ALTER SYSTEM SET auto_explain.log_analyze = on" \
    -c "ALTER SYSTEM SET auto_explain.log_buffers = on" -c "SELECT pg_reload_conf()" >/dev/null
  from=$(wc -l <"$log")
  curl -sf -o /dev/null -H "$1" "$2"
  psql_ -c "ALTER SYSTEM RESET auto_explain.log_min_duration" -c "SELECT pg_reload_conf()" >/dev/null
  pids=$(psql_ -At -c "SELECT string_agg(pid::text, '|') FROM pg_stat_activity
                       WHERE datname = 'test' AND application_name = 'PostgreSQL JDBC Driver'")
  tail -n +"$((from + 1))" "$log" | awk -v pids="^($pids)$" '
    /^\t/ { if (keep) print; next }
    { keep = 0; if (match($0, /\[[0-9]+\]/) && substr($0, RSTART + 1, RLENGTH - 2) ~ pids && /plan:/) {
        keep = 1; sub(/.*duration: /, "  duration: "); print } }'
}

if $plans; then
  for entry in "${lists[@]}"; do
    IFS='|' read -r label path who <<<"$entry"
    printf '\n== %s: GET %s\n' "$label" "$path"
    plan "$(credential after "$who")" "${urls[after]}$path"
  done
  exit 0
fi

if $smoke; then
  for entry in "${lists[@]}"; do
    IFS='|' read -r label path who <<<"$entry"
    status=$(curl -s -o "$root/page.json" -w '%{http_code}' \
      -H "$(credential after "$who")" "${urls[after]}$path")
    # items of an API page, or rows of a page's table (PrimeFaces numbers them with data-ri)
    items=$({ grep -oE '"id":|data-ri="' "$root/page.json" || true; } | wc -l)
    printf '%-28s %s, %s ids\n' "$label" "$status" "$items"
    [ "$status" = 200 ] && [ "$items" -gt 0 ] || { echo "the list $label failed"; exit 1; }
  done
  exit 0
fi

printf '%-28s' "list (page of 50)"
for variant in "${variants[@]}"; do printf ' | %-8s %10s %9s %9s' "$variant" "requests/s" "p50" "p99"; done
echo
for entry in "${lists[@]}"; do
  IFS='|' read -r label path who <<<"$entry"
  printf '%-28s' "$label"
  for variant in "${variants[@]}"; do
    header=$(credential "$variant" "$who")
    url="${urls[$variant]}$path"
    wrk -t"$threads" -c"$connections" -d5s -H "$header" "$url" >/dev/null # warm-up
    measured=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "$header" "$url" \
      | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
             /Socket errors/ {sub(/^ +/, ""); errors=" (" $0 ")"}
             /Non-2xx/ {errors=errors " (" $NF " answers not 2xx)"}
             END {printf " | %-8s %10.1f %9s %9s%s", "", rps, p50, p99, errors}')
    printf '%s' "$measured"
    rate["$variant ${label#*: }"]=$(awk '{print $2}' <<<"$measured")
  done
  echo
done

# A web page against the API's list of the same rows (the page's first 20, the same filter), and
# the page's size as a browser receives it (before compression): the targets are a ratio of at
# least 0.5 and at most 60 KB.
echo
for entry in "${lists[@]}"; do
  IFS='|' read -r label path who <<<"$entry"
  [ "$who" = web ] || continue
  page=${label#web: } list=${page% page}
  for variant in "${variants[@]}"; do
    api=${rate["$variant $list, 20 as the page"]:-}
    bytes=$(curl -s -H "$(credential "$variant" web)" "${urls[$variant]}$path" | wc -c)
    printf '%-28s %-8s web ÷ API %s, %s KB of HTML\n' "$label" "$variant" \
      "$([ -n "$api" ] && awk -v w="${rate["$variant $page"]}" -v a="$api" 'BEGIN {printf "%.2f", w / a}' || echo "n/a")" \
      "$((bytes / 1024))"
  done
done
printf '\n%s cores, %s threads, %s connections, %ss per list; %s bookings loaded in %ss\n' \
  "$(nproc)" "$threads" "$connections" "$seconds" "$rows" "$loaded"
for variant in "${variants[@]}"; do
  if [[ ${BENCH_JAVA_OPTS:-} == *NativeMemoryTracking* ]]; then
    jcmd "${pid[$variant]}" VM.native_memory summary scale=MB | grep -E '^(Total|-)' | sed 's/^/  /'
  fi
  rss=$(awk '/VmHWM/ {print $2}' "/proc/${pid[$variant]}/status")
  printf '%s: %s, server peak RSS over the run: %s MB (%s)\n' "$variant" \
    "$(variant_war "$variant")" \
    "$((rss / 1024))" "${jvm_options[*]}"
done
