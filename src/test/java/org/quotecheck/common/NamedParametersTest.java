package org.quotecheck.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void shouldTurnNamedParametersIntoPositionalOnesWhenSqlRunsOnTheReplica() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("n", "best period");
        params.put("ids", List.of(1L, 2L, 3L));
        params.put("common", new Long[] {7L});
        List<Object> values = new ArrayList<>();
        String sql = NamedParameters.positional("select ':x' from q where a = :n and id in (:ids) and s && cast(:common as bigint[])"
                + " and t = x::text and b = :n", params, values);
        assertEquals("select ':x' from q where a = ? and id in (?, ?, ?) and s && cast(? as bigint[]) and t = x::text and b = ?", sql);
        assertEquals(6, values.size());
        assertEquals("best period", values.get(0));
        assertEquals(3L, values.get(3));
        assertThrows(IllegalArgumentException.class, () -> NamedParameters.positional("select :missing", Map.of(), new ArrayList<>()));
    }
}
