#!/usr/bin/env bash
# KhaSite's benchmark (issue 9): builds synthetic corpora of N article pairs with KhaSite and, in the same run,
# with Hugo (../shared/bench/hugo-baseline), and writes the results into docs/performance.md.
#
# usage: bench/run.sh                      # everything: N = 100, 1000, 5000, 5 runs each
#   RUNS=5            timed runs per measurement (medians are reported)
#   RUNS_LARGE=$RUNS  timed runs at the largest N (use 3 when a full run would take too long)
#   RUNS_BOOK=$RUNS   timed `build --book` runs per N (0 to skip the book's rows)
#   SIZES="100 1000 5000"   article pairs per corpus (pages ≈ 2 × N)
#   WORK=/tmp/khasite-bench  corpora, outputs and logs (never inside the repository)
#   KHASITE_REF=      build this git ref (exported with git archive) instead of the working tree
#   PREVIEW_N=1000 PREVIEW_EDITS=7   the preview measurement, when the build has a 'preview' command
#   DOC=docs/performance.md   '-' to skip writing the document
#   HUGO_BASELINE=../shared/bench/hugo-baseline   NO_HUGO=1 to skip Hugo
#   REPORT_ONLY=1     only rewrite the document from the last run's $WORK/results.tsv
#   TOOL=native       how the corpora are built: native = the README's `./khasite` program (Native AOT, or its
#                     ReadyToRun fallback without a C toolchain); published = the ReadyToRun publish below
#   READY_TO_RUN=1    publish KhaSite with ReadyToRun (default; the real site's "published" row, and TOOL=published);
#                     0 for the plain `dotnet build -c Release`
#   REAL_RUNS=$RUNS   rounds on the real site (input/): Hugo, dotnet run, the JIT build, the published build, ./khasite
#   REAL_PAUSE=0      seconds of quiet before each timed real-site build (35: past ext4's 30 s in which it does not
#                     reuse a freed inode and scans past it; builds back to back pay more each round)
#   LARGE=            article pairs of the optional large point (LARGE=50000: 100,000 pages, ~1 GB of corpus, long)
# Needs: dotnet, GNU time (/usr/bin/time, Debian package 'time'), gzip, curl; hugo is installed by the baseline.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-5}
RUNS_LARGE=${RUNS_LARGE:-$RUNS}
RUNS_BOOK=${RUNS_BOOK:-$RUNS}
SIZES=${SIZES:-"100 1000 5000"}
WORK=${WORK:-/tmp/khasite-bench}
KHASITE_REF=${KHASITE_REF:-}
PREVIEW_N=${PREVIEW_N:-1000}
PREVIEW_EDITS=${PREVIEW_EDITS:-7}
DOC=${DOC:-$repo/docs/performance.md}
HUGO_BASELINE=${HUGO_BASELINE:-$repo/../shared/bench/hugo-baseline}
NO_HUGO=${NO_HUGO:-}
READY_TO_RUN=${READY_TO_RUN:-1}
TOOL=${TOOL:-native}
REAL_RUNS=${REAL_RUNS:-$RUNS}
REAL_PAUSE=${REAL_PAUSE:-0}
LARGE=${LARGE:-}
real_variants="run jit published fast"  # how KhaSite is started on the real site (below)
largest=$(printf '%s\n' $SIZES | sort -n | tail -1)

