#!/usr/bin/env bash
# Stops the nats-server scripts/nats-start.sh started (and waits for it to exit); with --purge also
# deletes its directory (the JetStream store with it).
set -euo pipefail
dir=${MARSAD_NATS_DIR:-/tmp/marsad-nats}
pidfile="$dir/nats.pid"
if [[ -s $pidfile ]]; then
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$pidfile"
fi
if [[ ${1:-} == --purge ]]; then
  rm -rf "$dir"
fi
