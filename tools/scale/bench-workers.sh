#!/usr/bin/env bash
# Measures the scale-out ingest: queues a corpus once per run, then N workers on one machine drain
# it into a fresh PostgreSQL database; prints the wall time, articles/s and each worker's progress
# lines (lag). Needs scripts/nats-start.sh and scripts/pg-start.sh servers.
#   tools/scale/bench-workers.sh CORPUS.jsonl "1 2 3"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
corpus=$1
counts=${2:-"1 2 3"}
nats=${MARSAD_NATS:?set MARSAD_NATS (scripts/nats-start.sh)}
pg=${MARSAD_PG:?set MARSAD_PG (scripts/pg-start.sh)}
base=${pg%/*}
cli=(dotnet src/Marsad.Cli/bin/Release/net10.0/Marsad.Cli.dll)
out=${BENCH_OUT:-/tmp/marsad-bench}
mkdir -p "$out"
for n in $counts; do
  db="bench_w${n}_$$"
  psql "$pg" -qc "CREATE DATABASE $db" >/dev/null
  queue="bench$n$$"
  "${cli[@]}" ingest "$corpus" --to "$nats" --queue "$queue" 2>"$out/queue-$n.log"
  # Create the schema once, before the workers race for it.
  "${cli[@]}" query --store "$base/$db" --limit 1 >/dev/null 2>&1 || true
  start=$(date +%s.%N)
  pids=()
  for i in $(seq 1 "$n"); do
    "${cli[@]}" worker --from "$nats" --store "$base/$db" --queue "$queue" --exit-when-empty --progress-every 5 --consolidate-every 0 \
      2>"$out/worker-$n-$i.log" &
    pids+=($!)
  done
  load=$(cut -d' ' -f1 /proc/loadavg)
  for p in "${pids[@]}"; do wait "$p"; done
  end=$(date +%s.%N)
  docs=$(psql "$base/$db" -tAc "SELECT count(*) FROM documents")
  events=$(psql "$base/$db" -tAc "SELECT count(*) FROM events")
  printf '%s workers: %s documents, %s events, %.1f s wall (start to last exit, incl. startup and final consolidation), %.1f articles/s, load at start %s\n' \
    "$n" "$docs" "$events" "$(echo "$end - $start" | bc)" "$(echo "$docs / ($end - $start)" | bc -l)" "$load"
  "${cli[@]}" worker --from "$nats" --queue "$queue" --dead-letters 2>&1 | tail -n 1
done
