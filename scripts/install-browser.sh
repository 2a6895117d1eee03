#!/usr/bin/env bash
# Debian's Chromium and its driver for the browser tests (tests/web/test_browser.py).
# Idempotent: does nothing when both are installed. Runs as root (CI) or through sudo.
# Nothing here (nor in the tests) downloads a browser build: Selenium is pointed at these two binaries.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    echo "chromium and chromedriver already installed: $(chromium --version 2>/dev/null || true)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver
chromium --version
chromedriver --version
