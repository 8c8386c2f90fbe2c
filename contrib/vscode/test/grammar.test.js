'use strict';
// The TextMate grammar, tokenised by vscode-textmate with vscode-oniguruma
// (what VS Code itself runs): that it is what the keyword table generates;
// every character of every example (examples/ and examples/invalid/) as
// test/reference.js works it out; and every spelling of every keyword and
// value in the table, as a statement keyword, a value and a connecting word.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const { load, classify, root } = require('../tools/keywords');
const { text: grammarText } = require('../tools/gen-grammar');
const { reference, SCOPE, spellings, exampleDirs } = require('./reference');

const ext = path.join(__dirname, '..');
const grammarFile = path.join(ext, 'syntaxes', 'samw.tmLanguage.json');
const keywords = load();

let onigLib;
async function loadGrammar(source) {
  if (!onigLib) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    onigLib = Promise.resolve({
      createOnigScanner: p => new oniguruma.OnigScanner(p),
      createOnigString: s => new oniguruma.OnigString(s),
    });
  }
  const registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async () => vsctm.parseRawGrammar(source, 'samw.tmLanguage.json'),
  });
  return registry.loadGrammar('source.samw');
}

// Lines as VS Code splits them (LF, CRLF or a lone CR), without a leading
// byte-order mark, which VS Code does not show either.
const lines = s => s.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

// The scope a token has for a reader: the outermost one that is not the
// file's or a meta scope (a string's quotes are string.quoted.double).
const main = t => t.scopes.find(s => s !== 'source.samw' && !s.startsWith('meta.'));
const innermost = t => t.scopes[t.scopes.length - 1];
const INNER = new Set(['constant.character.escape.samw', 'invalid.illegal.escape.samw',
  'keyword.other.suppression.samw', 'constant.other.check.samw']);

function tokenize(grammar, source) {
  let stack = vsctm.INITIAL;
  return lines(source).map(line => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return { line, tokens: r.tokens };
  });
}

// Compare each line with the reference: every character's main scope, a
// token boundary at each end of each expected token, and the escapes and
// suppressions inside texts and comments. Returns the differences.
function compare(name, tokenized, ref, counts) {
  const diffs = [];
  tokenized.forEach(({ line, tokens }, n) => {
    const expected = ref.classifyLine(line);
    const want = new Array(line.length).fill(undefined);
    const wantInner = new Array(line.length).fill(undefined);
    const edges = new Set();
    for (const e of expected) {
      counts[e.cls] = (counts[e.cls] || 0) + 1;
      for (let i = e.start; i < e.end; i++) want[i] = SCOPE[e.cls];
      edges.add(e.start).add(e.end);
      for (const x of [...(e.escapes || []), ...(e.parts || [])]) {
        const s = x.scope || (x.ok ? 'constant.character.escape.samw' : 'invalid.illegal.escape.samw');
        for (let i = x.start; i < x.end; i++) wantInner[i] = s;
        edges.add(x.start).add(x.end);
      }
    }
    const have = new Set();
    const where = i => `${name}:${n + 1}:${i + 1}`;
    for (const t of tokens) {
      const end = Math.min(t.endIndex, line.length);
      have.add(t.startIndex).add(end);
      for (let i = t.startIndex; i < end; i++) {
        if (main(t) !== want[i]) {
          diffs.push(`${where(i)}: ${JSON.stringify(line.slice(t.startIndex, end))} is ${main(t)}, expected ${want[i]}`);
          break;
        }
        const got = INNER.has(innermost(t)) ? innermost(t) : undefined;
        if (got !== wantInner[i]) {
          diffs.push(`${where(i)}: ${JSON.stringify(line.slice(t.startIndex, end))} is ${got}, expected ${wantInner[i]}`);
          break;
        }
      }
    }
    for (const e of edges)
      if (!have.has(e) && e <= line.length)
        diffs.push(`${where(e)}: no token starts or ends here (${JSON.stringify(line)})`);
  });
  return diffs;
}

