#!/usr/bin/env bash
# The scale benchmark (not a test), one command, one table: N quotes (default 1,000,000) generated
# and imported through POST /v1/imports into a fresh database, next to COPY of the same rows (the
# ceiling); then, on the packaged app over that data: /v1/verify and /v1/quotes?q= latency from one
# client, /v1/verify throughput at 32 connections, /v1/extract articles/s, start-up and memory.
#   mvn -DskipTests package && src/bench/scale-bench.sh        # N=100000 src/bench/scale-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export N=${N:-1000000}
KEY=qc_bench_admin_key_0123456789abcdefghijkl
PORT=${PORT:-18083}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
echo "== PostgreSQL: $(psql -h 127.0.0.1 -U postgres -X -tAc "select version()" | cut -d' ' -f1-2), shared_buffers $(psql -h 127.0.0.1 -U postgres -X -tAc "show shared_buffers"), $(nproc) cores =="
echo "== import of $N quotes =="
KEEP_APP=1 src/bench/import-bench.sh | tee /tmp/quotecheck-import-bench.txt
samples=$(mktemp)
psql -h 127.0.0.1 -U postgres -X -q -d quotecheck_import_api -tA -F $'\t' \
  -c "select s.name, q.text, q.id from quote q tablesample system (1) join speaker s on s.id = q.speaker_id limit 500" > "$samples"
# the first minutes after a bulk load belong to autovacuum; measure the settled store
psql -h 127.0.0.1 -U postgres -X -q -d quotecheck_import_api -c "vacuum analyze"
echo "== single-client latency (ms) =="
java -XX:+UseSerialGC -Xmx256m src/bench/VerifyBench.java "http://127.0.0.1:$PORT" "$KEY" "$samples" 1000
echo "== /v1/verify at 32 connections, 30 s, and the same statements from bare JDBC (the database ceiling) =="
QUOTECHECK_KEY=$KEY QUOTECHECK_SAMPLES=$samples wrk -t2 -c32 -d10s -s src/bench/verify.lua "http://127.0.0.1:$PORT" > /dev/null   # warm-up
# (not tee /dev/stderr: with the output redirected to a file, that reopens and truncates it)
verify_line=$(QUOTECHECK_KEY=$KEY QUOTECHECK_SAMPLES=$samples wrk -t2 -c32 -d30s -s src/bench/verify.lua "http://127.0.0.1:$PORT" | tail -1)
echo "$verify_line"
verify_rate=$(echo "$verify_line" | sed 's/.*: \([0-9]*\) req.*/\1/')
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt > /dev/null 2>&1
cp=$(cat target/bench-classpath.txt)
rm -f /tmp/quotecheck-ceiling-*.txt
# 32: as many clients as the verify run; 10: the service's own pool; 2: one per core
for connections in 32 10 2; do
  java -cp "target/classes:$cp" src/bench/SqlCeiling.java "jdbc:postgresql://127.0.0.1:5432/quotecheck_import_api?user=postgres&password=postgres" \
    "$samples" $connections 30 2>/dev/null | tee /tmp/quotecheck-ceiling-$connections.txt
done
# the database's ceiling is its best throughput (on few cores, with fewer connections than clients);
# the ratio against the same 32 connections is printed beside it
ceiling=$(cat /tmp/quotecheck-ceiling-*.txt | sed 's/.*: \([0-9]*\) claims.*/\1/' | sort -n | tail -1)
same=$(sed 's/.*: \([0-9]*\) claims.*/\1/' /tmp/quotecheck-ceiling-32.txt)
printf 'verify throughput at 32 connections / bare-SQL ceiling (best, %s claims/s): %.2f; / bare SQL at 32 connections (%s claims/s): %.2f\n' \
  "$ceiling" "$(echo "$verify_rate / $ceiling" | bc -l)" "$same" "$(echo "$verify_rate / $same" | bc -l)"
echo "== service =="
pid=$(pgrep -f "quarkus-run.jar" | head -1)
echo "resident memory: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
kill "$pid"
rm -f "$samples"
echo "== extraction engine =="
src/bench/extract-bench.sh ../shared/eval/articles 5 | tail -1