case "$WORK" in "$repo"|"$repo"/*) echo "bench: WORK must be outside the repository" >&2; exit 2 ;; esac
mkdir -p "$WORK"
results="$WORK/results.tsv"
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# one key/value fact for the document: put KEY VALUE
put() { printf '%s\t%s\n' "$1" "$2" >> "$results"; }
get() { awk -F'\t' -v k="$1" '$1==k{v=$2} END{print v}' "$results"; }
median() { sort -n | awk '{a[NR]=$1} END{if(NR==0){print ""; exit} if(NR%2) printf "%.3f\n", a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

if [ -z "${REPORT_ONLY:-}" ]; then
: > "$results"
[ -x /usr/bin/time ] || { log "installing GNU time"; apt-get update -qq && apt-get install -y -qq time >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

# ---------------------------------------------------------------- build KhaSite and the generator
src=$repo
if [ -n "$KHASITE_REF" ]; then
  src="$WORK/khasite-src"
  rm -rf "$src" && mkdir -p "$src"
  git -C "$repo" archive "$KHASITE_REF" | tar -x -C "$src"
  put commit "$(git -C "$repo" rev-parse --short "$KHASITE_REF") ($KHASITE_REF)"
else
  dirty=$(git -C "$repo" status --porcelain -- src theme KhaSite.csproj | head -1)
  put commit "$(git -C "$repo" rev-parse --short HEAD)${dirty:+ + uncommitted changes in src/ or theme/}"
fi
if [ "$READY_TO_RUN" = 1 ]; then
  # Published with ReadyToRun (precompiled, as Hugo's binary is): no JIT at start-up.
  log "publishing KhaSite (Release, ReadyToRun) from $src"
  rm -rf "$WORK/khasite-bin"
  dotnet publish "$src/KhaSite.csproj" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$WORK/khasite-bin" \
    -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
  dll="$WORK/khasite-bin/KhaSite.dll"
  put published_build "\`dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true\`"
else
  log "building KhaSite (Release) in $src"
  dotnet build "$src/KhaSite.csproj" -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
  dll="$src/bin/Release/net10.0/KhaSite.dll"
  put published_build "\`dotnet build -c Release\` (JIT-compiled at run time)"
fi
kha=(dotnet "$dll"); put khasite_build "$(get published_build)"
if [ "$TOOL" = native ] && [ -x "$src/khasite" ]; then
  # What the README's `./khasite build` runs: compiled once here (Native AOT takes a few minutes), then started directly.
  log "compiling ./khasite's program"
  (cd "$src" && ./khasite version > "$WORK/tool-build.log" 2>&1) || true
  program=$(cd "$src" && KHASITE_WHICH=1 ./khasite) || { cat "$WORK/tool-build.log" >&2; exit 1; }
  case $program in *.dll) kha=(dotnet "$program"); put khasite_build "\`./khasite\` (ReadyToRun: no C toolchain for Native AOT)" ;;
    *) kha=("$program"); put khasite_build "\`./khasite\` (Native AOT)" ;; esac
fi
theme="$src/theme"
log "building the corpus generator"
dotnet build "$repo/bench/CorpusGenerator/CorpusGenerator.csproj" -c Release -nologo -v q >"$WORK/gen-build.log" 2>&1 || { cat "$WORK/gen-build.log" >&2; exit 1; }
gen="$repo/bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll"
# ```timeline / ```chart embeds only when the generator being measured understands them
gen_args=()
# Builds this script times are full builds: --no-cache where the build would otherwise keep an unchanged output.
if grep -qs -- '--no-cache' "$src/src/Cli/KhaSiteCommandLine.cs"; then nocache=--no-cache; else nocache=; fi
if grep -rqsE '"timeline"' "$src/src"; then put embeds "yes"; else gen_args+=(--no-embeds); put embeds "no (this build has no embed support)"; fi

# ---------------------------------------------------------------- the machine
put nproc "$(nproc)"
put cpu "$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)"
put ram "$(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
put os "$(. /etc/os-release; echo "$PRETTY_NAME"), kernel $(uname -r)"
put dotnet "$(dotnet --version)"
put load_start "$(cut -d' ' -f1-3 /proc/loadavg)"
put date "$(date -u '+%Y-%m-%d %H:%M UTC')"
put runs "$RUNS"
put runs_large "$RUNS_LARGE"
put sizes "$SIZES"

# /usr/bin/time -v report → "wall cpu rss_mb"
measure() {
  local tf=$1
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n=split($2,p,":"); w=0; for(i=1;i<=n;i++) w=w*60+p[i] }
    /User time/ { u=$2 } /System time/ { s=$2 } /Maximum resident set size/ { r=$2 }
    END { printf "%.3f %.3f %.1f\n", w, u+s, r/1024 }' "$tf"
}

# Builds with the book on by default had --no-book (the timed builds skip the book: Hugo makes none); later ones have --book.
no_book=$("${kha[@]}" build --help 2>&1 | grep -q -- '--no-book' && echo --no-book || true)
with_book=$("${kha[@]}" build --help 2>&1 | grep -q -- ' --book' && echo --book || true)

# KhaSite's own stage times: the CLI prints them (a Spectre table) when it runs in a terminal, so give it one.
stage_times() {
  local corpus=$1 out=$2 n=$3
  rm -rf "$out"
  script -qec "dotnet '$dll' build --no-search $no_book --input '$corpus' --theme '$theme' --output '$out'" /dev/null \
    | sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' > "$WORK/stages-$n.log" || true
  for stage in Load Model Check Render Write; do
    put "stage_${stage}_$n" "$(grep -aE "│ *$stage *│" "$WORK/stages-$n.log" | grep -aoE '[0-9]+ ms' | head -1 | grep -oE '[0-9]+')"
  done
}

for n in $SIZES; do
  runs=$RUNS; [ "$n" = "$largest" ] && runs=$RUNS_LARGE
  corpus="$WORK/corpus-$n"
  out="$WORK/out-$n"
  log "N=$n: generating the corpus"
  dotnet "$gen" --pairs "$n" --out "$corpus" "${gen_args[@]}" > "$WORK/gen-$n.log"
  put "corpus_$n" "$(cat "$WORK/gen-$n.log")"
  put "corpus_bytes_$n" "$(du -sb "$corpus/articles" | cut -f1)"
  "${kha[@]}" check --input "$corpus" --theme "$theme" > "$WORK/check-$n.log" 2>&1 || true
  put "check_$n" "$(grep -aE '^khasite: (checked|failed)' "$WORK/check-$n.log" | tail -1)"
  grep -q ' 0 error(s)' "$WORK/check-$n.log" || { log "N=$n: the corpus does not check clean:"; tail -5 "$WORK/check-$n.log" >&2; exit 1; }

  log "N=$n: warm-up build"
  rm -rf "$out"
  "${kha[@]}" build --no-search $no_book $nocache --input "$corpus" --theme "$theme" --output "$out" > "$WORK/warmup-$n.log" 2>&1 || { cat "$WORK/warmup-$n.log" >&2; exit 1; }
  : > "$WORK/stagelines-$n.txt"

  # Each timed cold build follows the deletion of its own previous output, as each of Hugo's does in the baseline;
  # the rebuilds come after Hugo's runs. (On this machine's ext4, which has no journal, creating files shortly after
  # thousands were deleted is slow, so a build that followed a rebuild's deletion paid for it — docs/performance.md.)
  full_w=(); full_c=(); full_r=(); re_w=(); re_c=(); re_r=()
  for r in $(seq 1 "$runs"); do
    rm -rf "$out"
    /usr/bin/time -v -o "$WORK/time.txt" "${kha[@]}" build --no-search $no_book $nocache --input "$corpus" --theme "$theme" --output "$out" > "$WORK/build-$n.log" 2>&1 \
      || { cat "$WORK/build-$n.log" >&2; exit 1; }
    read -r w c m < <(measure "$WORK/time.txt"); full_w+=("$w"); full_c+=("$c"); full_r+=("$m")
    grep -a '^khasite: stages:' "$WORK/build-$n.log" >> "$WORK/stagelines-$n.txt" || true
    log "N=$n run $r/$runs: full ${w}s (cpu ${c}s, ${m} MB)"
  done
  if [ -s "$WORK/stagelines-$n.txt" ]; then
    for stage in Load Model Check Render Write; do
      put "stage_${stage}_$n" "$(grep -oE "$stage [0-9]+ ms" "$WORK/stagelines-$n.txt" | awk '{print $2}' | median | awk '{printf "%.0f", $1}')"
    done
    put stage_source "medians over the timed full builds, from the CLI's \`khasite: stages:\` line"
  else
    stage_times "$corpus" "$out" "$n"
    put stage_source "one extra build in a pseudo-terminal (the CLI's stage table)"
  fi
  put "kha_wall_$n" "$(printf '%s\n' "${full_w[@]}" | median)"
  put "kha_cpu_$n" "$(printf '%s\n' "${full_c[@]}" | median)"
  put "kha_rss_$n" "$(printf '%s\n' "${full_r[@]}" | sort -n | tail -1)"
  put "kha_runs_$n" "$(printf '%s ' "${full_w[@]}")"
  put "kha_pages_$n" "$(find "$out" -name '*.html' | wc -l)"
  put "kha_files_$n" "$(find "$out" -type f | wc -l)"

  # The same full build with the book (EPUB and all-in-one page per language), each after deleting its output.
  if [ -n "$with_book" ] && [ "$RUNS_BOOK" -gt 0 ]; then
    book_w=(); book_c=(); book_r=()
    for r in $(seq 1 "$RUNS_BOOK"); do
      rm -rf "$out-book"
      /usr/bin/time -v -o "$WORK/time.txt" "${kha[@]}" build --no-search $with_book $nocache --input "$corpus" --theme "$theme" --output "$out-book" > "$WORK/book-$n.log" 2>&1 \
        || { cat "$WORK/book-$n.log" >&2; exit 1; }
      read -r w c m < <(measure "$WORK/time.txt"); book_w+=("$w"); book_c+=("$c"); book_r+=("$m")
      log "N=$n run $r/$RUNS_BOOK: build --book ${w}s (cpu ${c}s, ${m} MB)"
    done
    put "book_wall_$n" "$(printf '%s\n' "${book_w[@]}" | median)"
    put "book_cpu_$n" "$(printf '%s\n' "${book_c[@]}" | median)"
    put "book_rss_$n" "$(printf '%s\n' "${book_r[@]}" | sort -n | tail -1)"
    put "book_runs_$n" "$(printf '%s ' "${book_w[@]}")"
    put "book_epub_bytes_$n" "$(find "$out-book" -name '*.epub' -printf '%s\n' | awk '{t+=$1} END{print t+0}')"
    rm -rf "$out-book"
  fi

  if [ -z "$NO_HUGO" ]; then
    log "N=$n: Hugo ($runs runs after a warm-up)"
    /usr/bin/time -v -o "$WORK/hugo-time.txt" "$HUGO_BASELINE" "$corpus" "$runs" > "$WORK/hugo-$n.log" 2>&1 \
      || { cat "$WORK/hugo-$n.log" >&2; exit 1; }
    line=$(grep '^hugo median_s=' "$WORK/hugo-$n.log")
    put "hugo_wall_$n" "$(sed -E 's/.*median_s=([0-9.]+).*/\1/' <<<"$line")"
    put "hugo_pages_$n" "$(sed -E 's/.*pages=([0-9]+).*/\1/' <<<"$line")"
    put "hugo_runs_$n" "$(grep -E '^run ' "$WORK/hugo-$n.log" | awk '{printf "%s ", $3}' | tr -d s)"
    # the baseline runs hugo runs+1 times (one warm-up); its CPU time and peak memory per build:
    read -r _ hc hr < <(measure "$WORK/hugo-time.txt")
    put "hugo_cpu_$n" "$(awk -v c="$hc" -v r="$runs" 'BEGIN{printf "%.3f", c/(r+1)}')"
    put "hugo_rss_$n" "$hr"
  fi

  for r in $(seq 1 "$runs"); do
    /usr/bin/time -v -o "$WORK/time.txt" "${kha[@]}" build --no-search $no_book $nocache --input "$corpus" --theme "$theme" --output "$out" > "$WORK/rebuild-$n.log" 2>&1 \
      || { cat "$WORK/rebuild-$n.log" >&2; exit 1; }
    read -r w2 c2 m2 < <(measure "$WORK/time.txt"); re_w+=("$w2"); re_c+=("$c2"); re_r+=("$m2")
    log "N=$n rebuild $r/$runs: ${w2}s"
  done
  put "re_wall_$n" "$(printf '%s\n' "${re_w[@]}" | median)"
  put "re_cpu_$n" "$(printf '%s\n' "${re_c[@]}" | median)"
