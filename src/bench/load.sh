#!/usr/bin/env bash
# Load benchmark (not a test): starts the packaged app on a fresh embedded database with the demo
# data, then runs wrk for DURATION (default 60s) at CONNECTIONS (default 64) with mixed searches,
# reads and writes, and prints throughput, p50/p99 and the error count.
#   mvn -DskipTests package && src/bench/load.sh            # or DURATION=15s src/bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18080}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -DskipTests package

data=$(mktemp -d target/bench-data.XXXX)
QUOTECHECK_EMBEDDED_DATA_DIR="$PWD/$data/pgdata" QUOTECHECK_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_LOG_LEVEL=WARN java -jar target/quarkus-app/quarkus-run.jar > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { cat "$data/app.log"; exit 1; }
echo "warm-up (10 s)…"
wrk -t2 -c"$CONNECTIONS" -d10s -s src/bench/load.lua "http://127.0.0.1:$PORT" >/dev/null
echo "measuring: $DURATION at $CONNECTIONS connections, 50% search / 20% speaker filter / 20% speaker search / 10% writes"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s src/bench/load.lua "http://127.0.0.1:$PORT"
echo "resident memory of the service: $(( $(ps -o rss= -p $app) / 1024 )) MiB"
