#!/usr/bin/env bash
# Compares `extract --jsonl` throughput of two builds over the same input, in one run, alternating
# old and new so that a change in machine load hits both alike. One thread each (extract --jsonl is
# single-threaded). Prints each pass's summary line and time by stage.
#
# Usage: scripts/compare-throughput.sh OLD_CLI_DLL NEW_CLI_DLL [ROUNDS] [INPUT.jsonl…]
#   OLD_CLI_DLL / NEW_CLI_DLL: paths to Marsad.Cli.dll of the two builds (e.g. a worktree of the old
#   commit built with `dotnet build src/Marsad.Cli -c Release -o /tmp/old-cli`).
#   INPUT defaults to every JSON Lines file of ../shared/data/news.
set -euo pipefail
old=$1 new=$2 rounds=${3:-2}
shift $(( $# >= 3 ? 3 : $# ))
inputs=("$@")
if (( ${#inputs[@]} == 0 )); then
  inputs=(../shared/data/news/*.jsonl)
fi
all=$(mktemp)
trap 'rm -f "$all"' EXIT
cat "${inputs[@]}" > "$all"
echo "input: $(wc -l < "$all") articles from ${#inputs[@]} file(s)"
for r in $(seq 1 "$rounds"); do
  for side in old new; do
    dll=$old; [[ $side == new ]] && dll=$new
    printf '%s round %d: ' "$side" "$r"
    dotnet "$dll" extract --jsonl "$all" 2>&1 >/dev/null | tr '\n' ' '
    echo
  done
done
