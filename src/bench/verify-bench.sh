#!/usr/bin/env bash
# Verification benchmark (not a test): N synthetic quotes (default 1,000,000) in the database
# quotecheck_bench of the PostgreSQL at 127.0.0.1:5432, the packaged app on it, then single-client
# /v1/verify latency by claim type and EXPLAIN ANALYZE of the candidate query.
#   mvn -DskipTests package && src/bench/verify-bench.sh        # N=100000 src/bench/verify-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-1000000}
DB=${DB:-quotecheck_bench}
PORT=${PORT:-18081}
KEY=qc_bench_admin_key_0123456789abcdefghijkl
PSQL="psql -h 127.0.0.1 -U postgres -X -q"
[ -f /usr/share/dict/american-english ] || { apt-get update -qq && apt-get install -y -qq wamerican; }
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -DskipTests package
$PSQL -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 || $PSQL -d postgres -c "create database $DB"

log=$(mktemp)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  QUOTECHECK_ADMIN_KEY=$KEY QUOTECHECK_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
  java -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -f "$log" "${samples:-}"' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { cat "$log"; exit 1; }

have=$($PSQL -d "$DB" -tAc "select count(*) from quote where id > 10000000")
if [ "$have" -lt "$N" ]; then
  echo "loading $((N - have)) synthetic quotes…"
  start=$(date +%s)
  $PSQL -d "$DB" -f src/bench/synthetic-quotes.sql
  python3 src/bench/synthetic_quotes.py $((N - have)) "$have" | $PSQL -d "$DB" -c "\\copy quote (id, text, normalized_text, language, speaker_id, said_on, status) from stdin"
  echo "copied in $(( $(date +%s) - start )) s; building indexes…"
  $PSQL -d "$DB" -f src/bench/synthetic-quotes-index.sql
  echo "loaded in $(( $(date +%s) - start )) s"
fi
echo "quotes stored: $($PSQL -d "$DB" -tAc 'select count(*) from quote')"

samples=$(mktemp)
$PSQL -d "$DB" -tA -F $'\t' -c "select s.name, q.text from quote q tablesample system (0.1) join speaker s on s.id = q.speaker_id where q.id > 10000000 limit 500" > "$samples"
java src/bench/VerifyBench.java "http://127.0.0.1:$PORT" "$KEY" "$samples" "${REQUESTS:-300}"

claim=$(head -1 "$samples" | cut -f2)
altered=$(echo "$claim" | awk '{ $2 = "zebra"; print }')
for c in "$claim" "$altered" "quixotic zebras juggle marmalade across seventeen velvet harbors tonight"; do
  echo; echo "EXPLAIN ANALYZE, candidates for: ${c:0:60}…"
  # the statement VerifyService runs (speaker part left out), with the common shingles read from pg_stats as the service does
  $PSQL -d "$DB" -c "explain (analyze, buffers off, costs off, timing on, summary on)
    with common as (select coalesce((select array_agg(e) from (select unnest(most_common_elems::text::bigint[]) e,
                       unnest(most_common_elem_freqs[1:array_length(most_common_elems::text::bigint[], 1)]) f
                       from pg_stats where tablename = 'quote' and attname = 'shingles') x where f > 0.0002), '{}') as a),
    c as (select f_shingles('$c') as s),
    r as (select coalesce(nullif(array(select unnest(c.s) except select unnest(common.a)), '{}'), c.s) as s from c, common)
    (select q.id from quote q where q.text_hash = f_text_hash('$c') and q.status <> 'retracted' limit 20)
    union (select x.id from (select q.id, q.shingles from quote q, r where q.shingles && r.s and q.status <> 'retracted' limit 1000) x, c
           order by cardinality(array(select unnest(x.shingles) intersect select unnest(c.s))) desc, x.id limit 15)" \
    | grep -E "Index Scan|Bitmap|Execution|Planning|Heap|Limit" | grep -v "Index Cond"
done
