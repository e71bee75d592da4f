#!/usr/bin/env bash
# Longer seeded fuzzing than the test suite's short budget: N inputs for each of the five targets
# (raw bytes, the text layer, whole extraction, JSON Lines records, query filters), then a table
# of how many inputs each target tried and how they ended. A failure prints the seed and the case
# that reproduce it.
#   scripts/fuzz.sh N [SEED]     e.g. scripts/fuzz.sh 20000   (5 x 20,000 = 100,000 inputs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:?usage: scripts/fuzz.sh N [SEED]}
seed=${2:-20261202}
[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: N must be a positive count, not '$n'" >&2; exit 2; }
[[ $seed =~ ^-?[0-9]+$ ]] || { echo "fuzz: SEED must be an integer, not '$seed'" >&2; exit 2; }
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
report=$(mktemp "${TMPDIR:-/tmp}/marsad-fuzz.XXXXXX")
trap 'rm -f "$report"' EXIT
started=$(date +%s)
rc=0
MARSAD_FUZZ_N=$n MARSAD_FUZZ_SEED=$seed MARSAD_FUZZ_REPORT=$report \
  dotnet test tests/Marsad.Tests/Marsad.Tests.csproj -c Release --filter "FullyQualifiedName~Marsad.Tests.Fuzz" \
  --logger "console;verbosity=minimal" || rc=$?
echo
echo "fuzz: seed $seed, $n inputs a target, $(( $(date +%s) - started )) s"
if [[ -s $report ]]; then
  sort "$report"
  awk -F'\t' '{ split($3, a, " "); total += a[1] } END { printf "fuzz: %d inputs in all, none crashed\n", total }' "$report"
fi
(( rc == 0 )) || echo "fuzz: a target failed (see above for the seed and case)" >&2
exit $rc
