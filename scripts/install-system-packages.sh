#!/usr/bin/env bash
# Installs the Debian packages Gardefou's demo and tests need, when they are missing (used by `.ci/run` and `npm start`).
# chromium: the browser the demo and the browser tests drive; chromium-l10n: its French UI; fonts-noto-color-emoji: emoji
# in screenshots; firefox-esr: the Firefox scenario; openssl: the fixture server's throw-away certificate.
set -uo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || missing+=(fonts-noto-color-emoji)
[ -e /usr/lib/chromium/locales/fr.pak ] || missing+=(chromium-l10n)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing system packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "not root and no sudo: install them with: apt-get install -y ${missing[*]}"
    exit 1
  fi
fi
if ! { "${sudo[@]}" apt-get update && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${missing[@]}"; }; then
  echo "could not install ${missing[*]} with apt-get"
  exit 1
fi
