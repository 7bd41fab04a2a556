#!/usr/bin/env bash
# Issue 17's restart benchmark, on demand: enrich's ready time on its kept corpus index beside a
# full replay of the same enriched topic (docs: bench/README.md).
#   ./bench/restart.sh            a million stories
#   ./bench/restart.sh --quick    twenty thousand
# Sizes: BENCH_OPTS="-Dbench.restartStories=200000 -Dbench.restartTail=5000".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package -pl bench -am
exec java -Xmx${BENCH_HEAP:-6g} ${BENCH_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    news.wireline.bench.RestartBench "$@" > bench/target/restart.log
