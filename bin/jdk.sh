# Sourced by ./run.sh, .ci/run and the benchmarks: sets TEAMWARD_JDK to a JDK 21 or newer, which
# Payara 7 needs, or stops with what to install. It takes JAVA_HOME when that is new enough, else
# the newest JDK 21+ under /usr/lib/jvm, else the one on the PATH. Maven itself may run on an older
# JDK: the build selects a JDK 21+ for compiling and testing on its own (the parent POM).

teamward_java_feature() { # the feature release of the JDK in $1 (17, 21, 25, ...), or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F' = ' '/^ *java\.specification\.version = /{split($2, v, "."); print v[1]; exit}'
}

teamward_find_jdk() {
  local candidate feature best="" best_feature=0 on_path=""
  if command -v javac >/dev/null 2>&1; then
    on_path="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
  fi
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* "$on_path"; do
    [ -n "$candidate" ] || continue
    feature="$(teamward_java_feature "$candidate")"
    [ -n "$feature" ] && [ "$feature" -ge 21 ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ]; then best="$candidate"; break; fi
    if [ "$feature" -gt "$best_feature" ]; then best="$candidate"; best_feature="$feature"; fi
  done
  if [ -z "$best" ]; then
    echo "Teamward needs a JDK 21 or newer (Payara 7 runs on Java 21+), and none was found" >&2
    echo "in JAVA_HOME${JAVA_HOME:+ ($JAVA_HOME)}, under /usr/lib/jvm or on the PATH." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk' where your release has it, or" >&2
    echo "Eclipse Temurin 21 or 25 from https://adoptium.net, then run this again (or set JAVA_HOME)." >&2
    return 1
  fi
  TEAMWARD_JDK="$best"
}

teamward_find_jdk || exit 1
