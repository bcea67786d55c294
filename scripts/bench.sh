#!/usr/bin/env bash
# Runs a benchmark command in Release: scripts/bench.sh <command> [options] (suggest, trust, pitch, seat, seat-event, network, room,
# or BenchmarkDotNet arguments); see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/Goen.Benchmarks -- "$@"
