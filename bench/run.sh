#!/usr/bin/env bash
# Times Broadsheet, and the tools people would use instead, on generated corpora: one table.
#   bench/run.sh [N ...]      (default: 1000 10000; or BENCH_SIZES="1000 3000"; needs make release;
#                             BROADSHEET_BIN=PATH times another binary)
# Each row runs once under /usr/bin/time: wall seconds, CPU seconds (user + sys), peak resident
# memory, and milliseconds of wall time per article. Ratios are taken from this same run.
# Then, per size, the feed build's steps (--timings) with the peak memory reached by the end of
# each step, and last the hostile inputs the tests used to time, at two sizes (linear: about 4x).
# Hugo and pandoc are installed with apt-get when missing (and skipped with a note if that
# fails). The machine is shared and noisy: read the ratios, not the absolute seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
read -r -a sizes <<<"${*:-${BENCH_SIZES:-1000 10000}}"
bin=${BROADSHEET_BIN:-.build/release/broadsheet}
gen=../shared/bench/gen_corpus.py
root=bench/out
[ -x "$bin" ] || { echo "error: $bin missing; run make release first" >&2; exit 1; }
[ -f "$gen" ] || { echo "error: $gen missing (the corpus generator from ../shared/bench)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time missing; apt-get install -y time" >&2; exit 1; }
bin=$(realpath "$bin")

# need COMMAND PACKAGE: installs PACKAGE with apt-get when COMMAND is missing; false if it still is.
need() {
    command -v "$1" >/dev/null && return 0
    if command -v apt-get >/dev/null && { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null; }; then
        local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
        echo "installing $2 (apt-get install -y $2)…" >&2
        $sudo apt-get install -y "$2" >"$root/apt-$2.log" 2>&1 || true
    fi
    command -v "$1" >/dev/null || { notes+=("$1 skipped: not installed and apt-get install -y $2 failed (see $root/apt-$2.log)"); return 1; }
}

# slug TEXT: TEXT in lower case, each run of other characters a hyphen (a file name).
slug() { tr 'A-Z' 'a-z' <<<"$1" | tr -cs 'a-z0-9\n' '-'; }
feed_build="broadsheet: feed → site+EPUB+digest"

# measure N NAME COMMAND...: runs once, prints a table row, keeps wall seconds in wall[N/NAME];
# the command's resident memory is sampled every 20 ms into its .rss file (seconds, KB).
declare -A wall
measure() {
    local n=$1 name=$2; shift 2
    local log; log="$root/$n/$(slug "$name")"
    /usr/bin/time -f '%e %U %S %M' -o "$log.time" "$@" >"$log.log" 2>&1 &
    local timer=$! start; start=$(date +%s.%N)
    sample "$timer" "$start" >"$log.rss"
    if wait "$timer"; then
        local e u s k; read -r e u s k <"$log.time"
        wall[$n/$name]=$e
        awk -v n="$n" -v name="$name" -v e="$e" -v u="$u" -v s="$s" -v k="$k" 'BEGIN {
            printf "| %6d | %-46s | %8.2f | %8.2f | %8d | %7.3f |\n", n, name, e, u + s, k / 1024, e * 1000 / n }'
    else
        printf '| %6d | %-46s | failed (see %s.log) |\n' "$n" "$name" "$log"
    fi
}

# sample PID START: while PID runs, the resident KB of its child (the timed command), each line
# "seconds-since-START KB".
sample() {
    local state
    while state=$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null) && [ "$state" != Z ]; do  # a zombie has ended
        local child; child=$(cat "/proc/$1/task/$1/children" 2>/dev/null || true)
        child=${child%% *}
        [ -n "$child" ] && awk -v t="$(date +%s.%N)" -v s="$2" '/^VmRSS/ { printf "%.3f %d\n", t - s, $2 }' "/proc/$child/status" 2>/dev/null || true  # it may just have ended
        sleep 0.02
    done
    return 0
}

# hugo_site DIR: a minimal theme for the generated content: article, list, tag and archive pages.
hugo_site() {
    mkdir -p "$1/layouts/_default"
    cat >"$1/hugo.toml" <<'TOML'
baseURL = "https://example.com/"
title = "Bench"
relativeURLs = true
paginate = 10
[taxonomies]
tag = "tags"
archive = "archives"
TOML
    cat >"$1/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>
HTML
    cat >"$1/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2 January 2006" }}</time>{{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}{{ .Content }}</article>{{ end }}
HTML
    cat >"$1/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ range (.Paginate .Pages).Pages }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p>{{ end }}{{ end }}
HTML
}

