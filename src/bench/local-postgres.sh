#!/usr/bin/env bash
# Sourced by the team-workspace benchmarks: starts a throwaway local PostgreSQL server (the system's own, e.g.
# Debian's postgresql package; PG_BIN overrides where its initdb and pg_ctl are) in a temporary folder on a free
# port, with one empty database, and stops it and removes the folder when the script exits.
# Sets PG_PORT, PG_URL (postgresql://postgres@127.0.0.1:PORT/valuebench) and PG_PSQL (a psql command for it).
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]]; then
  echo "No PostgreSQL server found: install one (Debian: apt-get install postgresql) or set PG_BIN" >&2
  exit 2
fi
PG_DIR=$(mktemp -d)
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[[ $(id -u) -eq 0 ]] && chown postgres "$PG_DIR"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
stop_local_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_local_postgres EXIT
PG_PSQL="$PG_BIN/psql -X -q -h 127.0.0.1 -p $PG_PORT -U postgres"
$PG_PSQL -d postgres -c "CREATE DATABASE valuebench"
PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/valuebench"
echo "local PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
