#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, own build folder) and runs
# each for SECONDS (default 60). Exits non-zero when a target crashes, leaks, times out on one
# input or exceeds its memory limit; the crashing input is kept in $BUILD/fuzz-artifacts/.
#
#   scripts/fuzz.sh [SECONDS]
#
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_TARGETS (space-separated subset),
# FUZZ_JOBS (targets run side by side, default 1), FUZZ_BUILD_JOBS (default 2).
# New inputs the fuzzers find go to $BUILD/fuzz-corpus/<target>/, never into the source tree.
set -eu

SECONDS_PER_TARGET=${1:-60}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
JOBS=${FUZZ_JOBS:-1}
ALL="fuzz_manifest fuzz_kubeconfig fuzz_watchstream fuzz_fieldsv1 fuzz_resolver fuzz_forge"
TARGETS=${FUZZ_TARGETS:-$ALL}

# Longest input per target: room for a few documents / events, small enough to stay fast.
max_len() {
    case "$1" in
        fuzz_watchstream) echo 65536 ;;
        fuzz_manifest | fuzz_resolver | fuzz_fieldsv1) echo 16384 ;;
        *) echo 8192 ;;
    esac
}

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$ROOT" -B "$BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDRIFTDECK_FUZZ=ON \
        -DDRIFTDECK_BUILD_TESTS=OFF -DDRIFTDECK_BUILD_BENCH=OFF >/dev/null
fi
# shellcheck disable=SC2086
nice cmake --build "$BUILD" -j "${FUZZ_BUILD_JOBS:-2}" --target $TARGETS

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/fuzz/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

run_one() {
    t=$1
    work="$BUILD/fuzz-corpus/$t"
    artifacts="$BUILD/fuzz-artifacts/$t/"
    mkdir -p "$work" "$artifacts"
    echo "== $t: ${SECONDS_PER_TARGET}s, -max_len=$(max_len "$t")"
    if nice "$BUILD/tests/fuzz/$t" -max_total_time="$SECONDS_PER_TARGET" -max_len="$(max_len "$t")" \
        -timeout=20 -rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1 \
        -artifact_prefix="$artifacts" "$work" "$ROOT/tests/fuzz/corpus/$t" >"$BUILD/fuzz-$t.log" 2>&1; then
        echo "== $t: clean ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$BUILD/fuzz-$t.log" | grep -o '[0-9]*$') runs)"
        return 0
    fi
    echo "== $t: FAILED; log $BUILD/fuzz-$t.log, input in $artifacts" >&2
    grep -m5 -E 'ERROR:|SUMMARY:|runtime error|terminate' "$BUILD/fuzz-$t.log" >&2 || true
    return 1
}

failed=0
running=0
pids=""
for t in $TARGETS; do
    run_one "$t" &
    pids="$pids $!"
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then
        for p in $pids; do wait "$p" || failed=1; done
        pids=""
        running=0
    fi
done
for p in $pids; do wait "$p" || failed=1; done

if [ "$failed" -ne 0 ]; then
    echo "fuzz: at least one target failed" >&2
    exit 1
fi
echo "fuzz: all targets clean"
