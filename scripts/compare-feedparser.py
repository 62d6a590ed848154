#!/usr/bin/env python3
"""Measure `broadsheet import` against Python's feedparser, the reference reader of issue 5.

Usage: scripts/compare-feedparser.py [--report FILE] [--examples N] [--binary PATH] FEED_OR_FOLDER...
Needs `pip install feedparser` (and chardet, which feedparser uses to guess undeclared
encodings when it is installed). For every feed file (a folder stands for the files in it, not
recursively), runs feedparser and `.build/release/broadsheet import FILE --site TMP --create-site`
(built first only when missing), reads the written content/**/*.md, matches our articles to
feedparser's entries (by link, else id, else title) and prints, per feed and in total: exit
status, entries written / feedparser's, titles equal, links equal, dates at the same instant,
offsets kept (the offset written in the raw date string) and body word recall. Mismatches are
listed by class with a few examples. JSON Feed is read by this script (feedparser 6.0 reads
none); a WordPress export counts only its published posts and pages. A developer tool: no test
needs it; it writes only in a temporary folder (and the --report file).
"""

import argparse
import calendar
import collections
import datetime
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse

import feedparser
import feedparser.datetimes

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "broadsheet")
TIMEOUT_SECONDS = 120

# ---------------------------------------------------------------------------------------------
# Running Broadsheet


def ensure_binary(path):
    """Builds the release binary when it is the one used and is missing, after any running
    Swift build ends."""
    if os.path.exists(path):
        return
    if path != BINARY:
        sys.exit("compare-feedparser: %s does not exist (build it, or leave out --binary)" % path)
    while subprocess.run(["pgrep", "-f", "swift-build|swift-frontend"], capture_output=True).returncode == 0:
        time.sleep(15)
    subprocess.run(["swift", "build", "-c", "release", "--product", "broadsheet"], cwd=ROOT, check=True)


def run_broadsheet(binary, feed, workdir):
    """Imports one feed into a new site in workdir; returns (status, stderr, articles).

    status is the exit code, "timeout", or "signal N" for a crash."""
    site = os.path.join(workdir, "site")
    command = [binary, "import", os.path.abspath(feed), "--site", site, "--create-site"]
    try:
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return "timeout", "", []
    status = done.returncode if done.returncode >= 0 else "signal %d" % -done.returncode
    stderr = done.stderr.decode("utf-8", "replace")
    return status, stderr, read_articles(os.path.join(site, "content"))


