#!/usr/bin/env bash
# Sourced by the PostgreSQL store tests: starts a throwaway PostgreSQL server from Debian's
# postgresql package on a private socket directory and port (as the postgres user when run as
# root, since the server refuses root), and stops it on exit. Sets PG_URL_BASE (no database
# name) and defines pg_newdb NAME (creates a database, prints its URL). Exits 77 (skip) when the
# server binaries or a non-root user are not available.
pg_start() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "skip: no PostgreSQL server (install the postgresql package)"; exit 77
  fi
  PG_BIN=$bindir
  PG_DIR=$(mktemp -d /tmp/dateline-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1 || ! command -v runuser >/dev/null; then
      echo "skip: running as root and no postgres user to start the server"; exit 77
    fi
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  PG_PORT=$(( 20000 + ($$ % 20000) ))
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U dateline -E UTF8 --no-sync >"$PG_DIR/initdb.log" 2>&1 \
    || { echo "skip: initdb failed: $(tail -3 "$PG_DIR/initdb.log")"; rm -rf "$PG_DIR"; exit 77; }
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-k $PG_DIR -p $PG_PORT -c listen_addresses='' -c fsync=off -c max_connections=50" start >/dev/null \
    || { echo "skip: the PostgreSQL server did not start: $(tail -3 "$PG_DIR/server.log")"; rm -rf "$PG_DIR"; exit 77; }
  trap pg_stop EXIT
  PG_URL_BASE="host=$PG_DIR port=$PG_PORT user=dateline"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}

# Prints a postgresql:// URL for a new, empty database NAME.
pg_newdb() {
  "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U dateline "$1" >/dev/null 2>&1 \
    || "${PG_AS[@]}" "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U dateline "$1"
  echo "postgresql:///$1?host=$PG_DIR&port=$PG_PORT&user=dateline"
}
