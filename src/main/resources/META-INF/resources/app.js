// The quotecheck page: checks a draft with /v1/check and searches /v1/quotes, through the same
// client module plugin authors use.
import { createClient } from "/client/quotecheck.js";

const $ = (id) => document.getElementById(id);
const LABELS = { VERIFIED: "Verified", FRAGMENT: "Fragment", ALTERED: "Altered", MISATTRIBUTED: "Misattributed",
  WRONG_DATE: "Wrong date", NOT_FOUND: "Not found", NO_SPEAKER: "No speaker found" };
const MESSAGES = {
  401: "The API key is missing or not valid. Paste a key above.",
  403: "This API key's role does not allow this.",
  429: "Too many requests for this key; try again in a moment.",
  503: "quotecheck cannot reach its database right now; try again shortly.",
};

const keyInput = $("api-key");
keyInput.value = localStorage.getItem("quotecheck.apiKey") || "";
keyInput.addEventListener("change", () => localStorage.setItem("quotecheck.apiKey", keyInput.value.trim()));
const client = () => createClient({ baseUrl: "", apiKey: keyInput.value.trim() });

function explainError(e) {
  const base = MESSAGES[e.status] || e.detail || e.message;
  return e.status === 429 && e.retryAfter ? `${base} (retry in ${e.retryAfter} s)` : base;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? "")));
  return node;
}

// ---- tabs --------------------------------------------------------------------------------------
const tabs = [$("tab-check"), $("tab-search")];
function select(tab) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !on;
  }
  tab.focus();
}
tabs.forEach((t, i) => {
  t.addEventListener("click", () => select(t));
  t.addEventListener("keydown", (e) => {
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") select(tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length]);
  });
});

// ---- check a draft ------------------------------------------------------------------------------
let lastChecked = "";
let pending = 0;

async function runCheck() {
  const text = $("draft").value;
  if (!text.trim()) return;
  const ticket = ++pending;
  $("check-status").textContent = "Checking…";
  $("check-status").className = "";
  try {
    const result = await client().check(text, { publishedOn: $("published").value || undefined });
    if (ticket !== pending) return; // a newer check is on its way
    lastChecked = text;
    render(text, result.quotes.filter((q) => q.kind !== "scare"));
  } catch (e) {
    if (ticket !== pending) return;
    $("check-status").textContent = explainError(e);
    $("check-status").className = "error";
  }
}

function verdictOf(q) {
  if (!q.speaker) return "NO_SPEAKER";
  return q.verification ? q.verification.verdict : "NO_SPEAKER";
}

function render(text, quotes) {
  const out = $("result");
  out.replaceChildren();
  $("details").hidden = true;
  let at = 0;
  quotes.sort((a, b) => a.start - b.start).forEach((q, i) => {
    if (q.start < at) return;
    out.append(text.slice(at, q.start));
    const verdict = verdictOf(q);
    const label = LABELS[verdict];
    const mark = el("mark", { class: `quote v-${verdict.toLowerCase()}`, tabindex: "0", "data-verdict": verdict,
      "aria-label": `${label}: ${q.text}` }, text.slice(q.start, q.end), el("span", { class: "badge", "aria-hidden": "true" }, label));
    const show = () => showDetails(q, verdict);
    mark.addEventListener("mouseenter", show);
    mark.addEventListener("focus", show);
    mark.addEventListener("click", show);
    out.append(mark);
    at = q.end;
  });
  out.append(text.slice(at));
  const counts = {};
  quotes.forEach((q) => { const v = LABELS[verdictOf(q)]; counts[v] = (counts[v] || 0) + 1; });
  $("check-status").textContent = quotes.length === 0 ? "No quotes found."
    : `${quotes.length} quote${quotes.length > 1 ? "s" : ""}: ` + Object.entries(counts).map(([k, n]) => `${n} ${k.toLowerCase()}`).join(", ") + ".";
}

function showDetails(q, verdict) {
  const box = $("details");
  const v = q.verification;
  const parts = [el("p", {}, el("strong", {}, LABELS[verdict]), " — speaker in the text: ",
    q.speaker ? `${q.speaker.name}${q.mention && q.mention !== q.speaker.name ? ` (“${q.mention}”)` : ""}` : "none found")];
  if (v) {
    parts.push(el("p", { class: "explanation" }, v.explanation));
    if (v.match) {
      const diff = el("p", { class: "diff", "aria-label": "The real words, with the claim's changes" });
      for (const d of v.diff || []) {
        if (d.op === "equal") diff.append(d.source, " ");
        else {
          if (d.claim) diff.append(el("del", { title: "in the claim" }, d.claim), " ");
          if (d.source) diff.append(el("ins", { title: "the real words" }, d.source), " ");
        }
      }
      parts.push(el("p", {}, el("strong", {}, "Real words: ")), diff);
      const src = v.match.earliestSource;
      if (src) {
        parts.push(el("p", {}, "Earliest source: ", el("a", { href: src.url, rel: "noopener noreferrer" }, src.outlet || src.url),
          src.publishedOn ? `, ${src.publishedOn}` : ""));
      }
    }
  }
  box.replaceChildren(...parts);
  box.hidden = false;
}

$("check").addEventListener("click", runCheck);
let typing;
$("draft").addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => { if ($("draft").value !== lastChecked) runCheck(); }, 900);
});

// ---- who said it? ---------------------------------------------------------------------------------
$("search-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const status = $("search-status");
  const list = $("search-results");
  status.textContent = "Searching…";
  status.className = "";
  list.replaceChildren();
  try {
    const page = await client().search($("q").value.trim(), { speaker: $("f-speaker").value.trim(), from: $("f-from").value,
      to: $("f-to").value, outlet: $("f-outlet").value.trim() });
    status.textContent = page.data.length === 0 ? "Nobody in the store said that." : `${page.data.length} quote${page.data.length > 1 ? "s" : ""}.`;
    for (const q of page.data) {
      const src = q.earliestSource;
      list.append(el("li", { class: "hit" }, el("blockquote", {}, `“${q.text}”`),
        el("div", { class: "meta" }, el("span", { class: "speaker" }, q.speaker.name), q.saidOn ? ` · ${q.saidOn}` : "",
          src ? " · " : "", src ? el("a", { href: src.url, rel: "noopener noreferrer" }, src.outlet || src.url) : "",
          q.appearanceCount > 1 ? ` · ${q.appearanceCount} sources` : "")));
    }
  } catch (err) {
    status.textContent = explainError(err);
    status.className = "error";
  }
});
