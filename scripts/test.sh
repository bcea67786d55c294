#!/usr/bin/env bash
# Runs every test in the solution and ends with one line: "N passed, N failed, N skipped".
# Installs and starts what the tests need when it is missing (none yet beyond the .NET SDK).
set -euo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

status=0
dotnet test --solution Goen.slnx -c Release 2>&1 | tee "$log" || status=$?

# Microsoft.Testing.Platform prints "total / failed / succeeded / skipped" in its run summary;
# CI reads the one-line form below.
count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # build or runner failure
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
