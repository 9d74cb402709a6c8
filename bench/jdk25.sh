# Sourced by the benchmark scripts: JDK25 is a JDK 25+ beside the default one, for the rows that time the launcher's AOT
# cache. Kept when set (JDK25= skips those rows); otherwise the first JDK 25+ under /usr/lib/jvm, or empty.
if [ -z "${JDK25+set}" ]; then
  JDK25=$(for r in /usr/lib/jvm/*/release; do
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$r"); [ "${v:-0}" -ge 25 ] && dirname "$r" && break; done 2>/dev/null || true)
fi
export JDK25
