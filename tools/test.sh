#!/usr/bin/env bash
# Builds and tests everything, step by step: set-up, native build + core tests (also under ASan and
# UBSan), 30 s of fuzzing per parser, web build + the core tests as wasm, then the browser tests
# against the built site. Stops at the first step that
# fails (non-zero exit) and always ends with a summary. Used by people (README) and by CI (.ci/run).
#   bash tools/test.sh            all steps
#   SKIP_SETUP=1 bash tools/test.sh   skip tools/setup.sh (when you know everything is installed)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOGS="$ROOT/build/test-logs"
mkdir -p "$LOGS"
export CI="${CI:-}"
# Emscripten 3.1.6's optimizer needs Debian's acorn (see docs and shared toolchain notes).
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"

STEPS_DONE=()
PASSED=0
FAILED=0
STARTED=$(date +%s)

heading() {
  printf '\n==============================================================================\n'
  printf '== %s\n' "$1"
  printf '==============================================================================\n'
}

summary() {
  local status=$1
  local took=$(( $(date +%s) - STARTED ))
  heading "Summary"
  for s in "${STEPS_DONE[@]}"; do printf '  %s\n' "$s"; done
  printf '  total time: %dm%02ds\n' $((took / 60)) $((took % 60))
  if [ "$status" -eq 0 ]; then
    printf '  ALL STEPS PASSED\n'
  else
    printf '  STOPPED: a step failed (see above and build/test-logs/)\n'
  fi
  # One plain closing line over every test that ran (ctest + node --test).
  printf 'Tests: %d passed, %d failed\n' "$PASSED" "$FAILED"
}

# run_step NAME LOGFILE COMMAND...: runs the command with a heading, records the result, and on
# failure prints the summary and exits with the command's status.
run_step() {
  local name=$1 log=$2
  shift 2
  heading "$name"
  local t0 rc
  t0=$(date +%s)
  set +e
  "$@" 2>&1 | tee "$LOGS/$log"
  rc=${PIPESTATUS[0]}
  set -e
  local took=$(( $(date +%s) - t0 ))
  if [ "$rc" -eq 0 ]; then
    STEPS_DONE+=("ok      $name (${took}s)")
  else
    STEPS_DONE+=("FAILED  $name (${took}s, exit $rc)")
    count_tests "$log"
    summary 1
    exit "$rc"
  fi
  count_tests "$log"
}

# Adds the pass/fail counts a test runner printed (ctest, node --test) to the totals.
count_tests() {
  local log="$LOGS/$1" line total failed pass fail
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1 || true)
  if [ -n "$line" ]; then
    failed=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$line")
    total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
    PASSED=$((PASSED + total - failed))
    FAILED=$((FAILED + failed))
  fi
  pass=$(grep -E '^# pass [0-9]+$' "$log" | tail -1 | awk '{print $3}' || true)
  fail=$(grep -E '^# fail [0-9]+$' "$log" | tail -1 | awk '{print $3}' || true)
  PASSED=$((PASSED + ${pass:-0}))
  FAILED=$((FAILED + ${fail:-0}))
}

browser_tests() {
  if [ ! -f build/web/index.html ]; then
    echo "build/web/index.html is missing: the web build did not produce the site" >&2
    return 1
  fi
  rm -rf "$ROOT/test-results"
  cd tests/browser
  if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
  # One file at a time (each starts its own Chromium); TAP output ends with "# pass N / # fail N".
  timeout 900 node --test --test-reporter=tap --test-concurrency=1 --test-timeout=180000 \
    tests/*.test.mjs
}

if [ -z "${SKIP_SETUP:-}" ]; then
  run_step "1/9 Set-up: Debian packages, ImGui sources, npm packages (tools/setup.sh)" setup.log \
    bash tools/setup.sh
fi
run_step "2/9 Native: configure (cmake --preset native)" native-configure.log cmake --preset native
run_step "3/9 Native: build (cmake --build --preset native)" native-build.log cmake --build --preset native
run_step "4/9 Native: core and app tests (ctest --preset native)" native-ctest.log ctest --preset native
run_step "5/9 Native: the same tests under AddressSanitizer + UBSan (preset asan)" asan.log \
  bash -c 'cmake --preset asan && cmake --build --preset asan && ctest --preset asan'
run_step "6/9 Fuzz: each parser 30 s under ASan + UBSan (tools/fuzz.sh)" fuzz.log bash tools/fuzz.sh 30
run_step "7/9 Web: configure and build the site into build/web (cmake --preset web)" web-build.log \
  bash -c 'cmake --preset web && cmake --build --preset web'
run_step "8/9 Web: core tests compiled to wasm, under node (ctest --preset web)" web-ctest.log ctest --preset web
run_step "9/9 Browser: the built site in headless Chromium (tests/browser)" browser.log browser_tests

summary 0
