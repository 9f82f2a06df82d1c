#!/usr/bin/env bash
# Fuzzes the parsers that read what a person or another program hands the app: content files, saved
# progress, result files, programme links, the kept workspace and key files. Each libFuzzer target
# (tests/fuzz) runs under AddressSanitizer and UBSan for the given time, seeded with the shipped
# content, tests/core/broken, tests/core/bad-results, saved-progress fixtures, generated result
# files and hand-made links. A crash, a sanitizer report or a broken invariant stops with the
# input saved in build/fuzz/crashes/. Prints how many inputs each target ran. Runs as many targets
# at once as the machine has CPUs.
#   bash tools/fuzz.sh [SECONDS_EACH] [TARGET...]     (default 30 s, every target)
# Targets: content progress result_file programme_link workspace. Needs clang and
# libclang-rt-14-dev (tools/setup.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS_EACH=${1:-30}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(content progress result_file programme_link workspace)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

BUILD="$ROOT/build/fuzz"
SEEDS="$BUILD/seeds"
rm -rf "$SEEDS"
mkdir -p "$SEEDS"/{content,progress,result_file,programme_link,workspace} "$BUILD/crashes"

# content: the first byte picks the parser (0 module, 1 instrument, 2 survey).
n=0
for f in content/modules/*/module.json tests/core/broken/*.json; do
  { printf '\000'; cat "$f"; } > "$SEEDS/content/module-$((n += 1))"
done
for f in content/instruments/*/instrument.json; do { printf '\001'; cat "$f"; } > "$SEEDS/content/instrument-$((n += 1))"; done
for f in content/instruments/*/survey.json; do { printf '\002'; cat "$f"; } > "$SEEDS/content/survey-$((n += 1))"; done
cp tests/core/fixtures/*.json tests/core/bad-results/progress-file.json "$SEEDS/progress/"
cp tests/core/bad-results/*.json "$SEEDS/result_file/"
cp tests/fuzz/seeds/programme/* "$SEEDS/programme_link/"
cp tests/fuzz/seeds/sealed/* "$SEEDS/result_file/"
# Valid result files (right checksums) from the native generator, when it is built.
if [ -x build/native/src/digilyft-bench ]; then
  build/native/src/digilyft-bench --content content --people 12 --seed 7 --write "$SEEDS/result_file" >/dev/null
fi
# A kept workspace: the head line, then each result file on one line; and a key file.
head='{"format":"digilyft-workspace","version":3,"programme":"","without_programme":true,"secret":"'
head+="$(printf 'ab%.0s' {1..32})"'","log":[{"file":"a.json","outcome":"added"}]}'
printf '%s' "$head" > "$SEEDS/workspace/empty"
python3 - "$SEEDS" <<'PY'
import json, pathlib, sys
seeds = pathlib.Path(sys.argv[1])
head = (seeds / "workspace" / "empty").read_text()
lines = [head]
for f in sorted((seeds / "result_file").glob("digilyft-resultat-*.json"))[:6]:
    lines.append(json.dumps(json.loads(f.read_text()), ensure_ascii=False, separators=(",", ":")))
(seeds / "workspace" / "records").write_text("\n".join(lines))
(seeds / "workspace" / "key").write_text(json.dumps({"format": "digilyft-report-key", "version": 1,
    "programme": "H4KD9PQM", "secret": "ab" * 32}, indent=2))
PY

# One target per CPU at a time (libFuzzer runs on one), so five targets of 30 s take about 90 s on
# two CPUs instead of 150. FUZZ_JOBS overrides the count.
JOBS=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
run_target() {
  local t=$1 corpus="$BUILD/corpus/$1" log="$BUILD/fuzz_$1.log" rc
  mkdir -p "$corpus"
  set +e
  "$BUILD/tests/fuzz_$t" -max_total_time="$SECONDS_EACH" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$BUILD/crashes/$t-" "$corpus" "$SEEDS/$t" > "$log" 2>&1
  rc=$?
  set -e
  echo "$rc" > "$BUILD/fuzz_$t.rc"
}

rm -f "$BUILD"/fuzz_*.rc
running=0
for t in "${TARGETS[@]}"; do
  echo "== fuzz_$t: ${SECONDS_EACH} s"
  run_target "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

status=0
summary=()
for t in "${TARGETS[@]}"; do
  log="$BUILD/fuzz_$t.log"
  rc=$(cat "$BUILD/fuzz_$t.rc" 2>/dev/null || echo 1)
  runs=$(grep -E '^stat::number_of_executed_units:' "$log" | awk '{print $2}' | tail -1)
  if [ "$rc" -ne 0 ]; then
    status=1
    tail -40 "$log"
    summary+=("FAILED  fuzz_$t (exit $rc, ${runs:-?} inputs; see $log and build/fuzz/crashes/)")
  else
    summary+=("ok      fuzz_$t: ${runs:-?} inputs in ${SECONDS_EACH} s, no crash")
  fi
done
printf '%s\n' "${summary[@]}"
exit "$status"
