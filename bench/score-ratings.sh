#!/usr/bin/env bash
# Scorer benchmark: N ratings (default 1,000,000) of synthetic enterprises with the default rating model, in a 1 GB heap,
# on one thread and on every core. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile exec:exec@score-benchmark -Dbench.ratings="${1:-1000000}"
