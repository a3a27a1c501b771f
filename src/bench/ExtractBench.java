import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.quotecheck.extract.engine.QuoteExtractor;

/**
 * Articles per second of the extraction engine alone, on one thread (so one core), by the wall clock and
 * by the thread's CPU time:
 *   src/bench/extract-bench.sh [ARTICLES_DIR] [SECONDS]
 */
public class ExtractBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/articles");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(p));
            }
        }
        long chars = articles.stream().mapToLong(String::length).sum();
        QuoteExtractor extractor = new QuoteExtractor();
        long sink = 0;
        long warmupEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            for (String a : articles) {
                sink += extractor.extract(a).quotes().size();
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long done = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            for (String a : articles) {
                sink += extractor.extract(a).quotes().size();
                done++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d articles (%d chars on average) in %.1f s on one thread: %.0f articles/s, %.2f ms per article (%d)%n",
                done, chars / articles.size(), elapsed, done / elapsed, elapsed * 1000 / done, sink % 10);
        // on a shared, busy machine the wall clock counts other processes' time too; the thread's CPU time does not
        System.out.printf("CPU time of the thread: %.1f s, %.0f articles per CPU-second%n", cpu, done / cpu);
    }
}
