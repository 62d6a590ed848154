#!/usr/bin/env bash
# Times (CPU) `broadsheet convert` on the hostile HTML shapes of Tests/HTMLToMarkdownTests/
# PathologicalTests at a size and at 4x that size, and prints one table row each: a linear
# conversion takes about 4x as long, a quadratic one 16x. Called by bench/run.sh.
#   bench/hostile.sh BROADSHEET_BINARY OUTPUT_FOLDER
set -euo pipefail
bin=$1 out=$2
mkdir -p "$out"

# shape NAME COUNT: writes the HTML of NAME with COUNT repetitions to standard output.
shape() {
    python3 - "$1" "$2" <<'PY'
import sys
name, n = sys.argv[1], int(sys.argv[2])
shapes = {
    "nested div/blockquote": lambda: "<div><blockquote>" * n + "deep" + "</blockquote></div>" * n,
    "special characters": lambda: "<p>" + "*_[`&lt;&amp;\\ " * n + "</p>",
    "paragraphs with emphasis": lambda: '<p>Some <em>text</em> with a <a href="/x">link</a> and <strong>bold (x)</strong>y.</p>\n' * n,
    "list items": lambda: "<ul>" + "<li>item <b>x</b></li>" * n + "</ul>",
    "pictures": lambda: "".join(f'<p><img src="https://pics.example/{i}.png" alt="" /></p>\n' for i in range(n)),
}
sys.stdout.write(shapes[name]())
PY
}

# seconds FILE: CPU seconds (user + sys) of one conversion of FILE (steadier than wall time
# on a shared machine).
seconds() {
    /usr/bin/time -f '%U %S' -o "$1.time" "$bin" convert "$1" >/dev/null 2>&1 || echo "failed" >"$1.time"
    awk '{ print $1 + $2 }' "$1.time"
}

for spec in "nested div/blockquote:2500" "special characters:20000" "paragraphs with emphasis:10000" "list items:20000" "pictures:10000"; do
    name=${spec%%:*} n=${spec##*:}
    file="$out/$(tr -c 'a-z0-9\n' '-' <<<"$name")"
    shape "$name" "$n" >"$file-1.html"
    shape "$name" $((n * 4)) >"$file-4.html"
    a=$(seconds "$file-1.html") b=$(seconds "$file-4.html")
    awk -v name="$name" -v n="$n" -v a="$a" -v b="$b" 'BEGIN {
        printf "| %-26s | %7d | %7.2f | %7.2f | %5.1fx |\n", name, n, a, b, (a > 0 ? b / a : 0) }'
done
