#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs dependencies, builds with warnings as errors, and runs the whole test suite
# offscreen. This is the README's second command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DDRIFTDECK_WERROR=ON "$@"
export QT_QPA_PLATFORM=offscreen
cd "${BUILD_DIR:-build}"
ctest --output-on-failure --timeout 600 -j "${CTEST_JOBS:-2}"
