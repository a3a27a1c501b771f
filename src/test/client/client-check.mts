// A client generated from the OpenAPI document (openapi-typescript types, openapi-fetch calls),
// type-checked by tsc and run against a live instance: what a plugin author gets from the contract.
// Usage: node client-check.mjs <baseUrl> <apiKey>; prints one line a check, exits 1 if any fails.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type Problem = components["schemas"]["Problem"];
// the two bits of Node used here, so the check needs no @types/node
declare const process: { argv: string[]; exit(code: number): never };

const [baseUrl, apiKey] = process.argv.slice(2);
const client = createClient<paths>({ baseUrl, headers: { "X-API-Key": apiKey } });
let failures = 0;

function check(ok: boolean, what: string, detail: unknown): void {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${ok ? "" : ": " + JSON.stringify(detail)}`);
  if (!ok) failures++;
}

// searchQuotes: limit is a number and status an enum in the generated types, not strings
const search = await client.GET("/v1/quotes", {
  params: { query: { q: "best period in history", speaker: "Putin", limit: 5, status: "unreviewed" } },
});
check(search.response.status === 200 && (search.data?.data?.length ?? 0) > 0, "searchQuotes finds Putin's words from the seed story", search.error ?? search.data);
check(Number(search.response.headers.get("RateLimit-Remaining")) >= 0, "searchQuotes answers with RateLimit-Remaining", search.response.headers.get("RateLimit-Remaining"));

// verifyClaim
const claim = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history";
const verdict = await client.POST("/v1/verify", { body: { text: claim, speaker: "Vladimir Putin", date: "2024-07-03" } });
check(verdict.response.status === 200 && verdict.data?.verdict === "VERIFIED", "verifyClaim: VERIFIED", verdict.error ?? verdict.data);

// a 400 comes back as a typed problem naming the field
const invalid = await client.POST("/v1/verify", { body: { text: "" } });
const problem: Problem | undefined = invalid.error;
check(invalid.response.status === 400 && problem?.type === "https://quotecheck.dev/problems/validation-failed" && problem?.field === "text",
  "verifyClaim with empty text: 400 validation-failed on text", problem);

// a call without a key: 401, a typed problem
const anonymous = createClient<paths>({ baseUrl });
const denied = await anonymous.GET("/v1/quotes", { params: { query: { q: "old friend" } } });
const unauthorized: Problem | undefined = denied.error;
check(denied.response.status === 401 && unauthorized?.type === "https://quotecheck.dev/problems/unauthorized",
  "searchQuotes without a key: 401 unauthorized", unauthorized);

process.exit(failures === 0 ? 0 : 1);
