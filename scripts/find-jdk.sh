# Sourced by ./hub and .ci/run: picks a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME, then `java` on PATH, then the newest JDK under the system's JVM directory.

_hub_java_major() {
  # Prints the major version of the java binary $1 ("1.8" counts as 8), or nothing.
  local line
  line=$("$1" -version 2>&1 | head -n 1) || return 0
  line=${line#*\"}
  line=${line%%\"*}
  case "$line" in
    1.*) line=${line#1.}; echo "${line%%.*}" ;;
    *) echo "${line%%[.+-]*}" ;;
  esac
}

_hub_home_of() {
  # The JDK home of a java binary, following symlinks (/usr/bin/java -> /usr/lib/jvm/...).
  local bin
  bin=$(readlink -f "$1")
  dirname "$(dirname "$bin")"
}

find_jdk() {
  local min=21 candidate major home dir best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(_hub_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null && [ -x "$JAVA_HOME/bin/javac" ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  if candidate=$(command -v java 2>/dev/null); then
    major=$(_hub_java_major "$candidate")
    home=$(_hub_home_of "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null && [ -x "$home/bin/javac" ]; then
      export JAVA_HOME="$home"
      return 0
    fi
  fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    major=$(_hub_java_major "$dir/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="$dir"
      best_major="$major"
    fi
  done
  if [ -n "$best" ]; then
    export JAVA_HOME="$best"
    return 0
  fi
  {
    echo "Transfer Hub needs a JDK 21 or newer, and none was found"
    echo "(looked at \$JAVA_HOME, 'java' on PATH, and /usr/lib/jvm)."
    echo "Install one, for example:"
    echo "  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or temurin-21-jdk)"
    echo "  macOS:          brew install openjdk@21"
    echo "then run this command again, or point JAVA_HOME at it."
  } >&2
  return 1
}
