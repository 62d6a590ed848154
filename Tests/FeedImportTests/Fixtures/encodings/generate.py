#!/usr/bin/env python3
"""Writes the encoding fixtures in this folder. Run once, from anywhere, after changing the
texts below; the generated files are committed and reviewed like any fixture.

For each language: `LANG.utf-8.xml` (the reference), `LANG.ENCODING.xml` (declared) and
`LANG.ENCODING.undeclared.xml` (no encoding said anywhere), and `LANG.titles.txt`, the
expected titles (the channel's, then each item's), one a line. `mixed.*` holds every
language in one feed, in UTF-16 and UTF-32 with and without a byte-order mark; the
`case-*` files are the odd ones (wrong or unknown declarations, control characters).
"""
import codecs
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# language: (channel title, [(item title, [paragraphs])], encodings)
TEXTS = {
    "zh": ("北京日报", [
        ("城市公园今年将增加三百万棵树", [
            "市政府昨天宣布，今年将在城市各区新建二十个公园，并种植三百万棵树。",
            "专家表示，这项计划将改善空气质量，也会让市民有更多休息的地方。",
        ]),
        ("地铁新线路下月开通", ["新线路全长四十公里，共有二十八个车站，预计每天运送乘客五十万人次。"]),
    ], ["gb2312", "gb18030"]),
    "zh-tw": ("臺北新聞", [
        ("颱風接近，學校明天停課", [
            "中央氣象局表示，颱風預計明天中午在東部登陸，各地將有豪雨。",
            "市政府宣布全市學校停課一天，請民眾做好防颱準備，避免外出。",
        ]),
        ("夜市重新開放", ["整修三個月的夜市昨晚重新開放，吸引大批遊客前往品嘗小吃。"]),
    ], ["big5"]),
    "ja": ("東京日報", [
        ("桜の開花、平年より早く", [
            "気象庁は今日、東京で桜が開花したと発表しました。平年より五日早いということです。",
            "公園には朝から多くの人が訪れ、写真を撮ったり散歩を楽しんだりしていました。",
        ]),
        ("新しい図書館が完成", ["駅の近くに新しい図書館が完成し、来月から利用できるようになります。"]),
    ], ["shift_jis", "euc-jp", "iso-2022-jp"]),
    "ko": ("서울 신문", [
        ("서울시, 자전거 도로 확대", [
            "서울시는 올해 시내에 새로운 자전거 도로를 만들겠다고 밝혔습니다.",
            "시민들은 출퇴근 시간에 자전거를 더 안전하게 탈 수 있을 것이라고 기대하고 있습니다.",
        ]),
        ("한강 공원에 새 도서관", ["한강 공원에 작은 도서관이 문을 열어 많은 시민들이 찾고 있습니다."]),
    ], ["euc-kr"]),
    "ru": ("Городские новости", [
        ("В городе откроют новый парк", [
            "Городские власти сообщили, что новый парк на берегу реки откроется летом.",
            "В парке будут детские площадки, велосипедные дорожки и небольшое кафе.",
        ]),
        ("Метро продлят до аэропорта", ["Строительство новой линии начнется осенью и займет около трех лет."]),
    ], ["koi8-r", "windows-1251", "iso-8859-5"]),
    "he": ("חדשות העיר", [
        ("פארק חדש ייפתח בקיץ", [
            "העירייה הודיעה כי פארק חדש ייפתח ליד הנהר בתחילת הקיץ.",
            "בפארק יהיו מגרשי משחקים לילדים, שבילי אופניים ובית קפה קטן.",
        ]),
        ("הרכבת תגיע לשדה התעופה", ["עבודות הבנייה של הקו החדש יתחילו בסתיו ויימשכו כשלוש שנים."]),
    ], ["windows-1255", "iso-8859-8"]),
    "el": ("Ειδήσεις της πόλης", [
        ("Νέο πάρκο στην πόλη", [
            "Ο δήμος ανακοίνωσε ότι το νέο πάρκο δίπλα στο ποτάμι θα ανοίξει το καλοκαίρι.",
            "Στο πάρκο θα υπάρχουν παιδικές χαρές, ποδηλατόδρομοι και ένα μικρό καφέ.",
        ]),
        ("Το μετρό φτάνει στο αεροδρόμιο", ["Η κατασκευή της νέας γραμμής θα ξεκινήσει το φθινόπωρο."]),
    ], ["iso-8859-7", "windows-1253"]),
    "fr": ("Les nouvelles de la ville", [
        ("Un nouveau parc ouvrira cet été", [
            "La mairie a annoncé qu'un parc sera créé au bord de la rivière, près du marché.",
            "On y trouvera des jeux pour les enfants, des pistes cyclables et un petit café « à l'ancienne ».",
        ]),
        ("Le métro ira jusqu'à l'aéroport", ["Les travaux de la nouvelle ligne commenceront à l'automne et dureront près de trois ans."]),
    ], ["iso-8859-1", "windows-1252"]),
}


