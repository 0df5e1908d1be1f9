#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from an existing build folder, installs it with dpkg, runs the installed
# program, removes the package and checks that nothing it installed is left behind.
# Needs root (CI runs as root). Usage: scripts/test-deb.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-${BUILD_DIR:-build}}
if [[ $(id -u) -ne 0 ]]; then echo "test-deb: needs root for dpkg" >&2; exit 2; fi

rm -f "$BUILD_DIR"/driftdeck_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
deb=$(ls "$BUILD_DIR"/driftdeck_*.deb)
echo "test-deb: built $deb"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends" | sed 's/^/test-deb:   /'

files=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's#^\./#/#' | grep -v '/$')
for f in /usr/bin/driftdeck /usr/share/applications/io.driftdeck.Driftdeck.desktop \
         /usr/share/metainfo/io.driftdeck.Driftdeck.metainfo.xml \
         /usr/share/icons/hicolor/48x48/apps/io.driftdeck.Driftdeck.png /usr/share/man/man1/driftdeck.1.gz; do
  grep -qx "$f" <<<"$files" || { echo "test-deb: FAIL: $f missing from the package"; exit 1; }
done

dpkg -r driftdeck >/dev/null 2>&1 || true
dpkg -i "$deb" >/dev/null
version=$(QT_QPA_PLATFORM=offscreen /usr/bin/driftdeck --version)
echo "test-deb: installed /usr/bin/driftdeck reports: $version"
[[ $version == "driftdeck "* ]] || { echo "test-deb: FAIL: unexpected --version output"; exit 1; }
man -w driftdeck >/dev/null 2>&1 || zcat /usr/share/man/man1/driftdeck.1.gz | grep -q "screenshot" \
  || { echo "test-deb: FAIL: man page missing or empty"; exit 1; }

dpkg --purge driftdeck >/dev/null
left=0
while read -r f; do
  [[ -e $f ]] && { echo "test-deb: FAIL: $f left behind after purge"; left=1; }
done <<<"$files"
dpkg -s driftdeck >/dev/null 2>&1 && { echo "test-deb: FAIL: package still registered"; left=1; }
[[ $left -eq 0 ]] || exit 1
echo "test-deb: the package builds, installs, runs and uninstalls cleanly"