# steps N: the feed build's steps (its --timings lines), ms per article, and the peak resident
# memory sampled by the time each step ended.
steps() {
    local n=$1 base; base="$root/$1/$(slug "$feed_build")"
    [ -f "$base.time" ] || { echo "  (no feed build at $n; see $base.log)"; return 0; }
    awk -v n="$n" 'NR == FNR { t[NR] = $1; k[NR] = $2; count = NR; next }
        /^[a-z]+ +[0-9.]+ s$/ { end += $2; peak = 0
            for (i = 1; i <= count; i++) if (t[i] <= end && k[i] > peak) peak = k[i]
            printf "| %6d | %-8s | %8.3f | %8.3f | %8d |\n", n, $1, $2, $2 * 1000 / n, peak / 1024 }' \
        "$base.rss" "$base.log"
}

notes=()
mkdir -p "$root"
hugo_ok=false; need hugo hugo && hugo_ok=true
pandoc_ok=false; need pandoc pandoc && pandoc_ok=true

echo "Broadsheet $("$bin" --version), $(nproc) cores, $(date -u +%Y-%m-%d), sizes: ${sizes[*]}"
echo
echo "| articles | case | wall s | CPU s | peak MB | ms/article |"
echo "|---:|---|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
    dir="$root/$n"
    rm -rf "$dir" && mkdir -p "$dir"
    python3 "$gen" --n "$n" --seed 42 --rss "$dir/feed.xml" --hugo "$dir/hugo" --digest-md "$dir/book.md" >/dev/null
    measure "$n" "$feed_build" "$bin" build "$dir/feed.xml" --output "$dir/feed-out" --timings
    measure "$n" "broadsheet import: feed → Markdown" "$bin" import "$dir/feed.xml" --site "$dir/site" --create-site
    measure "$n" "broadsheet: Markdown → site+EPUB+digest" "$bin" build "$dir/site" --output "$dir/site-out"
    measure "$n" "broadsheet rebuild: nothing changed" "$bin" build "$dir/site" --output "$dir/site-out"
    edited=$(find "$dir/site/content" -name '*.md' | sort | sed -n 1p)
    printf '\nOne more sentence, edited by hand.\n' >>"$edited"
    measure "$n" "broadsheet rebuild: one article edited" "$bin" build "$dir/site" --output "$dir/site-out"
    if $hugo_ok; then
        hugo_site "$dir/hugo"
        measure "$n" "hugo: Markdown → site" hugo --quiet -s "$dir/hugo" -d "$(realpath "$dir")/hugo-out"
    fi
    if $pandoc_ok; then
        measure "$n" "pandoc: Markdown → EPUB" pandoc "$dir/book.md" -o "$dir/pandoc.epub" --resource-path "$dir"
    fi
done

echo
echo "Ratios (Broadsheet's wall time over the other's, this run; below 1 is faster):"
for n in "${sizes[@]}"; do
    ratio() {  # ratio LABEL OURS THEIRS
        local a=${wall[$n/$2]:-} b=${wall[$n/$3]:-}
        [ -n "$a" ] && [ -n "$b" ] && awk -v l="$1" -v a="$a" -v b="$b" -v n="$n" 'BEGIN { printf "  %6d: %-52s %6.2fx\n", n, l, (b > 0 ? a / b : 0) }'
        return 0
    }
    ratio "Markdown → site+EPUB+digest / hugo (site only)" "broadsheet: Markdown → site+EPUB+digest" "hugo: Markdown → site"
    ratio "feed → site+EPUB+digest / pandoc (EPUB only)" "$feed_build" "pandoc: Markdown → EPUB"
    ratio "one article edited / hugo (site only)" "broadsheet rebuild: one article edited" "hugo: Markdown → site"
done
if [ "${#sizes[@]}" -gt 1 ]; then
    first=${sizes[0]} last=${sizes[-1]}
    echo
    echo "Scaling, $first → $last articles (x$((last / first)) the articles; wall time grows by):"
    for key in "${!wall[@]}"; do
        [ "${key%%/*}" = "$first" ] || continue
        name=${key#*/}; b=${wall[$last/$name]:-}
        [ -n "$b" ] && awk -v a="${wall[$key]}" -v b="$b" -v name="$name" 'BEGIN { printf "  %-46s %6.1fx\n", name, (a > 0 ? b / a : 0) }'
    done | sort
fi

echo
echo "Steps of the feed build above (--timings; peak MB: resident memory reached by the step's end, sampled):"
echo
echo "| articles | step | s | ms/article | peak MB |"
echo "|---:|---|---:|---:|---:|"
for n in "${sizes[@]}"; do steps "$n"; done

echo
echo "Hostile inputs, converted at two sizes (broadsheet convert; a linear step takes about 4x):"
echo
echo "| input | size | CPU s | 4x size, CPU s | growth |"
echo "|---|---:|---:|---:|---:|"
bench/hostile.sh "$bin" "$root/hostile"

for note in "${notes[@]}"; do echo "note: $note"; done
echo "Output in $root/ (ignored by git)."
