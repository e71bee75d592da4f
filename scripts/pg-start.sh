#!/usr/bin/env bash
# Starts (idempotently) a throwaway PostgreSQL 15 cluster with PostGIS for the tests, listening on
# 127.0.0.1 only, trust authentication, and prints its connection URL on standard output.
# Root cannot run postgres, so the cluster runs as the `postgres` OS user when started by root.
#   MARSAD_PG_DIR   cluster directory (default /tmp/marsad-pg)
#   MARSAD_PG_PORT  port (default 55432; the next free one is taken when it is busy)
#   MARSAD_PG_DB    database (default marsad_test)
set -euo pipefail

dir=${MARSAD_PG_DIR:-/tmp/marsad-pg}
port=${MARSAD_PG_PORT:-55432}
db=${MARSAD_PG_DB:-marsad_test}
bin=${MARSAD_PG_BIN:-/usr/lib/postgresql/15/bin}
host=127.0.0.1

[[ -x $bin/initdb && -x $bin/pg_ctl ]] || { echo "pg-start: no PostgreSQL 15 binaries in $bin (apt-get install postgresql-15 postgresql-15-postgis-3)" >&2; exit 1; }

# Run a command as the cluster owner: `postgres` when we are root, ourselves otherwise.
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || { echo "pg-start: no postgres OS user" >&2; exit 1; }
  owner=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  owner=$(id -un)
  as_owner() { "$@"; }
fi

mkdir -p "$dir"
[[ $(id -u) -eq 0 ]] && chown "$owner" "$dir"
chmod 700 "$dir"
data="$dir/data"

running() { as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

if running; then
  # Already up: reuse its port.
  port=$(sed -n 4p "$data/postmaster.pid" | tr -d '[:space:]')
else
  if [[ ! -s $data/PG_VERSION ]]; then
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  port_busy() { (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null; }
  tries=0
  while port_busy "$port"; do
    port=$((port + 1)); tries=$((tries + 1))
    (( tries < 50 )) || { echo "pg-start: no free port" >&2; exit 1; }
  done
  # Loopback only, socket in the cluster directory (not /var/run), no fsync: the data is throwaway.
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=$host -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" start >/dev/null \
    || { tail -n 30 "$dir/server.log" >&2; exit 1; }
fi

psql() { as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U postgres "$@"; }
if [[ $(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'") != 1 ]]; then
  psql -d postgres -c "CREATE DATABASE $db" >/dev/null
fi
psql -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null 2>"$dir/postgis.err" \
  || { cat "$dir/postgis.err" >&2; echo "pg-start: PostGIS missing (apt-get install postgresql-15-postgis-3)" >&2; exit 1; }

echo "postgres://postgres@$host:$port/$db"
