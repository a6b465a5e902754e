#!/usr/bin/env bash
# One command: install everything (Python packages, age, PostgreSQL) and run
# lint, type checks, the import contract and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen

# Everything the tests need is installed above, so a skipped test is a failure here
# (tests/conftest.py): a missing server or tool cannot make the run pass by skipping.
export FIELDDOC_STRICT_SKIPS=1

# A throwaway PostgreSQL on loopback for the HQ back-end tests (its own folder and port).
if [ -z "${FIELDDOC_TEST_PG_URL:-}" ]; then
  export FIELDDOC_PG_DIR="/tmp/fielddoc-pg-test-$$"
  if url=$(bash scripts/pg-start.sh); then
    export FIELDDOC_TEST_PG_URL="$url"
    trap 'bash scripts/pg-stop.sh >/dev/null 2>&1 || true' EXIT
  else
    echo "PostgreSQL could not be started: the HQ tests need it" >&2
    exit 1
  fi
fi

.venv/bin/ruff check src tests bench
.venv/bin/mypy
.venv/bin/lint-imports
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$rc"