done
put hugo "$(hugo version 2>/dev/null | cut -d' ' -f1-2 || echo 'not installed')" || true

# ---------------------------------------------------------------- the real site, as a contributor builds it
# In turn, REAL_RUNS times: Hugo on input/ (the baseline script: a warm-up and one timed build per call), then KhaSite
# four ways, each the README's command as typed plus --no-search (no --no-cache: the output folder is removed before
# each run, so it is a full build that also checks whether it is up to date): `dotnet run -- build` (the command before
# the fast path: MSBuild's up-to-date check, then the JIT build), the `dotnet build` output started directly (JIT),
# the ReadyToRun publish above, and `./khasite build` (README's command, the fast path). Ratios are taken pair by pair
# (each KhaSite run against the Hugo run of the same round), so a machine that slows down mid-run moves both.
real_build() {  # real_build VARIANT: one timed build of input/ into $WORK/out-real-VARIANT; prints "wall cpu rss"
  local v=$1 out="$WORK/out-real-$1" cmd
  case $v in
    run) cmd=(dotnet run --project KhaSite.csproj --) ;;
    jit) cmd=(dotnet "$src/bin/Debug/net10.0/KhaSite.dll") ;;
    published) cmd=(dotnet "$dll") ;;
    fast) cmd=(./khasite) ;;
  esac
  rm -rf "$out"
  sleep "$REAL_PAUSE"
  (cd "$src" && /usr/bin/time -v -o "$WORK/time-real.txt" "${cmd[@]}" build --no-search $no_book --output "$out") \
    > "$WORK/real-$v.log" 2>&1 || { cat "$WORK/real-$v.log" >&2; exit 1; }
  measure "$WORK/time-real.txt"
}
if [ -x "$src/khasite" ] && [ "$REAL_RUNS" -gt 0 ]; then
  log "real site: $REAL_RUNS rounds of Hugo, dotnet run, the JIT build, the published build and ./khasite"
  dotnet build "$src/KhaSite.csproj" -nologo -v q >"$WORK/jit-build.log" 2>&1 || { cat "$WORK/jit-build.log" >&2; exit 1; }
  for v in $real_variants; do real_build "$v" > /dev/null; done  # warm-ups; ./khasite publishes itself here, once
  declare -A real_w=() real_c=() real_r=() real_q=()
  for r in $(seq 1 "$REAL_RUNS"); do
    hw=""
    if [ -z "$NO_HUGO" ]; then
      sleep "$REAL_PAUSE"
      "$HUGO_BASELINE" "$src/input" 1 > "$WORK/hugo-real.log" 2>&1 || { cat "$WORK/hugo-real.log" >&2; exit 1; }
      hw=$(awk '/^run 1 /{print $3+0}' "$WORK/hugo-real.log"); real_w[hugo]+="$hw "
      put real_hugo_pages "$(sed -nE 's/.*pages=([0-9]+).*/\1/p' "$WORK/hugo-real.log")"
    fi
    line="round $r: Hugo ${hw:-–}s"
    for v in $real_variants; do
      read -r w c m < <(real_build "$v")
      real_w[$v]+="$w "; real_c[$v]+="$c "; real_r[$v]+="$m "
      [ -n "$hw" ] && real_q[$v]+="$(awk -v a="$w" -v b="$hw" 'BEGIN{printf "%.3f", a/b}') "
      line="$line, $v ${w}s"
    done
    log "$line"
  done
  put real_hugo_wall "$(printf '%s\n' ${real_w[hugo]:-} | median)"
  put real_hugo_runs "${real_w[hugo]:-}"
  for v in $real_variants; do
    put "real_${v}_wall" "$(printf '%s\n' ${real_w[$v]} | median)"
    put "real_${v}_cpu" "$(printf '%s\n' ${real_c[$v]} | median)"
    put "real_${v}_rss" "$(printf '%s\n' ${real_r[$v]} | sort -n | tail -1)"
    put "real_${v}_runs" "${real_w[$v]}"
    put "real_${v}_ratio" "$(printf '%s\n' ${real_q[$v]:-} | median)"
  done
  put real_pages "$(find "$WORK/out-real-fast" -name '*.html' | wc -l)"
  put real_stages "$(grep -a '^khasite: stages:' "$WORK/real-fast.log" | sed 's/^khasite: stages: //')"
  put real_jit "$(grep -a '^khasite: jit:' "$WORK/real-fast.log" | sed 's/^khasite: jit: //'); JIT build: $(grep -a '^khasite: jit:' "$WORK/real-jit.log" | sed 's/^khasite: jit: //')"
  put real_runs "$REAL_RUNS"
  put real_pause "$REAL_PAUSE"
