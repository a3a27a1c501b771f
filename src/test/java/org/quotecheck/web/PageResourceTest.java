package org.quotecheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.Fixtures;

/** The newsroom page and the plugin client module, served without a key; and the page driven in headless Chromium. */
@QuarkusTest
class PageResourceTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldServeThePageAndTheClientModuleWithoutAKey() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("id=\"draft\"")).body(containsString("Who said it?")).body(containsString("/app.js"));
        given().get("/client/quotecheck.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("export function createClient")).body(containsString("check(text"))
                .body(containsString("verify(claim, options)")).body(containsString("search(q"));
        given().get("/app.css").then().statusCode(200);
    }

    @Test
    void shouldOfferEveryReadMethodAPluginNeedsWithTimeoutAbortAndRetry() {
        given().get("/client/quotecheck.js").then().statusCode(200)
                .body(containsString("quote(id, options)")).body(containsString("\"/v1/speakers/resolve\", { mention, date }"))
                .body(containsString("factChecks(filters = {}, options)")).body(containsString("\"/v1/factchecks\""))
                .body(containsString("signal")).body(containsString("timeout")).body(containsString("Retry-After"));
    }

    @Test
    void shouldServeTheClientsTypeDeclarationsBesideIt() {
        given().get("/client/quotecheck.d.ts").then().statusCode(200)
                .contentType(startsWith("application/typescript"))
                .header("Cache-Control", containsString("no-cache"))
                .body(containsString("export declare function createClient(options?: ClientOptions): QuotecheckClient;"))
                .body(containsString("check(text: string, options?: CallOptions & { publishedOn?: string }): Promise<CheckResponse>;"))
                .body(containsString("verify(claim: Claim, options?: CallOptions): Promise<VerifyResponse>;"))
                .body(containsString("search(q: string, filters?: QuoteFilters, options?: CallOptions): Promise<QuotePage>;"))
                .body(containsString("quote(id: string, options?: CallOptions): Promise<QuoteResponse>;"))
                .body(containsString("resolveSpeaker(mention: string, options?: CallOptions & { date?: string }): Promise<SpeakerResolution>;"))
                .body(containsString("factChecks(filters?: FactCheckFilters, options?: CallOptions): Promise<FactCheckPage>;"))
                .body(containsString("export interface CallOptions { signal?: AbortSignal; timeout?: number; }"))
                .body(containsString("nextCursor: string | null"));
    }

    @Test
    void shouldOfferCitationsRecordLinksNewTabSourcesAndPagingOnThePage() {
        given().get("/").then().statusCode(200).body(containsString("id=\"more\""));
        given().get("/app.js").then().statusCode(200)
                .body(containsString("Copy citation")).body(containsString("navigator.clipboard.writeText"))
                .body(containsString("target: \"_blank\", rel: \"noopener noreferrer\""))
                .body(containsString("/v1/quotes/${encodeURIComponent(id)}")).body(containsString("cursor: cursor || undefined"))
                .body(containsString("page.nextCursor"));
    }

    @Test
    void shouldKeepScriptAndStyleOutOfThePageBecauseItsPolicyAllowsOnlyFiles() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        assertFalse(page.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline <script> would be blocked by script-src 'self'");
        assertFalse(page.contains("<style") || page.contains(" style=") || page.matches("(?s).*\\son[a-z]+=.*"),
                "inline style or event handler attributes would be blocked by the page's Content-Security-Policy");
        String script = given().get("/app.js").then().statusCode(200).extract().asString();
        assertFalse(script.contains(".style") || script.contains("innerHTML") || script.contains("eval("),
                "app.js sets no inline styles and builds no markup from strings");
    }

    @Test
    void shouldLetTheBrowserSetTheDirectionOfQuoteTextFromItsScript() {
        String script = given().get("/app.js").then().statusCode(200).extract().asString();
        assertTrue(script.contains("dir: \"auto\", lang: q.language"), "quote text carries dir=auto and its language");
        String page = given().get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"result\" class=\"result\" dir=\"auto\"") && page.contains("id=\"draft\" dir=\"auto\""),
                "the draft and the checked text take their direction from their script");
    }

    @Test
    void shouldRetryTimeOutAndAbortInThePluginClientAgainstAStubFetch() throws Exception {
        Assumptions.assumeTrue(onPath("node"), "CLIENT MODULE TEST SKIPPED: needs node (20 or later) on PATH for node --test");
        String output = runNode(60, "--test", "src/test/client/quotecheck-client.test.mjs");
        assertTrue(output.contains("# fail 0") && !output.contains("# pass 0"), output);
    }

    @Test
    void shouldHighlightVerdictsAndFindSpeakersWhenDrivenInHeadlessChromium() throws Exception {
        Path modules = Path.of("target", "e2e", "node_modules", "playwright-core");
        Assumptions.assumeTrue(new File("/usr/bin/chromium").canExecute() && Files.isDirectory(modules) && onPath("node"),
                "BROWSER TEST SKIPPED: needs /usr/bin/chromium, node and target/e2e/node_modules/playwright-core (.ci/run installs them)");
        // quotes in Arabic and Russian for the script checks (searched for by their words)
        for (String[] q : new String[][] {{"سنبني ثلاثة مستشفيات جديدة في الجنوب هذا العام.", "ar"}, {"Мы готовы к переговорам, но не примем никаких ультиматумов.", "ru"}}) {
            java.util.Map<String, Object> quote = new java.util.HashMap<>(Fixtures.quote(q[0], "Page Scripts " + q[1], Fixtures.uniqueUrl()));
            quote.put("language", q[1]);
            int status = Fixtures.post("/v1/quotes", quote).extract().statusCode();
            assertTrue(status == 201 || status == 200, "stored " + q[1] + ": " + status);
        }
        String base = root.toString().replaceAll("/$", "");
        runNode(120, "src/test/e2e/page-check.mjs", base, Fixtures.ADMIN_KEY, Path.of("target", "e2e").toString());
    }

    /** Runs node with these arguments, prints what it wrote and fails unless it exits 0 in time. */
    private static String runNode(int seconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("node-", ".log");
        // to a file, not a pipe: a full pipe would stall node until the timeout
        Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = node.waitFor(seconds, TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        Files.delete(log);
        System.out.println(output);
        assertEquals(0, finished ? node.exitValue() : -1, output);
        return output;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, command).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
