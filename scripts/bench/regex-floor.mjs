// The benchmark's floor: what 20 plain regular expressions over the raw text cost in a cold node
// process, reading the file and writing the matches as JSON like a linter would. No Markdown
// parsing, no rules, no fixes: a linter cannot be much faster than this, so gongwen-lint's time
// is judged against it (target: at most 3× this floor at 1 MB).
//
//   node scripts/bench/regex-floor.mjs FILE > /dev/null

import * as fs from 'node:fs';

const PATTERNS = [
  /[０-９]+/g, // full-width digits
  /\d+[。，、]\d+/g, // Chinese punctuation as a decimal point
  /[〔［【\[（(]\d{2,4}[〕］】\]）)]/g, // year brackets of a document number
  /〔[^〕\n]{0,8}$/gm, // an unclosed 〔 at the end of a line
  /第\d+号/g, // 第N号 serial
  /〔\d{4}〕0\d+号/g, // leading zero serial
  /[xX×□_]{2,}/g, // placeholders
  /20[xX]{2}年/g, // a placeholder year
  /^#{1,6}\s.*[。．]$/gm, // headings ending in a full stop
  /^[一二三四五六七八九十]+[、.，]/gm, // first-level outline markers
  /^[（(][一二三四五六七八九十]+[）)]/gm, // second-level outline markers
  /^\d+[.．、]/gm, // third-level outline markers
  /^[（(]\d+[）)]/gm, // fourth-level outline markers
  /[一二三四五六七八九十]是/g, // inline enumeration
  /近[^，。]{0,12}余/g, // redundant approximation
  /约[^，。]{0,12}左右/g, // redundant approximation
  /\d+(?:\.\d+)?\s*[-—]\s*\d+/g, // numeric range with a dash
  /\d+\s+[年月日]/g, // stray space inside a date
  /\d+(?:\.\d+)?%/g, // percentages
  /《[^》\n]{1,60}》/g, // titles
];

const text = fs.readFileSync(process.argv[2], 'utf8');
const matches = [];
for (const [rule, pattern] of PATTERNS.entries()) {
  for (const m of text.matchAll(pattern)) matches.push({ rule, start: m.index, end: m.index + m[0].length });
}
process.stdout.write(JSON.stringify(matches));
