#!/usr/bin/env bash
# Benchmarks Broadsheet against the tools people would use instead, on a generated corpus.
#   bench/run.sh [N]     (default N=1000; needs a release build: make release)
# Prints wall time and peak memory for each tool, and Broadsheet's ratio to it. One run
# each: the machine is shared, so read the ratios, not the absolute numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
out="bench/out/$n"
bin=.build/release/broadsheet
gen=../shared/bench/gen_corpus.py
[ -x "$bin" ] || { echo "error: $bin missing; run make release first" >&2; exit 1; }
[ -f "$gen" ] || { echo "error: $gen missing (the corpus generator from ../shared/bench)" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$out"
python3 "$gen" --n "$n" --seed 42 --rss "$out/feed.xml" --hugo "$out/hugo" --digest-md "$out/book.md" >/dev/null

# measure NAME COMMAND...: runs once, records seconds and peak resident memory (MB).
declare -A secs mem
measure() {
    local name=$1; shift
    local log="$out/$name.time"
    if /usr/bin/time -f '%e %M' -o "$log" "$@" >"$out/$name.log" 2>&1; then
        read -r s k <"$log"
        secs[$name]=$s; mem[$name]=$((k / 1024))
        printf '%-28s %8.2f s %8d MB\n' "$name" "$s" "${mem[$name]}"
    else
        echo "$name failed; see $out/$name.log"
    fi
}

echo "corpus: $n articles ($(du -h "$out/feed.xml" | cut -f1) of RSS)"
measure "broadsheet (site+epub+digest)" "$bin" build "$out/feed.xml" --output "$out/broadsheet"

if command -v hugo >/dev/null; then
    mkdir -p "$out/hugo/layouts/_default"
    cat >"$out/hugo/hugo.toml" <<'TOML'
baseURL = "https://example.com/"
title = "Bench"
relativeURLs = true
uglyURLs = false
[pagination]
pagerSize = 10
paginate = 10
[taxonomies]
tag = "tags"
archive = "archives"
TOML
    cat >"$out/hugo/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>
HTML
    cat >"$out/hugo/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2 January 2006" }}</time>{{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}{{ .Content }}</article>{{ end }}
HTML
    cat >"$out/hugo/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ range (.Paginate .Pages).Pages }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p>{{ end }}{{ end }}
HTML
    measure "hugo (site from Markdown)" hugo --quiet -s "$out/hugo" -d "$out/hugo-public"
fi
if command -v pandoc >/dev/null; then
    measure "pandoc (EPUB from Markdown)" pandoc "$out/book.md" -o "$out/pandoc.epub" --resource-path "$out"
fi

echo
b=${secs["broadsheet (site+epub+digest)"]:-}
[ -n "$b" ] || exit 1
for name in "hugo (site from Markdown)" "pandoc (EPUB from Markdown)"; do
    other=${secs[$name]:-}
    [ -n "$other" ] && awk -v b="$b" -v o="$other" -v n="$name" 'BEGIN { printf "broadsheet / %s: %.2fx the time\n", n, (o > 0 ? b / o : 0) }'
done
echo "broadsheet output: $(find "$out/broadsheet" -type f | wc -l) files, book $(du -h "$out/broadsheet/book.epub" | cut -f1)"
