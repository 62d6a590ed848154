// Live reload in a real browser (a developer's check, not a test): headless Chromium, driven
// over the DevTools protocol, opens a page of a running `broadsheet serve`, then this saves an
// article and prints how long the page took to reload; breaks site.yml and prints the overlay;
// restores it and prints the reload that clears it. It edits the files it is given (and puts
// them back only for site.yml): run it on a copy.
//
//   broadsheet serve /tmp/copy --port 8123 &
//   node --experimental-websocket scripts/serve-browser-check.js http://127.0.0.1:8123/2026/how-this-site-is-built/ \
//        /tmp/copy/content/2026/how-this-site-is-built.md /tmp/copy/site.yml
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const [url, article, settings] = process.argv.slice(2);
if (!settings) { console.error("usage: serve-browser-check.js PAGE_URL ARTICLE.md SITE.yml"); process.exit(64); }
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "serve-check-"));
const chrome = spawn("chromium", ["--headless=new", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                                  "--remote-debugging-port=0", "about:blank"], { stdio: "ignore" });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  let targets;
  for (let i = 0; i < 100 && !targets; i++) {
    await sleep(200);
    try {
      const port = fs.readFileSync(path.join(profile, "DevToolsActivePort"), "utf8").split("\n")[0];
      targets = await (await fetch("http://127.0.0.1:" + port + "/json")).json();
    } catch { targets = undefined; }
  }
  const page = targets.find((t) => t.type === "page");
  const ws = new WebSocket(page.webSocketDebuggerUrl);
  await new Promise((r) => ws.addEventListener("open", r));
  let id = 0; const waiting = new Map(); const loads = [];
  ws.addEventListener("message", (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg.result); waiting.delete(msg.id); }
    if (msg.method === "Page.loadEventFired") loads.push(Date.now());
  });
  const send = (method, params = {}) => new Promise((r) => { const n = ++id; waiting.set(n, r); ws.send(JSON.stringify({ id: n, method, params })); });
  const evaluate = async (expression) => (await send("Runtime.evaluate", { expression, returnByValue: true })).result.value;
  await send("Page.enable"); await send("Runtime.enable");
  await send("Page.navigate", { url });
  while (loads.length < 1) await sleep(50);
  await sleep(1000);
  const before = await evaluate("document.querySelector('script[src^=\"/__broadsheet/\"]').src");
  console.log("loaded with", before);
  const text = fs.readFileSync(article, "utf8");
  const saved = Date.now();
  fs.writeFileSync(article, text + "\nEdited from the browser check.\n");
  while (loads.length < 2 && Date.now() - saved < 30000) await sleep(20);
  console.log("reload after save:", loads.length >= 2 ? (loads[1] - saved) + " ms" : "none within 30 s");
  await sleep(500);
  console.log("the added sentence on the page:", await evaluate("document.body.textContent.includes('Edited from the browser check.')"));
  const good = fs.readFileSync(settings);
  fs.writeFileSync(settings, "title: [broken\n");
  const broke = Date.now(); let overlay = null;
  while (!overlay && Date.now() - broke < 30000) { await sleep(50); overlay = await evaluate("(document.getElementById('broadsheet-build-failed')||{}).textContent"); }
  console.log("overlay after", Date.now() - broke, "ms:", JSON.stringify(overlay && overlay.slice(0, 160)));
  const count = loads.length; fs.writeFileSync(settings, good); const fixed = Date.now();
  while (loads.length === count && Date.now() - fixed < 30000) await sleep(20);
  console.log("reload after fix:", loads.length > count ? (loads[count] - fixed) + " ms" : "none");
  await sleep(500);
  console.log("overlay gone:", await evaluate("document.getElementById('broadsheet-build-failed') === null"));
  ws.close();
  const exited = new Promise((r) => chrome.on("exit", r));
  chrome.kill();
  await exited;
  fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  process.exit(0);
})().catch((e) => { console.error(e); chrome.kill(); process.exit(1); });
