// The plugin client module against a stub fetch: URLs of every read method, one retry on 429
// after Retry-After (seconds or HTTP date), the per-call timeout and AbortSignal.
// Run: node --test src/test/client/quotecheck-client.test.mjs   (PageResourceTest runs it)
import { test } from "node:test";
import assert from "node:assert/strict";
import { createClient, retryAfterSeconds, QuotecheckError } from "../../main/resources/META-INF/resources/client/quotecheck.js";

function answer(status, body, headers = {}) {
  return new Response(body === undefined ? "" : JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

/** A fetch that answers from a list and records each call. */
function scripted(...answers) {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    const next = answers.shift();
    return typeof next === "function" ? next(url, init) : next;
  };
  return { calls, fetchImpl };
}

/** A fetch that never answers until its signal aborts, like a stalled server. */
function stalled() {
  const calls = [];
  const fetchImpl = (url, init) => new Promise((resolve, reject) => {
    calls.push({ url, init });
    if (init.signal.aborted) reject(new DOMException("aborted", "AbortError"));
    init.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  });
  return { calls, fetchImpl };
}

const PAGE = { data: [], nextCursor: null, hasMore: false };

test("each read method calls its endpoint with the key and encoded parameters", async () => {
  const { calls, fetchImpl } = scripted(answer(200, { id: "qt_3" }), answer(200, { mention: "x" }), answer(200, { claims: [] }), answer(200, PAGE));
  const qc = createClient({ baseUrl: "https://qc.example/", apiKey: "qc_k", fetchImpl });
  assert.equal((await qc.quote("qt_3")).id, "qt_3");
  await qc.resolveSpeaker("the Russian president", { date: "2024-07-03" });
  await qc.factChecks({ query: "Putin China relations", rating: "ALTERED", pageToken: undefined });
  await qc.search("old friend", { speaker: "Xi", cursor: "c2" });
  assert.deepEqual(calls.map((c) => c.url), [
    "https://qc.example/v1/quotes/qt_3",
    "https://qc.example/v1/speakers/resolve?mention=the+Russian+president&date=2024-07-03",
    "https://qc.example/v1/factchecks?query=Putin+China+relations&rating=ALTERED",
    "https://qc.example/v1/quotes?q=old+friend&speaker=Xi&cursor=c2",
  ]);
  for (const c of calls) {
    assert.equal(c.init.method, "GET");
    assert.equal(c.init.headers["X-API-Key"], "qc_k");
  }
});

test("Retry-After is read as seconds or as an HTTP date", () => {
  const now = Date.parse("2024-07-03T10:00:00Z");
  assert.equal(retryAfterSeconds("7", now), 7);
  assert.equal(retryAfterSeconds("Wed, 03 Jul 2024 10:00:05 GMT", now), 5);
  assert.equal(retryAfterSeconds("Wed, 03 Jul 2024 09:00:00 GMT", now), 0);
  assert.equal(retryAfterSeconds("soon", now), undefined);
  assert.equal(retryAfterSeconds(null, now), undefined);
});

test("a 429 is retried once after Retry-After, then answers", async () => {
  const { calls, fetchImpl } = scripted(answer(429, { title: "Too many requests", status: 429 }, { "Retry-After": "0" }), answer(200, PAGE));
  const page = await createClient({ fetchImpl }).search("best period");
  assert.deepEqual(page, PAGE);
  assert.equal(calls.length, 2);
});

test("a 429 with an HTTP-date Retry-After is retried too", async () => {
  const past = new Date(Date.now() - 1000).toUTCString();
  const { calls, fetchImpl } = scripted(answer(429, { status: 429 }, { "Retry-After": past }), answer(200, { id: "qt_1" }));
  assert.equal((await createClient({ fetchImpl }).quote("qt_1")).id, "qt_1");
  assert.equal(calls.length, 2);
});

test("a second 429 is thrown, not retried again", async () => {
  const { calls, fetchImpl } = scripted(answer(429, { status: 429 }, { "Retry-After": "0" }), answer(429, { status: 429, detail: "slow down" }, { "Retry-After": "2" }));
  await assert.rejects(createClient({ fetchImpl }).quote("qt_1"), (e) => e instanceof QuotecheckError && e.status === 429 && e.retryAfter === 2);
  assert.equal(calls.length, 2);
});

test("a Retry-After longer than maxRetryWait is thrown at once with its wait", async () => {
  const { calls, fetchImpl } = scripted(answer(429, { status: 429 }, { "Retry-After": "3600" }));
  const started = Date.now();
  await assert.rejects(createClient({ fetchImpl }).quote("qt_1"), (e) => e.status === 429 && e.retryAfter === 3600);
  assert.equal(calls.length, 1);
  assert.ok(Date.now() - started < 1000);
});

test("the timeout stops a stalled call with a timeout error", async () => {
  const { fetchImpl } = stalled();
  const started = Date.now();
  await assert.rejects(createClient({ fetchImpl, timeout: 5000 }).verify({ text: "x" }, { timeout: 50 }),
    (e) => e instanceof QuotecheckError && e.type === "about:timeout" && e.status === 0);
  assert.ok(Date.now() - started < 2000);
});

test("the client's timeout applies when a call gives none", async () => {
  const { fetchImpl } = stalled();
  await assert.rejects(createClient({ fetchImpl, timeout: 30 }).check("text"), (e) => e.type === "about:timeout");
});

test("the caller's AbortSignal cancels a call in flight", async () => {
  const { calls, fetchImpl } = stalled();
  const controller = new AbortController();
  const pending = createClient({ fetchImpl }).factChecks({ query: "x" }, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(pending, (e) => e.type === "about:abort" && e.status === 0);
  assert.equal(calls[0].init.signal.aborted, true);
});

test("an already aborted signal never waits", async () => {
  const { fetchImpl } = stalled();
  await assert.rejects(createClient({ fetchImpl }).quote("qt_1", { signal: AbortSignal.abort() }), (e) => e.type === "about:abort");
});

test("aborting during the wait before a retry stops without a second request", async () => {
  const { calls, fetchImpl } = scripted(answer(429, { status: 429 }, { "Retry-After": "5" }), answer(200, PAGE));
  const controller = new AbortController();
  const pending = createClient({ fetchImpl }).search("x", {}, { signal: controller.signal });
  setTimeout(() => controller.abort(), 30);
  const started = Date.now();
  await assert.rejects(pending, (e) => e.type === "about:abort");
  assert.ok(Date.now() - started < 2000);
  assert.equal(calls.length, 1);
});

test("a problem body is thrown with its fields", async () => {
  const problem = { type: "https://quotecheck.dev/problems/validation-failed", title: "Request is not valid", status: 400,
    detail: "mention: must not be blank", field: "mention", errors: [{ field: "mention", detail: "must not be blank" }] };
  const { fetchImpl } = scripted(answer(400, problem));
  await assert.rejects(createClient({ fetchImpl }).resolveSpeaker(""),
    (e) => e.status === 400 && e.field === "mention" && e.type === problem.type && e.errors.length === 1);
});
