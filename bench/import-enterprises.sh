#!/usr/bin/env bash
# Bulk import benchmark: N generated enterprises (default 1,000,000) imported into a fresh embedded PostgreSQL,
# compared with PostgreSQL's own COPY of the same file. The JVM runs with -Xmx512m. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile exec:exec -Dbench.rows="${1:-1000000}"
