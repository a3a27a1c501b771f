#!/usr/bin/env bash
# Extraction engine benchmark (not a test): articles per second on one thread over the evaluation
# articles (or any folder of .txt files).   src/bench/extract-bench.sh [DIR] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d target/classes/org/quotecheck/extract ] || mvn -B -q -DskipTests compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=icu4j)
taskset -c 0 java -XX:ActiveProcessorCount=1 -cp "target/classes:$cp" src/bench/ExtractBench.java "${1:-../shared/eval/articles}" "${2:-10}"
