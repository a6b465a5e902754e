#!/usr/bin/env bash
set -euo pipefail
dir=${FIELDDOC_PG_DIR:-$(cat /tmp/fielddoc-pg.dir 2>/dev/null)} || exit 0
[ -n "$dir" ] || exit 0
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -m fast stop; else "$bin/pg_ctl" -D "$dir" -m fast stop; fi
rm -rf "$dir"
[ "$(cat /tmp/fielddoc-pg.dir 2>/dev/null)" != "$dir" ] || rm -f /tmp/fielddoc-pg.dir
