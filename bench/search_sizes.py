#!/usr/bin/env python3
"""The search index of a built site against its articles' plain text.

    bench/search_sizes.py OUTPUT_DIR

Prints the bytes of search-index.js and its shards (search/terms-N.js, search/docs-N.js),
what they hold (terms and postings, documents), the text they index and the ratio. The text
is counted as SearchIndex.textSize(of:) counts it (each title, a space, the body's words with
one space between, UTF-8), read back from each article page's <h1> and <div class="article-body">:
an approximation of the build's own figure (tags inside a word split it here).
"""
import glob, html, json, os, re, sys

BLOCK = re.compile(r"</?(p|div|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|blockquote|pre|figure|figcaption|br|hr|dl|dt|dd)\b[^>]*>", re.I)


def value(path, prefix):
    text = open(path, encoding="utf-8").read()
    return json.loads(text[len(prefix):].rstrip().rstrip(";"))


def words(fragment):
    text = html.unescape(re.sub(r"<[^>]+>", "", BLOCK.sub(" ", fragment)))
    return text.split()


def main(out):
    index = value(os.path.join(out, "search-index.js"), "window.BroadsheetSearch = ")
    main_bytes = os.path.getsize(os.path.join(out, "search-index.js"))
    terms = sorted(glob.glob(os.path.join(out, "search", "terms-*.js")))
    docs = sorted(glob.glob(os.path.join(out, "search", "docs-*.js")))
    term_bytes = sum(os.path.getsize(p) for p in terms)
    doc_bytes = sum(os.path.getsize(p) for p in docs)
    shards = [value(p, "BroadsheetSearch.t[%d] = " % int(re.search(r"(\d+)\.js$", p).group(1))) for p in terms] or index["t"]
    documents = [d for p in docs for d in value(p, "BroadsheetSearch.d[%d] = " % int(re.search(r"(\d+)\.js$", p).group(1)))] or [d for s in index["d"] for d in s]
    text = 0
    for title, folder, _, _ in documents:
        page = open(os.path.join(out, folder, "index.html"), encoding="utf-8").read()
        body = re.search(r'<div class="article-body">(.*?)</div>\s*(<p class="source">|<footer|</article>)', page, re.S)
        body_words = words(body.group(1)) if body else []
        text += len(title.encode()) + 1 + len(" ".join(body_words).encode())
    total = main_bytes + term_bytes + doc_bytes
    vocabulary = sum(len(s[0].encode()) for s in shards)
    postings = sum(len(s[1].encode()) for s in shards)
    print(f"articles {len(documents)}, text {text:,} bytes")
    print(f"index {total:,} bytes = {100 * total / text:.1f} % of the text, in {1 + len(terms) + len(docs)} files")
    print(f"  search-index.js {main_bytes:,} bytes; {len(terms)} terms shards {term_bytes:,}; {len(docs)} docs shards {doc_bytes:,}")
    print(f"  terms (front-coded) {vocabulary:,} ({100 * vocabulary / total:.1f} %), postings {postings:,} ({100 * postings / total:.1f} %),"
          f" documents {sum(len(json.dumps(d, ensure_ascii=False).encode()) for d in documents):,}")


if __name__ == "__main__":
    main(sys.argv[1])
