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
      const diff = el("p", { class: "diff", dir: "auto", "aria-label": "The real words, with the claim's changes" });
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
        parts.push(el("p", {}, "Earliest source: ", sourceLink(src), src.publishedOn ? `, ${src.publishedOn}` : ""));
      }
    }
    const id = q.quoteId || (v.match && v.match.id);
    if (id) parts.push(el("p", {}, recordLink(id, `Quote record ${id}`)));
    const citation = citationOf(q, verdict);
    const copied = el("span", { class: "copied", role: "status", "aria-live": "polite" });
    parts.push(el("p", { class: "citation" }, el("button", { type: "button", class: "copy-citation", "data-citation": citation,
      onclick: () => copyText(citation).then((ok) => { copied.textContent = ok ? " Citation copied." : " Copy failed; select the text below."; }) },
    "Copy citation"), copied), el("p", { class: "citation-text" }, citation));
  }
  box.replaceChildren(...parts);
  box.hidden = false;
}

// A link that opens outside the page, telling the new tab nothing about this one.
function sourceLink(src) {
  return el("a", { href: src.url, target: "_blank", rel: "noopener noreferrer" }, src.outlet || src.url);
}

// The quote's record in the API. A plain click shows it here (the API needs the key, which a new
// tab would not send); the href stays the record's URL for copying or opening with a key elsewhere.
function recordLink(id, label) {
  return el("a", { href: `/v1/quotes/${encodeURIComponent(id)}`, class: "record", "data-quote-id": id,
    onclick: (e) => { if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; e.preventDefault(); showRecord(id); } }, label);
}

async function showRecord(id) {
  const box = $("details");
  box.hidden = false;
  const status = el("p", { role: "status" }, `Loading quote ${id}…`);
  box.replaceChildren(status);
  try {
    const r = await client().quote(id);
    const sources = el("ul", { class: "appearances" }, ...(r.appearances || []).map((a) => el("li", {}, sourceLink(a.source),
      a.source.publishedOn ? `, ${a.source.publishedOn}` : "")));
    box.replaceChildren(el("p", {}, el("strong", {}, `Quote ${r.id}`), ` (${r.status})`), el("blockquote", quoteAttributes(r), `“${r.text}”`),
      el("p", {}, r.speaker.name, r.saidOn ? `, ${r.saidOn}` : "", r.context ? ` — ${r.context}` : "",
        r.spokenLanguage && r.language && r.spokenLanguage !== r.language ? ` — translated from ${languageName(r.spokenLanguage)}` : ""),
      ...wordingsOf(r),
      el("p", {}, `Published in ${r.appearanceCount} source${r.appearanceCount === 1 ? "" : "s"}:`), sources);
  } catch (e) {
    status.textContent = explainError(e);
    status.className = "error";
  }
}

// Verdict, speaker, date and source link: what an editor pastes into a note or a correction.
function citationOf(q, verdict) {
  const m = q.verification && q.verification.match;
  const inText = q.speaker && q.speaker.name;
  const real = m && m.speaker && m.speaker.name;
  // the record's speaker and date; when the text names someone else, say so (a misattribution)
  const speaker = real ? (inText && inText !== real ? `${real} (attributed to ${inText})` : real) : inText || "speaker unknown";
  const src = m && m.earliestSource;
  return `${LABELS[verdict]}: “${q.text}” — ${speaker}${m && m.saidOn ? `, ${m.saidOn}` : ""}.`
    + (src ? ` Source: ${src.outlet ? `${src.outlet}, ` : ""}${src.url}` : "");
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no clipboard API (insecure origin, denied permission): the older way still works in most browsers
    const area = el("textarea", { readonly: "", class: "offscreen" });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand && document.execCommand("copy");
    area.remove();
    return Boolean(ok);
  }
}

$("check").addEventListener("click", runCheck);
let typing;
$("draft").addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => { if ($("draft").value !== lastChecked) runCheck(); }, 900);
});

// ---- who said it? ---------------------------------------------------------------------------------
// The filters of the search on screen, and where its next page starts.
let shown = null;

$("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  shown = { q: $("q").value.trim(), filters: { speaker: $("f-speaker").value.trim(), from: $("f-from").value, to: $("f-to").value,
    outlet: $("f-outlet").value.trim() }, count: 0 };
  $("search-results").replaceChildren();
  searchPage(null);
});
$("more").addEventListener("click", () => { if (shown && shown.cursor) searchPage(shown.cursor); });

async function searchPage(cursor) {
  const search = shown;
  const status = $("search-status");
  const list = $("search-results");
  const more = $("more");
  status.textContent = "Searching…";
  status.className = "";
  more.hidden = true;
  try {
    const page = await client().search(search.q, { ...search.filters, cursor: cursor || undefined });
    if (search !== shown) return; // a newer search replaced this one
    search.count += page.data.length;
    search.cursor = page.nextCursor;
    status.textContent = search.count === 0 ? "Nobody in the store said that."
      : `${search.count} quote${search.count > 1 ? "s" : ""}${page.nextCursor ? ", more to come" : ""}.`;
    for (const q of page.data) {
      const src = q.earliestSource;
      list.append(el("li", { class: "hit", "data-quote-id": q.id }, el("blockquote", quoteAttributes(q), `“${q.text}”`),
        el("div", { class: "meta" }, el("span", { class: "speaker" }, q.speaker.name), q.saidOn ? ` · ${q.saidOn}` : "",
          src ? " · " : "", src ? sourceLink(src) : "",
          q.appearanceCount > 1 ? ` · ${q.appearanceCount} sources` : "", " · ", recordLink(q.id, "record"))));
    }
    more.hidden = !page.nextCursor;
  } catch (err) {
    if (search !== shown) return;
    status.textContent = explainError(err);
    status.className = "error";
    more.hidden = !search.cursor;
  }
}

// Quote text in any script: the browser takes the direction from the text itself (Arabic and Hebrew
// right to left), and the language tag lets it choose fonts and hyphenation.
function quoteAttributes(q) {
  return q.language ? { dir: "auto", lang: q.language } : { dir: "auto" };
}

function languageName(tag) {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) || tag;
  } catch (e) {
    return tag;
  }
}

// The other wordings of the same utterance (the original, other outlets' translations), each with its source.
function wordingsOf(r) {
  if (!r.wordings || r.wordings.length === 0) return [];
  return [el("p", {}, "Other wordings of the same words:"),
    el("ul", { class: "wordings" }, ...r.wordings.map((w) => el("li", {},
      el("blockquote", quoteAttributes(w), `“${w.text}”`),
      languageName(w.language), w.earliestSource ? " · " : "", w.earliestSource ? sourceLink(w.earliestSource) : "",
      " · ", recordLink(w.id, "record"))))];
}
