#!/usr/bin/env bash
# The preview's rebuild as a reader meets it (issue 21): save one article, then poll the served pages until they show
# the change. Two figures per save, both from the moment the file is written:
#   page  — the saved article's own page shows the appended sentence (the quick path, PreviewBuilder/QuickRender);
#   built — the full build that follows the sentence's save has published (the preview's log says "built in"): every
#           page that lists or cites the article is up to date; with the build cache it renders only the pages the
#           save changed (the log's "N pages rendered, M kept");
#   list  — after a title change, the A–Z page (which lists every article by title) shows the new title (only the full
#           build that follows the quick render updates lists, "what links here" and cited-by lists; a title is on
#           every page's menus, so that build renders every page).
# The input is copied into $WORK first: the edits never touch the folder given.
#
# usage: bench/preview-latency.sh [INPUT] [EDITS]     INPUT defaults to input/ (the real site), EDITS to 5
#   KHASITE="dotnet path/KhaSite.dll"   the generator to run (default: ./khasite, the ReadyToRun tool)
#   THEME=theme  WORK=/tmp/khasite-preview-latency  PORT=random  ARTICLE=<path under articles/, default: the first .en.md>
# Prints one line per save and the medians; needs python3.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
input=$(cd "${1:-$repo/input}" && pwd)
edits=${2:-5}
read -r -a khasite <<< "${KHASITE:-$repo/khasite}"
theme=$(cd "${THEME:-$repo/theme}" && pwd)
WORK=${WORK:-/tmp/khasite-preview-latency}
port=${PORT:-$((20000 + RANDOM % 20000))}

rm -rf "$WORK" && mkdir -p "$WORK" && cp -r "$input" "$WORK/input"
article=${ARTICLE:-$(cd "$WORK/input/articles" && find . -name '*.en.md' | LC_ALL=C sort | sed -n 1p)}
article=${article#./}
"${khasite[@]}" preview --input "$WORK/input" --theme "$theme" --port "$port" > "$WORK/preview.log" 2>&1 &
preview=$!
trap 'kill "$preview" 2>/dev/null || true; wait "$preview" 2>/dev/null || true' EXIT

python3 - "$WORK/input/articles/$article" "${article%.en.md}" "$edits" "$WORK/preview.log" <<'PY'
import http.client, re, statistics, sys, time, urllib.parse
path, slug, edits, log = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
start = time.monotonic()
while not (found := re.search(r"previewing .* at (http://\S+)", open(log, encoding="utf-8", errors="replace").read())):
    if time.monotonic() - start > 900: sys.exit(f"the preview did not start; see {log}")
    time.sleep(0.2)
site = urllib.parse.urlsplit(found.group(1))  # served under site.yml's base path
host, port, root = site.hostname, site.port, site.path.rstrip("/")
conn = None

def get(url):
    """The page's bytes, over one kept-alive connection (a process per poll would cost more than the preview's work)."""
    global conn
    for _ in range(2):
        try:
            conn = conn or http.client.HTTPConnection(host, int(port), timeout=30)
            conn.request("GET", url)
            response = conn.getresponse()
            return response.read() if response.status == 200 else b""
        except (OSError, http.client.HTTPException):
            conn.close(); conn = None
    return b""

def until(url, text, start, limit=600):
    while time.monotonic() - start < limit:
        if text.encode() in get(url):
            return round((time.monotonic() - start) * 1000)
        time.sleep(0.005)
    sys.exit(f"{url} did not show {text!r} within {limit} s; see {log}")

page, listing = f"{root}/en/{slug}/", f"{root}/en/a-z/"
while not get(page):  # the first build
    if time.monotonic() - start > 900: sys.exit(f"the preview did not serve {page}; see {log}")
    time.sleep(0.2)
print(f"first build served after {time.monotonic() - start:.1f} s", flush=True)
def builds():
    return re.findall(r"built in \d+ ms .*", open(log, encoding="utf-8", errors="replace").read())

def until_built(count, start, limit=600):
    while time.monotonic() - start < limit:
        done = builds()
        if len(done) > count:
            return round((time.monotonic() - start) * 1000), done[count]
        time.sleep(0.005)
    sys.exit(f"no full build within {limit} s; see {log}")

pages, built, lists = [], [], []
for n in range(1, edits + 1):
    time.sleep(1)
    marker = f"Previewcheck{n}x{time.monotonic_ns() % 100000}"
    count = len(builds())
    start = time.monotonic()
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\n{marker} is a sentence added by the measurement.\n")
    pages.append(until(page, marker, start))
    ms, line = until_built(count, start)
    built.append(ms)
    print(f"save {n}: full build {line}", flush=True)
    time.sleep(1)
    text = open(path, encoding="utf-8").read()
    title = f"Measured title {n}x{time.monotonic_ns() % 100000}"
    start = time.monotonic()
    with open(path, "w", encoding="utf-8") as f:
        f.write(re.sub(r"(?m)^title: .*$", f"title: {title}", text, count=1))
    lists.append(until(listing, title, start))
    print(f"save {n}: page {pages[-1]} ms, built {built[-1]} ms, list {lists[-1]} ms", flush=True)
print(f"median over {edits} saves: save -> page served {statistics.median(pages):.0f} ms, save -> full build published "
      f"{statistics.median(built):.0f} ms, save -> list served {statistics.median(lists):.0f} ms")
PY
