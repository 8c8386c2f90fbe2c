'use strict';
// The keyword table as `samw keywords --format json` lists it: the one
// source of the grammar (tools/gen-grammar.js) and of the tests' expectations.
// It comes from $SAMW (default build/samw of this repository), or from the
// file $KEYWORDS_JSON when that is set (a test uses it to add a keyword).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..', '..');

function load() {
  let text;
  if (process.env.KEYWORDS_JSON) {
    text = fs.readFileSync(process.env.KEYWORDS_JSON, 'utf8');
  } else {
    const samw = process.env.SAMW || path.join(root, 'build', 'samw');
    try {
      text = execFileSync(samw, ['keywords', '--format', 'json'], { encoding: 'utf8' });
    } catch (e) {
      throw new Error(`cannot list the keywords with ${samw} (build samw first: make): ${e.message}`);
    }
  }
  const table = JSON.parse(text);
  if (table.version !== 1 || !Array.isArray(table.keywords) || table.keywords.length === 0)
    throw new Error('samw keywords --format json: not a keyword table of version 1');
  return table.keywords;
}

// Every spelling of a keyword: [{lang, spelling}], the canonical English and
// Dutch first, then the other spellings samw reads.
function spellings(k) {
  const all = [{ lang: 'en', spelling: k.en }, { lang: 'nl', spelling: k.nl }, ...k.aliases];
  return all.filter((s, i) => all.findIndex(t => t.spelling === s.spelling) === i);
}

// The classes the grammar tells apart, from the table's columns:
//   heads     keywords that start a statement (a non-empty `statement`),
//             each with the value sets its statement takes
//   values    spelling -> the value sets it belongs to
//   inner     connecting words inside a statement (`connecting`: until,
//             open, and, role, title, since)
//   allow     the word of a suppression comment (`# samw: allow CODE`,
//             the table's ALLOW)
// A keyword in none of them is an error: the grammar would not know it.
function classify(keywords) {
  const heads = [];
  const values = new Map();
  const inner = new Set();
  const allow = new Set();
  for (const k of keywords) {
    if (k.id !== 'ALLOW' && k.statement.length === 0 && k.sets.length === 0 && !k.connecting)
      throw new Error(`keyword ${k.id} is no statement, value, connecting word or ALLOW`);
    for (const { spelling } of spellings(k)) {
      if (k.id === 'ALLOW') allow.add(spelling);
      if (k.statement.length > 0) heads.push({ spelling, takes: [...k.takes].sort() });
      if (k.connecting) inner.add(spelling);
      if (k.sets.length > 0) {
        const sets = values.get(spelling) || new Set();
        k.sets.forEach(s => sets.add(s));
        values.set(spelling, sets);
      }
    }
  }
  return { heads, values, inner, allow };
}

module.exports = { load, spellings, classify, root };
