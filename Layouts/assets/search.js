// Broadsheet's site search: results under the search box, from search-index.js.
//
// The index is scripts (pages opened from disk may load scripts but not fetch files): a
// small first one loaded with the page, and shards inserted as a query needs them. Its format, and the tokeniser this file mirrors
// (Sources/SiteBuild/SearchTerms.swift), are described in Layouts/README.md. Text from the
// index only ever reaches the page as text nodes.
(function () {
  "use strict";

  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var DIGIT_VALUE = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;
  var SHARED = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&'()*+,-./";  // SearchIndex.sharedDigits: 0 to 39
  var SHARED_VALUE = {};
  for (var s = 0; s < SHARED.length; s++) SHARED_VALUE[SHARED.charCodeAt(s)] = s;
  var MAX_LENGTH = 40;       // SearchTerms.maximumLength
  var MAX_RESULTS = 10;
  var MAX_EXPANSIONS = 64;   // terms a typed prefix may stand for
  var MAX_EXPANSION_POSTINGS = 80000;   // and the characters of their postings, past the first
  var MAX_QUERY_TERMS = 32;  // the rest of a longer query is not searched
  var DEBOUNCE_MS = 40;
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

  // The index: search-index.js holds each article's length and the first term of each terms
  // shard; a query loads the shards it needs (search/terms-N.js, then search/docs-N.js for
  // the results shown), each decoded once.

  // Each number: base-64 digits, least significant first, 5 bits each; a digit with its
  // sixth bit set is followed by more. Calls `take(value)` for each, in order.
  function eachNumber(text, take) {
    var value = 0, scale = 1;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT_VALUE[text.charCodeAt(i)];
      value += (digit & 31) * scale;
      if (digit & 32) { scale *= 32; } else { take(value); value = 0; scale = 1; }
    }
  }

  function prepare(raw) {
    var norms = new Float64Array(raw.lengths.length), count = 0, total = 0;
    eachNumber(raw.lengths, function (length) { norms[count++] = length; total += length; });
    norms = norms.subarray(0, count);
    var average = total / count || 1;
    for (var number = 0; number < count; number++) norms[number] = K1 * (1 - B + B * norms[number] / average);
    return { raw: raw, count: count, norms: norms, shards: raw.shards, terms: [], postings: [], cache: {} };
  }

  // Terms front-coded with nothing between them: a SHARED character (how many code units the
  // term shares with the one before), then the rest of it.
  function frontDecoded(text) {
    var terms = [], previous = "", at = 0;
    while (at < text.length) {
      var end = at + 1;
      while (end < text.length && SHARED_VALUE[text.charCodeAt(end)] === undefined) end++;
      previous = previous.slice(0, SHARED_VALUE[text.charCodeAt(at)]) + text.slice(at + 1, end);
      terms.push(previous);
      at = end;
    }
    return terms;
  }

  // The terms shards `query` needs: the one its term sorts into, and for a prefix the next
  // ones that start with it.
  function shardsFor(index, query) {
    var first = index.shards, low = 0, high = first.length;
    if (!first.length) return [];
    while (low < high) {
      var middle = (low + high) >> 1;
      if (first[middle] <= query.term) low = middle + 1; else high = middle;
    }
    var out = [Math.max(low - 1, 0)];
    for (var k = out[0] + 1; query.prefix && k < first.length && first[k].lastIndexOf(query.term, 0) === 0; k++) out.push(k);
    return out;
  }

  function termsOf(index, shard) {
    if (!index.terms[shard]) {
      index.terms[shard] = frontDecoded(index.raw.t[shard][0]);
      index.postings[shard] = index.raw.t[shard][1].split(" ");
    }
    return index.terms[shard];
  }

  // The postings of a term: article numbers and weights (body count × 2, plus 1 for the
  // title), in two arrays. Each number is the article's delta × 4 plus the weight's code:
  // 0, 1, 2 for 2, 4, 6, and 3 when the weight follows.
  function postingsOf(index, match) {
    var key = match.shard + " " + match.position, cached = index.cache[key];
    if (cached) return cached;
    // A posting takes at least one digit: the text's length bounds their count.
    var text = index.postings[match.shard][match.position], size = 0, doc = 0, weightNext = false;
    var docs = new Int32Array(text.length), weights = new Int32Array(text.length);
    eachNumber(text, function (value) {
      if (weightNext) { weights[size - 1] = value; weightNext = false; return; }
      var code = value & 3;
      doc += (value - code) / 4;
      docs[size] = doc;
      weights[size++] = 2 + 2 * code;
      weightNext = code === 3;
    });
    docs = docs.subarray(0, size);
    weights = weights.subarray(0, size);
    return (index.cache[key] = { docs: docs, weights: weights });
  }

  // The terms starting with `prefix` (the shortest first), or `term` alone, as
  // {shard, position, term}; their shards must be loaded. A short prefix stands for fewer
  // terms when the common ones among them have long postings, so that one keystroke never
  // decodes most of the index.
  function matchingTerms(index, query) {
    var found = [];
    shardsFor(index, query).forEach(function (shard) {
      var terms = termsOf(index, shard), low = 0, high = terms.length;
      while (low < high) {
        var middle = (low + high) >> 1;
        if (terms[middle] < query.term) low = middle + 1; else high = middle;
      }
      for (var i = low; i < terms.length && (query.prefix ? terms[i].lastIndexOf(query.term, 0) === 0 : terms[i] === query.term); i++) {
        found.push({ shard: shard, position: i, term: terms[i] });
      }
    });
    found.sort(function (a, b) { return a.term.length - b.term.length || (a.term < b.term ? -1 : 1); });
    var kept = 0, budget = MAX_EXPANSION_POSTINGS;
    while (kept < found.length && kept < MAX_EXPANSIONS && (kept === 0 || budget > 0)) {
      budget -= index.postings[found[kept].shard][found[kept].position].length;
      kept++;
    }
    found.length = kept;
    return found;
  }

  // Documents holding every query term, best first: those with more terms in the title, then
  // by BM25 (a prefix match counts for less than the whole word), then newest first.
  function search(index, query) {
    var wanted = queryTerms(query).slice(0, MAX_QUERY_TERMS), count = index.count;
    var score = new Float64Array(count), titles = new Uint8Array(count), matched = new Uint8Array(count);
    for (var q = 0; q < wanted.length; q++) {
      var best = new Float64Array(count), inTitle = new Uint8Array(count);
      matchingTerms(index, wanted[q]).forEach(function (match) {
        var list = postingsOf(index, match), docs = list.docs, weights = list.weights;
        var idf = Math.log(1 + (count - docs.length + 0.5) / (docs.length + 0.5));
        var factor = (match.term === wanted[q].term ? 1 : 0.7) * idf * (K1 + 1);
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

  // The shards still to load for `query` (terms) or for showing `docs` (documents), as
  // paths from the index's folder.
  function missingTerms(index, query) {
    var out = [];
    queryTerms(query).slice(0, MAX_QUERY_TERMS).forEach(function (wanted) {
      shardsFor(index, wanted).forEach(function (shard) {
        var path = "search/terms-" + shard + ".js";
        if (!index.raw.t[shard] && out.indexOf(path) < 0) out.push(path);
      });
    });
    return out;
  }

  function missingDocs(index, docs) {
    var out = [];
    docs.forEach(function (number) {
      var shard = Math.floor(number / index.raw.perShard), path = "search/docs-" + shard + ".js";
      if (!index.raw.d[shard] && out.indexOf(path) < 0) out.push(path);
    });
    return out;
  }

  // [title, folder, date, excerpt] of article `number`; its shard must be loaded.
  function documentOf(index, number) {
    return index.raw.d[Math.floor(number / index.raw.perShard)][number % index.raw.perShard];
  }

  // Scripts added to the page once each; `done(ok)` when `sources` have all run.
  var scripts = {};
  function loadScripts(sources, done) {
    var left = sources.length, ok = true;
    if (!left) { done(true); return; }
    sources.forEach(function (source) {
      var entry = scripts[source];
      function finished(fine) { ok = ok && fine; if (--left === 0) done(ok); }
      if (entry && entry.state !== "loading") { finished(entry.state === "loaded"); return; }
      if (entry) { entry.waiting.push(finished); return; }
      entry = scripts[source] = { state: "loading", waiting: [finished] };
      var script = document.createElement("script");
      function settle(fine) {
        entry.state = fine ? "loaded" : "failed";
        entry.waiting.splice(0).forEach(function (waiting) { waiting(fine); });
      }
      script.addEventListener("load", function () { settle(true); });
      script.addEventListener("error", function () { settle(false); });
      script.src = source;
      document.head.appendChild(script);
    });
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
    var folder = indexURL.replace(/[^\/]*$/, "");
    var index = null, failed = false, timer = 0, asked = 0, follow = false;

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

    // Runs `then` once search-index.js has loaded (or failed: `failed` says).
    function open(then) {
      if (index || failed) { then(); return; }
      if (window.BroadsheetSearch && window.BroadsheetSearch.format === 2) { index = prepare(window.BroadsheetSearch); then(); return; }
      loadScripts([indexURL], function () {
        if (!index && window.BroadsheetSearch && window.BroadsheetSearch.format === 2) index = prepare(window.BroadsheetSearch);
        failed = !index;
        then();
      });
    }

    // Loads `sources` (from the index's folder), saying so on the status line if they are
    // not there yet, then runs `then` if the query is still `ticket` and all is well.
    function fetched(sources, ticket, then) {
      if (sources.length) status.textContent = text("loading", {});
      loadScripts(sources.map(function (source) { return folder + source; }), function (ok) {
        if (ticket !== asked) return;
        if (!ok) failed = true;
        if (failed) { list.textContent = ""; status.textContent = text("unavailable", {}); return; }
        then();
      });
    }

    // Starts loading what `query` needs, before the debounced search asks for it.
    function prefetch() {
      var query = input.value.trim();
      open(function () { if (index && query) loadScripts(missingTerms(index, query).map(function (source) { return folder + source; }), function () {}); });
    }

    function close() {
      panel.hidden = true;
      status.textContent = "";
    }

    function show() {
      var query = input.value.trim(), ticket = ++asked;
      if (!query) { list.textContent = ""; close(); return; }
      panel.hidden = false;
      if (!index && !failed) status.textContent = text("loading", {});
      open(function () {
        if (ticket !== asked) return;
        fetched(failed ? [] : missingTerms(index, query), ticket, function () {
          var found = search(index, query);
          fetched(missingDocs(index, found.docs), ticket, function () { render(query, found); });
        });
      });
    }

    function render(query, found) {
      list.textContent = "";
      status.textContent = found.total === 0 ? text("none", { query: query })
        : text("found-" + plural.select(found.total), { count: number.format(found.total) })
          + (found.total > found.docs.length ? " " + text("shown", { shown: number.format(found.docs.length) }) : "");
      found.docs.forEach(function (number) {
        var doc = documentOf(index, number);
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
      var first = links()[0];
      if (follow && first) window.location.href = first.href;
      follow = false;
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

    input.addEventListener("focus", function () { open(function () {}); });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      if (panel.hidden) { show(); return; }  // the first keystroke searches at once
      prefetch();
      timer = setTimeout(show, DEBOUNCE_MS);
    });
    form.addEventListener("submit", function (event) {
      if (failed) return;  // the archive, as without JavaScript
      event.preventDefault();
      clearTimeout(timer);
      follow = true;  // to the first result, once shown
      show();
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

    var sent = new URLSearchParams(window.location.search).get("q");
    if (sent) {
      input.value = sent;
      show();
    } else {
      // The small first file at once (this script runs after the page is parsed), so the
      // first keystroke need not wait for it.
      open(function () {});
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[role=search][data-index]"), setUp);

  // For tests and tools: the tokeniser.
  window.BroadsheetSearchEngine = { terms: queryTerms, fold: fold };
})();
