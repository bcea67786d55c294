#!/usr/bin/env bash
# Regenerates data/sudachi-synonyms.tsv from the pinned npm package sudachi-synonyms-dictionary@18.0.0
# (WorksApplications SudachiDict synonyms, Apache-2.0). Needs node and npm; nothing else.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="18.0.0"
integrity="sha512-dVjrhGBCaM5QHn7Ys+L+vPdZib9aWR8F0uvYG0Ww3kEZ5C1pH/OwjLp7rWcgWYPE8io+f4UhpTCjVaoGDlcoWw=="
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "sudachi-synonyms-dictionary@$version" >/dev/null
tgz="sudachi-synonyms-dictionary-$version.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "integrity mismatch for $tgz: $actual" >&2
  exit 1
fi
tar xzf "$tgz"
node "$here/derive-sudachi-synonyms.js" package/sudachi-synonyms-dictionary.json > "$here/sudachi-synonyms.tsv"
cp package/LICENSE "$here/LICENSE.sudachi-synonyms.txt"
echo "wrote $here/sudachi-synonyms.tsv ($(wc -l < "$here/sudachi-synonyms.tsv") groups)"
