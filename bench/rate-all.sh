#!/usr/bin/env bash
# Re-rating benchmark: N enterprises (default 1,000,000) with department data, three runs of the re-rating of all
# enterprises in a 1 GB heap. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile exec:exec@rate-all-benchmark -Dbench.enterprises="${1:-1000000}"
