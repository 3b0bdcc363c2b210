#!/usr/bin/env bash
# Where the CPU went in a flight recording of the server: the hottest methods (own time) and the
# share of CPU samples with a frame of each area anywhere on the stack.
#
#   bench/jfr-summary.sh recording.jfr [frame]
#
# With a frame (e.g. TimeBookingsResource.list), only the samples whose stack holds it count: the
# cost of one kind of request in a recording of several. BENCH_SAMPLES=file keeps the printed
# samples, with their whole stacks.
set -euo pipefail

recording=$1 within=${2:-}
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
# One sample per paragraph, kept only when it holds the frame asked for.
jfr print --stack-depth 256 --events jdk.ExecutionSample "$recording" \
  | awk -v within="$within" -v RS='jdk.ExecutionSample' 'NR > 1 && index($0, within) {printf "jdk.ExecutionSample%s", $0}' \
  >"$samples"
[ -z "${BENCH_SAMPLES:-}" ] || cp "$samples" "$BENCH_SAMPLES"
total=$(grep -c 'jdk.ExecutionSample' "$samples" || true)
[ "$total" -gt 0 ] || { echo "no CPU samples${within:+ with $within}"; exit 1; }
echo "$total CPU samples${within:+ with $within on the stack}"
echo "hottest methods (own time):"
awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$samples" \
  | sort | uniq -c | sort -rn | head -20 | awk -v t="$total" '{n=$1; $1=""; printf "%5.1f %%%s\n", 100*n/t, $0}'
echo "share of samples with a frame of:"
for area in org.teamward. Grants. QueryFilter. AuditWriter. org.eclipse.persistence. org.postgresql. \
  org.glassfish.jersey. org.eclipse.yasson. org.glassfish.soteria. com.sun.enterprise.transaction. \
  org.jboss.weld. org.glassfish.grizzly. java.util.logging. sun.nio.; do
  n=$(awk -v a="$area" '/jdk.ExecutionSample/ {if (hit) c++; hit=0} index($0, a) {hit=1} END {if (hit) c++; print c+0}' "$samples")
  printf '  %-36s %5.1f %%\n' "$area" "$(awk -v n="$n" -v t="$total" 'BEGIN {print 100*n/t}')"
done
