#!/usr/bin/env bash
# Micro-benchmarks of credential verification, the IP allow-list and a policy check, beside the
# PBKDF2 hash they spare every request (JMH). Usage: bench/jmh.sh [JMH options, e.g. -f 1 -wi 1]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Dspotless.check.skip=true package -pl bench -am
exec java -jar bench/target/benchmarks.jar CredentialBenchmarks "$@"
