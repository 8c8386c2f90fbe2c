'use strict';
// What the grammar should make of a file, worked out without it: the lexical
// rules of docs/language.md as lexer/scanner.l applies them (words, texts,
// dates, numbers, comments), statements (a statement keyword where a
// statement starts, longest spelling first), and the keyword table's value
// sets, one token at a time. The tests compare every character of every
// line the grammar tokenises with this.
const fs = require('node:fs');
const path = require('node:path');
const { classify, spellings, root } = require('../tools/keywords');

const SCOPE = {
  statement: 'keyword.control.samw',
  value: 'constant.language.samw',
  keyword: 'keyword.other.samw',
  currency: 'constant.other.currency.samw',
  declared: 'entity.name.section.samw',
  name: 'variable.other.samw',
  unknown: undefined, // a statement that starts with a word samw does not know
  error: undefined, // a character that is not part of any token (SW001)
  string: 'string.quoted.double.samw',
  comment: 'comment.line.number-sign.samw',
  date: 'constant.numeric.date.samw',
  number: 'constant.numeric.samw',
  '{': 'punctuation.section.block.begin.samw',
  '}': 'punctuation.section.block.end.samw',
  ';': 'punctuation.terminator.statement.samw',
  ',': 'punctuation.separator.comma.samw',
};

const isAsciiLetter = c => /[A-Za-z]/.test(c);
const isLetter = c => c !== undefined && (isAsciiLetter(c) || c.charCodeAt(0) >= 0x80);
const isDigit = c => c !== undefined && c >= '0' && c <= '9';
const isWordChar = c => isLetter(c) || isDigit(c) || c === '_' || c === '-';
const isNumChar = c => isWordChar(c) || c === '.' || c === ':' || c === '/';

