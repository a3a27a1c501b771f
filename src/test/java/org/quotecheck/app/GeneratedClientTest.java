package org.quotecheck.app;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.Fixtures;

/**
 * Generates a TypeScript client from the served OpenAPI document (openapi-typescript), type-checks
 * a small program that uses it (tsc) and runs it against this instance with openapi-fetch: search,
 * verify, a 400 problem and a 401 (src/test/client/client-check.mts).
 */
@QuarkusTest
class GeneratedClientTest {

    static final Path TOOLS = Path.of("target", "client-check");

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldSearchVerifyAndReadProblemsThroughAClientGeneratedFromTheDocument() throws Exception {
        Path modules = TOOLS.resolve("node_modules");
        Assumptions.assumeTrue(onPath("node") && List.of("openapi-typescript", "openapi-fetch", "typescript").stream()
                        .allMatch(m -> Files.isDirectory(modules.resolve(m))),
                "GENERATED-CLIENT TEST SKIPPED: needs node and target/client-check/node_modules with openapi-typescript, openapi-fetch "
                        + "and typescript (.ci/run installs them)");
        Path work = TOOLS.resolve("src");
        Files.createDirectories(work);
        Files.writeString(work.resolve("openapi.json"), given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        for (String file : List.of("client-check.mts", "tsconfig.json")) {
            Files.copy(Path.of("src", "test", "client", file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        run("node", modules.resolve("openapi-typescript/bin/cli.js").toString(), work.resolve("openapi.json").toString(), "-o",
                work.resolve("schema.d.ts").toString());
        run("node", modules.resolve("typescript/bin/tsc").toString(), "-p", work.resolve("tsconfig.json").toString());
        run("node", work.resolve("out/client-check.mjs").toString(), root.toString().replaceAll("/$", ""), Fixtures.ADMIN_KEY);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        // node resolves openapi-fetch from target/client-check/node_modules, above the generated files
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes());
        System.out.println(String.join(" ", command) + "\n" + output);
        assertEquals(0, finished ? process.exitValue() : -1, String.join(" ", command) + "\n" + output);
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
