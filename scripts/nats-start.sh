#!/usr/bin/env bash
# Starts (idempotently) a throwaway nats-server with JetStream for the tests and the scale-out
# ingest, listening on 127.0.0.1 only, its JetStream files in a temp directory, and prints its URL
# on standard output. The server runs detached; scripts/nats-stop.sh stops it.
#   MARSAD_NATS_DIR   server directory: JetStream store, pid file, log (default /tmp/marsad-nats)
#   MARSAD_NATS_PORT  port (default 54222; the next free one is taken when it is busy)
set -euo pipefail

dir=${MARSAD_NATS_DIR:-/tmp/marsad-nats}
port=${MARSAD_NATS_PORT:-54222}
bin=${MARSAD_NATS_BIN:-$(command -v nats-server || echo /usr/sbin/nats-server)}
host=127.0.0.1

[[ -x $bin ]] || { echo "nats-start: no nats-server binary (apt-get install nats-server)" >&2; exit 1; }

mkdir -p "$dir/jetstream"
pidfile="$dir/nats.pid"
port_busy() { (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null; }

if [[ -s $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null && [[ -s $dir/port ]]; then
  # Already up: reuse its port.
  echo "nats://$host:$(cat "$dir/port")"
  exit 0
fi

tries=0
while port_busy "$port"; do
  port=$((port + 1)); tries=$((tries + 1))
  (( tries < 50 )) || { echo "nats-start: no free port" >&2; exit 1; }
done

# Loopback only; the JetStream store lives in the directory, so a restart on the same directory
# finds its streams, consumers and unacknowledged messages again.
[[ -f $dir/server.log ]] && mv -f "$dir/server.log" "$dir/server.log.prev"
setsid "$bin" -a "$host" -p "$port" -js -sd "$dir/jetstream" -P "$pidfile" -l "$dir/server.log" </dev/null >/dev/null 2>&1 &
echo "$port" >"$dir/port"

for _ in $(seq 1 100); do
  if port_busy "$port" && grep -q "Server is ready" "$dir/server.log" 2>/dev/null; then
    echo "nats://$host:$port"
    exit 0
  fi
  sleep 0.1
done
echo "nats-start: nats-server did not start on $host:$port" >&2
tail -n 30 "$dir/server.log" >&2 2>/dev/null || true
exit 1
