#!/usr/bin/env bash
# Runs a benchmark command in Release: scripts/bench.sh <command> [options] (suggest, suggest-e2e, trust, pitch, seat, seat-event, network, room,
# or BenchmarkDotNet arguments); see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# suggest-e2e times the CLI itself, so it needs the CLI built in Release first.
if [ "${1:-}" = "suggest-e2e" ]; then
  dotnet build -c Release src/Goen.Cli >/dev/null
fi
exec dotnet run -c Release --project bench/Goen.Benchmarks -- "$@"
