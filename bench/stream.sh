#!/usr/bin/env bash
# Issue 21's live stream under a crowd, on demand (docs: bench/README.md).
#   ./bench/stream.sh            5,000 readers, 100 never reading, 10 resuming over 200,000 rows, 100 stories at 1/s
#   ./bench/stream.sh --quick    500, 10, 2, 20,000, 20
# Sizes: BENCH_OPTS="-Dbench.streamClients=2000 -Dbench.streamBacklog=50000".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package -pl bench -am
exec java -Xmx${BENCH_HEAP:-6g} ${BENCH_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    news.wireline.bench.StreamBench "$@" > bench/target/stream.log
