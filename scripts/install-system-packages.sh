#!/usr/bin/env bash
# Installs the Debian packages Gardefou's demo and tests need, when they are missing (used by `.ci/run`, `npm start` and
# `npm test`). chromium: the browser the demo and the browser tests drive; chromium-l10n: its French UI;
# fonts-noto-color-emoji: emoji in screenshots; firefox-esr: the Firefox scenario; openssl: the fixture server's throw-away
# certificate.
# `--check`: installs nothing; prints the missing packages on one line and exits 1 when any is missing.
set -uo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || missing+=(fonts-noto-color-emoji)
[ -e /usr/lib/chromium/locales/fr.pak ] || missing+=(chromium-l10n)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "${1:-}" = "--check" ]; then
  echo "${missing[*]}"
  exit 1
fi

echo "installing system packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then sudo=(sudo); else
    echo "not root and no password-less sudo: install them with: sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
fi
if ! { "${sudo[@]}" apt-get update && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${missing[@]}"; }; then
  echo "could not install ${missing[*]} with apt-get"
  exit 1
fi
