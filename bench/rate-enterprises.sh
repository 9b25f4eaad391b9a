#!/usr/bin/env bash
# Rating benchmark: N enterprises (default 1,000,000) registered, their department data (about 95 values each)
# imported and timed against PostgreSQL's COPY of the same files, then all of them re-rated; 1 GB heap.
# Needs about 40 GB of free disk for a million enterprises. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile exec:exec@rating-benchmark -Dbench.enterprises="${1:-1000000}"
