#!/usr/bin/env bash
# Whole-process benchmark: `dyad code` on the public-domain VOA stories in
# ../shared/data/news/voa-dev.jsonl, repeated REPS times (default 20) so the
# run lasts long enough to time. Prints dyad's --stats line per thread count:
# documents/s, sentences/s, MB/s of article text, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
voa=../shared/data/news/voa-dev.jsonl
if [ ! -f "$voa" ]; then
  echo "bench-voa: $voa not found (../shared absent); nothing to measure" >&2
  exit 0
fi
[ -x build/dyad ] || scripts/build.sh
reps=${REPS:-20}
tmp=$(mktemp --suffix=.jsonl)
trap 'rm -f "$tmp"' EXIT
for _ in $(seq "$reps"); do cat "$voa"; done > "$tmp"
echo "input: $voa x $reps ($(wc -c < "$tmp") bytes, $(wc -l < "$tmp") documents)"
for threads in ${THREADS:-1 2}; do
  printf 'threads=%s: ' "$threads"
  build/dyad code --stats --threads "$threads" "$tmp" 2>&1 >/dev/null | tail -n 1
done
