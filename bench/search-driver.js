// Typed into the search box of a copy of a built page by bench/search.sh: the query, one
// character every 120 ms, starting at DOMContentLoaded (cold) or 1.5 s later, once the first file has
// loaded while the page was idle. Writes, into a pre element (id bench), the milliseconds from the
// first keystroke to the first results (the status line saying how many were found) and from
// the last keystroke to the last results shown.
document.addEventListener("DOMContentLoaded", function () {
  var input = document.querySelector("form[role=search] input[type=search]");
  var status = function () { var node = document.querySelector(".search-status"); return node ? node.textContent : ""; };
  var found = function () { return /\d|No articles/.test(status()) && document.querySelector(".search-results").hidden === false; };
  var scripts = [];  // the index's scripts as search.js adds them: name, added, loaded
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) {
        if (node.nodeName !== "SCRIPT" || !/search/.test(node.src)) return;
        var entry = { name: node.src.replace(/.*\//, ""), start: performance.now(), end: NaN };
        scripts.push(entry);
        node.addEventListener("load", function () { entry.end = performance.now(); });
      });
    });
  }).observe(document.head, { childList: true });
  var out = document.createElement("pre");
  out.id = "bench";
  function report(text) { out.textContent = text; document.body.appendChild(out); }
  function type(query) {
    var first = 0, last = 0, typed = 0, firstDone = 0, lastDone = 0;
    input.focus();
    function key() {
      input.value += query[typed++];
      last = performance.now();
      if (typed === 1) first = last;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      if (typed < query.length) setTimeout(key, 120);
      else setTimeout(function () {
        var loads = scripts.map(function (entry) { return entry.name + " " + (entry.start - first).toFixed(0) + "+" + (entry.end - entry.start).toFixed(0); });
        report("first " + firstDone.toFixed(1) + " ms, last " + (lastDone - last).toFixed(1) + " ms (\"" + query + "\": " + status() + ")"
          + (VERBOSE ? "\n  loaded (ms after the first keystroke + ms taken): " + loads.join(", ") : ""));
      }, 3000);
    }
    new MutationObserver(function () {
      if (!found()) return;
      lastDone = performance.now();
      if (!firstDone) firstDone = lastDone - first;
    }).observe(document.querySelector(".search-results"), { childList: true, subtree: true, characterData: true });
    key();
  }
  setTimeout(function () { type(QUERY); }, COLD ? 0 : 1500);
});
