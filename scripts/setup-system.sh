#!/usr/bin/env bash
# Debian packages the app and its tests use: Qt's runtime libraries for the window, and the real
# servers the tests talk to (Dovecot, PostgreSQL, gnome-keyring on D-Bus, Xvfb for screenshots,
# nsd as the DNS checks' server, Chromium and its driver for the unsubscribe pages).
# Installs them when run as root on a machine with apt; otherwise says what to install.
set -euo pipefail
mode="${1:-test}"
run_pkgs=(python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libdbus-1-3 libfontconfig1 fonts-dejavu-core)
test_pkgs=(dovecot-imapd dovecot-pop3d gnome-keyring dbus dbus-x11 xvfb postgresql
  nsd chromium chromium-driver)
pkgs=("${run_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: not a Debian/Ubuntu system; install the equivalents of: ${pkgs[*]}" >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: please install these Debian packages, then run this command again:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  [ "$mode" = test ] && exit 1
fi
exit 0
