// End-to-end check of the quotecheck page in headless Chromium (Debian's chromium, driven by
// playwright-core): paste a draft with Putin's real quote and an altered copy, check it, read the
// highlights, labels and the diff in the details; then search "old friend" and find Xi Jinping.
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
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
  await page.screenshot({ path: path.join(outDir, "page-check.png"), fullPage: true });

  await page.click("#tab-search");
  await page.fill("#q", "old friend");
  await page.click("#search-form button[type=submit]");
  await page.waitForSelector(".hit", { timeout: 20000 });
  const speakers = await page.$$eval(".hit .speaker", (s) => s.map((x) => x.textContent));
  check(speakers.includes("Xi Jinping"), "searching 'old friend' finds Xi Jinping");
  await page.screenshot({ path: path.join(outDir, "page-search.png"), fullPage: true });
  check(external.length === 0, "nothing is fetched from other hosts");
  console.log("page end-to-end: all checks passed");
} finally {
  await browser.close();
}
