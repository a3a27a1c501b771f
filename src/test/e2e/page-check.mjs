// End-to-end check of the quotecheck page in headless Chromium (Debian's chromium, driven by
// playwright-core): paste a draft with Putin's real quote and an altered copy, check it, read the
// highlights, labels, the diff, the source and record links and the citation in the details; then
// search "old friend", find Xi Jinping, and page on with "More".
// Usage: node src/test/e2e/page-check.mjs BASE_URL API_KEY OUT_DIR   (playwright-core in OUT_DIR/node_modules)
import { createRequire } from "node:module";
import path from "node:path";

const [base, apiKey, outDir] = process.argv.slice(2);
const require = createRequire(path.resolve(outDir, "package.json"));
const { chromium } = require("playwright-core");

const DRAFT = "Russian President Vladimir Putin met Chinese President Xi Jinping in Astana.\n\n"
  + "\"Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,\" Putin said.\n\n"
  + "Later Putin added: \"Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their worst period in history.\"";

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
  console.log("ok - " + message);
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, permissions: ["clipboard-read", "clipboard-write"] });
  const external = [];
  page.on("request", (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });
  await page.goto(base + "/");
  await page.fill("#api-key", apiKey);
  await page.dispatchEvent("#api-key", "change");
  await page.fill("#published", "2024-07-03");
  await page.fill("#draft", DRAFT);
  await page.click("#check");
  await page.waitForFunction(() => document.querySelectorAll("mark.quote").length === 2, null, { timeout: 20000 });

  const marks = await page.$$eval("mark.quote", (ms) => ms.map((m) => ({ verdict: m.dataset.verdict, label: m.querySelector(".badge").textContent,
    text: m.firstChild.textContent, background: getComputedStyle(m).backgroundColor })));
  check(marks[0].verdict === "VERIFIED" && marks[0].label === "Verified", "the real quote is highlighted as Verified");
  check(marks[1].verdict === "ALTERED" && marks[1].label === "Altered", "the altered copy is highlighted as Altered");
  check(marks[0].background !== marks[1].background, "the two verdicts have different colours as well as labels");
  check(marks[1].text.includes("worst period in history"), "the highlight covers the quoted words");

  await page.focus("mark.quote[data-verdict=ALTERED]");
  await page.waitForSelector("#details:not([hidden])");
  const details = await page.$eval("#details", (d) => ({ text: d.textContent, del: [...d.querySelectorAll("del")].map((x) => x.textContent),
    ins: [...d.querySelectorAll("ins")].map((x) => x.textContent), link: d.querySelector("a")?.href }));
  check(details.del.includes("worst") && details.ins.includes("best"), "the diff marks 'worst' as the claim's word and 'best' as the real one");
  check(details.text.includes("Vladimir Putin"), "the details name the speaker");
  check(details.text.includes("DW") && details.text.includes("2024-07-03") && details.link.includes("dw.com"), "the earliest source with link and date");
  const source = await page.$eval("#details a[href*='dw.com']", (a) => ({ target: a.target, rel: a.rel }));
  check(source.target === "_blank" && source.rel.split(" ").includes("noopener") && source.rel.split(" ").includes("noreferrer"),
    "the source link opens in a new tab without opener or referrer");
  const citation = await page.$eval("#details .copy-citation", (b) => b.dataset.citation);
  check(citation.startsWith("Altered:") && citation.includes("Vladimir Putin") && citation.includes("2024-07-03") && citation.includes("https://www.dw.com/"),
    "the citation gives verdict, speaker, date and source link: " + citation);
  await page.click("#details .copy-citation");
  await page.waitForFunction(() => document.querySelector("#details .copied")?.textContent.trim().length > 0);
  check(await page.$eval("#details .copied", (s) => s.textContent.includes("copied")), "the citation button copies");
  const record = await page.$eval("#details a.record", (a) => ({ href: a.getAttribute("href"), id: a.dataset.quoteId }));
  check(/^\/v1\/quotes\/qt_\w+$/.test(record.href) && record.href.endsWith(record.id), "the highlight links to its quote record " + record.href);
  await page.screenshot({ path: path.join(outDir, "page-check.png"), fullPage: true });
  await page.click("#details a.record");
  await page.waitForFunction((id) => document.querySelector("#details").textContent.includes("Quote " + id), record.id, { timeout: 20000 });
  check(await page.$eval("#details", (d) => d.textContent.includes("best period in history") && d.querySelector("a[target=_blank]") !== null),
    "following the link shows the stored quote and its sources");

  await page.click("#tab-search");
  await page.fill("#q", "old friend");
  await page.click("#search-form button[type=submit]");
  await page.waitForSelector(".hit", { timeout: 20000 });
  const speakers = await page.$$eval(".hit .speaker", (s) => s.map((x) => x.textContent));
  check(speakers.includes("Xi Jinping"), "searching 'old friend' finds Xi Jinping");
  check(await page.$eval("#more", (b) => b.hidden), "no 'More' button on the last page");

  // The seed data fits one page, so the first answer is given a nextCursor and the second page is
  // stubbed: what is checked is that the page sends the cursor and appends what comes back.
  const cursors = [];
  const quotesPath = (url) => url.pathname === "/v1/quotes";
  await page.route(quotesPath, async (route) => {
    const cursor = new URL(route.request().url()).searchParams.get("cursor");
    cursors.push(cursor);
    if (!cursor) {
      const real = await route.fetch();
      const body = await real.json();
      await route.fulfill({ response: real, json: { ...body, nextCursor: "page-2", hasMore: true } });
    } else {
      await route.fulfill({ json: { data: [{ id: "qt_999", text: "An old friend is better than two new ones.", speaker: { id: "sp_9", name: "Page Two" },
        status: "unreviewed", appearanceCount: 1, createdAt: "2024-07-04T00:00:00Z", updatedAt: "2024-07-04T00:00:00Z", version: 0 }],
        nextCursor: null, hasMore: false } });
    }
  });
  await page.click("#search-form button[type=submit]");
  await page.waitForSelector("#more:not([hidden])", { timeout: 20000 });
  const firstPage = await page.$$eval(".hit", (h) => h.length);
  await page.click("#more");
  await page.waitForFunction((n) => document.querySelectorAll(".hit").length === n + 1, firstPage, { timeout: 20000 });
  check(cursors.at(-1) === "page-2", "'More' asks for the next page with nextCursor");
  check(await page.$eval(".hit:last-child .speaker", (s) => s.textContent) === "Page Two" && await page.$eval("#more", (b) => b.hidden),
    "the next page is appended and 'More' goes away on the last page");
  await page.screenshot({ path: path.join(outDir, "page-search.png"), fullPage: true });

  // A quote in Arabic (stored by PageResourceTest before this runs) reads right to left, one in Russian left to right.
  await page.unroute(quotesPath);
  await page.fill("#q", "مستشفيات جديدة");
  await page.click("#search-form button[type=submit]");
  await page.waitForFunction(() => [...document.querySelectorAll(".hit blockquote")].some((b) => b.lang === "ar"), null, { timeout: 20000 });
  const arabic = await page.$eval(".hit blockquote[lang=ar]", (b) => ({ dir: b.getAttribute("dir"), direction: getComputedStyle(b).direction,
    text: b.textContent }));
  check(arabic.dir === "auto" && arabic.direction === "rtl" && arabic.text.includes("مستشفيات"),
    "an Arabic quote is shown right to left: " + JSON.stringify(arabic));
  await page.fill("#q", "переговорам готовы");
  await page.click("#search-form button[type=submit]");
  await page.waitForFunction(() => [...document.querySelectorAll(".hit blockquote")].some((b) => b.lang === "ru"), null, { timeout: 20000 });
  check(await page.$eval(".hit blockquote[lang=ru]", (b) => getComputedStyle(b).direction === "ltr" && b.textContent.includes("переговорам")),
    "a Russian quote is shown left to right");
  await page.screenshot({ path: path.join(outDir, "page-scripts.png"), fullPage: true });
  check(external.length === 0, "nothing is fetched from other hosts");
  console.log("page end-to-end: all checks passed");
} finally {
  await browser.close();
}
