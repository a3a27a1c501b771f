package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 405 names the methods the resource has in Allow, and OPTIONS lists exactly those. */
@QuarkusTest
class AllowedMethodsTest {

    private static Set<String> methods(String allow) {
        if (allow == null) {
            return Set.of();
        }
        return Arrays.stream(allow.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "/v1/verify; GET; OPTIONS,POST",
            "/v1/verify/batch; DELETE; OPTIONS,POST",
            "/v1/sources; DELETE; GET,HEAD,OPTIONS,POST",
            "/v1/sources/src_1; PUT; GET,HEAD,OPTIONS",
            "/v1/quotes/qt_1; POST; DELETE,GET,HEAD,OPTIONS,PUT",
            "/v1/quotes; PUT; GET,HEAD,OPTIONS,POST",
            "/v1/keys/key_1; GET; DELETE,OPTIONS",
            "/v1/extract; GET; OPTIONS,POST",
            "/v1/imports; DELETE; OPTIONS,POST"})
    void shouldListTheRealMethodsIn405AndOptions(String path, String wrongMethod, String allowed) {
        Set<String> expected = new TreeSet<>(Arrays.asList(allowed.split(",")));
        Response wrong = api().request(wrongMethod, path);
        assertProblem(wrong.then(), 405, "method-not-allowed");
        assertEquals(expected, methods(wrong.header("Allow")), "Allow on 405 for " + wrongMethod + " " + path);

        Response options = api().options(path);
        assertEquals(expected, methods(options.header("Allow")), "Allow on OPTIONS " + path + " (status " + options.statusCode() + ")");
    }
}
