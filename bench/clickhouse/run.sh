#!/usr/bin/env bash
# ClickHouse benchmark (issue 5): our parser vs sqlfluff's ClickHouse dialect, and `check` on 1,000 generated files.
# Rerun from anywhere: bench/clickhouse/run.sh [N_FILES]   (needs: JDK 17, python3, sqlfluff: apt-get install sqlfluff)
# Writes its working files to ${BENCH_WORK:-/tmp/migration-lsp-bench-clickhouse} and prints a Markdown summary.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${BENCH_WORK:-/tmp/migration-lsp-bench-clickhouse}"
n_files="${1:-1000}"
jar="$repo/server/target/migration-lsp.jar"
rm -rf "$work" && mkdir -p "$work/valid" "$work/invalid"

(cd "$repo" && ./mvnw -q -o package -DskipTests && ./mvnw -q -o -pl server test-compile) >&2
jsqlparser="$(find "$HOME/.m2/repository/com/github/jsqlparser/jsqlparser/5.3" -name 'jsqlparser-5.3.jar' | head -1)"
cp_bench="$repo/server/target/classes:$repo/server/target/test-classes:$jsqlparser:$jar"

# 1. The corpus: real-shaped migration files (examples + the realistic fixture) and every valid statement of the corpus
#    as its own file; the invalid corpus as a second set (each file has exactly one real error).
cp "$repo"/examples/src/*/migrations/clickhouse/*.sql "$work/valid/"
cp "$repo"/server/src/test/resources/clickhouse/realistic/migrations/clickhouse/*.sql "$work/valid/"
python3 - "$repo/server/src/test/resources/clickhouse/corpus" "$work" <<'PY'
import os, re, sys
src, out = sys.argv[1], sys.argv[2]
for kind in ("valid", "invalid"):
    cases, head, body = [], None, []
    for line in open(os.path.join(src, kind + ".sql"), encoding="utf-8").read().split("\n"):
        if line.startswith("==== "):
            if head: cases.append((head, "\n".join(body).strip()))
            head, body = line[5:].strip(), []
        elif head: body.append(line)
    if head: cases.append((head, "\n".join(body).strip()))
    for i, (h, text) in enumerate(cases):
        slug = re.sub(r"[^a-z0-9]+", "_", h.lower()).strip("_")[:50]
        with open(os.path.join(out, kind, "corpus_%03d_%s.sql" % (i, slug)), "w", encoding="utf-8") as f:
            f.write(text.replace("$0", "") + ";\n")
PY
valid_count=$(ls "$work/valid" | wc -l); invalid_count=$(ls "$work/invalid" | wc -l)

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }

# 2. sqlfluff (one process over the directory, as a CI job would run it); a file with a PRS/TMP violation is rejected.
sqlfluff_rejects() {
  local dir="$1" t0 t1
  t0=$(now)
  sqlfluff lint --dialect clickhouse --rules L001 --format json --processes 1 --disable-progress-bar "$dir" > "$work/sqlfluff-$(basename "$dir").json" 2>/dev/null || true
  t1=$(now)
  local rej
  rej=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(1 for f in d if any(v['code'] in ('PRS','TMP') for v in f['violations'])))" "$work/sqlfluff-$(basename "$dir").json")
  echo "$rej $(secs "$t0" "$t1")"
}
read -r sf_valid_rej sf_valid_s < <(sqlfluff_rejects "$work/valid")
read -r sf_invalid_rej sf_invalid_s < <(sqlfluff_rejects "$work/invalid")

# 3. Our parser alone (whole process, JVM start included), and in-process times.
ours() {
  local dir="$1" t0 t1 out
  t0=$(now); java -cp "$cp_bench" dev.migrationlsp.clickhouse.ClickHouseParseBench "$dir" 0 > "$work/ours-$(basename "$dir")-cold.txt"; t1=$(now)
  out=$(java -cp "$cp_bench" dev.migrationlsp.clickhouse.ClickHouseParseBench "$dir" 20)  # in-process warm figures
  echo "$out" > "$work/ours-$(basename "$dir").txt"
  echo "$(echo "$out" | head -1) wall_s=$(secs "$t0" "$t1")"
}
ours_valid=$(ours "$work/valid")
ours_invalid=$(ours "$work/invalid")

# 4. check on N generated files with the real jar (cold JVM each run; 5 runs).
python3 "$here/generate.py" "$n_files" "$work/generated"
check_times=()
check_cpu=()
for i in 1 2 3 4 5; do
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" java -jar "$jar" check "$work/generated" > "$work/check-output.txt" || true
  read -r wall user sys < "$work/time.txt"
  check_times+=("$wall")
  check_cpu+=("$(python3 -c "print(f'{$user + $sys:.2f}')")")
done
# 5. sqlfluff on the same generated history (its .sql files; ours above also checked the .py ones, with every rule).
sf_start=$(date +%s.%N)
sqlfluff lint --dialect clickhouse --rules L001 --format json --processes 1 --disable-progress-bar \
  "$work/generated/migrations/clickhouse" > "$work/sqlfluff-generated.json" 2>/dev/null || true
sf_wall=$(python3 -c "import time; print(f'{time.time() - $sf_start:.2f}')")
sf_rejects=$(python3 -c "
import json; d = json.load(open('$work/sqlfluff-generated.json'))
print(sum(1 for f in d if any(v['code'] in ('PRS', 'TMP') for v in f['violations'])), 'of', len(d))")
best_check=$(printf '%s\n' "${check_times[@]}" | sort -n | head -1)
sf_ratio=$(python3 -c "print(f'{$sf_wall / $best_check:.0f}')")
keystroke=$(java -cp "$cp_bench" dev.migrationlsp.rules.clickhouse.ClickHouseKeystrokeBench "$work/generated")

cat <<MD
### Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load $(cut -d' ' -f1-3 /proc/loadavg)
$(java -version 2>&1 | head -1), $(sqlfluff --version)

| corpus | files | sqlfluff rejects | sqlfluff wall | ours rejects | ours (JVM start incl.) |
|---|---|---|---|---|---|
| valid (real-shaped migrations + valid statements) | $valid_count | $sf_valid_rej | ${sf_valid_s} s | $(echo "$ours_valid" | sed -E 's/.*rejected=([0-9]+).*/\1/') | $(echo "$ours_valid" | sed -E 's/.*wall_s=([0-9.]+).*/\1/') s |
| invalid (one real error each) | $invalid_count | $sf_invalid_rej | ${sf_invalid_s} s | $(echo "$ours_invalid" | sed -E 's/.*rejected=([0-9]+).*/\1/') | $(echo "$ours_invalid" | sed -E 's/.*wall_s=([0-9.]+).*/\1/') s |

Ours in-process: valid $(echo "$ours_valid" | sed -E 's/.*cold_ms=([0-9.]+) warm_ms_per_pass=([0-9.]+).*/cold \1 ms, warm \2 ms per pass/'); invalid $(echo "$ours_invalid" | sed -E 's/.*cold_ms=([0-9.]+) warm_ms_per_pass=([0-9.]+).*/cold \1 ms, warm \2 ms per pass/').

\`java -jar server/target/migration-lsp.jar check\` on $n_files generated files, 5 cold runs: wall ${check_times[*]} s; CPU (user+sys) ${check_cpu[*]} s; output: $(head -1 "$work/check-output.txt").

sqlfluff on the same generated history's .sql files: wall ${sf_wall} s, rejects ${sf_rejects} (all are valid); ours is ${sf_ratio}x faster whole-process (best check run, JVM start included, every rule on every file).

Editor path (in-process, after a full check): $keystroke.
MD
