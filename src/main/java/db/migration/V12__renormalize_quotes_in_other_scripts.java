package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.quotecheck.text.TextNormalizer;

/**
 * The normaliser learnt every script (V11's release): vowel signs of Indic and South-East Asian
 * scripts are kept, the Arabic tatweel dropped, digits of any script read as ASCII, letters outside
 * the Basic Multilingual Plane kept. Quotes stored before hold the old matching form, so a claim
 * would no longer meet them: this recomputes it for every quote with a non-ASCII character (only
 * those can change), in batches, leaving a quote as it was where the new form would make it a
 * duplicate of another quote of the same speaker. The change feed's trigger gives each changed row
 * a new change number, so every pod's candidate index follows.
 */
public class V12__renormalize_quotes_in_other_scripts extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        TextNormalizer normalizer = TextNormalizer.instance();
        long after = 0;
        while (true) {
            List<Long> ids = new ArrayList<>();
            List<String> fresh = new ArrayList<>();
            long last = after;
            try (PreparedStatement ps = c.prepareStatement("select id, text, normalized_text from quote where id > ? and text ~ '[^\\x01-\\x7F]'"
                    + " order by id limit " + BATCH)) {
                ps.setLong(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong("id");
                        String key = normalizer.key(rs.getString("text"));
                        if (!key.isEmpty() && !key.equals(rs.getString("normalized_text"))) {
                            ids.add(last);
                            fresh.add(key);
                        }
                    }
                }
            }
            if (last == after) {
                return;
            }
            try (PreparedStatement update = c.prepareStatement("update quote q set normalized_text = ? where q.id = ?"
                    + " and not exists (select 1 from quote x where x.speaker_id = q.speaker_id and x.text_hash = f_text_hash(?) and x.id <> q.id)")) {
                for (int i = 0; i < ids.size(); i++) {
                    update.setString(1, fresh.get(i));
                    update.setLong(2, ids.get(i));
                    update.setString(3, fresh.get(i));
                    update.addBatch();
                }
                update.executeBatch();
            }
            after = last;
        }
    }
}
