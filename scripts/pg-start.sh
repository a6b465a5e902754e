#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 and prints its SQLAlchemy URL.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed" >&2; exit 1; }
dir=${FIELDDOC_PG_DIR:-/tmp/fielddoc-pg-$$}
port=${FIELDDOC_PG_PORT:-54329}
if [ -z "${FIELDDOC_PG_PORT:-}" ]; then
  # another server (an earlier run, another checkout) may hold the port: take the next free one
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
fi
mkdir -p "$dir"
# a folder the caller named is the caller's to stop (FIELDDOC_PG_DIR=... pg-stop.sh): a test's own
# cluster must not take the place of the shared one pg-stop.sh finds
[ -n "${FIELDDOC_PG_DIR:-}" ] || echo "$dir" > /tmp/fielddoc-pg.dir
run() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$dir"; runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -f "$dir/PG_VERSION" ]; then
  run "$bin/initdb" -D "$dir" --auth=trust -U postgres >/dev/null
fi
run "$bin/pg_ctl" -D "$dir" -l "$dir/log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
