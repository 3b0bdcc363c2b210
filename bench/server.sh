# Sourced by the benchmarks, from the repository root, with $port, $base and $work set: the one
# way they build and start the server and sign in, and the JVM options they start it with.

# Payara 7 runs on Java 21+: the benchmarks' java, jfr and Maven are those of a JDK 21 or newer.
. bin/jdk.sh
export JAVA_HOME="$TEAMWARD_JDK" PATH="$TEAMWARD_JDK/bin:$PATH"

# The JVM options of ./run.sh by default: the serial collector and a 512 MB heap (docs/
# performance.md, "RSS above 768 MB"). BENCH_HEAP changes the heap, BENCH_GC the collector.
# As ./run.sh, also on IPv6 (Payara 7 Micro prefers IPv4 unless told otherwise).
jvm_options=("${BENCH_GC:--XX:+UseSerialGC}" "-Xmx${BENCH_HEAP:-512m}" -Djava.net.preferIPv4Stack=false)

# Builds the WAR and Payara Micro's JAR if either is missing.
build_if_missing() {
  [ -f web/target/teamward.war ] && [ -f web/target/payara-micro.jar ] \
    || mvn -B -q -DskipTests -Dspotless.check.skip=true -Prun package -pl web -am
}

# Builds the WAR if it is missing and starts it on $port with its data in $work, the environment
# given as NAME=value arguments added (a database, a pepper); waits until it is ready. Sets
# $server, which the caller's EXIT trap stops. BENCH_WAR names another WAR to measure, such as a
# build of an earlier commit for a before-and-after comparison on the same machine;
# BENCH_JAVA_OPTS adds JVM options (a flight recording, native memory tracking).
start_server() {
  build_if_missing
  local war=${BENCH_WAR:-web/target/teamward.war} attempt deadline
  # Payara's boot has been seen to stall for good in HK2's service locator (two start-up threads
  # waiting on each other's lock): the port then accepts connections and never answers. So each
  # ask has a time-out, and a start that is not ready in BENCH_START_SECONDS is killed and begun
  # once more.
  for attempt in 1 2; do
    env TEAMWARD_DATA="$work/data" TEAMWARD_DEMO_DATA=false \
      TEAMWARD_ADMIN_EMAIL=bench@teamward.test TEAMWARD_ADMIN_PASSWORD=bench-password-1 "$@" \
      java "${jvm_options[@]}" ${BENCH_JAVA_OPTS:-} -jar web/target/payara-micro.jar --deploy "$war" \
      --contextroot / --port "$port" --nohazelcast --disablephonehome \
      --prebootcommandfile web/src/main/payara/pre-boot-commands.asadmin \
      --logtofile "$work/server.log" >/dev/null 2>&1 &
    server=$!
    deadline=$((SECONDS + ${BENCH_START_SECONDS:-240}))
    until curl -sf -m 5 "$base/health/ready" >/dev/null; do
      kill -0 "$server" 2>/dev/null || { echo "the server did not start"; exit 1; }
      if [ "$SECONDS" -ge "$deadline" ]; then
        echo "the server was not ready after ${BENCH_START_SECONDS:-240} s (attempt $attempt)" >&2
        # a stalled JVM's shutdown hooks wait on the same locks: only KILL ends it
        kill -KILL "$server" 2>/dev/null
        wait "$server" 2>/dev/null || true
        continue 2
      fi
      sleep 1
    done
    return 0
  done
  echo "the server did not start"
  exit 1
}

# Sets $database_env to the environment of a server on its own schema of the PostgreSQL at
# 127.0.0.1:5432, for start_server "${database_env[@]}".
postgres_env() { # schema
  database_env=(
    "TEAMWARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$1"
    TEAMWARD_DB_USER=postgres
    TEAMWARD_TOKEN_PEPPER=bench-pepper-not-secret-0123456789abcdef
    TEAMWARD_TOTP_KEY=bench-totp-key-not-secret-0123456789abcdef
  )
}

# The administrator's answer to POST /api/device: a device password as JSON.
admin_device() {
  curl -sf -X POST "$base/api/device" -H 'Content-Type: application/json' \
    -d '{"email":"bench@teamward.test","password":"bench-password-1","deviceName":"bench","deviceType":"Script"}'
}

# The builds a run measures: "after" alone (BENCH_WAR, or the build), or "before" (BENCH_BEFORE, a
# build of an earlier commit) and "after", for a before-and-after comparison on the same machine.
variants=(after)
[ -z "${BENCH_BEFORE:-}" ] || variants=(before after)

# Starts the server of one variant: "after" on $first_port, "before" on the port after it, each
# with its data in $root/<variant> and its own schema <prefix>_<variant> of the PostgreSQL (psql_
# is the caller's). Sets $base, $work, $schema and $server, and appends to $servers and $schemas,
# which the caller's EXIT trap stops and drops.
start_variant() { # variant, schema prefix
  local war
  schema="$2_$1"
  if [ "$1" = before ]; then
    port=$((first_port + 1)) war=$BENCH_BEFORE
  else
    port=$first_port war=${BENCH_WAR:-web/target/teamward.war}
  fi
  work="$root/$1" base="http://127.0.0.1:$port"
  mkdir -p "$work"
  schemas+=("$schema")
  psql_ -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
  postgres_env "$schema"
  BENCH_WAR=$war start_server "${database_env[@]}"
  servers+=("$server")
}

# The WAR a variant runs, for the report.
variant_war() { [ "$1" = before ] && echo "$BENCH_BEFORE" || echo "${BENCH_WAR:-web/target/teamward.war}"; }
