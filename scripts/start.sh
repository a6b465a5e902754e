#!/usr/bin/env bash
# One command for a newcomer: install FieldDoc and start it on a demo vault
# preloaded with the acceptance data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/fielddoc demo "$@"
