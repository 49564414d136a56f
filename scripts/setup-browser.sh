#!/bin/sh
# Installs Debian's chromium for the browser tests (tests/browser) when it is missing.
# It does nothing else: Playwright drives this executable; no browser is downloaded.
set -eu

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-browser: /usr/bin/chromium is missing and apt-get is not available;" >&2
    echo "install Chromium from your system's packages and run the browser tests again." >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "setup-browser: installing Debian's chromium (apt-get)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium

if [ ! -x /usr/bin/chromium ]; then
    echo "setup-browser: apt-get finished but /usr/bin/chromium is still missing" >&2
    exit 1
fi
