#!/usr/bin/env bash
# Builds Wireline and runs the whole pipeline on this machine: an in-process Kafka broker,
# PostgreSQL (embedded, or the one in WIRELINE_DB_URL), the three services and our sample stories.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests package
exec java -jar local-runner/target/local-runner-*-exec.jar "$@"
