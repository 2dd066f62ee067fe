#!/usr/bin/env bash
# Provisions what the report tests need to render the HTML report: Debian's headless Chromium, and a CJK font so
# the Chinese in their screenshots is legible. The browser tests run this themselves, once, when no Chromium is
# found (so `dotnet test Content.sln -c Release` passes on a machine with only the .NET SDK); it installs only what
# is missing, so a second run does nothing. Needs apt-get, as root or through sudo.
set -euo pipefail

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || packages+=(fonts-wqy-microhei)
[ ${#packages[@]} -gt 0 ] || exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "provision.sh: apt-get is not available; install Chromium yourself and set CHROMIUM_PATH (missing: ${packages[*]})" >&2
  exit 2
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "provision.sh: not root and no sudo; cannot install ${packages[*]}" >&2; exit 2; }
  sudo="sudo -n"
fi
export DEBIAN_FRONTEND=noninteractive
echo "provision.sh: installing ${packages[*]}"
# A fresh machine's package lists may be stale or empty: update once when the first install fails.
$sudo apt-get install -y --no-install-recommends "${packages[@]}" \
  || { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${packages[@]}"; }
