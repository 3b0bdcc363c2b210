#!/usr/bin/env bash
# What a second node costs and gives, side by side in one run on PostgreSQL: one Teamward node,
# reached directly, against two clustered nodes (Payara Micro's Hazelcast over TCP on loopback)
# behind nginx, configured as docs/operations.md says. For each, in BENCH_ROUNDS interleaved rounds
# (the order changes each round, so that a slow moment of the shared machine does not fall on one
# side only), the median of
#   a. GET /api, no credentials
#   b. GET /api/me, Bearer device password   one query for the credential and its rights
#   l. GET /api/time-bookings?limit=50       a list, with the same credential
# and the ratio cluster ÷ single of each. Then what a revocation costs cluster-wide: the latency of
# DELETE /api/devices/{id} on one node, and the answer of the other node to the very next request
# with the revoked password.
#
#   bench/cluster.sh     (needs wrk and nginx: apt-get install wrk nginx, and the PostgreSQL at
#                         127.0.0.1:5432, database test, trust auth; builds the WAR if missing)
#
# Environment: BENCH_SECONDS (default 10) per measurement, BENCH_ROUNDS (3), BENCH_THREADS (2),
# BENCH_CONNECTIONS (16), BENCH_PORT (18280: nginx; the nodes take the next three).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${BENCH_SECONDS:-10}
rounds=${BENCH_ROUNDS:-3}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
proxy_port=${BENCH_PORT:-18280}
root=$(mktemp -d)
pids=()
psql_() { PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -qAt "$@"; }
stop() {
  [ -f "$root/nginx.pid" ] && kill "$(cat "$root/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  psql_ -c "DROP SCHEMA IF EXISTS bench_single CASCADE" -c "DROP SCHEMA IF EXISTS bench_cluster CASCADE" || true
  rm -rf "$root"
}
trap stop EXIT

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 1; }
command -v nginx >/dev/null || { echo "nginx is required (apt-get install nginx)"; exit 1; }
. bench/server.sh
build_if_missing

single=$((proxy_port + 1)) node_a=$((proxy_port + 2)) node_b=$((proxy_port + 3))
hz_a=$((proxy_port + 10)) hz_b=$((proxy_port + 11))
for schema in bench_single bench_cluster; do
  psql_ -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
done
grep -v 'web-container-availability.availability-enabled' \
  web/src/main/payara/pre-boot-commands.asadmin >"$root/cluster-pre-boot.asadmin"

# One Payara Micro: name, port, schema, then its own flags.
start_node() {
  local name=$1 port=$2 schema=$3
  shift 3
  mkdir -p "$root/$name"
  postgres_env "$schema"
  env TEAMWARD_DATA="$root/$name/data" TEAMWARD_DEMO_DATA=false \
    TEAMWARD_ADMIN_EMAIL=bench@teamward.test TEAMWARD_ADMIN_PASSWORD=bench-password-1 \
    TEAMWARD_TRUSTED_PROXIES=127.0.0.1/32 "${database_env[@]}" \
    java "${jvm_options[@]}" -jar web/target/payara-micro.jar --deploy web/target/teamward.war \
    --contextroot / --port "$port" --disablephonehome --logtofile "$root/$name/server.log" "$@" \
    >/dev/null 2>&1 &
  pids+=($!)
}
await_ready() { # port
  until curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null; do sleep 1; done
}

start_node single "$single" bench_single --nohazelcast \
  --prebootcommandfile web/src/main/payara/pre-boot-commands.asadmin
await_ready "$single"
# The two nodes start together on their empty schema, as a cluster's first start would.
for node in a b; do
  port=$node_a hz=$hz_a
  [ "$node" = b ] && port=$node_b hz=$hz_b
  start_node "$node" "$port" bench_cluster --prebootcommandfile "$root/cluster-pre-boot.asadmin" \
    --clustermode "tcpip:127.0.0.1:$hz_a,127.0.0.1:$hz_b" --startport "$hz" \
    --interfaces 127.0.0.1 --clustername "bench-$$"
done
await_ready "$node_a"
await_ready "$node_b"

mkdir -p "$root/nginx-temp"
cat >"$root/nginx.conf" <<CONF
pid $root/nginx.pid;
error_log $root/nginx-error.log;
worker_processes 1;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $root/nginx-temp;
  proxy_temp_path $root/nginx-temp;
  upstream teamward {
    hash \$cookie_JSESSIONID consistent;
    server 127.0.0.1:$node_a max_fails=1 fail_timeout=30s;
    server 127.0.0.1:$node_b max_fails=1 fail_timeout=30s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$proxy_port;
    location / {
      proxy_pass http://teamward;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;
    }
  }
}
CONF
nginx -c "$root/nginx.conf" -p "$root"
until curl -sf "http://127.0.0.1:$proxy_port/health/live" >/dev/null; do sleep 1; done

