/**
 * quotecheck client for newsroom plugins (CMS, browser extensions). An ES module, no dependencies.
 *
 *   import { createClient } from "https://quotecheck.example.org/client/quotecheck.js";
 *   const qc = createClient({ baseUrl: "https://quotecheck.example.org", apiKey: "qc_…" });
 *   const { quotes } = await qc.check(draftText, { publishedOn: "2024-07-03" });
 *   const verdict = await qc.verify({ text: "…", speaker: "Putin", date: "2024-07-03" });
 *   const page = await qc.search("old friend", { speaker: "Xi" });
 *
 * Failures are thrown as QuotecheckError objects carrying the API's problem fields
 * (type, title, status, detail, field, errors, retryAfter).
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
  }
}

export function createClient({ baseUrl = "", apiKey, fetchImpl = globalThis.fetch } = {}) {
  const root = String(baseUrl).replace(/\/+$/, "");

  async function call(method, path, body) {
    const headers = { Accept: "application/json" };
    if (apiKey) headers["X-API-Key"] = apiKey;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetchImpl(root + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new QuotecheckError({ title: "Network error", detail: `quotecheck is not reachable: ${e.message}` }, 0);
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!response.ok) {
      const problem = json && typeof json === "object" ? json : { title: response.statusText, detail: text.slice(0, 300) };
      const retry = response.headers.get("Retry-After");
      if (retry) problem.retryAfter = Number(retry);
      throw new QuotecheckError(problem, response.status);
    }
    return json;
  }

  return {
    /** Every quote of a draft with its speaker and verification. */
    check(text, { publishedOn } = {}) {
      return call("POST", "/v1/check", publishedOn ? { text, publishedOn } : { text });
    },
    /** A verdict on one claimed quote: { text, speaker?, date?, dateToleranceDays? }. */
    verify(claim) {
      return call("POST", "/v1/verify", claim);
    },
    /** Quotes matching words or a fragment, with optional filters { speaker, from, to, outlet, language, limit, cursor }. */
    search(q, filters = {}) {
      const params = new URLSearchParams();
      if (q) params.set("q", q);
      for (const [k, v] of Object.entries(filters)) {
        if (v !== undefined && v !== null && v !== "") params.set(k, v);
      }
      return call("GET", `/v1/quotes?${params}`);
    },
  };
}

/** One-call helpers taking the options each time: check(text, { baseUrl, apiKey, publishedOn }). */
export const check = (text, options = {}) => createClient(options).check(text, options);
export const verify = (claim, options = {}) => createClient(options).verify(claim);
export const search = (q, options = {}) => createClient(options).search(q, options.filters || {});