def read_articles(content):
    """Every article file written under content/, as dicts (title, date, source, id, body, file)."""
    articles = []
    for folder, _, names in sorted(os.walk(content)):
        for name in sorted(names):
            if name.endswith(".md"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as handle:
                    article = parse_article(handle.read())
                article["file"] = os.path.relpath(path, content)
                articles.append(article)
    return articles


def parse_article(text):
    """Front matter fields and body of one file Broadsheet wrote (its quoted strings are JSON)."""
    lines = text.split("\n")
    article = {"body": ""}
    if not lines or lines[0] != "---":
        article["body"] = text
        return article
    end = lines.index("---", 1) if "---" in lines[1:] else len(lines)
    for line in lines[1:end]:
        key, _, value = line.partition(": ")
        article[key] = front_matter_value(value)
    article["body"] = "\n".join(lines[end + 1:])
    return article


def front_matter_value(value):
    """A front matter value: a quoted string or list is JSON, anything else stays as written."""
    if value[:1] in ('"', "["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


# ---------------------------------------------------------------------------------------------
# Reading with feedparser


def is_wxr(feed):
    """True for a WordPress export, whose reference entries are its published posts and pages."""
    with open(feed, "rb") as handle:
        head = handle.read(8192)
    return b"wordpress.org/export/" in head


def reference_entries(feed):
    """feedparser's entries (for a WXR export, only published posts and pages) and its bozo note."""
    json_feed = read_json_feed(feed)
    if json_feed is not None:
        return json_feed, "", "json"
    parsed = feedparser.parse(feed)
    entries = parsed.entries
    if is_wxr(feed):
        entries = [e for e in entries
                   if e.get("wp_status") == "publish" and e.get("wp_post_type") in ("post", "page")]
    bozo = repr(parsed.get("bozo_exception")) if parsed.get("bozo") else ""
    return entries, bozo, parsed.get("version", "")


def read_json_feed(feed):
    """A JSON Feed's items as feedparser-style entries, or None when the file is not JSON.

    feedparser 6.0 reads no JSON, so this stands in for it with feedparser's own field names
    and date parser: url as link, id, title, date_published/date_modified, content_html,
    else content_text, else summary."""
    with open(feed, "rb") as handle:
        data = handle.read()
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return None
    try:
        document = json.loads(data.decode("utf-8-sig", "replace"))
    except ValueError:
        return None
    items = document.get("items") if isinstance(document, dict) else None
    return [json_entry(item) for item in items or [] if isinstance(item, dict)]


def json_entry(item):
    """One JSON Feed item in feedparser's entry shape."""
    entry = {"title": text_field(item.get("title")), "link": text_field(item.get("url")),
             "id": text_field(item.get("id"))}
    entry["title_detail"] = {"type": "text/plain"}
    for ours, theirs in (("published", "date_published"), ("updated", "date_modified")):
        if text_field(item.get(theirs)):
            entry[ours] = item[theirs]
            entry[ours + "_parsed"] = feedparser.datetimes._parse_date(item[theirs])
    if text_field(item.get("content_html")):
        entry["content"] = [{"value": item["content_html"], "type": "text/html"}]
    elif text_field(item.get("content_text")):
        entry["content"] = [{"value": item["content_text"], "type": "text/plain"}]
    elif text_field(item.get("summary")):
        entry["summary"], entry["summary_detail"] = item["summary"], {"type": "text/plain"}
    return entry


def text_field(value):
    """A JSON value as a string field: strings as they are, numbers as text, others empty."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def reference_date(entry):
    """(instant, raw string) of feedparser's date: published, else updated, else created."""
    for key in ("published", "updated", "created"):
        if entry.get(key + "_parsed"):
            return calendar.timegm(entry[key + "_parsed"]), entry.get(key)
    for key in ("published", "updated", "created"):
        if entry.get(key):
            return None, entry.get(key)
    return None, None


def reference_body(entry, wxr=False):
    """The text of feedparser's content (all parts), else its summary, without markup; in a
    WXR export, without the brackets and attributes of shortcodes (their inner text stays)."""
    parts = entry.get("content") or []
    if parts:
        text = " ".join(plain_text(p.get("value", ""), p.get("type", "text/html")) for p in parts)
    else:
        detail = entry.get("summary_detail") or {}
        text = plain_text(entry.get("summary", ""), detail.get("type", "text/html"))
    return SHORTCODE.sub(" ", text) if wxr else text


SHORTCODE = re.compile(r"\[/?[A-Za-z][\w-]*(?:\s[^\]]*)?/?\]")


class _TextCollector(html.parser.HTMLParser):
    """Collects the text of an HTML fragment, skipping scripts and styles."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skipping += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skipping:
            self.skipping -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def plain_text(value, kind):
    """The words of a text construct: HTML has its tags removed and its references decoded."""
    if "html" not in (kind or "") and "xml" not in (kind or ""):
        return value
    collector = _TextCollector()
    collector.feed(value)
    collector.close()
    return "".join(collector.parts)


# ---------------------------------------------------------------------------------------------
# Comparing

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
WORD = re.compile("[%s]|[^\\W_%s]+" % (CJK, CJK))


def words(text):
    """A bag of lowercase words (each CJK character is a word)."""
    text = unicodedata.normalize("NFKC", text).lower()
    return collections.Counter(WORD.findall(text))


def markdown_text(markdown):
    """Our Markdown without link destinations, autolinks and HTML tags."""
    text = re.sub(r"\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)", "] ", markdown)
    text = re.sub(r"^\s*\[[^\]]+\]:\s*\S+.*$", " ", text, flags=re.M)
    text = re.sub(r"<(?:https?|mailto):[^>\s]*>", " ", text)
    text = re.sub(r"</?[A-Za-z][^>]*>", " ", text)
    return html.unescape(text)


def same_text(a, b):
    """Equal after HTML unescaping, Unicode NFC and whitespace collapsing."""
    return collapse(a) == collapse(b)


def collapse(text):
    """Whitespace collapsed, references decoded, NFC."""
    text = unicodedata.normalize("NFC", html.unescape(text or ""))
    return " ".join(text.split())


def reference_title(entry):
    """feedparser's title as plain text (an HTML title loses its tags)."""
    detail = entry.get("title_detail") or {}
    return collapse(plain_text(entry.get("title", ""), detail.get("type", "text/plain")))


def our_instant(article):
    """(instant, offset in minutes) of our `date:`, or (None, None)."""
    value = article.get("date")
    if not value:
        return None, None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None, None
    offset = moment.utcoffset() or datetime.timedelta(0)
    return calendar.timegm(moment.utctimetuple()), int(offset.total_seconds() // 60)


ZONES = {"ut": 0, "utc": 0, "gmt": 0, "z": 0, "adt": -180, "ast": -240, "at": -240,
         "edt": -240, "est": -300, "et": -300, "cdt": -300, "cst": -360, "ct": -360,
         "mdt": -360, "mst": -420, "mt": -420, "pdt": -420, "pst": -480, "pt": -480,
         "met": 60, "mest": 120, "cet": 60, "cest": 120, "bst": 60}
NUMERIC_ZONE = re.compile(r"(?:gmt|utc|ut)?([+-])(\d{1,2}):?(\d{2})?$")
KOREAN = re.compile("\ub144|\uc624[\uc804\ud6c4]")


def written_offset(raw):
    """The UTC offset (minutes) the raw date string states, or None when it states none or an
    ambiguous one (POSIX `Etc/GMT+1` means UTC-1)."""
    text = re.sub(r"\([^)]*\)", " ", raw or "").strip().lower()
    if not text or "etc/" in text:
        return None
    if KOREAN.search(text):
        return 540
    tokens = text.split()
    if len(tokens) > 2 and re.fullmatch(r"\d{4}", tokens[-1]) and ":" in tokens[-3]:
        tokens.pop()  # asctime with a zone: `Sun Jan 4 16:29:06 PST 2004`
    last = tokens[-1]
    if re.search(r"(?:\d:\d\d(?::\d\d)?|t\d{4,6})(?:[.,]\d+)?z$", last):
        return 0
    iso = re.search(r"(?:\d[:.]\d\d|t\d{4,6})(?:[.,]\d+)?([+-]\d{2}(?::?\d{2})?)$", last)
    if iso:
        last = iso.group(1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(t.*)?|\d+", last) or ":" in last and not re.search("[+-]", last):
        return None
    return zone_minutes(last)


def zone_minutes(token):
    """Minutes of a zone token: a name, a military letter, +hhmm, +hh:mm, GMT+h."""
    if token in ZONES:
        return ZONES[token]
    if len(token) == 1 and token.isalpha() and token != "j":
        return military_minutes(token)
    match = NUMERIC_ZONE.fullmatch(token)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    return sign * (int(match.group(2)) * 60 + int(match.group(3) or 0))


def military_minutes(letter):
    """RFC 822's military zones: A-I and K-M behind UTC, N-Y ahead of it, Z UTC."""
    if letter == "z":
        return 0
    if "a" <= letter <= "i":
        return -60 * (ord(letter) - ord("a") + 1)
    if "k" <= letter <= "m":
        return -60 * (ord(letter) - ord("k") + 10)
    return 60 * (ord(letter) - ord("n") + 1)


def wxr_offset(entry):
    """The site's offset of a WXR post: post_date minus post_date_gmt, in minutes, or None."""
    local, utc = entry.get("wp_post_date", ""), entry.get("wp_post_date_gmt", "")
    try:
        delta = datetime.datetime.fromisoformat(local) - datetime.datetime.fromisoformat(utc)
    except ValueError:
        return None
    return int(delta.total_seconds() // 60)


def match_entries(entries, articles):
    """Pairs each feedparser entry with one of our articles: same link, else id, else title."""
    free = list(range(len(articles)))
    pairs = []
    keys = (lambda e, a: e.get("link") and a.get("source") == e.get("link"),
            lambda e, a: e.get("id") and a.get("id") in (e.get("id"), e.get("link")),
            lambda e, a: reference_title(e) and same_text(a.get("title", ""), reference_title(e)))
    for entry in entries:
        found = None
        for key in keys:
            found = next((i for i in free if key(entry, articles[i])), None)
            if found is not None:
                break
        if found is not None:
            free.remove(found)
        pairs.append((entry, articles[found] if found is not None else None))
    return pairs, [articles[i] for i in free]


class Tally:
    """Counts (right, checked) per figure and keeps examples of each mismatch class."""

    FIGURES = ("written", "title", "link", "date", "offset", "words")

    def __init__(self):
        self.right = collections.Counter()
        self.checked = collections.Counter()
        self.examples = collections.defaultdict(list)
        self.counts = collections.Counter()

    def count(self, figure, ok, right_amount=None, amount=1):
        """Adds one check (or amount words, right_amount of them right) to a figure."""
        self.checked[figure] += amount
        self.right[figure] += (amount if ok else 0) if right_amount is None else right_amount

    def mismatch(self, kind, feed, example):
        """Records one mismatch of a class, with an example."""
        self.counts[kind] += 1
        self.examples[kind].append((feed, example))

    def add(self, other):
        """Adds another tally's figures (the totals)."""
        self.right.update(other.right)
        self.checked.update(other.checked)
        self.counts.update(other.counts)
        for kind, found in other.examples.items():
            self.examples[kind].extend(found)

    def percent(self, figure):
        """'right/checked (p%)' for a figure, '-' when nothing was checked."""
        if not self.checked[figure]:
            return "-"
        return "%d/%d (%.1f%%)" % (self.right[figure], self.checked[figure],
                                   100.0 * self.right[figure] / self.checked[figure])


def compare_pair(entry, article, feed, tally, wxr):
    """Checks one matched pair's title, link, date, offset and body words."""
    label = reference_title(entry)[:60] or entry.get("link") or entry.get("id")
    compare_title(entry, article, feed, tally, label)
    compare_link(entry, article, feed, tally, label)
    compare_date(entry, article, feed, tally, label, wxr)
    compare_words(entry, article, feed, tally, label, wxr)


def compare_title(entry, article, feed, tally, label):
    """Title equal, when feedparser has one."""
    theirs = reference_title(entry)
    if not theirs:
        return
    ours = collapse(article.get("title", ""))
    ok = ours == theirs
    tally.count("title", ok)
    if not ok:
        tally.mismatch("title differs", feed, "ours %r, feedparser %r" % (ours, theirs))


def compare_link(entry, article, feed, tally, label):
    """Link equal, when feedparser has one."""
    theirs, ours = entry.get("link"), article.get("source")
    if not theirs:
        return
    ok = ours == theirs
    tally.count("link", ok)
    if ok:
        return
    if ours and urllib.parse.unquote(ours) == urllib.parse.unquote(theirs):
        kind = "link differs in percent-encoding only"
    elif entry.get("guidislink") and not re.match(r"https?:", theirs):
        kind = "link: feedparser took a non-URL guid as the link"
    elif not ours:
        kind = "link missing in ours"
    else:
        kind = "link differs"
    tally.mismatch(kind, feed, "%s: ours %r, feedparser %r" % (label, ours, theirs))


def compare_date(entry, article, feed, tally, label, wxr):
    """Same instant as feedparser's date, and, for the same instant, the offset the raw string
    states (a WXR post: post_date minus post_date_gmt) kept."""
    theirs, raw = reference_date(entry)
    ours, our_offset = our_instant(article)
    if theirs is None:
        if raw and ours is None:
            tally.mismatch("date: neither reads it", feed, "%s: raw %r" % (label, raw))
        elif raw:
            tally.mismatch("date: only ours reads it (not counted)", feed,
                           "%s: raw %r, ours %s" % (label, raw, article.get("date")))
        return
    ok = ours == theirs
    tally.count("date", ok)
    if not ok:
        kind = "date missing in ours" if ours is None else "date differs"
        if clock_filled(theirs):
            kind += " (feedparser's date is suspect: today's month and day at midnight)"
        tally.mismatch(kind, feed, "%s: raw %r, ours %s, feedparser %s" % (
            label, raw, article.get("date"), utc_text(theirs)))
    expected = wxr_offset(entry) if wxr else written_offset(raw)
    if expected is None or not ok:  # another instant is another string: its offset says nothing
        return
    kept = our_offset == expected
    tally.count("offset", kept)
    if not kept:
        tally.mismatch("offset not kept", feed, "%s: raw %r, ours %s, written offset %+d min" % (
            label, raw, article.get("date"), expected))


def clock_filled(instant):
    """True when an instant falls on today's month and day at 00:00 UTC: what feedparser's ISO
    8601 reader returns when it takes the fields a string lacks from the clock."""
    moment = datetime.datetime.fromtimestamp(instant, datetime.timezone.utc)
    today = datetime.datetime.now(datetime.timezone.utc)
    return (moment.month, moment.day, moment.hour, moment.minute) == (today.month, today.day, 0, 0)


def utc_text(instant):
    """An instant as an ISO 8601 UTC string."""
    return datetime.datetime.fromtimestamp(instant, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def compare_words(entry, article, feed, tally, label, wxr):
    """Body word recall: feedparser's body words found in our Markdown (as bags)."""
    theirs = words(reference_body(entry, wxr))
    total = sum(theirs.values())
    if not total:
        return
    ours = words(markdown_text(article.get("body", "")))
    found = sum(min(n, ours[w]) for w, n in theirs.items())
    tally.count("words", found == total, right_amount=found, amount=total)
    if found < total:
        missing = sorted((theirs - ours).elements())
        kind = "body words missing (<90% recall)" if found < 0.9 * total else "body words missing (>=90% recall)"
        tally.mismatch(kind, feed, "%s: %d/%d words, missing e.g. %s" % (
            label, found, total, " ".join(missing[:12])))


def compare_feed(binary, feed, workdir):
    """Runs both readers on one feed; returns (row dict, tally)."""
    tally = Tally()
    try:
        entries, bozo, version = reference_entries(feed)
    except Exception as error:  # feedparser itself failing is a finding, not a crash here
        entries, bozo, version = [], "feedparser failed: %r" % error, ""
    status, stderr, articles = run_broadsheet(binary, feed, workdir)
    pairs, extra = match_entries(entries, articles)
    wxr = is_wxr(feed)
    seen = set()
    for entry, article in pairs:
        signature = entry_signature(entry)
        repeat, _ = signature in seen, seen.add(signature)
        if article is None and repeat:
            tally.mismatch("exact repeat of an earlier entry not written (not counted)", feed,
                           "%s (%s)" % (reference_title(entry)[:60], entry.get("link") or entry.get("id")))
            continue
        if article is None and is_empty(entry):
            tally.mismatch("empty feedparser entry not written (not counted)", feed, "id %r" % entry.get("id"))
            continue
        tally.count("written", article is not None)
        if article is None:
            tally.mismatch(lost_kind(entry, wxr), feed, "%s (%s)" % (
                reference_title(entry)[:60] or "(no title)", entry.get("link") or entry.get("id")))
        else:
            compare_pair(entry, article, feed, tally, wxr)
    for article in extra:
        tally.mismatch("written by us, not an entry of feedparser's (not counted)", feed,
                       "%s %r" % (article["file"], article.get("title")))
    if status != 0 and entries:
        tally.mismatch("error exit on a feed feedparser reads", feed,
                       "exit %s; %s" % (status, first_error(stderr)))
    if not isinstance(status, int):
        tally.mismatch("crash or time-out", feed, "%s" % status)
    row = {"feed": feed, "status": status, "version": version or "-", "entries": len(entries),
           "articles": len(articles), "bozo": bozo, "stderr": stderr}
    return row, tally


def entry_signature(entry):
    """What makes two entries exact repeats: id, link, title, date and body."""
    return (entry.get("id"), entry.get("link"), reference_title(entry), reference_date(entry)[1],
            reference_body(entry))


def is_empty(entry):
    """True for an entry with no title, body, link or enclosure (issue 5 lets us skip it)."""
    return not (reference_title(entry) or reference_body(entry).strip() or entry.get("link")
                or entry.get("enclosures") or entry.get("media_content") or entry.get("media_thumbnail"))


def lost_kind(entry, wxr):
    """The mismatch class of an entry we did not write."""
    if wxr and entry.get("wp_post_password"):
        return "entry not written: WXR password-protected post"
    return "entry not written"


def first_error(stderr):
    """The first error line of our standard error, else its first line."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error:" in line]
    return (errors or lines or ["(nothing on standard error)"])[0][:300]


# ---------------------------------------------------------------------------------------------
# Reporting


def feed_files(arguments):
    """The feed files named, a folder standing for the regular files directly in it."""
    files = []
    for argument in arguments:
        if os.path.isdir(argument):
            files += sorted(os.path.join(argument, n) for n in os.listdir(argument)
                            if os.path.isfile(os.path.join(argument, n)) and not n.startswith("."))
        else:
            files.append(argument)
    return files


def table_line(name, status, version, entries, articles, tally):
    """One row of the per-feed table."""
    figures = "  ".join("%s %s" % (f, short(tally, f)) for f in ("written", "title", "link", "date", "offset", "words"))
    return "%-44s exit %-3s %-8s fp %3s ours %3s  %s" % (name[-44:], status, version, entries, articles, figures)


def short(tally, figure):
    """'right/checked' for the table, '-' when nothing was checked."""
    if not tally.checked[figure]:
        return "-"
    return "%d/%d" % (tally.right[figure], tally.checked[figure])


def summary(rows, total, examples):
    """The totals and the mismatch classes, as text."""
    fed = [r for r in rows if r["entries"]]
    errors = [r for r in fed if r["status"] != 0]
    crashes = [r for r in rows if not isinstance(r["status"], int)]
    out = ["", "TOTAL over %d feeds (%d from which feedparser reads an entry)" % (len(rows), len(fed)),
           "  no error exit where feedparser reads an entry: %d/%d" % (len(fed) - len(errors), len(fed)),
           "  crashes or time-outs: %d" % len(crashes)]
    names = {"written": "entries written", "title": "titles equal", "link": "links equal",
             "date": "dates, same instant", "offset": "offsets kept", "words": "body word recall"}
    for figure in Tally.FIGURES:
        out.append("  %-22s %s" % (names[figure] + ":", total.percent(figure)))
    out.append("")
    out.append("MISMATCH CLASSES (count, then up to %d examples)" % examples)
    for kind, count in total.counts.most_common():
        out.append("- %s: %d" % (kind, count))
        for feed, example in total.examples[kind][:examples]:
            out.append("    %s: %s" % (os.path.basename(feed), example))
    return "\n".join(out)


def reference_note():
    """Which feedparser (and charset detector, which it uses when installed) is the reference."""
    try:
        import chardet
        detector = "chardet %s" % chardet.__version__
    except ImportError:
        detector = "no chardet (undeclared legacy encodings fall back to windows-1252)"
    return "reference: feedparser %s, %s; JSON Feed read by this script" % (feedparser.__version__, detector)


def main():
    """Compares every feed given and prints (and optionally saves) the report."""
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("feeds", nargs="+", help="feed files or folders of feed files")
    options.add_argument("--report", help="also write the report to this file")
    options.add_argument("--examples", type=int, default=3, help="examples per mismatch class")
    options.add_argument("--binary", default=BINARY, help="the broadsheet to run (default: %(default)s)")
    args = options.parse_args()
    ensure_binary(args.binary)
    print(reference_note())
    rows, total, lines = [], Tally(), []
    for feed in feed_files(args.feeds):
        with tempfile.TemporaryDirectory(prefix="compare-feedparser-") as workdir:
            row, tally = compare_feed(args.binary, feed, workdir)
        rows.append(row)
        total.add(tally)
        lines.append(table_line(feed, row["status"], row["version"], row["entries"], row["articles"], tally))
        print(lines[-1], flush=True)
    report = reference_note() + "\n" + "\n".join(lines) + "\n" + summary(rows, total, args.examples) + "\n"
    print(summary(rows, total, args.examples))
    if args.report:
        with open(args.report, "w", encoding="utf-8") as handle:
            handle.write(report)


if __name__ == "__main__":
    main()
