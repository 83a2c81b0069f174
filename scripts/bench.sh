#!/usr/bin/env bash
# Every figure of the project: the benchmarks of every package, then the
# window's start-up time and idle memory (scripts/startup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
go test -run '^$' -bench . -benchmem ./...
./scripts/startup.sh