fi

# ---------------------------------------------------------------- incremental builds (issue 21 item 2)
# The build cache's cases at N pairs, each the README's command as typed (with --no-search: the cache is on): a rebuild
# with nothing changed, and one edited article (words added to its last paragraph), RUNS_LARGE rounds of both. After the
# last edit the output is compared with a clean build of the same input (--no-cache into another folder): it must be
# byte-identical. Puts one "incr_row" per case (a Markdown table row the document prints as it is).
bench_incremental() {
  local n=$1 corpus=$2 out=$3 article w c m
  [ -d "$corpus" ] || return 0
  log "N=$n: incremental builds ($RUNS_LARGE rounds)"
  rm -rf "$out"
  "${kha[@]}" build --no-search $no_book --input "$corpus" --theme "$theme" --output "$out" > "$WORK/incr-first.log" 2>&1 \
    || { cat "$WORK/incr-first.log" >&2; exit 1; }
  article=$(find "$corpus/articles" -name '*.en.md' | LC_ALL=C sort | sed -n 1p)  # (head would end sort early: pipefail)
  cp "$article" "$WORK/incr-article.md"
  local -a nw=() nc=() ew=() ec=()
  for r in $(seq 1 "$RUNS_LARGE"); do
    /usr/bin/time -v -o "$WORK/time.txt" "${kha[@]}" build --no-search $no_book --input "$corpus" --theme "$theme" --output "$out" \
      > "$WORK/incr-nochange.log" 2>&1 || { cat "$WORK/incr-nochange.log" >&2; exit 1; }
    read -r w c m < <(measure "$WORK/time.txt"); nw+=("$w"); nc+=("$c")
    # A word added to the body's last paragraph of prose (a typo fixed, say): no new citation, link or heading.
    awk -v r="$r" 'NR==FNR { if (/^---$/) fm++; else if (fm >= 2 && /^[A-Z]/) last = FNR; next }
      FNR == last { $0 = "Round " r ": " $0 } { print }' "$article" "$article" > "$WORK/incr-edited.md"
    cp "$WORK/incr-edited.md" "$article"
    /usr/bin/time -v -o "$WORK/time.txt" "${kha[@]}" build --no-search $no_book --input "$corpus" --theme "$theme" --output "$out" \
      > "$WORK/incr-edit.log" 2>&1 || { cat "$WORK/incr-edit.log" >&2; exit 1; }
    read -r w c m < <(measure "$WORK/time.txt"); ew+=("$w"); ec+=("$c")
    log "N=$n round $r: nothing changed ${nw[-1]}s, one edited article ${w}s ($(grep -a '^khasite: pages:' "$WORK/incr-edit.log" | sed 's/^khasite: pages: //'))"
  done
  rm -rf "$out-clean"
  "${kha[@]}" build --no-search $no_book $nocache --input "$corpus" --theme "$theme" --output "$out-clean" > "$WORK/incr-clean.log" 2>&1 \
    || { cat "$WORK/incr-clean.log" >&2; exit 1; }
  local same="byte-identical to a clean build"
  diff -rq "$out" "$out-clean" > "$WORK/incr-diff.txt" 2>&1 || same="**differs from a clean build** ($(wc -l < "$WORK/incr-diff.txt") files)"
  cp "$WORK/incr-article.md" "$article"
  rm -rf "$out-clean"
  local full; full=$(get "kha_wall_$n")
  put incr_row "| Rebuild, nothing changed | $n | $(printf '%s\n' "${nw[@]}" | median) s | $(printf '%s\n' "${nc[@]}" | median) s | ${full:-–} s |"
  put incr_row "| One edited article ($(grep -a '^khasite: pages:' "$WORK/incr-edit.log" | sed 's/^khasite: pages: //'); $same) | $n | $(printf '%s\n' "${ew[@]}" | median) s | $(printf '%s\n' "${ec[@]}" | median) s | ${full:-–} s |"
  put incr_stages "$(grep -a '^khasite: stages:' "$WORK/incr-edit.log" | sed 's/^khasite: stages: //')"
}
bench_incremental "$largest" "$WORK/corpus-$largest" "$WORK/out-$largest"

