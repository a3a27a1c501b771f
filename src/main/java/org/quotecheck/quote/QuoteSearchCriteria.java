package org.quotecheck.quote;

import java.time.LocalDate;
import org.quotecheck.common.PageCursor;
import org.quotecheck.common.QueryParams;
import org.quotecheck.error.ApiException;

/** The parsed filters of a quote search. */
public record QuoteSearchCriteria(String q, String speaker, LocalDate from, LocalDate to, String outlet, String language,
        QuoteStatus status, int limit, PageCursor cursor) {

    public static QuoteSearchCriteria parse(String q, String speaker, String from, String to, String outlet, String language,
            String status, String limit, String cursor) {
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ApiException.invalidParameter("to", "to must not be before from");
        }
        return new QuoteSearchCriteria(QueryParams.text("q", q, 5000), QueryParams.text("speaker", speaker, 300), fromDate, toDate,
                QueryParams.text("outlet", outlet, 200), QueryParams.text("language", language, 35),
                QueryParams.enumValue("status", status, QuoteStatus.class), QueryParams.limit(limit), PageCursor.decode(cursor));
    }
}
