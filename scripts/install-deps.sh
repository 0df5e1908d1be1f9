#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every build and test dependency of Driftdeck from Debian 12 (bookworm) packages.
# Idempotent: installs only what is missing; runs apt-get update when the package lists are
# missing or older than a day. Works as root, uses sudo otherwise.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-translations-l10n
  libgit2-dev libcurl4-openssl-dev nlohmann-json3-dev libfyaml-dev libcpp-httplib-dev libssl-dev
  qtkeychain-qt6-dev libbenchmark-dev
  xvfb xauth python3 openssl help2man dpkg-dev file
  openssh-server openssh-client
  clang libclang-rt-14-dev
  nghttp2-proxy
)

if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi
export DEBIAN_FRONTEND=noninteractive

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
else
  lists=(/var/lib/apt/lists/*_Packages)
  if [[ ! -e ${lists[0]} ]] || [[ -n $(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -mmin +1440 -print -quit) ]]; then
    "${SUDO[@]}" apt-get update -qq
  fi
  echo "install-deps: installing ${missing[*]}"
  if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    # A stale list can name versions the mirror no longer has: refresh once and retry.
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

if ! command -v kubectl >/dev/null; then
  echo "install-deps: note: kubectl is not on PATH; kube-sim's kubectl tests and Kustomize rendering will be skipped." >&2
fi
