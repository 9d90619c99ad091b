#!/usr/bin/env bash
# Installs the Debian 12 packages dyad needs to build, test and run.
# Idempotent: does nothing when every package is already installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libicu-dev nlohmann-json3-dev libcli11-dev libfmt-dev
  libgtest-dev googletest libgmock-dev libbenchmark-dev
  wordnet-base iso-codes
  libgumbo-dev libsqlite3-dev libcpp-httplib-dev zlib1g-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
