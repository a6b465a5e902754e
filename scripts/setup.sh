#!/usr/bin/env bash
# Installs everything FieldDoc needs on a fresh Debian/Ubuntu machine into ./.venv.
# Usage: scripts/setup.sh [--dev]   (--dev adds the test tools, PostgreSQL and age)
set -euo pipefail
cd "$(dirname "$0")/.."
dev=0
[ "${1:-}" = "--dev" ] && dev=1

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need_apt=()
if [ "$dev" = 1 ]; then
  command -v age >/dev/null 2>&1 || need_apt+=(age)
  [ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
  command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
  command -v dbus-daemon >/dev/null 2>&1 || need_apt+=(dbus-daemon)  # the sleep/screen-lock signal tests
  command -v shellcheck >/dev/null 2>&1 || need_apt+=(shellcheck)  # the release scripts' lint test
fi
# Qt's xcb platform plugin needs these for a real window (offscreen needs none).
# Each is checked: a machine may have some of them (libxcb-cursor0 alone is not enough).
for pkg in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ "${#need_apt[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
# The build backend in the venv too (pyproject.toml [build-system]): tests/test_resources_build.py
# builds a wheel offline with --no-build-isolation.
if [ "$dev" = 1 ]; then
  .venv/bin/python -m pip install -q --upgrade "setuptools>=77" wheel >/dev/null
fi
extras="gui"
[ "$dev" = 1 ] && extras="gui,dev,postgres"
# sqlcipher3 must come from a wheel: its source build downloads OpenSSL.
.venv/bin/python -m pip install -q --only-binary=sqlcipher3 -e ".[${extras}]"
# The editable install reads the assets from resources/ itself (fielddoc.resources.path): nothing to build.
