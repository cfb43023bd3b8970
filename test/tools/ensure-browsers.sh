#!/bin/sh
# Installs Debian's Chromium and Firefox ESR when they are missing (the real-browser tests and
# the demo drive them), and the X tools of the toolbar-button test: Xvfb (a virtual display for a
# headed browser), xdotool (real key presses and clicks) and xwd from x11-apps (screen captures).
# For the UI-language test (test/e2e/ui-language.test.ts): chromium-l10n (Chromium takes a UI
# language only when its resources are installed; Debian's chromium ships en-US alone) and Noto
# fonts for Arabic, Hebrew, Devanagari (fonts-noto-core) and Chinese, Japanese, Korean
# (fonts-noto-cjk), without which the screenshots show boxes.
# Needs root on Debian; prints what it does.
set -e
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/firefox-esr ] || missing="$missing firefox-esr"
[ -x /usr/bin/Xvfb ] || missing="$missing xvfb"
[ -x /usr/bin/xdotool ] || missing="$missing xdotool"
[ -x /usr/bin/xwd ] || missing="$missing x11-apps"
[ -f /usr/lib/chromium/locales/ar.pak ] || missing="$missing chromium-l10n"
[ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || missing="$missing fonts-noto-core"
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing="$missing fonts-noto-cjk"
[ -z "$missing" ] && exit 0
echo "Installing Debian packages:$missing" >&2
if [ "$(id -u)" != 0 ]; then
  echo "Need root to install$missing (or install them yourself: apt-get install$missing)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq $missing >/dev/null