# ---------------------------------------------------------------- the large point (LARGE pairs, optional: it is long)
# One full build without search and one with, each under /usr/bin/time -v; linearity is time per page against the
# largest of SIZES. The corpus is generated once and kept in $WORK (about 1 GB at LARGE=50000).
if [ -n "$LARGE" ]; then
  corpus="$WORK/corpus-$LARGE"
  if [ ! -f "$corpus/.complete" ]; then
    log "large: generating $LARGE pairs"
    dotnet "$gen" --pairs "$LARGE" --out "$corpus" "${gen_args[@]}" > "$WORK/gen-$LARGE.log" && touch "$corpus/.complete"
  fi
  put large_corpus "$(cat "$WORK/gen-$LARGE.log" 2>/dev/null | sed 's/^corpus-generator: //; s/ → .*//')"
  for mode in nosearch search; do
    args=(build $no_book $nocache --input "$corpus" --theme "$theme" --output "$WORK/out-large")
    [ "$mode" = nosearch ] && args+=(--no-search)
    rm -rf "$WORK/out-large"
    log "large: N=$LARGE build ($mode)"
    /usr/bin/time -v -o "$WORK/time-large.txt" "${kha[@]}" "${args[@]}" > "$WORK/large-$mode.log" 2>&1 \
      || { cat "$WORK/large-$mode.log" >&2; exit 1; }
    read -r w c m < <(measure "$WORK/time-large.txt")
    put "large_${mode}_wall" "$w"; put "large_${mode}_cpu" "$c"; put "large_${mode}_rss" "$m"
    put "large_${mode}_stages" "$(grep -a '^khasite: stages:' "$WORK/large-$mode.log" | sed 's/^khasite: stages: //')"
    log "large ($mode): ${w}s, cpu ${c}s, ${m} MB"
  done
  put large_n "$LARGE"
  put large_pages "$(find "$WORK/out-large" -name '*.html' | wc -l)"
  put large_sitemaps "$(find "$WORK/out-large" -maxdepth 1 -name 'sitemap*.xml' | wc -l)"
  put large_search_bytes "$(du -sb "$WORK/out-large/search" 2>/dev/null | cut -f1)"
  [ -x "$repo/bench/search-bytes.sh" ] && put large_search_query "$("$repo/bench/search-bytes.sh" "$WORK/out-large" 2>/dev/null || true)"
fi

# ---------------------------------------------------------------- page weight
# One article page as a reader downloads it: its HTML and the CSS and JS it links, each gzip -9 (as a static
# host serves them); the search index is not counted (it is fetched only when a search is made).
page_weight() {
  local site=$1 page=$2 key=$3
  local html="$site/$page" dir total=0 bytes
  [ -f "$html" ] || return 0
  dir=$(dirname "$html")
  bytes=$(gzip -9 -c "$html" | wc -c); total=$bytes
  put "weight_${key}_html" "$bytes"
  local assets=""
  for ref in $(grep -oE '<link[^>]+rel="stylesheet"[^>]*>|<script[^>]+src="[^"]+"' "$html" | grep -oE '(href|src)="[^"]+"' | sed -E 's/^(href|src)="([^"?#]+).*/\2/'); do
    case "$ref" in http*|//*) continue ;; /*) f="$site$ref" ;; *) f="$dir/$ref" ;; esac
    [ -f "$f" ] || continue
    bytes=$(gzip -9 -c "$f" | wc -c); total=$((total + bytes))
    assets="$assets $(basename "$f") $bytes;"
  done
  put "weight_${key}_assets" "${assets:- none}"
  put "weight_${key}_total" "$total"
  put "weight_${key}_page" "$page"
  put "weight_${key}_raw" "$(wc -c < "$html")"
}
mid=$(printf '%s\n' $SIZES | sort -n | sed -n '2p'); mid=${mid:-$largest}
# an article page: kk/<section>/<slug>/index.html, not a category or tag list
synthetic_page=$(cd "$WORK/out-$mid" && find kk -mindepth 3 -maxdepth 3 -path '*/*/index.html' ! -path 'kk/categories/*' ! -path 'kk/tags/*' ! -path 'kk/sources/*' ! -path 'kk/timeline/*' ! -path 'kk/statistics/*' | sort | sed -n '1p' || true)
page_weight "$WORK/out-$mid" "$synthetic_page" synthetic
log "page weight: building the real encyclopedia"
if "${kha[@]}" build --input "$src/input" --theme "$theme" --output "$WORK/out-real" > "$WORK/real.log" 2>&1; then
  page_weight "$WORK/out-real" "kk/history/founding-1995/index.html" real
  page_weight "$WORK/out-real" "en/history/founding-1995/index.html" real_en
else
  put weight_real_total ""
fi

# ---------------------------------------------------------------- the book: measured with each N above (RUNS_BOOK)

