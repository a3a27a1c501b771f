import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.quotecheck.common.NamedParameters;
import org.quotecheck.text.TextNormalizer;
import org.quotecheck.verify.CandidateQuery;
import org.quotecheck.verify.engine.CandidateIndex;

/**
 * The database ceiling of /v1/verify (not a test): the one statement verify runs for a claim (the
 * candidate statement built by the app's own CandidateQuery with the ids the app's CandidateIndex
 * names, computed before timing from an index loaded here; the claimed speaker's look-up is cached
 * by the service, so it is not part of a verify in steady state),
 * from plain JDBC on N connections, with the same claims as src/bench/verify.lua (exact quotes and
 * 8-word fragments, with their speaker).
 *   java -cp target/classes:<postgresql.jar>:<icu4j.jar> src/bench/SqlCeiling.java JDBC_URL SAMPLES [connections] [seconds]
 */
public class SqlCeiling {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        List<String[]> samples = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] parts = line.split("\t", 3);
            if (parts.length >= 2) {
                samples.add(parts);
            }
        }
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        List<Object[]> claims = new ArrayList<>(); // {normalized, alias key, candidates found}
        CandidateIndex index = new CandidateIndex();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false); // a cursor: the rows are streamed
            CandidateQuery.loadInto(index, c, "");
            c.commit();
            index.finishLoad();
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("select speaker_id from speaker_alias where alias_key = ?")) {
                for (int i = 0; i < samples.size() * 2; i++) {
                    String[] sample = samples.get(i % samples.size());
                    String text = sample[1];
                    if (i % 2 == 1) {
                        String[] words = text.split(" ");
                        text = String.join(" ", Arrays.copyOfRange(words, 0, Math.min(words.length, 8)));
                    }
                    List<Long> ids = new ArrayList<>();
                    ps.setString(1, TextNormalizer.instance().key(sample[0]));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    String normalized = TextNormalizer.instance().key(text);
                    CandidateIndex.Found found = index.find(Arrays.asList(normalized.split(" ")), ids);
                    claims.add(new Object[] {normalized, TextNormalizer.instance().key(sample[0]), found});
                }
            }
        }
        AtomicLong done = new AtomicLong();
        long[] deadline = {0};
        List<Thread> threads = new ArrayList<>();
        List<long[]> latencies = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int offset = t * 7919;
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url)) {
                    // autocommit, as the service runs it (a verify opens no transaction): a commit after
                    // each statement would add a round trip the service never makes
                    int n = 0;
                    for (int i = offset; System.nanoTime() < deadline[0]; i++) {
                        Object[] claim = claims.get(i % claims.size());
                        long start = System.nanoTime();
                        run(c, (String) claim[0], (CandidateIndex.Found) claim[2]);
                        if (n < mine.length) {
                            mine[n++] = System.nanoTime() - start;
                        }
                        done.incrementAndGet();
                    }
                    mine[mine.length - 1] = n;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            threads.add(thread);
        }
        deadline[0] = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> all = new ArrayList<>();
        for (long[] mine : latencies) {
            for (int k = 0; k < mine[mine.length - 1]; k++) {
                all.add(mine[k]);
            }
        }
        all.sort(null);
        System.out.printf("bare SQL of verify (the candidate statement) at %d connections: %.0f claims/s (p50 %.1f ms, p99 %.1f ms)%n", connections,
                done.get() / elapsed, all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6);
    }

    private static void run(Connection c, String normalized, CandidateIndex.Found candidates) throws Exception {
        CandidateQuery.Statement statement = CandidateQuery.fetch(normalized, candidates);
        NamedParameters.query(c, statement.sql(), statement.params());
    }
}
