/**
 * quotecheck client for newsroom plugins (CMS, browser extensions). An ES module, no dependencies;
 * its types are in /client/quotecheck.d.ts beside it.
 *
 *   import { createClient } from "https://quotecheck.example.org/client/quotecheck.js";
 *   const qc = createClient({ baseUrl: "https://quotecheck.example.org", apiKey: "qc_…", timeout: 10000 });
 *   const { quotes } = await qc.check(draftText, { publishedOn: "2024-07-03" });
 *   const verdict = await qc.verify({ text: "…", speaker: "Putin", date: "2024-07-03" });
 *   const page = await qc.search("old friend", { speaker: "Xi" });
 *   const more = await qc.search("old friend", { speaker: "Xi", cursor: page.nextCursor });
 *   const quote = await qc.quote("qt_3");
 *   const who = await qc.resolveSpeaker("the Russian president", { date: "2024-07-03" });
 *   const reviews = await qc.factChecks({ query: "Putin China relations" });
 *
 * Every call takes { signal, timeout } as its last argument (timeout in ms, 0 for none; the
 * client's timeout by default). A 429 is retried once after its Retry-After (seconds or an HTTP
 * date), if that wait is at most maxRetryWait ms (default 10000); otherwise it is thrown.
 *
 * Failures are thrown as QuotecheckError objects carrying the API's problem fields
 * (type, title, status, detail, field, errors, retryAfter in seconds). An abort or a timeout is
 * a QuotecheckError with status 0 and type "about:abort" or "about:timeout".
 */

export class QuotecheckError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = "QuotecheckError";
    this.status = problem.status || status;
    this.type = problem.type || "about:blank";
    this.title = problem.title || "";
    this.detail = problem.detail || "";
    this.field = problem.field;
    this.errors = problem.errors || [];
    this.retryAfter = problem.retryAfter;
    this.problem = problem;
  }
}

/** Seconds to wait from a Retry-After value (delay-seconds or an HTTP date), or undefined when unreadable. */
export function retryAfterSeconds(value, now = Date.now()) {
  if (value === null || value === undefined || String(value).trim() === "") return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

const DEFAULT_TIMEOUT_MS = 30000;
const DEFAULT_MAX_RETRY_WAIT_MS = 10000;

export function createClient({ baseUrl = "", apiKey, fetchImpl = globalThis.fetch, timeout = DEFAULT_TIMEOUT_MS,
  maxRetryWait = DEFAULT_MAX_RETRY_WAIT_MS } = {}) {
  const root = String(baseUrl).replace(/\/+$/, "");

  // One controller per call aborts the fetch (and a pending retry wait) when the caller's signal
  // fires or the timeout passes; `why` says which, so the error can tell them apart.
  async function call(method, path, body, { signal, timeout: ms = timeout } = {}) {
    const controller = new AbortController();
    let why = null;
    const stop = (reason) => { if (!why) { why = reason; controller.abort(); } };
    const onAbort = () => stop("abort");
    if (signal) {
      if (signal.aborted) stop("abort");
      else signal.addEventListener("abort", onAbort, { once: true });
    }
    const timer = ms > 0 ? setTimeout(() => stop("timeout"), ms) : null;
    try {
      let response = await send(method, path, body, controller.signal, () => why, ms);
      if (response.status === 429) {
        const wait = retryAfterSeconds(response.headers.get("Retry-After"));
        const waitMs = (wait ?? 1) * 1000;
        if (waitMs <= maxRetryWait) {
          await pause(waitMs, controller.signal);
          if (why) throw stopped(why, ms);
          response = await send(method, path, body, controller.signal, () => why, ms);
        }
      }
      return await read(response, () => why, ms);
    } finally {
      if (timer) clearTimeout(timer);
      if (signal) signal.removeEventListener("abort", onAbort);
    }
  }

  async function send(method, path, body, signal, why, ms) {
    const headers = { Accept: "application/json" };
    if (apiKey) headers["X-API-Key"] = apiKey;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    try {
      return await fetchImpl(root + path, { method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      if (why()) throw stopped(why(), ms);
      throw new QuotecheckError({ title: "Network error", detail: `quotecheck is not reachable: ${e.message}` }, 0);
    }
  }

  async function read(response, why, ms) {
    let text;
    try {
      text = await response.text();
    } catch (e) {
      if (why()) throw stopped(why(), ms);
      throw new QuotecheckError({ title: "Network error", detail: `the answer was cut short: ${e.message}` }, 0);
    }
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!response.ok) {
      const problem = json && typeof json === "object" ? json : { title: response.statusText, detail: text.slice(0, 300) };
      const retry = retryAfterSeconds(response.headers.get("Retry-After"));
      if (retry !== undefined) problem.retryAfter = retry;
      throw new QuotecheckError(problem, response.status);
    }
    return json;
  }

  function get(path, params, options) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== "") query.set(k, v);
    }
    const qs = query.toString();
    return call("GET", qs ? `${path}?${qs}` : path, undefined, options);
  }

  return {
    /** Every quote of a draft with its speaker and verification. */
    check(text, { publishedOn, ...options } = {}) {
      return call("POST", "/v1/check", publishedOn ? { text, publishedOn } : { text }, options);
    },
    /** A verdict on one claimed quote: { text, speaker?, date?, dateToleranceDays? }. */
    verify(claim, options) {
      return call("POST", "/v1/verify", claim, options);
    },
    /** Quotes matching words or a fragment, with optional filters { speaker, from, to, outlet, language, status, limit, cursor }. */
    search(q, filters = {}, options) {
      return get("/v1/quotes", { q, ...filters }, options);
    },
    /** One stored quote with every publication it appeared in. */
    quote(id, options) {
      return get(`/v1/quotes/${encodeURIComponent(id)}`, {}, options);
    },
    /** Whom a mention ("Putin", "the Turkish president") names on a date (default today). */
    resolveSpeaker(mention, { date, ...options } = {}) {
      return get("/v1/speakers/resolve", { mention, date }, options);
    },
    /** Fact-checks: { query, speaker, rating, status, languageCode, reviewPublisherSiteFilter, maxAgeDays, pageSize, pageToken }. */
    factChecks(filters = {}, options) {
      return get("/v1/factchecks", filters, options);
    },
  };
}

function stopped(why, ms) {
  return why === "timeout"
    ? new QuotecheckError({ type: "about:timeout", title: "Timeout", detail: `quotecheck did not answer within ${ms} ms` }, 0)
    : new QuotecheckError({ type: "about:abort", title: "Aborted", detail: "the request was cancelled" }, 0);
}

function pause(ms, signal) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

/** One-call helpers taking the options each time: check(text, { baseUrl, apiKey, publishedOn, signal, timeout }). */
export const check = (text, options = {}) => createClient(options).check(text, options);
export const verify = (claim, options = {}) => createClient(options).verify(claim, options);
export const search = (q, options = {}) => createClient(options).search(q, options.filters || {}, options);
