package org.quotecheck.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Offices held, read from the entities of a Wikidata JSON dump (one entity a line inside a JSON
 * array, as wikidata.org publishes it): each P39 "position held" statement with its P580 start and
 * P582 end, and the body it was held in from P642 "of" or P108 "employer". Titles and bodies are items;
 * their English labels come from the same file, since nothing is fetched.
 */
final class WikidataOffices {

    /** One office held by the person {@code person}, with item ids for the position and the body. */
    record Held(String person, String position, String body, LocalDate from, LocalDate to) {
    }

    private WikidataOffices() {
    }

    /** The entity's JSON on a dump line: null for the array's brackets and blank lines. */
    static String entityJson(String line) {
        String s = line.strip();
        if (s.endsWith(",")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() || s.equals("[") || s.equals("]") ? null : s;
    }

    static String id(JsonNode entity) {
        return entity.path("id").asText(null);
    }

    /** The English label, or any label when there is no English one. */
    static String label(JsonNode entity) {
        JsonNode labels = entity.path("labels");
        String en = labels.path("en").path("value").asText(null);
        if (en != null || !labels.isObject() || labels.isEmpty()) {
            return en;
        }
        return labels.elements().next().path("value").asText(null);
    }

    static List<Held> offices(JsonNode entity) {
        List<Held> held = new ArrayList<>();
        String person = id(entity);
        for (JsonNode statement : entity.path("claims").path("P39")) {
            if ("deprecated".equals(statement.path("rank").asText())) {
                continue;
            }
            String position = itemId(statement.path("mainsnak"));
            if (position == null) {
                continue;
            }
            JsonNode qualifiers = statement.path("qualifiers");
            String body = first(qualifiers.path("P642"), WikidataOffices::itemId);
            if (body == null) {
                body = first(qualifiers.path("P108"), WikidataOffices::itemId);
            }
            held.add(new Held(person, position, body, first(qualifiers.path("P580"), WikidataOffices::time), first(qualifiers.path("P582"), WikidataOffices::time)));
        }
        return held;
    }

    /** The first value a reader finds among a qualifier's snaks. */
    private static <T> T first(JsonNode snaks, java.util.function.Function<JsonNode, T> reader) {
        for (JsonNode snak : snaks) {
            T value = reader.apply(snak);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String itemId(JsonNode snak) {
        JsonNode value = snak.path("datavalue").path("value");
        return value.path("id").asText(null);
    }

    /** "+2012-05-07T00:00:00Z"; a month or year precision writes zeros for the day and month, read as the first. */
    static LocalDate time(JsonNode snak) {
        String time = snak.path("datavalue").path("value").path("time").asText(null);
        if (time == null || !time.startsWith("+") || time.length() < 11) {
            return null;
        }
        try {
            int year = Integer.parseInt(time.substring(1, time.indexOf('-', 1)));
            String rest = time.substring(time.indexOf('-', 1) + 1);
            int month = Math.max(1, Integer.parseInt(rest.substring(0, 2)));
            int day = Math.max(1, Integer.parseInt(rest.substring(3, 5)));
            return year < 1000 || year > 2999 ? null : LocalDate.of(year, month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
