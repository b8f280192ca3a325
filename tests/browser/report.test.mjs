// Renders `rapport report --html` of the demo workspace (samples/) in headless Chromium
// and checks what a reader sees: the four sections, the expected names, quoted
// evidence, no console errors, no request leaving the page. Saves a screenshot.
//
//   node report.test.mjs RAPPORT_BINARY SAMPLES_DIR OUTPUT_DIR
//
// Exit 0 pass, 1 fail, 77 skip (Chromium cannot start here: ctest SKIP_RETURN_CODE).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const SKIP = 77;
const [rapport, samples, outDir] = process.argv.slice(2);
if (!rapport || !samples || !outDir) {
  console.error("usage: node report.test.mjs RAPPORT_BINARY SAMPLES_DIR OUTPUT_DIR");
  process.exit(2);
}

let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch (e) {
  console.error(`playwright-core is not installed (run scripts/setup, or npm ci in tests/browser): ${e.message}`);
  process.exit(1);
}

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
};

// --- the report of the demo, at the demo's "now" ---
mkdirSync(outDir, { recursive: true });
const db = path.join(outDir, "demo.db");
const html = path.join(outDir, "demo-report.html");
rmSync(db, { force: true });
rmSync(html, { force: true });
const now = "2026-11-20T09:00:00Z";
const me = ["--me", "nora.castellane@fieldnote.example", "--me", "+447700900010", "--me", "Nora Castellane"];
const run = (args) => execFileSync(rapport, ["--db", db, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
run([...me, "import", "--region", "GB", samples]);
run(["--now", now, "report", "--html", html]);
check(existsSync(html), "rapport report --html wrote the file");

// --- the browser ---
const executablePath = process.env.CHROMIUM || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
let browser;
try {
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    timeout: 60000,
  });
} catch (e) {
  console.log(`SKIP: Chromium cannot start (${executablePath ?? "not found"}): ${e.message.split("\n")[0]}`);
  process.exit(SKIP);
}

try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const consoleErrors = [];
  const requests = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
  await page.goto(pathToFileURL(html).href, { waitUntil: "load" });

  check((await page.title()).startsWith("rapport"), "the title names rapport");
  for (const id of ["today", "inbox", "contacts", "reviews"]) {
    const visible = await page.locator(`section#${id} h2`).isVisible();
    check(visible, `section #${id} is shown with a heading`);
  }
  const calls = await page.locator("#today li.call h3").allInnerTexts();
  check(calls.length >= 5 && calls.length <= 10, `today lists 5-10 people (got ${calls.length})`);
  const today = calls.join("\n");
  for (const name of ["Priya Raman", "Owen Pritchard"]) check(today.includes(name), `today lists ${name}`);
  for (const name of ["Gareth Lloyd", "Jonas Whitfield", "Graham Tolley", "Daniel Price"])
    check(!today.includes(name), `today does not list ${name}`);
  // Every call card shows why, with quoted evidence and its time.
  const cards = page.locator("#today li.call");
  for (let i = 0; i < (await cards.count()); i++) {
    const card = cards.nth(i);
    const name = (await card.locator("h3").innerText()).replace(/\s+/g, " ");
    check((await card.locator("ul.reasons > li").count()) > 0, `${name}: has a reason`);
  }
  check((await page.locator("#today ul.evidence time[datetime]").count()) >= calls.length, "evidence in today's list carries times");
  const inbox = await page.locator("#inbox").innerText();
  check(inbox.includes("financial concerns"), "the inbox quotes Priya's \"financial concerns\"");
  check(/courtesy/i.test(inbox), "the inbox has the courtesy loops");
  const contacts = await page.locator("#contacts").innerText();
  check(/graduat/i.test(contacts), "to bring up: the graduation");
  const factCards = page.locator("#contacts li.contact");
  check((await factCards.count()) >= 3, `to bring up: at least 3 clients with facts (got ${await factCards.count()})`);
  check((await page.locator("#contacts ul.evidence time[datetime]").count()) >= (await factCards.count()),
        "to bring up: every fact says where and when it was said");
  const reviews = await page.locator("#reviews article.review").count();
  check(reviews >= 1, `call reviews are shown (got ${reviews})`);
  // Readable: no horizontal overflow at a laptop width, text not tiny.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("#today li.call")).fontSize));
  check(fontSize >= 13, `body text is readable (${fontSize}px)`);
  check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? ": " + consoleErrors.join(" | ") : ""}`);
  check(requests.length === 0, `no request leaves the page${requests.length ? ": " + requests.join(", ") : ""}`);

  const shot = path.join(outDir, "demo-report.png");
  await page.screenshot({ path: shot, fullPage: true });
  const top = path.join(outDir, "demo-report-top.png");
  await page.screenshot({ path: top });
  for (const id of ["inbox", "contacts", "reviews"])
    await page.locator(`section#${id}`).screenshot({ path: path.join(outDir, `demo-report-${id}.png`) });
  console.log(`screenshots: ${shot}, ${top}, demo-report-{inbox,contacts,reviews,print}.png`);
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(outDir, "demo-report-print.png") });
} finally {
  await browser.close();
}

if (failures.length) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("all checks passed");
