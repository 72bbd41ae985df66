#!/usr/bin/env bash
# What one search query downloads from a built site's index (docs/search.md, "Index layout and what a query costs"):
# meta.json, one shard per query word and the ten documents shown. Prints, per language, the sizes of those files
# (uncompressed, as written) and the bytes of a one-word query whose word is in the median and in the largest shard.
# usage: bench/search-bytes.sh OUTPUT_DIR
set -euo pipefail
site=${1:?usage: search-bytes.sh OUTPUT_DIR}
median() { sort -n | awk '{a[NR]=$1} END{if(NR==0) print 0; else print a[int((NR+1)/2)]}'; }
out=""
for dir in "$site"/search/*/; do
  lang=$(basename "$dir")
  [ -f "$dir/meta.json" ] || continue
  meta=$(wc -c < "$dir/meta.json")
  shard_med=$(find "$dir/s" -name '*.json' -printf '%s\n' | median)
  shard_max=$(find "$dir/s" -name '*.json' -printf '%s\n' | sort -n | tail -1)
  doc_med=$(find "$dir/d" -name '*.json' -printf '%s\n' | median)
  docs=$(find "$dir/d" -name '*.json' | wc -l)
  typical=$((meta + shard_med + 10 * doc_med)); worst=$((meta + shard_max + 10 * doc_med))
  out="$out${out:+; }$lang: $docs documents, meta.json $((meta / 1024)) KB, shards median $((shard_med / 1024)) KB max $((shard_max / 1024)) KB, a one-word query $((typical / 1024))–$((worst / 1024)) KB"
done
echo "$out"
