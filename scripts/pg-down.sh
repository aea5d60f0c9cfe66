#!/usr/bin/env bash
# Stops the throwaway PostgreSQL server that pg-up.sh started and removes its data.
set -uo pipefail
PGDATA="$1"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ "$(id -u)" = 0 ]; then
  su postgres -c "$PGBIN/pg_ctl -D '$PGDATA' -m fast -w stop" >/dev/null 2>&1
else
  "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
fi
rm -rf "$PGDATA"
