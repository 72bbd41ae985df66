#!/usr/bin/env bash
# Lists the pages a pull request changes, as Markdown for the job summary: the site built from the pull request's
# base and from its head are compared file by file (HTML pages only; assets, feeds and downloads are counted).
#
#   .ci/changed-pages.sh BASE_OUTPUT HEAD_OUTPUT [SITE_URL]   # prints Markdown
set -euo pipefail
base="${1:?usage: .ci/changed-pages.sh BASE_OUTPUT HEAD_OUTPUT [SITE_URL]}" head="${2:?}" url="${3:-}"
page() { # output-relative file → site path (kk/history/x/index.html → kk/history/x/)
  case "$1" in */index.html) echo "${1%index.html}" ;; index.html) echo "" ;; *) echo "$1" ;; esac
}
list() { (cd "$1" && find . -type f | sed 's|^\./||' | LC_ALL=C sort); }
added=() removed=() changed=() other=0
while IFS= read -r file; do
  if [ ! -e "$base/$file" ]; then [[ "$file" == *.html ]] && added+=("$file") || other=$((other + 1))
  elif [ ! -e "$head/$file" ]; then [[ "$file" == *.html ]] && removed+=("$file") || other=$((other + 1))
  elif ! cmp -s "$base/$file" "$head/$file"; then [[ "$file" == *.html ]] && changed+=("$file") || other=$((other + 1))
  fi
done < <(LC_ALL=C sort -u <(list "$base") <(list "$head"))

echo "### Pages this pull request changes"
echo
echo "${#changed[@]} changed, ${#added[@]} new, ${#removed[@]} removed; $other other files (assets, feeds, downloads) differ."
show() { # $1 title, rest files
  local title="$1"; shift
  [ "$#" -eq 0 ] && return
  echo; echo "<details><summary>$title ($#)</summary>"; echo
  local n=0
  for file in "$@"; do
    n=$((n + 1)); [ "$n" -gt 200 ] && { echo "- … and $(($# - 200)) more"; break; }
    local path; path="$(page "$file")"
    if [ -n "$url" ]; then echo "- [/$path](${url%/}/$path)"; else echo "- /$path"; fi
  done
  echo; echo "</details>"
}
show "Changed" "${changed[@]+"${changed[@]}"}"
show "New" "${added[@]+"${added[@]}"}"
show "Removed" "${removed[@]+"${removed[@]}"}"
