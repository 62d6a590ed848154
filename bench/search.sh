#!/usr/bin/env bash
# The search index of an N-article corpus: its size against the text, and the time from the
# first keystroke to the first results in headless Chromium, from file://.
#   bench/search.sh [N] [QUERY...]    (default 10000 "which" "estate approach"; release
#                                      build if there is one, else debug)
# Each query is typed one character every 120 ms, in a new browser with an empty profile,
# twice: at once when the page has been parsed (cold: search-index.js not loaded yet) and
# 1.5 s later (the first file loaded while the page was idle). The page's load event is held
# open by a frame from a 127.0.0.1 server that answers after 15 s, so that --dump-dom waits
# in real time (--virtual-time-budget would not count the time scripts take to load).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"; shift || true
[ $# -gt 0 ] || set -- "which" "estate approach"
out="bench/out/search-${BENCH_NAME:-$n}"
bin=.build/release/broadsheet; [ -x "$bin" ] || bin=.build/debug/broadsheet
mkdir -p "$out"
[ -f "$out/feed.xml" ] || python3 ../shared/bench/gen_corpus.py --n "$n" --seed 42 --rss "$out/feed.xml" >/dev/null
[ -f "$out/site/search-index.js" ] || "$bin" build "$out/feed.xml" --output "$out/site" --quiet
python3 bench/search_sizes.py "$out/site" || true

port=$((20000 + RANDOM % 20000))
python3 -c '
import http.server, sys, time
class Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(15); self.send_response(200); self.end_headers(); self.wfile.write(b"ok")
    def log_message(self, *args): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Slow).serve_forever()
' "$port" &
server=$!
trap 'kill $server' EXIT
for query in "$@"; do
    for cold in true false; do
        driver=$(sed -e "s/QUERY/$(printf '%s' "$query" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))')/" -e "s/COLD/$cold/" -e "s/VERBOSE/${VERBOSE:-false}/" bench/search-driver.js)
        python3 - "$out/site/index.html" "$out/site/bench.html" "$port" "$driver" <<'PY'
import sys
page, copy, port, driver = sys.argv[1:]
text = open(page, encoding="utf-8").read()
text = text.replace("</head>", "<script>" + driver + "</script></head>", 1)
text = text.replace("</body>", '<iframe src="http://127.0.0.1:%s/slow" hidden></iframe></body>' % port, 1)
open(copy, "w", encoding="utf-8").write(text)
PY
        profile=$(mktemp -d)
        result=$(chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
            --user-data-dir="$profile" --dump-dom "file://$PWD/$out/site/bench.html" 2>/dev/null \
            | python3 -c 'import re,sys,html; m=re.search(r"<pre id=\"bench\">(.*?)</pre>", sys.stdin.read(), re.S); print(html.unescape(m.group(1)) if m else "no result")')
        rm -rf "$profile"
        printf '%-6s %s\n' "$([ $cold = true ] && echo cold || echo idle)" "$result"
    done
done
