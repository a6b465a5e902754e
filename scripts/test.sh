#!/usr/bin/env bash
# One command: install everything (Python packages, age, PostgreSQL) and run
# lint, type checks, the import contract and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen

# A throwaway PostgreSQL on loopback for the HQ back-end tests.
if [ -z "${FIELDDOC_TEST_PG_URL:-}" ]; then
  if url=$(bash scripts/pg-start.sh); then
    export FIELDDOC_TEST_PG_URL="$url"
    trap 'bash scripts/pg-stop.sh >/dev/null 2>&1 || true' EXIT
  else
    echo "PostgreSQL could not be started; PostgreSQL tests will fail" >&2
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