# ---------------------------------------------------------------- preview: save one article → page served again
if "${kha[@]}" --help 2>&1 | grep -qE '^ +preview( |$)'; then
  log "preview: measuring $PREVIEW_EDITS edits at N=$PREVIEW_N"
  corpus="$WORK/corpus-$PREVIEW_N"
  [ -d "$corpus/articles" ] || dotnet "$gen" --pairs "$PREVIEW_N" --out "$corpus" "${gen_args[@]}" > /dev/null
  port=$((20000 + RANDOM % 20000))
  args=(preview --input "$corpus" --theme "$theme")
  "${kha[@]}" preview --help 2>&1 | grep -q -- '--port' && args+=(--port "$port")
  "${kha[@]}" preview --help 2>&1 | grep -q -- '--output' && args+=(--output "$WORK/out-preview")
  "${kha[@]}" "${args[@]}" > "$WORK/preview.log" 2>&1 &
  ppid=$!
  base=""
  for _ in $(seq 1 1200); do  # up to 120 s for the first build
    base=$(grep -aoE 'http://(localhost|127\.0\.0\.1|\[::1\]):[0-9]+[^ ]*' "$WORK/preview.log" | head -1 || true); base=${base%/}
    [ -n "$base" ] && curl -fsS "$base/" >/dev/null 2>&1 && break
    sleep 0.1
  done
  article=$(cd "$corpus/articles" && find . -name '*.kk.md' | sort | sed -n '2p'); article=${article#./}
  url="$base/kk/${article%.kk.md}/"
  times=()
  if [ -n "$base" ] && curl -fsS "$url" >/dev/null 2>&1; then
    key=$(grep -oE '@[a-z0-9-]+' "$corpus/articles/$article" | head -1 | tr -d @)
    for e in $(seq 1 "$PREVIEW_EDITS"); do
      marker="benchedit$e$RANDOM"
      # One process appends the sentence and polls the page every 5 ms over one kept-alive connection: a curl per
      # poll cost more than the preview's own work on this machine and made the figure mostly the poller's.
      if t=$(python3 - "$corpus/articles/$article" "$(printf '\nҚосымша сөйлем %s [@%s].\n' "$marker" "$key")" "$url" "$marker" <<'PY'
import http.client, sys, time, urllib.parse
path, line, url, marker = sys.argv[1], sys.argv[2], urllib.parse.urlsplit(sys.argv[3]), sys.argv[4].encode()
connect = lambda: http.client.HTTPConnection(url.hostname, url.port, timeout=10)
conn = connect()
start = time.monotonic()
with open(path, "a", encoding="utf-8") as f:
    f.write(line)
while time.monotonic() - start < 120:
    try:
        conn.request("GET", url.path)
        if marker in conn.getresponse().read():
            print(round((time.monotonic() - start) * 1000)); sys.exit(0)
    except (OSError, http.client.HTTPException):
        conn.close(); conn = connect()
    time.sleep(0.005)
sys.exit(1)
PY
      ); then times+=("$t"); log "preview edit $e: ${t} ms"; fi
      sleep 1
    done
  fi
  kill "$ppid" 2>/dev/null || true; wait "$ppid" 2>/dev/null || true
  dotnet "$gen" --pairs "$PREVIEW_N" --out "$corpus" "${gen_args[@]}" > /dev/null  # undo the edits
  # the preview's own report of each rebuild ("built in N ms (Load …)"), the first line being the initial build
  grep -aoE 'built in [0-9]+ ms \([^)]*\)' "$WORK/preview.log" | tail -n +2 > "$WORK/preview-builds.txt" || true
  if [ -s "$WORK/preview-builds.txt" ]; then
    put preview_build_ms "$(awk '{print $3}' "$WORK/preview-builds.txt" | median | awk '{printf "%.0f", $1}')"
    put preview_build_example "$(sed -n '1p' "$WORK/preview-builds.txt")"
  fi
  if [ "${#times[@]}" -gt 0 ]; then
    put preview_ms "$(printf '%s\n' "${times[@]}" | median | awk '{printf "%.0f", $1}')"
    put preview_runs "$(printf '%s ' "${times[@]}")"
  else
    put preview_ms "failed"
  fi
else
  put preview_ms ""
fi
put load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
put preview_n "$PREVIEW_N"
put preview_edits "$PREVIEW_EDITS"
put runs_book "$RUNS_BOOK"
log "results in $results"
else
  # REPORT_ONLY=1: write the document again from the results of the last run in $WORK
  [ -s "$results" ] || { echo "bench: no results in $results" >&2; exit 1; }
  SIZES=$(get sizes); largest=$(printf '%s\n' $SIZES | sort -n | tail -1)
  PREVIEW_N=$(get preview_n); PREVIEW_EDITS=$(get preview_edits); RUNS_BOOK=$(get runs_book)
fi

# ---------------------------------------------------------------- the document
[ "$DOC" = "-" ] && exit 0
generated=$(mktemp)
{
  echo "<!-- bench:begin — written by bench/run.sh; do not edit by hand (edit below the end marker) -->"
  echo "## Results"
  echo
  echo "Measured $(get date) on commit $(get commit) by \`bench/run.sh\` (RUNS=$(get runs), RUNS_LARGE=$(get runs_large))."
  echo
  echo "### Machine"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| CPU | $(get cpu), $(get nproc) cores (\`nproc\`) |"
  echo "| RAM | $(get ram) |"
  echo "| OS | $(get os) |"
  echo "| .NET SDK | $(get dotnet) |"
  echo "| KhaSite | $(get khasite_build) |"
  echo "| Hugo | $(get hugo) (Debian package) |"
  echo "| Embeds in the corpus | $(get embeds) |"
  echo "| Load average (1, 5, 15 min) | $(get load_start) at the start, $(get load_end) at the end |"
  echo
  echo "### Full builds: KhaSite and Hugo on the same corpus, same run"
  echo
  echo "Medians; wall = elapsed time of the whole process, CPU = user + system time, RSS = peak resident memory."
  echo
  echo "| Pairs | KhaSite HTML pages | Hugo HTML pages | KhaSite wall | KhaSite CPU | KhaSite peak RSS | Hugo wall | Hugo CPU | Hugo peak RSS | **KhaSite / Hugo (wall)** | KhaSite / Hugo (CPU) | KhaSite / Hugo (best runs) | Rebuild, nothing changed |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    kw=$(get "kha_wall_$n"); hw=$(get "hugo_wall_$n"); kc=$(get "kha_cpu_$n"); hc=$(get "hugo_cpu_$n")
    kmin=$(get "kha_runs_$n" | tr ' ' '\n' | grep . | sort -n | head -1); hmin=$(get "hugo_runs_$n" | tr ' ' '\n' | { grep . || true; } | sort -n | head -1)
    ratio=$(awk -v a="$kw" -v b="$hw" 'BEGIN{if(b>0) printf "%.2f", a/b; else print "–"}')
    cratio=$(awk -v a="$kc" -v b="$hc" 'BEGIN{if(b>0) printf "%.2f", a/b; else print "–"}')
    bratio=$(awk -v a="$kmin" -v b="$hmin" 'BEGIN{if(b>0) printf "%.2f (%s s / %s s)", a/b, a, b; else print "–"}')
    echo "| $n | $(get "kha_pages_$n") | $(get "hugo_pages_$n") | $kw s | $kc s | $(get "kha_rss_$n") MB | ${hw:-–} s | ${hc:-–} s | $(get "hugo_rss_$n") MB | **$ratio** | $cratio | $bratio | $(get "re_wall_$n") s |"
  done
  echo
  echo "Every run (wall, seconds):"
  echo
  for n in $SIZES; do echo "- N=$n: KhaSite $(get "kha_runs_$n")· Hugo $(get "hugo_runs_$n")"; done
  echo
  echo "Per page (time ÷ HTML pages of the same generator; KhaSite also writes source, timeline-tag, dataset and translation-status pages that the Hugo templates do not have):"
  echo
  for n in $SIZES; do
    echo "- N=$n: wall $(awk -v w="$(get "kha_wall_$n")" -v p="$(get "kha_pages_$n")" 'BEGIN{printf "%.2f ms", 1000*w/p}'), CPU $(awk -v w="$(get "kha_cpu_$n")" -v p="$(get "kha_pages_$n")" 'BEGIN{printf "%.2f ms", 1000*w/p}') per page (Hugo: wall $(awk -v w="$(get "hugo_wall_$n")" -v p="$(get "hugo_pages_$n")" 'BEGIN{if(p>0) printf "%.2f ms", 1000*w/p; else print "–"}'), CPU $(awk -v w="$(get "hugo_cpu_$n")" -v p="$(get "hugo_pages_$n")" 'BEGIN{if(p>0) printf "%.2f ms", 1000*w/p; else print "–"}'))"
  done
  echo
  if [ -n "$(get real_runs)" ]; then
    echo "### The real site, as a contributor builds it (issue 21)"
    echo
    echo "\`input/\` ($(get real_pages) HTML pages; Hugo's templates make $(get real_hugo_pages)), a full build without search, $(get real_runs) rounds; in each round Hugo"
    echo "builds once, then KhaSite four ways (\`build --no-search\` into a removed output folder; $(get real_pause)s of quiet before each timed build). Ratio = median of each round's KhaSite wall ÷ that round's Hugo wall."
    echo
    echo "| How KhaSite runs | Wall | CPU | Peak RSS | **KhaSite / Hugo (wall)** | Every run (wall, s) |"
    echo "|---|---:|---:|---:|---:|---|"
    echo "| Hugo (\`hugo-baseline input\`) | $(get real_hugo_wall) s | | | | $(get real_hugo_runs)|"
    for v in $real_variants; do
      case $v in
        run) label="\`dotnet run -- build\` (MSBuild's up-to-date check, then the JIT build)" ;;
        jit) label="\`dotnet bin/Debug/net10.0/KhaSite.dll build\` (the \`dotnet build\` output, JIT)" ;;
        published) label="\`dotnet KhaSite.dll build\` ($(get published_build | tr -d '`'))" ;;
        fast) label="**\`./khasite build\`** (README's command: the native program, or its ReadyToRun fallback)" ;;
      esac
      echo "| $label | $(get "real_${v}_wall") s | $(get "real_${v}_cpu") s | $(get "real_${v}_rss") MB | **$(get "real_${v}_ratio")** | $(get "real_${v}_runs")|"
    done
    echo
    echo "Stages of the last \`./khasite build\`: $(get real_stages). Methods compiled at run time: $(get real_jit)."
    echo
  fi
  if [ -n "$(get incr_row)" ]; then
    echo "### Incremental builds (issue 21)"
    echo
    echo "| Case | Pairs | KhaSite wall | KhaSite CPU | Full build (same run) |"
    echo "|---|---:|---:|---:|---:|"
    awk -F'\t' '$1=="incr_row"{print $2}' "$results"
    echo
    echo "Stages of the last one-edit build: $(get incr_stages)."
    echo
  fi
  if [ -n "$(get large_n)" ]; then
    ln=$(get large_n)
    echo "### $(get large_pages) pages (N=$ln, one build each)"
    echo
    echo "Corpus: $(get large_corpus)."
    echo
    echo "| Build | Wall | CPU | Peak RSS | Wall per page ÷ at N=$largest | Stages |"
    echo "|---|---:|---:|---:|---:|---|"
    for mode in nosearch search; do
      lin=$(awk -v a="$(get "large_${mode}_wall")" -v pa="$(get large_pages)" -v b="$(get "kha_wall_$largest")" -v pb="$(get "kha_pages_$largest")" 'BEGIN{if(b>0&&pa>0) printf "%.2f", (a/pa)/(b/pb); else print "–"}')
      [ "$mode" = nosearch ] && label="\`build --no-search\`" || label="\`build\` (with the search index)"
      echo "| $label | $(get "large_${mode}_wall") s | $(get "large_${mode}_cpu") s | $(get "large_${mode}_rss") MB | ${lin}× | $(get "large_${mode}_stages") |"
    done
    echo
    echo "Sitemaps: $(get large_sitemaps) files (an index and one per ≤ 50,000 URLs). Search index: $(get large_search_bytes) bytes in all$([ -n "$(get large_search_query)" ] && echo "; $(get large_search_query)")."
    echo
  fi
  echo "### Where KhaSite's time goes (its own stage times: $(get stage_source))"
  echo
  printf '| Stage |'; for n in $SIZES; do printf ' N=%s |' "$n"; done; echo
  printf '|---|'; for n in $SIZES; do printf -- '---:|'; done; echo
  for stage in Load Model Check Render Write; do
    printf '| %s |' "$stage"; for n in $SIZES; do printf ' %s ms |' "$(get "stage_${stage}_$n")"; done; echo
  done
  printf '| sum of stages |'; for n in $SIZES; do
    printf ' %s ms |' "$(for s in Load Model Check Render Write; do get "stage_${s}_$n"; done | awk '{t+=$1} END{print t}')"; done; echo
  echo
  echo "The rest of the wall time is process start-up (runtime, JIT) and the CLI."
  echo
  echo "### The book (EPUB and all-in-one page per language)"
  echo
  if [ -z "$(get "book_wall_$largest")" ]; then
    echo "Not measured in this run (the build has no \`--book\`, or RUNS_BOOK=0)."
  else
    echo "The timed builds above make no book (Hugo makes none); \`build --book\` adds it. Full builds, medians of $RUNS_BOOK runs:"
    echo
    echo "| N | \`build\` wall | \`build --book\` wall | Book ÷ no book (wall) | \`build\` CPU | \`build --book\` CPU | Book ÷ no book (CPU) | Peak RSS with book | EPUBs |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for n in $SIZES; do
      bw=$(get "book_wall_$n"); kw=$(get "kha_wall_$n"); bc=$(get "book_cpu_$n"); kc=$(get "kha_cpu_$n")
      echo "| $n | $kw s | $bw s | **$(awk -v a="$bw" -v b="$kw" 'BEGIN{if(b>0) printf "%.2f", a/b; else print "–"}')** | $kc s | $bc s | $(awk -v a="$bc" -v b="$kc" 'BEGIN{if(b>0) printf "%.2f", a/b; else print "–"}') | $(get "book_rss_$n") MB | $(awk -v b="$(get "book_epub_bytes_$n")" 'BEGIN{printf "%.1f MB", b/1048576}') |"
    done
    echo
    echo "Book runs (wall, s): $(for n in $SIZES; do printf 'N=%s: %s; ' "$n" "$(get "book_runs_$n")"; done)"
  fi
  echo
  echo "### Corpora"
  echo
  for n in $SIZES; do echo "- N=$n: $(get "corpus_$n" | sed 's/^corpus-generator: //; s/ → .*//'); $(awk -v b="$(get "corpus_bytes_$n")" 'BEGIN{printf "%.1f MB", b/1048576}') of Markdown; \`check\`: $(get "check_$n" | sed 's/^khasite: //')"; done
  echo
  echo "### Page weight (gzip -9, search index excluded)"
  echo
  echo "| Page | HTML (raw) | HTML (gzip) | CSS + JS (gzip) | **Total** |"
  echo "|---|---:|---:|---|---:|"
  for key in real real_en synthetic; do
    [ -n "$(get "weight_${key}_total")" ] || continue
    echo "| \`$(get "weight_${key}_page")\` ($key) | $(get "weight_${key}_raw") B | $(get "weight_${key}_html") B | $(get "weight_${key}_assets") | **$(awk -v b="$(get "weight_${key}_total")" 'BEGIN{printf "%.1f KB", b/1024}')** |"
  done
  echo
  echo "### Preview"
  echo
  pm=$(get preview_ms)
  if [ -z "$pm" ]; then echo "Not measured yet: this build has no \`preview\` command."
  elif [ "$pm" = failed ]; then echo "The \`preview\` command exists but the measurement failed (see \`$WORK/preview.log\`)."
  else
    echo "Save of one article (appending a cited sentence) → the page served by \`preview\` shows it, N=$PREVIEW_N pairs, polled every 5 ms:"
    echo "median **$pm ms** over $PREVIEW_EDITS edits (runs: $(get preview_runs)ms)."
    [ -n "$(get preview_build_ms)" ] && echo "The preview's own report of those rebuilds: median $(get preview_build_ms) ms, e.g. \`$(get preview_build_example)\`."
  fi
  echo
  echo "### Targets (issue 9)"
  echo
  kw=$(get "kha_wall_$largest"); hw=$(get "hugo_wall_$largest")
  small=$(printf '%s\n' $SIZES | sort -n | sed -n '2p'); small=${small:-$largest}
  lin=$(awk -v a="$(get "kha_wall_$largest")" -v pa="$(get "kha_pages_$largest")" -v b="$(get "kha_wall_$small")" -v pb="$(get "kha_pages_$small")" 'BEGIN{printf "%.2f", (a/pa)/(b/pb)}')
  rss=$(get "kha_rss_$largest")
  weight=$(get weight_real_total); [ -n "$weight" ] || weight=$(get weight_synthetic_total)
  verdict() { if [ "$1" = 1 ]; then echo "**met**"; elif [ "$1" = 0 ]; then echo "**not met**"; else echo "not measured"; fi; }
  echo "| Target | Measured | |"
  echo "|---|---|---|"
  echo "| Full build of ~10,000 pages faster than Hugo (ratio < 1.0) | $(awk -v a="$kw" -v b="$hw" 'BEGIN{if(b>0) printf "%.2f", a/b; else print "–"}') (KhaSite $kw s, Hugo ${hw:-–} s at N=$largest) | $(verdict "$(awk -v a="$kw" -v b="$hw" 'BEGIN{if(b>0) print (a<b)?1:0; else print ""}')") |"
  clin=$(awk -v a="$(get "kha_cpu_$largest")" -v pa="$(get "kha_pages_$largest")" -v b="$(get "kha_cpu_$small")" -v pb="$(get "kha_pages_$small")" 'BEGIN{printf "%.2f", (a/pa)/(b/pb)}')
  echo "| Linear growth from 200 to 10,000 pages (time per page at N=$largest within 1.25× of N=$small) | CPU ${clin}×, wall ${lin}× | CPU: $(verdict "$(awk -v l="$clin" 'BEGIN{print (l<=1.25)?1:0}')"), wall: $(verdict "$(awk -v l="$lin" 'BEGIN{print (l<=1.25)?1:0}')") |"
  echo "| Preview rebuild after one edit < 200 ms median at 1,000 pairs | ${pm:-–}$([ -n "$pm" ] && [ "$pm" != failed ] && echo ' ms') | $(verdict "$(awk -v p="$pm" 'BEGIN{if(p==""||p=="failed") print ""; else print (p<200)?1:0}')") |"
  echo "| Peak memory at ~10,000 pages < 1 GB | $rss MB | $(verdict "$(awk -v r="$rss" 'BEGIN{print (r<1024)?1:0}')") |"
  echo "| An article page < 30 KB compressed before search is used | $(awk -v b="$weight" 'BEGIN{printf "%.1f KB", b/1024}') | $(verdict "$(awk -v b="$weight" 'BEGIN{if(b=="") print ""; else print (b<30*1024)?1:0}')") |"
  echo
  echo "### Targets (issue 21, the parts this script measures)"
  echo
  echo "| Target | Measured | |"
  echo "|---|---|---|"
  fr=$(get real_fast_ratio)
  echo "| Real site, the README's build command without search, faster than Hugo (ratio < 1.0) | ${fr:-–} (\`./khasite build --no-search\` $(get real_fast_wall) s, Hugo $(get real_hugo_wall) s) | $(verdict "$(awk -v r="$fr" 'BEGIN{if(r=="") print ""; else print (r<1.0)?1:0}')") |"
  for n in $SIZES; do
    r=$(awk -v a="$(get "kha_wall_$n")" -v b="$(get "hugo_wall_$n")" 'BEGIN{if(b>0) printf "%.2f", a/b}')
    echo "| Corpus of $(get "kha_pages_$n") pages, ratio ≤ 0.6 (measured with $(get khasite_build | tr -d '\`'), the program \`./khasite\` runs) | ${r:-–} | $(verdict "$(awk -v r="$r" 'BEGIN{if(r=="") print ""; else print (r<=0.6)?1:0}')") |"
  done
  if [ -n "$(get large_n)" ]; then
    lrss=$(get large_nosearch_rss); lsrss=$(get large_search_rss)
    llin=$(awk -v a="$(get large_nosearch_wall)" -v pa="$(get large_pages)" -v b="$(get "kha_wall_$largest")" -v pb="$(get "kha_pages_$largest")" 'BEGIN{if(b>0) printf "%.2f", (a/pa)/(b/pb)}')
    echo "| $(get large_pages) pages: peak RSS < 4 GiB | ${lrss} MB without search, ${lsrss} MB with | $(verdict "$(awk -v a="$lrss" -v b="$lsrss" 'BEGIN{print (a<4096 && b<4096)?1:0}')") |"
    echo "| $(get large_pages) pages: time within 1.2× of linear from N=$largest | ${llin}× (wall per page) | $(verdict "$(awk -v l="$llin" 'BEGIN{if(l=="") print ""; else print (l<=1.2)?1:0}')") |"
  fi
  echo "<!-- bench:end -->"
} > "$generated"

mkdir -p "$(dirname "$DOC")"
if [ -f "$DOC" ] && grep -q '<!-- bench:begin' "$DOC"; then
  # keep the hand-written text around the generated block
  awk -v gen="$generated" '
    /<!-- bench:begin/ { while ((getline line < gen) > 0) print line; skip=1; next }
    /<!-- bench:end -->/ { skip=0; next }
    !skip { print }' "$DOC" > "$DOC.tmp" && mv "$DOC.tmp" "$DOC"
else
  { echo "# Performance"; echo; echo "How fast KhaSite builds, measured against Hugo (issue 9). Reproduce with \`bench/run.sh\`."; echo; cat "$generated"; } > "$DOC"
fi
rm -f "$generated"
log "wrote $DOC"
