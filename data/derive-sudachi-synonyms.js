// Derives Goen's compact synonym file from sudachi-synonyms-dictionary's JSON.
// Output: one synonym group per line, "<group id>\t<words>", where words are separated by ";"
// (Sudachi's vocabulary numbers: distinct words of one meaning) and each word's spellings by "|"
// (notation variants, abbreviations, alphabet forms). A spelling prefixed with "~" has expansion
// control 1: Sudachi does not expand *from* it because it is ambiguous on its own (採用 = hire / adopt).
// Spellings with control 2 (never used for expansion) are left out, and so are groups left with one spelling.
"use strict";
const fs = require("fs");
const groups = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const out = [];
for (const g of groups) {
  const words = new Map();
  let spellings = 0;
  for (const it of g.items) {
    if (it.expandControl === 2) continue;
    const text = it.midashi.trim();
    if (!text || /[\t|;~\r\n]/.test(text)) continue;
    const key = it.vocabularyNumber;
    if (!words.has(key)) words.set(key, []);
    const list = words.get(key);
    const entry = (it.expandControl === 1 ? "~" : "") + text;
    if (!list.includes(entry)) { list.push(entry); spellings++; }
  }
  if (spellings < 2) continue;
  const line = [...words.keys()].sort((a, b) => a - b).map(k => words.get(k).join("|")).join(";");
  out.push(`${g.id}\t${line}`);
}
process.stdout.write("# Derived from sudachi-synonyms-dictionary@18.0.0 (SudachiDict synonyms, Apache-2.0) by data/regenerate-sudachi-synonyms.sh\n");
process.stdout.write(out.join("\n") + "\n");
