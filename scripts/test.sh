#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs dependencies, builds with warnings as errors, and runs the whole test suite
# offscreen. This is the README's second command and what CI runs. With
# DRIFTDECK_TEST_DEB=1 (CI, as root) it also builds, installs and removes the .deb package.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DDRIFTDECK_WERROR=ON "$@"
export QT_QPA_PLATFORM=offscreen
BUILD_DIR=${BUILD_DIR:-build}
if [[ ${DRIFTDECK_TEST_DEB:-0} == 1 ]]; then
  scripts/test-deb.sh "$BUILD_DIR"
fi
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 600 -j "${CTEST_JOBS:-2}"
