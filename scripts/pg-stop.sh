#!/usr/bin/env bash
# Stops the throwaway cluster scripts/pg-start.sh started; with --purge also deletes its directory.
set -euo pipefail
dir=${MARSAD_PG_DIR:-/tmp/marsad-pg}
bin=${MARSAD_PG_BIN:-/usr/lib/postgresql/15/bin}
as_owner() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ -d $dir/data ]] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
fi
if [[ ${1:-} == --purge ]]; then
  rm -rf "$dir"
fi