test('the committed grammar is the one the keyword table generates', () => {
  assert.equal(fs.readFileSync(grammarFile, 'utf8'), grammarText(keywords),
    'run make vscode-grammar after changing lexer/keywords.def');
  const r = spawnSync(process.execPath, [path.join(ext, 'tools', 'gen-grammar.js'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('a keyword added to the table fails --check and is highlighted once generated', async () => {
  const added = keywords.concat([{ id: 'TESTFORM', en: 'testform', nl: 'testvorm', aliases: [{ lang: 'nl', spelling: 'test vorm' }],
    sets: ['form'], statement: [], takes: [], connecting: false }]);
  const file = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'samw-')), 'keywords.json');
  fs.writeFileSync(file, JSON.stringify({ version: 1, keywords: added }));
  const r = spawnSync(process.execPath, [path.join(ext, 'tools', 'gen-grammar.js'), '--check'],
    { encoding: 'utf8', env: { ...process.env, KEYWORDS_JSON: file } });
  fs.rmSync(path.dirname(file), { recursive: true });
  assert.equal(r.status, 1, 'gen-grammar --check passed with a keyword the grammar lacks');
  assert.match(r.stderr, /differs from what the keyword table generates/);
  const g = await loadGrammar(grammarText(added));
  for (const [line, at, len] of [['vorm testvorm', 5, 8], ['form test  vorm', 5, 10]]) {
    const t = g.tokenizeLine(line, vsctm.INITIAL).tokens.find(x => x.startIndex === at);
    assert.ok(t && t.endIndex === at + len && main(t) === 'constant.language.samw', `${line}: ${t && t.scopes}`);
  }
});

test('every example, character by character, as the reference reads it', async () => {
  const g = await loadGrammar(fs.readFileSync(grammarFile, 'utf8'));
  const ref = reference(keywords);
  const files = [];
  for (const dir of exampleDirs())
    for (const f of fs.readdirSync(path.join(root, dir)).sort())
      if (f.endsWith('.samw')) files.push(path.join(dir, f));
  assert.ok(files.length >= 30, `only ${files.length} examples`);
  const counts = {};
  const diffs = [];
  let nlines = 0;
  const seen = new Set();
  for (const f of files) {
    const source = fs.readFileSync(path.join(root, f), 'utf8');
    const tok = tokenize(g, source);
    nlines += tok.length;
    diffs.push(...compare(f, tok, ref, counts));
    for (const { line } of tok)
      for (const e of ref.classifyLine(line))
        if (e.cls === 'statement' || e.cls === 'value' || e.cls === 'keyword')
          seen.add(line.slice(e.start, e.end).replace(/[ \t]+/g, ' '));
  }
  assert.deepEqual(diffs.slice(0, 20), [], `${diffs.length} differences`);
  // the examples use keywords and values of both languages
  const { heads, values, inner } = classify(keywords);
  const byLang = { en: 0, nl: 0 };
  for (const k of keywords)
    for (const s of spellings(k))
      if (seen.has(s.spelling) && s.spelling !== (s.lang === 'en' ? k.nl : k.en)) byLang[s.lang]++;
  assert.ok(byLang.en >= 40 && byLang.nl >= 40, JSON.stringify(byLang));
  for (const cls of ['statement', 'value', 'keyword', 'currency', 'declared', 'name', 'string', 'comment',
    'date', 'number', '{', '}', ';', ','])
    assert.ok(counts[cls] > 0, `no ${cls} in the examples`);
  console.log(`examples: ${files.length} files, ${nlines} lines, ${JSON.stringify(counts)}, ` +
    `${seen.size} distinct keyword spellings (en ${byLang.en}, nl ${byLang.nl})`);
});

test('every spelling in the table: statement keyword, value, connecting word, suppression', async () => {
  const g = await loadGrammar(fs.readFileSync(grammarFile, 'utf8'));
  const { heads, values, inner, allow } = classify(keywords);
  const scopeAt = (line, at, len) => {
    const ts = g.tokenizeLine(line, vsctm.INITIAL).tokens.filter(t => t.startIndex < at + len && t.endIndex > at);
    const ok = ts.length > 0 && ts[0].startIndex === at && ts[ts.length - 1].endIndex === at + len;
    const scopes = new Set(ts.map(main));
    return ok && scopes.size === 1 ? [...scopes][0] : `split ${ts.map(t => `${t.startIndex}-${t.endIndex}:${main(t)}`).join(',')}`;
  };
  const fails = [];
  let checked = 0;
  const expect = (line, at, len, scope) => {
    checked++;
    const got = scopeAt(line, at, len);
    if (got !== scope) fails.push(`${JSON.stringify(line)} at ${at}: ${got}, expected ${scope}`);
  };
  // several words may stand apart by more than one space or a tab
  const spaced = s => s.replace(/ /g, ' \t ');
  const plain = heads.filter(h => h.takes.length === 0).map(h => h.spelling);
  for (const h of heads) {
    for (const s of [h.spelling, spaced(h.spelling)]) {
      expect(`${s} x "t" {`, 0, s.length, 'keyword.control.samw');
      expect(`  ${s}`, 2, s.length, 'keyword.control.samw');
      expect(`goal "a"; ${s} x`, 10, s.length, 'keyword.control.samw');
      expect(`} ${s}`, 2, s.length, 'keyword.control.samw');
    }
    // inside another statement it is no statement keyword (but a
    // connecting word such as role may be one there)
    if (!h.spelling.includes(' '))
      expect(`between a, ${h.spelling}`, 11, h.spelling.length, inner.has(h.spelling) ? 'keyword.other.samw' : 'variable.other.samw');
    // a word that merely starts with a keyword is none
    if (!h.spelling.includes(' ')) expect(`${h.spelling}x y`, 0, h.spelling.length + 1, undefined);
  }
  for (const [v, sets] of values) {
    const takers = heads.filter(h => h.takes.some(s => sets.has(s)));
    assert.ok(takers.length > 0, `no statement takes the value ${v}`);
    for (const h of takers) {
      for (const s of [v, spaced(v)]) {
        expect(`${h.spelling} ${s}`, h.spelling.length + 1, s.length, 'constant.language.samw');
        expect(`${h.spelling} x, ${s}, y`, h.spelling.length + 4, s.length, 'constant.language.samw');
      }
    }
    // after a statement that does not take it, a value is a name (or, for
    // a word that is also a connecting word, that)
    const other = plain.find(p => !heads.some(h => h.spelling === p && h.takes.some(s => sets.has(s))));
    if (!v.includes(' '))
      expect(`${other} ${v}`, other.length + 1, v.length, inner.has(v) ? 'keyword.other.samw' : 'variable.other.samw');
  }
  for (const k of inner) {
    for (const p of plain) expect(`${p} 2025-01-01 ${spaced(k)} x`, p.length + 12, spaced(k).length, 'keyword.other.samw');
    if (!k.includes(' ')) expect(`goal ${k}x`, 5, k.length + 1, 'variable.other.samw');
  }
  for (const a of allow) {
    const line = `    # samw: ${a} SW301, no-people -- the ${a} word`;
    const ts = g.tokenizeLine(line, vsctm.INITIAL).tokens;
    const at = s => ts.find(t => t.startIndex === line.indexOf(s));
    checked++;
    if (!(at(a) && innermost(at(a)) === 'keyword.other.suppression.samw' && innermost(at('samw:')) === 'keyword.other.suppression.samw' &&
      innermost(at('SW301')) === 'constant.other.check.samw' && innermost(at('no-people')) === 'constant.other.check.samw' &&
      ts.filter(t => innermost(t) === 'constant.other.check.samw').length === 2 && ts.every(t => t.startIndex < 4 || main(t) === 'comment.line.number-sign.samw')))
      fails.push(`suppression: ${line}: ${ts.map(t => `${t.startIndex}:${innermost(t)}`).join(' ')}`);
  }
  assert.deepEqual(fails.slice(0, 20), [], `${fails.length} of ${checked} failed`);
  assert.ok(checked > 1000, `only ${checked} checks`);
  console.log(`table: ${heads.length} statement spellings, ${values.size} value spellings, ${inner.size} connecting ` +
    `spellings, ${allow.size} suppression spellings; ${checked} checks`);
});

test('texts, comments, numbers, dates, amounts and names', async () => {
  const g = await loadGrammar(fs.readFileSync(grammarFile, 'utf8'));
  const cases = [
    // line, token text, its scope (main; for escapes the inner one)
    ['budget EUR 1.250.000,00', 'EUR', 'constant.other.currency.samw'],
    ['budget EUR 1.250.000,00', '1.250.000,00', 'constant.numeric.samw'],
    ['begroting € 1.250', '€', 'constant.other.currency.samw'],
    ['begroting €1.250', '€', 'constant.other.currency.samw'],
    ['begroting €1.250', '1.250', 'constant.numeric.samw'],
    ['contributes "x" USD 12,500.50', 'USD', 'constant.other.currency.samw'],
    ['contributes "x" EURO 5', 'EURO', 'variable.other.samw'],
    ['decides majority 2/3', '2/3', 'constant.numeric.samw'],
    ['besluit bij meerderheid 66,7%', '66,7%', 'constant.numeric.samw'],
    ['term 2025-01-31 until open', '2025-01-31', 'constant.numeric.date.samw'],
    ['term 2025-1-31 until open', '2025-1-31', 'constant.numeric.samw'],
    ['term 2025-01-31x until open', '2025-01-31x', 'constant.numeric.samw'],
    ['members 1, 2', '1', 'constant.numeric.samw'],
    ['goal "a \\"b\\" # c"', '"a \\"b\\" # c"', 'string.quoted.double.samw'],
    ['goal "unterminated # d', '"unterminated # d', 'string.quoted.double.samw'],
    ['goal "x" # a comment "y"', '# a comment "y"', 'comment.line.number-sign.samw'],
    ['party coöp "x" {', 'coöp', 'entity.name.section.samw'],
    ['deelt risico\'s, kosten en opbrengsten', 'risico\'s', 'constant.language.samw'],
    ['deelt risico’s', 'risico’s', 'constant.language.samw'],
    ['deelt kosten en opbrengsten', 'en', 'keyword.other.samw'],
    ['chair zorg_noord', 'zorg_noord', 'variable.other.samw'],
    ['chair partners\'', 'partners', 'variable.other.samw'],
    ['looptijd 2025-01-01 tot en met 2027-12-31', 'tot en met', 'keyword.other.samw'],
    ['looptijd 2025-01-01 voor onbepaalde tijd', 'voor onbepaalde tijd', 'keyword.other.samw'],
    ['besluit bij meerderheid van stemmen', 'bij meerderheid van stemmen', 'constant.language.samw'],
    ['onderdeel van "Gemeente X"', 'onderdeel van', 'keyword.control.samw'],
    ['kind person', 'person', 'constant.language.samw'],
    ['soort persoon; persoon "A" rol bestuurder functie "B"', 'functie', 'keyword.other.samw'],
    ['Party x', 'Party', undefined],
    ["party's x", "party's", undefined],
    ["deelt kosten's", "kosten's", 'variable.other.samw'],
    ['deelt kosten/baten', 'kosten/baten', 'variable.other.samw'],
    ["deelt kosten'", 'kosten', 'constant.language.samw'],
    ['party umc {', 'umc', 'entity.name.section.samw'],
    ['body b"Board"{', 'b', 'entity.name.section.samw'],
    ['party umc "x" # {', 'umc', 'variable.other.samw'],
  ];
  const fails = [];
  for (const [line, word, scope] of cases) {
    const sp = line.lastIndexOf(` ${word}`);
    const at = sp >= 0 ? sp + 1 : line.lastIndexOf(word);
    const ts = g.tokenizeLine(line, vsctm.INITIAL).tokens.filter(t => t.startIndex < at + word.length && t.endIndex > at);
    const ok = ts.length && ts[0].startIndex === at && ts[ts.length - 1].endIndex === at + word.length &&
      ts.every(t => main(t) === scope);
    if (!ok) fails.push(`${line}: ${word}: ${ts.map(t => `${t.startIndex}-${t.endIndex} ${t.scopes.join(' ')}`).join('; ')}`);
  }
  assert.deepEqual(fails, []);
  const escapes = g.tokenizeLine('goal "a\\tb\\qc\\\\d\\"e\\n"', vsctm.INITIAL).tokens.map(t => innermost(t));
  assert.deepEqual(escapes.filter(s => INNER.has(s)), ['constant.character.escape.samw', 'invalid.illegal.escape.samw',
    'constant.character.escape.samw', 'constant.character.escape.samw', 'constant.character.escape.samw']);
});

test('every keyword and value in both languages, as samw fmt --lang en and --lang nl write the examples', async () => {
  const g = await loadGrammar(fs.readFileSync(grammarFile, 'utf8'));
  const ref = reference(keywords);
  const samw = process.env.SAMW || path.join(root, 'build', 'samw');
  const files = [];
  for (const dir of [...exampleDirs(), path.join('tests', 'lang')])
    for (const f of fs.readdirSync(path.join(root, dir)).sort())
      if (f.endsWith('.samw')) files.push(path.join(root, dir, f));
  const summary = [];
  for (const lang of ['en', 'nl']) {
    const counts = {};
    const diffs = [];
    const seen = new Map();
    for (const f of files) {
      // a file with errors is not rewritten (stdout is empty): skip it
      const out = spawnSync(samw, ['fmt', '--lang', lang, f], { encoding: 'utf8' }).stdout;
      const tok = tokenize(g, out);
      diffs.push(...compare(`${path.relative(root, f)} (fmt --lang ${lang})`, tok, ref, counts));
      for (const { line } of tok)
        for (const e of ref.classifyLine(line))
          seen.set(line.slice(e.start, e.end).replace(/[ \t]+/g, ' '),
            (seen.get(line.slice(e.start, e.end).replace(/[ \t]+/g, ' ')) || new Set()).add(e.cls));
    }
    assert.deepEqual(diffs.slice(0, 20), [], `${diffs.length} differences`);
    // fmt writes `and` as a comma, and `allow` stands in comments only
    const missing = [];
    for (const k of keywords) {
      if (k.id === 'ALLOW' || k.id === 'AND') continue;
      const want = k.statement.length ? ['statement'] : k.sets.length ? ['value'] : ['keyword'];
      if (k.connecting) want.push('keyword');
      if (k.sets.length) want.push('value');
      const got = seen.get(k[lang]) || new Set();
      if (!want.some(w => got.has(w))) missing.push(`${k[lang]} (${[...got].join(', ') || 'not written'})`);
    }
    assert.deepEqual(missing, [], `canonical ${lang} spellings not highlighted as keywords or values`);
    summary.push(`${lang}: ${Object.values(counts).reduce((a, b) => a + b)} tokens, ` +
      `${keywords.length - 2} canonical spellings each highlighted`);
  }
  console.log(`fmt --lang en/nl of ${files.length} files: ${summary.join('; ')}`);
});
