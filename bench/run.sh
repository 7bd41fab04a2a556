#!/usr/bin/env bash
# Builds the bench module and runs the whole benchmark of issue 7 (docs: bench/README.md).
#   ./bench/run.sh            the issue's sizes (a million stories for the feed and the corpus)
#   ./bench/run.sh --quick    smaller sizes, for iterating
#   ./bench/run.sh --ingest-ledger [--quick]   only ingest's ledger: heap and restart over 1,000,000 stories
# Any size can be changed with BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.feedStories=200000".
# Progress and the table go to the terminal; the services' logs to bench/target/services.log.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package -pl bench -am
exec java -Xmx${BENCH_HEAP:-6g} ${BENCH_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    news.wireline.bench.Bench "$@" > bench/target/services.log
