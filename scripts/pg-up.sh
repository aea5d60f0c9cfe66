#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the tests and prints its data directory
# (the port it listens on is in $PGDATA/myelin-port).
# Installs Debian's postgresql when it is missing. The server refuses to run as root, hence su postgres.
set -euo pipefail
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  else
    echo "pg-up: PostgreSQL is not installed and this is not root" >&2; exit 1
  fi
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
# The first free port from 55432 up: another server (a developer's own) may hold the usual one.
PGPORT=${PGPORT:-55432}
while (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
PGDATA=$(mktemp -d /tmp/myelin-pg.XXXXXX)
chmod 755 "$PGDATA"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$PGDATA"
  run() { su postgres -c "$1"; }
else
  run() { bash -c "$1"; }
fi
run "$PGBIN/initdb -D '$PGDATA' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
run "$PGBIN/pg_ctl -D '$PGDATA' -l '$PGDATA/server.log' -w -t 30 -o \"-p $PGPORT -c listen_addresses=127.0.0.1 -k '$PGDATA' -c fsync=off\" start" >/dev/null
echo "$PGPORT" > "$PGDATA/myelin-port"
echo "$PGDATA"
