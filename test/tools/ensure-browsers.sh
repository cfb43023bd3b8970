#!/bin/sh
# Installs Debian's Chromium and Firefox ESR when they are missing (the real-browser tests and
# the demo drive them), and the X tools of the toolbar-button test: Xvfb (a virtual display for a
# headed browser), xdotool (real key presses and clicks) and xwd from x11-apps (screen captures).
# Needs root on Debian; prints what it does.
set -e
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/firefox-esr ] || missing="$missing firefox-esr"
[ -x /usr/bin/Xvfb ] || missing="$missing xvfb"
[ -x /usr/bin/xdotool ] || missing="$missing xdotool"
[ -x /usr/bin/xwd ] || missing="$missing x11-apps"
[ -z "$missing" ] && exit 0
echo "Installing Debian packages:$missing" >&2
if [ "$(id -u)" != 0 ]; then
  echo "Need root to install$missing (or install them yourself: apt-get install$missing)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq $missing >/dev/null
