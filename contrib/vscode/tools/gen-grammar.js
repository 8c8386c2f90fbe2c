#!/usr/bin/env node
'use strict';
// Writes the TextMate grammar syntaxes/samw.tmLanguage.json from the keyword
// table (`samw keywords --format json`, see tools/keywords.js), as
// contrib/gen-syntax.sh writes the Vim and Emacs lists.
//
//   node tools/gen-grammar.js           rewrite the grammar
//   node tools/gen-grammar.js --check   exit 1 when the committed grammar differs
//   node tools/gen-grammar.js --print   print it
//
// What it highlights, the way samw reads a file (docs/language.md):
// a statement starts a line, or follows `;`, `{` or `}`; its first words are
// a statement keyword, of one word or several (keyword.control). After it,
// up to `;`, `{`, `}`, a comment or the end of the line: the values of the
// value sets that statement takes (constant.language), the other keywords
// (keyword.other: until, open, and, role, title, since), a currency before
// an amount, names (entity.name where a block is declared, else
// variable.other), texts, dates and numbers. In a comment, a suppression
// `# samw: allow CODE, ... -- reason`.
const fs = require('node:fs');
const path = require('node:path');
const { load, classify } = require('./keywords');

const out = path.join(__dirname, '..', 'syntaxes', 'samw.tmLanguage.json');

// The characters of a word after its first (docs/language.md, Words): ASCII
// letters and digits, _ and -, and every non-ASCII character; ' and / only
// inside a word, where a word character follows (risico's, t/m).
const W = 'A-Za-z0-9_\\-\\x{80}-\\x{10FFFF}';
const LETTER = 'A-Za-z\\x{80}-\\x{10FFFF}';
const BEFORE = `(?<![${W}])`;
const AFTER = `(?![${W}]|['/]+[${W}])`;
// A word; `€` directly before a digit is a word of its own (€1.250).
const WORD = `€(?=[0-9])|[${LETTER}](?:[${W}]|['/]+(?=[${W}]))*`;
// A number runs on over word characters, . : / and a , that is not last,
// and may end in %; a date is a number written YYYY-MM-DD.
const NUM = `A-Za-z0-9_.:/\\-\\x{80}-\\x{10FFFF}`;
const NUM_END = `(?![${NUM}%]|,+[${NUM}%])`;