def feed(lang, declaration):
    """The RSS feed of one language, or of all when `lang` is None."""
    langs = [lang] if lang else list(TEXTS)
    channel = TEXTS[lang][0] if lang else "Mixed"
    out = [declaration, '<rss version="2.0"><channel>', f"<title>{channel}</title>"]
    number = 0
    for code in langs:
        for title, paragraphs in TEXTS[code][1]:
            number += 1
            body = "".join(f"<p>{p}</p>" for p in paragraphs)
            out.append(f"<item><title>{title}</title><link>https://example.org/{code}/{number}</link>"
                       f"<pubDate>Mon, 01 Apr 2024 {number:02d}:00:00 +0000</pubDate>"
                       f"<description><![CDATA[{body}]]></description></item>")
    out.append("</channel></rss>\n")
    return "\n".join(out)


def titles(lang):
    """The expected titles: the channel's, then each item's."""
    langs = [lang] if lang else list(TEXTS)
    channel = TEXTS[lang][0] if lang else "Mixed"
    return "\n".join([channel] + [t for code in langs for t, _ in TEXTS[code][1]]) + "\n"


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def declaration(encoding=None):
    return f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else '<?xml version="1.0"?>'


def main():
    for lang, (_, _, encodings) in TEXTS.items():
        write(f"{lang}.titles.txt", titles(lang).encode("utf-8"))
        write(f"{lang}.utf-8.xml", feed(lang, declaration("UTF-8")).encode("utf-8"))
        for encoding in encodings:
            write(f"{lang}.{encoding}.xml", feed(lang, declaration(encoding.upper())).encode(encoding))
            write(f"{lang}.{encoding}.undeclared.xml", feed(lang, declaration()).encode(encoding))

    write("mixed.titles.txt", titles(None).encode("utf-8"))
    write("mixed.utf-8.xml", feed(None, declaration()).encode("utf-8"))
    for name, codec, bom in [("utf-16le", "utf-16-le", codecs.BOM_UTF16_LE), ("utf-16be", "utf-16-be", codecs.BOM_UTF16_BE),
                             ("utf-32le", "utf-32-le", codecs.BOM_UTF32_LE), ("utf-32be", "utf-32-be", codecs.BOM_UTF32_BE)]:
        declared = name[:6].upper()
        write(f"mixed.{name}.bom.xml", bom + feed(None, declaration(declared)).encode(codec))
        write(f"mixed.{name}.xml", feed(None, declaration(declared)).encode(codec))
        write(f"mixed.{name}.undeclared.xml", feed(None, "").lstrip("\n").encode(codec))
    json_feed = ('{"version": "https://jsonfeed.org/version/1.1", "title": "Mixed", "items": ['
                 + ", ".join('{"id": "%d", "title": "%s", "date_published": "2024-04-01T%02d:00:00Z", "content_text": "%s"}' % (n, t, n, ps[0])
                             for n, (t, ps) in enumerate([i for c in TEXTS for i in TEXTS[c][1]], 1))
                 + "]}\n")
    write("mixed.utf-16le.json", json_feed.encode("utf-16-le"))

    # UTF-8 bytes that say they are ISO-8859-1: read as UTF-8.
    write("case-utf-8-declared-latin1.xml", feed("fr", declaration("ISO-8859-1")).encode("utf-8"))
    # GB18030 bytes that say they are Shift_JIS: Shift_JIS fails, so they are detected.
    write("case-gb18030-declared-shift_jis.xml", feed("zh", declaration("Shift_JIS")).encode("gb18030"))
    # Windows-1251 bytes that say they are "x-foo": unknown, so detected.
    write("case-windows-1251-declared-x-foo.xml", feed("ru", declaration("x-foo")).encode("windows-1251"))
    # An HTML meta charset inside an undeclared feed.
    meta = feed("ru", declaration()).replace("<channel>", '<channel><description><![CDATA[<meta charset="koi8-r">]]></description>', 1)
    write("case-koi8-r-meta-charset.xml", meta.encode("koi8-r"))
    # A vertical tab, a bell and a NUL in the French feed: removed, nothing else lost.
    broken = feed("fr", declaration("UTF-8")).replace("cet été", "cet\x0b été", 1).replace("jeux", "je\x07ux", 1)
    write("case-control-characters.xml", broken.encode("utf-8").replace(b"petit", b"pe\x00tit", 1))


if __name__ == "__main__":
    main()
