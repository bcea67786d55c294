#!/usr/bin/env bash
# Runs every test in the solution, then the benchmarks' smoke mode, and ends with the line
# "N passed, N failed" (the benchmark smoke run counts as one test; skipped tests are counted on the
# line before, and a skipped test is never counted as passed).
set -euo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Build everything first: 'dotnet test' builds only the test projects and what they reference, and the
# benchmarks' smoke run below needs its own build.
status=0
{ dotnet build Goen.slnx -c Release && dotnet test --solution Goen.slnx -c Release --no-build; } 2>&1 | tee "$log" || status=$?

# Microsoft.Testing.Platform prints "total / failed / succeeded / skipped" in its run summary.
count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # build or runner failure

# The benchmarks must keep compiling and running (BenchmarkDotNet's own runs are too long for CI).
if [ "$status" -eq 0 ] && dotnet run -c Release --no-build --project bench/Goen.Benchmarks -- --test; then
  passed=$((passed + 1))
else
  echo "benchmark smoke run did not pass (or did not run because the tests failed)"
  failed=$((failed + 1)); status=1
fi

echo "$skipped skipped"
echo "$passed passed, $failed failed"
exit "$status"