const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The words of a spelling, separated by spaces or tabs as samw reads them.
const spelt = s => s.split(' ').map(escape).join('[ \\t]+');
// Longest first: the most words, then the most characters, so that
// `bij meerderheid van stemmen` wins over `bij meerderheid`.
function alternation(list) {
  const sorted = [...new Set(list)].sort((a, b) =>
    b.split(' ').length - a.split(' ').length || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `${BEFORE}(?:${sorted.map(spelt).join('|')})${AFTER}`;
}

function grammar(keywords) {
  const { heads, values, inner, allow } = classify(keywords);
  const repository = {};
  const top = [{ include: '#comment' }];

  // one statement rule per combination of value sets taken
  const groups = new Map();
  for (const h of heads) {
    const key = h.takes.join('+');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(h.spelling);
  }
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const name = key === '' ? 'plain' : key.replace(/\+/g, '-');
    const sets = key === '' ? [] : key.split('+');
    const args = [{ include: '#string' }, { include: '#date' }, { include: '#number' }, { include: '#currency' }];
    const vals = [...values.keys()].filter(v => sets.some(s => values.get(v).has(s)));
    if (vals.length > 0) {
      repository[`values-${name}`] = { match: alternation(vals), name: 'constant.language.samw' };
      args.push({ include: `#values-${name}` });
    }
    args.push({ include: '#inner-keyword' }, { include: '#name' }, { include: '#comma' });
    repository[`statement-${name}`] = {
      name: 'meta.statement.samw',
      begin: `(${alternation(groups.get(key))})`,
      beginCaptures: { 1: { name: 'keyword.control.samw' } },
      end: '(?=[;{}#])|$',
      patterns: args,
    };
    top.push({ include: `#statement-${name}` });
  }
  // a statement that starts with a word that is not a statement keyword
  repository['statement-unknown'] = {
    name: 'meta.statement.samw',
    begin: `(?:${WORD})`,
    end: '(?=[;{}#])|$',
    patterns: [{ include: '#string' }, { include: '#date' }, { include: '#number' }, { include: '#currency' },
      { include: '#inner-keyword' }, { include: '#name' }, { include: '#comma' }],
  };
  top.push({ include: '#statement-unknown' }, { include: '#block' }, { include: '#terminator' },
    { include: '#string' }, { include: '#date' }, { include: '#number' }, { include: '#comma' });

  Object.assign(repository, {
    comment: {
      name: 'comment.line.number-sign.samw',
      begin: '#',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.samw' } },
      end: '$',
      patterns: [{ include: '#suppression' }],
    },
    suppression: {
      name: 'meta.suppression.samw',
      begin: `\\G[ \\t]*(samw:)[ \\t]*(${[...allow].sort().map(escape).join('|')})(?=[ \\t]|$)`,
      beginCaptures: { 1: { name: 'keyword.other.suppression.samw' }, 2: { name: 'keyword.other.suppression.samw' } },
      end: '(?<=[ \\t,])(?=--)|$',
      patterns: [{ match: '(?!--)[^ \\t,]+', name: 'constant.other.check.samw' }],
    },
    string: {
      name: 'string.quoted.double.samw',
      begin: '"',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.samw' } },
      end: '"|$',
      endCaptures: { 0: { name: 'punctuation.definition.string.end.samw' } },
      patterns: [
        { match: '\\\\["\\\\nt]', name: 'constant.character.escape.samw' },
        { match: '\\\\.', name: 'invalid.illegal.escape.samw' },
      ],
    },
    date: { match: `[0-9]{4}-[0-9]{2}-[0-9]{2}${NUM_END}`, name: 'constant.numeric.date.samw' },
    number: { match: `[0-9](?:[${NUM}]|,+(?=[${NUM}%]))*%?`, name: 'constant.numeric.samw' },
    currency: { match: `€(?=[ \\t]*[0-9])|${BEFORE}[A-Z]{3}(?=[ \\t]+[0-9])`, name: 'constant.other.currency.samw' },
    'inner-keyword': { match: alternation([...inner]), name: 'keyword.other.samw' },
    name: {
      patterns: [
        // the name a block declares: party umc "Title" {
        { match: `(?:${WORD})(?=[ \\t]*(?:"(?:[^"\\\\]|\\\\.)*"[ \\t]*)?\\{)`, name: 'entity.name.section.samw' },
        { match: `(?:${WORD})`, name: 'variable.other.samw' },
      ],
    },
    block: {
      patterns: [
        { match: '\\{', name: 'punctuation.section.block.begin.samw' },
        { match: '\\}', name: 'punctuation.section.block.end.samw' },
      ],
    },
    terminator: { match: ';', name: 'punctuation.terminator.statement.samw' },
    comma: { match: ',', name: 'punctuation.separator.comma.samw' },
  });

  const sorted = {};
  for (const k of Object.keys(repository).sort()) sorted[k] = repository[k];
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'samw',
    scopeName: 'source.samw',
    fileTypes: ['samw'],
    comment: 'Generated by contrib/vscode/tools/gen-grammar.js from the keyword table ' +
      '(samw keywords --format json); edit lexer/keywords.def and run make vscode-grammar, not this file.',
    patterns: top,
    repository: sorted,
  };
}

const text = keywords => JSON.stringify(grammar(keywords), null, 2) + '\n';

function main(argv) {
  const mode = argv[0] || '';
  if (!['', '--check', '--print'].includes(mode) || argv.length > 1) {
    process.stderr.write('usage: gen-grammar.js [--check | --print]\n');
    return 2;
  }
  let want;
  try {
    want = text(load());
  } catch (e) {
    process.stderr.write(`gen-grammar: ${e.message}\n`);
    return 2;
  }
  if (mode === '--print') {
    process.stdout.write(want);
    return 0;
  }
  const have = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (have === want) return 0;
  if (mode === '--check') {
    process.stderr.write(`gen-grammar: ${out} differs from what the keyword table generates; ` +
      'run make vscode-grammar (node contrib/vscode/tools/gen-grammar.js)\n');
    return 1;
  }
  fs.writeFileSync(out, want);
  process.stdout.write(`gen-grammar: wrote ${out}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { grammar, text, WORD };
