// Broadsheet's site search: results under the search box, from search-index.js.
//
// The index is a script (pages opened from disk may load scripts but not fetch files),
// inserted when the box is first used. Its format, and the tokeniser this file mirrors
// (Sources/SiteBuild/SearchTerms.swift), are described in Layouts/README.md. Text from the
// index only ever reaches the page as text nodes.
(function () {
  "use strict";

  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var DIGIT_VALUE = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;
  var MAX_LENGTH = 40;       // SearchTerms.maximumLength
  var MAX_RESULTS = 10;
  var MAX_EXPANSIONS = 64;   // terms a typed prefix may stand for
  var MAX_QUERY_TERMS = 32;  // the rest of a longer query is not searched
  var DEBOUNCE_MS = 60;
  var K1 = 1.2, B = 0.75;    // BM25
  var CJK = [                // SearchTerms.cjkRanges
    [0x1100, 0x11FF], [0x2E80, 0x2FDF], [0x3005, 0x3007], [0x3021, 0x3029], [0x3038, 0x303B],
    [0x3041, 0x309F], [0x30A1, 0x30FA], [0x30FC, 0x30FF], [0x3131, 0x318F], [0x31F0, 0x31FF],
    [0x3400, 0x4DBF], [0x4E00, 0x9FFF], [0xA960, 0xA97F], [0xAC00, 0xD7FF], [0xF900, 0xFAFF],
    [0x20000, 0x3FFFF]
  ];
  var ENGLISH = {
    "loading": "Loading the index…",
    "unavailable": "Search is not available: the index did not load.",
    "none": "No articles found for “{query}”.",
    "found-one": "{count} article found.",
    "found-other": "{count} articles found.",
    "shown": "The best {shown} are shown."
  };
  var WORD_START = /[\p{Alphabetic}\p{Nd}]/u;
  var MARK = /[\p{Mn}\p{Mc}]/u;
  var DIACRITIC = /(?=\p{Mn})\p{Diacritic}/gu;

  // The tokeniser: SearchTerms.swift, step for step.

  function isCJK(ch) {
    var code = ch.codePointAt(0);
    for (var i = 0; i < CJK.length; i++) {
      if (code >= CJK[i][0] && code <= CJK[i][1]) return true;
    }
    return false;
  }

  function fold(word) {
    var folded = word.normalize("NFD").replace(DIACRITIC, "").toLowerCase()
      .replace(/ß/g, "ss").replace(/ς/g, "σ").normalize("NFC");
    return Array.from(folded).slice(0, MAX_LENGTH).join("");
  }

  // Runs of `text`: {cjk: true, chars: [...]} or {cjk: false, word: "..."}, with where each
  // starts and ends in `text` (UTF-16 offsets). A query is made NFKC first, as the build does.
  function runs(text) {
    var out = [], word = "", cjk = [], start = 0, at = 0;
    function end() {
      if (word) out.push({ cjk: false, word: word, start: start, end: at });
      if (cjk.length) out.push({ cjk: true, chars: cjk, start: start, end: at });
      word = ""; cjk = [];
    }
    for (var ch of text) {
      if (isCJK(ch)) {
        if (word || !cjk.length) { end(); start = at; }
        cjk.push(ch);
      } else if (WORD_START.test(ch) || (word && MARK.test(ch))) {
        if (cjk.length || !word) { end(); start = at; }
        word += ch;
      } else {
        end();
      }
      at += ch.length;
    }
    end();
    return out;
  }

  // A query's terms: each word and each one-character CJK run is matched as a prefix, each
  // bigram of a longer CJK run exactly.
  function queryTerms(query) {
    var out = [];
    runs(query.normalize("NFKC")).forEach(function (run) {
      if (!run.cjk) {
        var term = fold(run.word);
        if (term) out.push({ term: term, prefix: true });
      } else if (run.chars.length === 1) {
        out.push({ term: run.chars[0], prefix: true });
      } else {
        for (var i = 0; i + 1 < run.chars.length; i++) out.push({ term: run.chars[i] + run.chars[i + 1], prefix: false });
      }
    });
    return out;
  }

  // The index, decoded once.

  function decodeNumbers(text) {
    var numbers = [], value = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT_VALUE[text.charCodeAt(i)];
      value += (digit & 31) * Math.pow(2, shift);
      if (digit & 32) { shift += 5; } else { numbers.push(value); value = 0; shift = 0; }
    }
    return numbers;
  }

  function prepare(raw) {
    var entries = raw.terms ? raw.terms.split(" ") : [];
    var terms = new Array(entries.length), previous = "";
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i], j = 0, shared = 0, shift = 0, digit;
      do {
        digit = DIGIT_VALUE[entry.charCodeAt(j++)];
        shared += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit & 32);
      previous = terms[i] = previous.slice(0, shared) + entry.slice(j);
    }
    var total = 0, norms = new Float64Array(raw.docs.length);
    raw.docs.forEach(function (doc) { total += doc[4]; });
    var average = total / raw.docs.length || 1;
    raw.docs.forEach(function (doc, number) { norms[number] = K1 * (1 - B + B * doc[4] / average); });
    return { docs: raw.docs, terms: terms, postings: raw.postings ? raw.postings.split(" ") : [], norms: norms, cache: {} };
  }

  // The postings of the term at `position`: article numbers and weights (body count × 2,
  // plus 1 for the title), in two arrays, decoded once.
  function postingsOf(index, position) {
    var cached = index.cache[position];
    if (cached) return cached;
    var numbers = decodeNumbers(index.postings[position]), docs = [], weights = [], doc = 0;
    for (var i = 0; i < numbers.length; i++) {
      doc += numbers[i] >> 1;
      docs.push(doc);
      weights.push(numbers[i] & 1 ? numbers[++i] : 2);
    }
    return (index.cache[position] = { docs: docs, weights: weights });
  }

  // Positions of the terms starting with `prefix` (the shortest first), or of `term` alone.
  function matchingTerms(index, query) {
    var terms = index.terms, low = 0, high = terms.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (terms[middle] < query.term) low = middle + 1; else high = middle;
    }
    if (!query.prefix) return terms[low] === query.term ? [low] : [];
    var found = [];
    for (var i = low; i < terms.length && terms[i].lastIndexOf(query.term, 0) === 0; i++) found.push(i);
    if (found.length > MAX_EXPANSIONS) {
      found.sort(function (a, b) { return terms[a].length - terms[b].length || a - b; });
      found.length = MAX_EXPANSIONS;
    }
    return found;
  }

  // Documents holding every query term, best first: those with more terms in the title, then
  // by BM25 (a prefix match counts for less than the whole word), then newest first.
  function search(index, query) {
    var wanted = queryTerms(query).slice(0, MAX_QUERY_TERMS), count = index.docs.length;
    var score = new Float64Array(count), titles = new Uint8Array(count), matched = new Uint8Array(count);
    for (var q = 0; q < wanted.length; q++) {
      var best = new Float64Array(count), inTitle = new Uint8Array(count);
      matchingTerms(index, wanted[q]).forEach(function (position) {
        var list = postingsOf(index, position), docs = list.docs, weights = list.weights;
        var idf = Math.log(1 + (count - docs.length + 0.5) / (docs.length + 0.5));
        var factor = (index.terms[position] === wanted[q].term ? 1 : 0.7) * idf * (K1 + 1);
        for (var i = 0; i < docs.length; i++) {
          var doc = docs[i];
          if (matched[doc] !== q) continue;
          var tf = (weights[i] >> 1) + (weights[i] & 1);
          var value = factor * tf / (tf + index.norms[doc]);
          if (value > best[doc]) best[doc] = value;
          inTitle[doc] |= weights[i] & 1;
        }
      });
      for (var doc = 0; doc < count; doc++) {
        if (best[doc] > 0) { score[doc] += best[doc]; titles[doc] += inTitle[doc]; matched[doc] = q + 1; }
      }
    }
    var top = [], total = 0;
    function better(a, b) { return titles[a] - titles[b] || score[a] - score[b] || b - a; }
    for (var d = 0; d < count && wanted.length; d++) {
      if (matched[d] !== wanted.length) continue;
      total++;
      if (top.length === MAX_RESULTS && better(d, top[top.length - 1]) <= 0) continue;
      var at = top.length < MAX_RESULTS ? top.length : top.length - 1;
      while (at > 0 && better(d, top[at - 1]) > 0) { top[at] = top[at - 1]; at--; }
      top[at] = d;
    }
    return { total: total, docs: top, terms: wanted };
  }

  // `text` as nodes, with the words the query matches (and in CJK text the characters) in <mark>.
  function highlighted(text, wanted) {
    var covered = [];
    runs(text).forEach(function (run) {
      if (!run.cjk) {
        var word = fold(run.word.normalize("NFKC"));
        if (wanted.some(function (q) { return q.prefix ? word.lastIndexOf(q.term, 0) === 0 : word === q.term; })) {
          covered.push([run.start, run.end]);
        }
        return;
      }
      var offsets = [run.start];
      run.chars.forEach(function (ch, i) { offsets.push(offsets[i] + ch.length); });
      wanted.forEach(function (q) {
        var size = Array.from(q.term).length;
        for (var i = 0; i + size <= run.chars.length; i++) {
          if (run.chars.slice(i, i + size).join("").normalize("NFKC") === q.term) covered.push([offsets[i], offsets[i + size]]);
        }
      });
    });
    covered.sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment(), done = 0;
    covered.forEach(function (range) {
      if (range[1] <= done) return;
      var start = Math.max(range[0], done);
      if (start > done) fragment.appendChild(document.createTextNode(text.slice(done, start)));
      var last = fragment.lastChild;
      if (start === done && last && last.nodeName === "MARK") {
        last.textContent += text.slice(start, range[1]);
      } else {
        var mark = document.createElement("mark");
        mark.textContent = text.slice(start, range[1]);
        fragment.appendChild(mark);
      }
      done = range[1];
    });
    if (done < text.length) fragment.appendChild(document.createTextNode(text.slice(done)));
    return fragment;
  }

  // The search box.

  function setUp(form) {
    var input = form.querySelector("input[type=search]");
    if (!input) return;
    var root = form.getAttribute("data-root") || "";
    var indexURL = form.getAttribute("data-index") || root + "search-index.js";
    var index = null, loading = false, failed = false, timer = 0, pending = false;

    var panel = document.createElement("div");
    panel.className = "search-results";
    panel.id = (input.id || "search") + "-results";
    panel.hidden = true;
    var status = document.createElement("p");
    status.className = "search-status";
    status.setAttribute("role", "status");
    var list = document.createElement("ol");
    panel.appendChild(status);
    panel.appendChild(list);
    form.appendChild(panel);
    input.setAttribute("aria-controls", panel.id);

    // The status line's words: the form's data-text-NAME attributes (so a theme can translate
    // them), else English. "found-" is followed by the page language's plural category.
    var language = document.documentElement.lang || "en", plural, number;
    try {
      plural = new Intl.PluralRules(language);
      number = new Intl.NumberFormat(language);
    } catch (error) {  // a lang attribute that is no language tag
      plural = new Intl.PluralRules("en");
      number = new Intl.NumberFormat("en");
    }
    function text(name, values) {
      var words = form.getAttribute("data-text-" + name)
        || (name.indexOf("found-") === 0 && form.getAttribute("data-text-found-other"))
        || ENGLISH[name] || ENGLISH["found-other"];
      return words.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
    }

    function load() {
      if (index || loading || failed) return;
      if (window.BroadsheetSearch) { index = prepare(window.BroadsheetSearch); return; }
      loading = true;
      var script = document.createElement("script");
      script.src = indexURL;
      script.addEventListener("load", function () {
        loading = false;
        if (window.BroadsheetSearch) index = prepare(window.BroadsheetSearch); else failed = true;
        if (pending) show();
      });
      script.addEventListener("error", function () { loading = false; failed = true; if (pending) show(); });
      document.head.appendChild(script);
    }

    function close() {
      panel.hidden = true;
      status.textContent = "";
    }

    function show() {
      pending = false;
      var query = input.value.trim();
      list.textContent = "";
      if (!query) { close(); return; }
      panel.hidden = false;
      if (failed) { status.textContent = text("unavailable", {}); return; }
      if (!index) { pending = true; status.textContent = text("loading", {}); load(); return; }
      var found = search(index, query);
      status.textContent = found.total === 0 ? text("none", { query: query })
        : text("found-" + plural.select(found.total), { count: number.format(found.total) })
          + (found.total > found.docs.length ? " " + text("shown", { shown: number.format(found.docs.length) }) : "");
      found.docs.forEach(function (number) {
        var doc = index.docs[number];
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + doc[1] + "index.html";
        link.dir = "auto";  // an article's own script direction, whatever the site's
        link.appendChild(highlighted(doc[0], found.terms));
        item.appendChild(link);
        if (doc[2]) {
          var date = document.createElement("span");
          date.className = "search-date";
          date.textContent = doc[2];
          item.appendChild(document.createTextNode(" "));
          item.appendChild(date);
        }
        if (doc[3]) {
          var snippet = document.createElement("p");
          snippet.dir = "auto";
          snippet.appendChild(highlighted(doc[3], found.terms));
          item.appendChild(snippet);
        }
        list.appendChild(item);
      });
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

    input.addEventListener("focus", load);
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(show, DEBOUNCE_MS);
    });
    form.addEventListener("submit", function (event) {
      if (failed) return;  // the archive, as without JavaScript
      event.preventDefault();
      clearTimeout(timer);
      show();
      var first = links()[0];
      if (first) window.location.href = first.href;
    });
    form.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (event.key === "Escape") {
        if (panel.hidden) return;
        close();
        input.focus();
        event.preventDefault();
      } else if (event.key === "ArrowDown" && all.length && !panel.hidden) {
        all[Math.min(at + 1, all.length - 1)].focus();
        event.preventDefault();
      } else if (event.key === "ArrowUp" && at >= 0) {
        (at === 0 ? input : all[at - 1]).focus();
        event.preventDefault();
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) close();
    });

    var asked = new URLSearchParams(window.location.search).get("q");
    if (asked) {
      input.value = asked;
      load();
      show();
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[role=search][data-index]"), setUp);

  // For tests and tools: the tokeniser and the search over an index object.
  window.BroadsheetSearchEngine = { terms: queryTerms, fold: fold, prepare: prepare, search: search };
})();
