#!/usr/bin/env bash
# Every measurement of docs/performance.md in one run, one after the other on an otherwise idle
# machine: authentication, the lists at a million bookings and their query plans, one node
# against two behind nginx, the JMH
# micro-benchmarks, start-up, and where start-up time goes. Prints each script's report under its name; tee it to keep it:
#
#   bench/all.sh | tee performance-$(date +%F).txt
#
# Needs wrk and the PostgreSQL at 127.0.0.1:5432 (database test, trust auth); builds what is
# missing. The environment of the single scripts applies (BENCH_HEAP, BENCH_SECONDS, ...).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "# $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)," \
  "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
  "$(java -version 2>&1 | head -1)"
for script in api-auth.sh lists.sh "lists.sh --plans" cluster.sh jmh.sh startup.sh startup-profile.sh; do
  printf '\n## bench/%s\n' "$script"
  case $script in
    jmh.sh) bash bench/jmh.sh -f 1 -wi 2 -i 3 -w 1s -r 1s 2>&1 | sed -n '/^Benchmark/,$p' ;;
    # one server: the plans are of this build's statements
    *--plans) BENCH_BEFORE='' bash bench/lists.sh --plans ;;
    *) bash "bench/$script" ;;
  esac
done
