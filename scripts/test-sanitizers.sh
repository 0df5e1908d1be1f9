#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizer builds CI runs after the normal one (issue 11; docs/security.md):
#   build-asan: the whole suite with AddressSanitizer (and LeakSanitizer) + UndefinedBehaviorSanitizer
#   build-tsan: the threaded parts (tests labelled `threads`: network loop, informers, live
#               store, watch streams, the engine, model feeding) with ThreadSanitizer
# Any report fails the run. Suppressions live in scripts/sanitizers/, each with its reason.
# Usage: scripts/test-sanitizers.sh [asan] [tsan]   (default: both)
# TSan stops a suite at its first report (CI); TSAN_HALT=0 lets the suites run on and print every
# report (each suite with a report still fails: TSan's exit code is 66).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
JOBS=${JOBS:-$(nproc)}
SUPP=$PWD/scripts/sanitizers
what=("$@")
[[ ${#what[@]} -eq 0 ]] && what=(asan tsan)

for w in "${what[@]}"; do
  case $w in
    asan)
      dir=${ASAN_BUILD_DIR:-build-asan}
      cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DDRIFTDECK_SANITIZE=ON -DDRIFTDECK_BUILD_BENCH=OFF
      cmake --build "$dir" -j "$JOBS"
      export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0:strict_string_checks=1"
      export LSAN_OPTIONS="suppressions=$SUPP/lsan.supp:print_suppressions=0"
      export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$SUPP/ubsan.supp"
      echo "sanitizers: ASan+UBSan suite in $dir"
      (cd "$dir" && ctest --output-on-failure --timeout 900 -j "${CTEST_JOBS:-2}")
      unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
      ;;
    tsan)
      dir=${TSAN_BUILD_DIR:-build-tsan}
      cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DDRIFTDECK_TSAN=ON -DDRIFTDECK_BUILD_BENCH=OFF
      # Only what the threaded tests need.
      mapfile -t targets < <(cd "$dir" && ctest -N -L threads | sed -n 's/^ *Test *#[0-9]*: \(tst_[a-z_]*\)$/\1/p')
      cmake --build "$dir" -j "$JOBS" --target "${targets[@]}"
      # die_after_fork=0: tst_driftengine starts kubectl through QProcess, which uses vfork; TSan's
      # vfork handling then marks the test process itself as "after a multi-threaded fork" and
      # kills it at its next thread start. No report is hidden by this: it only lets the process
      # live (docs/security.md, "Sanitizers").
      export TSAN_OPTIONS="halt_on_error=${TSAN_HALT:-1}:die_after_fork=0:second_deadlock_stack=1:suppressions=$SUPP/tsan.supp"
      echo "sanitizers: TSan on ${targets[*]} in $dir"
      (cd "$dir" && ctest --output-on-failure --timeout 900 -j "${CTEST_JOBS:-2}" -L threads)
      unset TSAN_OPTIONS
      ;;
    *) echo "unknown sanitizer set: $w (asan, tsan)" >&2; exit 2 ;;
  esac
done
