#!/usr/bin/env bash
# Builds the real site and a generated corpus with two commits of KhaSite and compares the output trees byte for byte:
# a refactoring that should not change the output shows here that it did not (issue 25).
#
#   bench/same-output.sh BEFORE [AFTER]     # AFTER defaults to the working tree
#   PAIRS=5000 bench/same-output.sh fddc208 # the 10,000-page corpus (default PAIRS=1000)
#
# Prints every difference (diff -rq) and exits 0 when there is none.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
before="${1:?usage: bench/same-output.sh BEFORE [AFTER]}" after="${2:-}"
work="${WORK:-/tmp/khasite-same-output}" pairs="${PAIRS:-1000}"
rm -rf "$work"; mkdir -p "$work"
trap 'git -C "$root" worktree remove --force "$work/before" >/dev/null 2>&1 || true; git -C "$root" worktree remove --force "$work/after" >/dev/null 2>&1 || true' EXIT

checkout() { # $1 name, $2 commit or empty for the working tree
  if [ -z "$2" ]; then echo "$root"; return; fi
  git -C "$root" worktree add --quiet --detach "$work/$1" "$2"
  echo "$work/$1"
}
dir_before="$(checkout before "$before")" dir_after="$(checkout after "$after")"
dotnet run -c Release --project "$root/bench/CorpusGenerator" -- --pairs "$pairs" --out "$work/corpus" >/dev/null
status=0
for side in before after; do
  dir="dir_$side"; dir="${!dir}"
  dotnet build "$dir/KhaSite.csproj" -c Release -v q -clp:NoSummary >/dev/null
  (cd "$dir" && dotnet bin/Release/net10.0/KhaSite.dll build --no-search --output "$work/$side-site" --force >/dev/null)
  (cd "$dir" && dotnet bin/Release/net10.0/KhaSite.dll build --no-search --input "$work/corpus" --output "$work/$side-corpus" --force >/dev/null)
done
for tree in site corpus; do
  echo "== $tree: $(find "$work/after-$tree" -type f | wc -l) files"
  diff -rq "$work/before-$tree" "$work/after-$tree" || status=1
done
exit "$status"
