#!/usr/bin/env bash
# The long fuzz run of the attendee import (docs/reliability.md): FILES generated malformed files (default 100,000)
# through the one people-file reader as the web import and the CLI call it, then WEB_FILES of the same files
# (default 2,000) through the real import page (upload, then confirm) on SQLite, and on PostgreSQL when
# GOEN_TEST_POSTGRES is set. Each part prints files, crashes, server errors, partial imports, max and p99 time per
# file, wall time and peak working set; a failure line gives the seed and file number that reproduce it.
#   scripts/fuzz-import.sh [FILES] [WEB_FILES]      (GOEN_FUZZ_SEED=n for other files; default 20261130)
# It builds the two test projects first (GOEN_FUZZ_NO_BUILD=1: use the last build, e.g. from a copy of the tree);
# run it at low priority on a shared machine: nice scripts/fuzz-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-100000}"
web="${2:-2000}"
export GOEN_FUZZ_SEED="${GOEN_FUZZ_SEED:-20261130}"

if [ -z "${GOEN_FUZZ_NO_BUILD:-}" ]; then
  dotnet build tests/Goen.Core.Tests -v quiet -nologo
  dotnet build tests/Goen.Web.Tests -v quiet -nologo
fi
# The runner colours its lines; the summary is printed twice (console and test output), hence the sort -u.
summary() { sed 's/\x1b\[[0-9;]*m//g' | grep -E '^(Core reader|Web import|  per file|  outcomes|  kinds|seed [0-9]+ file| *Goen\.[A-Za-z.]+ +Total)' | sort -u; }

echo "== Core reader, $files files, seed $GOEN_FUZZ_SEED"
GOEN_FUZZ_FILES="$files" dotnet run --no-build --project tests/Goen.Core.Tests -- \
  -class "Goen.Core.Tests.Profiles.Fuzz.ImportFuzzTests" | summary
echo "== Web import page on SQLite, $web files"
GOEN_FUZZ_WEB_FILES="$web" dotnet run --no-build --project tests/Goen.Web.Tests -- -class "*SqliteImportFuzzTests" | summary
if [ -n "${GOEN_TEST_POSTGRES:-}" ]; then
  echo "== Web import page on PostgreSQL, $((web / 2)) files"
  GOEN_FUZZ_WEB_FILES="$((web / 2))" dotnet run --no-build --project tests/Goen.Web.Tests -- -class "*PostgresImportFuzzTests" | summary
fi