token_of() { # base
  curl -sf -X POST "$1/api/device" -H 'Content-Type: application/json' \
    -d '{"email":"bench@teamward.test","password":"bench-password-1","deviceName":"bench","deviceType":"Script"}' |
    grep -o '"token":"[^"]*"' | cut -d'"' -f4
}
declare -A base=([single]="http://127.0.0.1:$single" [cluster]="http://127.0.0.1:$proxy_port")
declare -A token=([single]="$(token_of "${base[single]}")" [cluster]="$(token_of "${base[cluster]}")")
declare -A names=(
  [a]="GET /api, no credentials"
  [b]="GET /api/me, Bearer device password"
  [l]="GET /api/time-bookings?limit=50, Bearer")

wrk_args() { # kind, side
  local b=${base[$2]} auth=(-H "Authorization: Bearer ${token[$2]}")
  case $1 in
    a) list=("$b/api") ;;
    b) list=("${auth[@]}" "$b/api/me") ;;
    l) list=("${auth[@]}" "$b/api/time-bookings?limit=50") ;;
  esac
}
measure() { # kind, side, round
  wrk_args "$1" "$2"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "${list[@]}" >"$root/$1.$2.$3.txt"
  grep -q 'Requests/sec' "$root/$1.$2.$3.txt" || { cat "$root/$1.$2.$3.txt"; exit 1; }
  ! grep -q 'Non-2xx' "$root/$1.$2.$3.txt" || { echo "errors in $1 on $2:"; cat "$root/$1.$2.$3.txt"; exit 1; }
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.1f\n", v}'; }

echo "Warming up"
for side in single cluster; do
  for kind in a b l; do wrk_args "$kind" "$side"; wrk -t"$threads" -c"$connections" -d5s "${list[@]}" >/dev/null; done
done
for round in $(seq 1 "$rounds"); do
  order=(single cluster)
  [ $((round % 2)) -eq 0 ] && order=(cluster single)
  for kind in a b l; do
    for side in "${order[@]}"; do measure "$kind" "$side" "$round"; done
  done
  echo "round $round of $rounds done"
done

stat() { # kind, side, what
  local files=("$root/$1.$2."*.txt)
  case $3 in
    rps) awk '/Requests\/sec/ {print $2}' "${files[@]}" | median ;;
    p99) awk '$1 == "99%" {print $2}' "${files[@]}" | to_ms | median ;;
  esac
}
echo
echo "| request | one node, req/s | two nodes behind nginx, req/s | two ÷ one | p99 one / two (ms) |"
echo "|---|---|---|---|---|"
for kind in a b l; do
  s=$(stat "$kind" single rps) c=$(stat "$kind" cluster rps)
  printf '| %s | %s | %s | %.2f | %s / %s |\n' "${names[$kind]}" "$s" "$c" \
    "$(awk -v c="$c" -v s="$s" 'BEGIN {print c / s}')" "$(stat "$kind" single p99)" "$(stat "$kind" cluster p99)"
done

# A revocation through node A, and the very next request with that password on node B.
echo
victim=$(curl -sf -X POST "http://127.0.0.1:$node_a/api/device" -H 'Content-Type: application/json' \
  -d '{"email":"bench@teamward.test","password":"bench-password-1","deviceName":"victim","deviceType":"Script"}')
victim_id=$(grep -o '"id":[0-9]*' <<<"$victim" | head -1 | cut -d: -f2)
victim_token=$(grep -o '"token":"[^"]*"' <<<"$victim" | cut -d'"' -f4)
before=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $victim_token" "http://127.0.0.1:$node_b/api/me")
revoke_ms=$(curl -s -o /dev/null -w '%{time_total}' -X DELETE -H "Authorization: Bearer $victim_token" \
  "http://127.0.0.1:$node_a/api/devices/$victim_id" | awk '{printf "%.1f", $1 * 1000}')
after=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $victim_token" "http://127.0.0.1:$node_b/api/me")
echo "Revocation: GET /api/me on node B before: $before; DELETE on node A took $revoke_ms ms;" \
  "the next GET /api/me on node B: $after"
[ "$before" = 200 ] && [ "$after" = 401 ] || { echo "the revocation did not hold on node B"; exit 1; }