// The tokens of one line: {kind, start, end, text} and, for a string, its
// escapes; for a comment, the parts of a suppression.
function lex(line, allow) {
  const toks = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    const start = i;
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c === '#') {
      toks.push({ kind: 'comment', start, end: line.length, parts: suppression(line, i, allow) });
      break;
    }
    if (c === '"') {
      const escapes = [];
      i++;
      for (;;) {
        if (i >= line.length) break;
        if (line[i] === '"') { i++; break; }
        if (line[i] === '\\') {
          if (i + 1 >= line.length) { i++; break; }
          const n = line.codePointAt(i + 1) > 0xffff ? 3 : 2;
          escapes.push({ start: i, end: i + n, ok: /[\\"nt]/.test(line[i + 1]) });
          i += n;
          continue;
        }
        i++;
      }
      toks.push({ kind: 'string', start, end: i, escapes });
      continue;
    }
    if (isDigit(c)) {
      i++;
      for (;;) {
        if (isNumChar(line[i])) { i++; continue; }
        let j = i;
        while (line[j] === ',') j++;
        if (j > i && (isNumChar(line[j]) || line[j] === '%')) { i = j; continue; }
        break;
      }
      if (line[i] === '%') i++;
      const text = line.slice(start, i);
      toks.push({ kind: /^\d{4}-\d\d-\d\d$/.test(text) ? 'date' : 'number', start, end: i, text });
      continue;
    }
    if (isLetter(c)) {
      i++;
      if (!(c === '€' && isDigit(line[i]))) {
        for (;;) {
          if (isWordChar(line[i])) { i++; continue; }
          let j = i;
          while (line[j] === "'" || line[j] === '/') j++;
          if (j > i && isWordChar(line[j])) { i = j; continue; }
          break;
        }
      }
      toks.push({ kind: 'word', start, end: i, text: line.slice(start, i) });
      continue;
    }
    i++;
    toks.push({ kind: '{};,'.includes(c) ? c : 'error', start, end: i, text: c });
  }
  return toks;
}

// `# samw: allow CODE, CODE -- reason` (semantics/suppress.c): the parts to
// highlight, or none.
function suppression(line, at, allow) {
  const m = /^#[ \t]*(samw:)[ \t]*([^ \t]*)/.exec(line.slice(at));
  if (!m || !allow.has(m[2])) return [];
  const parts = [
    { start: at + m.index + m[0].indexOf('samw:'), end: 0, scope: 'keyword.other.suppression.samw' },
    { start: at + m[0].length - m[2].length, end: at + m[0].length, scope: 'keyword.other.suppression.samw' },
  ];
  parts[0].end = parts[0].start + 5;
  let p = at + m[0].length;
  for (;;) {
    while (p < line.length && ' \t,'.includes(line[p])) p++;
    if (p >= line.length || line.startsWith('--', p)) break;
    const s = p;
    while (p < line.length && !' \t,'.includes(line[p])) p++;
    parts.push({ start: s, end: p, scope: 'constant.other.check.samw' });
  }
  return parts;
}

function reference(keywords) {
  const { heads, values, inner, allow } = classify(keywords);
  const headTakes = new Map();
  for (const h of heads) headTakes.set(h.spelling, h.takes);

  // the longest spelling in `list` that the words from toks[i] spell, each
  // after the one before with only spaces or tabs between: the index of its
  // last token, or -1
  function longest(line, toks, i, has) {
    let best = -1;
    let text = '';
    for (let j = i; j < toks.length && toks[j].kind === 'word'; j++) {
      if (j > i && !/^[ \t]+$/.test(line.slice(toks[j - 1].end, toks[j].start))) break;
      text = j > i ? `${text} ${toks[j].text}` : toks[j].text;
      if (has(text)) best = j;
    }
    return best;
  }
  const gap = (line, a, b) => line.slice(a.end, b.start);

  // The expected tokens of one line: {start, end, cls, ...}.
  function classifyLine(line) {
    const toks = lex(line, allow);
    const out = [];
    let atStart = true;
    let sets = null;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const push = (cls, end = t.end) => out.push({ ...t, end, cls });
      if ('{};'.includes(t.kind)) { push(t.kind); atStart = true; sets = null; continue; }
      if (t.kind !== 'word') { push(t.kind); continue; }
      if (atStart) {
        atStart = false;
        const j = longest(line, toks, i, s => headTakes.has(s));
        if (j < 0) { push('unknown'); sets = []; continue; }
        sets = headTakes.get(toks.slice(i, j + 1).map(x => x.text).join(' '));
        push('statement', toks[j].end);
        i = j;
        continue;
      }
      const next = toks[i + 1];
      const numeric = next && (next.kind === 'number' || next.kind === 'date');
      if (numeric && ((t.text === '€' && /^[ \t]*$/.test(gap(line, t, next))) ||
          (/^[A-Z]{3}$/.test(t.text) && /^[ \t]+$/.test(gap(line, t, next))))) {
        push('currency');
        continue;
      }
      let j = longest(line, toks, i, s => values.has(s) && sets.some(x => values.get(s).has(x)));
      if (j >= 0) { push('value', toks[j].end); i = j; continue; }
      j = longest(line, toks, i, s => inner.has(s));
      if (j >= 0) { push('keyword', toks[j].end); i = j; continue; }
      const a = toks[i + 1];
      const b = toks[i + 2];
      const blank = (x, y) => /^[ \t]*$/.test(gap(line, x, y));
      const declares = a && ((a.kind === '{' && blank(t, a)) ||
        (a.kind === 'string' && line[a.end - 1] === '"' && a.end - a.start > 1 && b && b.kind === '{' &&
          blank(t, a) && blank(a, b)));
      push(declares ? 'declared' : 'name');
    }
    return out;
  }
  return { classifyLine, lex: line => lex(line, allow) };
}

// The folders of examples, relative to the repository: examples/ and each
// folder in it (invalid/, and small repositories such as a municipality's
// register with the collaborations that use it).
function exampleDirs() {
  const subs = fs.readdirSync(path.join(root, 'examples'), { withFileTypes: true })
    .filter(d => d.isDirectory()).map(d => path.join('examples', d.name)).sort();
  return ['examples', ...subs];
}

module.exports = { reference, SCOPE, spellings, exampleDirs };
