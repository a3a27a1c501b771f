#!/usr/bin/env bash
# The scale benchmark (not a test), one command, one table: N quotes (default 1,000,000) of realistic
# English (src/bench/generate_quotes.py) generated and imported through POST /v1/imports into a fresh
# database, next to COPY of the same rows (the ceiling); then, on the packaged app over that data: a
# pod's start with the candidate index rebuilt from the table, /v1/verify recall and latency per claim
# type and /v1/quotes?q= latency from one client, /v1/verify throughput at 32 connections, /v1/extract
# articles/s, memory (resident, heap after a full collection, candidate index files).
#   mvn -DskipTests package && src/bench/scale-bench.sh        # N=100000 src/bench/scale-bench.sh
# REUSE_STORE=1 measures APP_JAR on the store the last run imported (no import), e.g. another build
# of the app on the same quotes; SKIP_COPY=1 and SKIP_CEILING=1 leave out the two database ceilings.
set -euo pipefail
cd "$(dirname "$0")/../.."
export N=${N:-1000000}
KEY=qc_bench_admin_key_0123456789abcdefghijkl
# the databases BENCH_DB_api and BENCH_DB_copy are dropped and created: give each machine user its own
export BENCH_DB=${BENCH_DB:-quotecheck_import}
export PORT=${PORT:-18083}
export APP_JAR=${APP_JAR:-target/quarkus-app/quarkus-run.jar}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
echo "== PostgreSQL: $(psql -h 127.0.0.1 -U postgres -X -tAc "select version()" | cut -d' ' -f1-2), shared_buffers $(psql -h 127.0.0.1 -U postgres -X -tAc "show shared_buffers"), $(nproc) cores; app $APP_JAR =="
if [ -z "${REUSE_STORE:-}" ]; then
  echo "== import of $N quotes =="
  KEEP_APP=1 src/bench/import-bench.sh | tee target/import-bench.txt
else
  echo "== start on the stored quotes =="
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB}_api" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUOTECHECK_ADMIN_KEY=$KEY QUOTECHECK_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
    QUARKUS_LOG_CATEGORY__ORG_QUOTECHECK_VERIFY__LEVEL=INFO java -jar "$APP_JAR" > target/bench-app.log 2>&1 &
  echo $! > target/bench-app.pid
  t0=$(date +%s.%N)
  for _ in $(seq 1 2400); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.25; done
  echo "start-up (to ready, candidate index rebuilt from the table): $(echo "$(date +%s.%N) - $t0" | bc) s"
  grep -o 'Candidate index loaded.*' target/bench-app.log || true
fi
pid=$(cat target/bench-app.pid)
trap 'kill "$pid" 2>/dev/null || true' EXIT
quotes=$(psql -h 127.0.0.1 -U postgres -X -d ${BENCH_DB}_api -tAc "select count(*) from quote")
samples=$(mktemp)
psql -h 127.0.0.1 -U postgres -X -q -d ${BENCH_DB}_api -tA -F $'\t' \
  -c "select s.name, q.text, q.id from quote q tablesample bernoulli ($(echo "scale=4; if ($quotes < 600000) 100 else 600000 / $quotes" | bc)) repeatable (7)
      join speaker s on s.id = q.speaker_id limit 5000" > "$samples"
# the first minutes after a bulk load belong to autovacuum; measure the settled store
psql -h 127.0.0.1 -U postgres -X -q -d ${BENCH_DB}_api -c "vacuum analyze"
echo "== single-client latency (ms) and recall, $quotes quotes =="
java -XX:+UseSerialGC -Xmx256m src/bench/VerifyBench.java "http://127.0.0.1:$PORT" "$KEY" "$samples" "${REQUESTS:-1000}" target/bench-common-words.txt
echo "== /v1/verify at 32 connections, 30 s =="
QUOTECHECK_KEY=$KEY QUOTECHECK_SAMPLES=$samples wrk -t2 -c32 -d10s -s src/bench/verify.lua "http://127.0.0.1:$PORT" > /dev/null   # warm-up
# (not tee /dev/stderr: with the output redirected to a file, that reopens and truncates it)
verify_line=$(QUOTECHECK_KEY=$KEY QUOTECHECK_SAMPLES=$samples wrk -t2 -c32 -d30s -s src/bench/verify.lua "http://127.0.0.1:$PORT" | tail -1)
echo "$verify_line"
verify_rate=$(echo "$verify_line" | sed 's/.*: \([0-9]*\) req.*/\1/')
if [ -z "${SKIP_CEILING:-}" ]; then
  echo "== the same statements from bare JDBC (the database ceiling) =="
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt > /dev/null 2>&1
  cp=$(cat target/bench-classpath.txt)
  rm -f target/ceiling-*.txt
  # 32: as many clients as the verify run; 10: the service's own pool; 2: one per core
  for connections in 32 10 2; do
    java -cp "target/classes:$cp" src/bench/SqlCeiling.java "jdbc:postgresql://127.0.0.1:5432/${BENCH_DB}_api?user=postgres&password=postgres" \
      "$samples" $connections 30 2>/dev/null | tee target/ceiling-$connections.txt
  done
  # the database's ceiling is its best throughput (on few cores, with fewer connections than clients);
  # the ratio against the same 32 connections is printed beside it
  ceiling=$(cat target/ceiling-*.txt | sed 's/.*: \([0-9]*\) claims.*/\1/' | sort -n | tail -1)
  same=$(sed 's/.*: \([0-9]*\) claims.*/\1/' target/ceiling-32.txt)
  printf 'verify throughput at 32 connections / bare-SQL ceiling (best, %s claims/s): %.2f; / bare SQL at 32 connections (%s claims/s): %.2f\n' \
    "$ceiling" "$(echo "$verify_rate / $ceiling" | bc -l)" "$same" "$(echo "$verify_rate / $same" | bc -l)"
fi
echo "== service =="
echo "resident memory: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
jcmd "$pid" GC.run > /dev/null
heap=$(jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
echo "heap used after a full collection: $(( heap / 1024 )) MiB, $(( heap * 1024 / quotes )) bytes per quote"
bytes=$(grep -o '[0-9]* bytes of index files' target/bench-app.log | tail -1 | cut -d' ' -f1 || true)
if [ -n "$bytes" ]; then
  echo "candidate index files (off the heap, in the page cache): $(( bytes / 1048576 )) MiB, $(( bytes / quotes )) bytes per quote"
fi
kill "$pid"
rm -f "$samples"
if [ -z "${SKIP_EXTRACT:-}" ]; then
  echo "== extraction engine =="
  src/bench/extract-bench.sh ../shared/eval/articles 5 | tail -1
fi
