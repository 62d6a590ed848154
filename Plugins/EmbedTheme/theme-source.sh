#!/bin/sh
# Writes the Swift source that holds the default theme; the EmbedTheme build plugin runs it:
#
#     theme-source.sh LAYOUTS_FOLDER OUTPUT.swift PATH...
#
# Each PATH, relative to LAYOUTS_FOLDER, becomes one (path, base64) entry of
# DefaultTheme.encodedFiles, in the order given. Base64 in a string literal compiles in a
# fraction of the time a [UInt8] literal of the same bytes takes, and holds any bytes. A shell
# script rather than a Swift tool: a tool built from source is compiled with the flags of the
# build it serves (sanitizers in `make fuzz`, the static runtime in `make release`), /bin/sh is not.
set -eu
root=$1
output=$2
shift 2
partial="$output.partial"
{
    printf '// Generated at build time from Layouts/ by Plugins/EmbedTheme/theme-source.sh: do not edit.\n\n'
    printf 'extension DefaultTheme {\n'
    printf '    /// Every file of `Layouts/`: its `/`-separated relative path and its bytes in base64.\n'
    printf '    static let encodedFiles: [(path: String, base64: String)] = [\n'
    for path in "$@"; do
        case $path in
            *[\"\\]* | *[[:cntrl:]]*)
                echo "error: Layouts/$path: a theme file's name cannot hold a quote, a backslash or a control character; rename it" >&2
                exit 1 ;;
        esac
        printf '        ("%s", "%s"),\n' "$path" "$(base64 < "$root/$path" | tr -d '\n')"
    done
    printf '    ]\n}\n'
} > "$partial"
mv "$partial" "$output"
