'use strict';
// The rest of the extension: the command that starts the server, the client
// (against stand-ins for VS Code and vscode-languageclient), the manifest and
// its translations, the language configuration (word pattern and
// indentation, against test/reference.js over every example), what the
// .vsix holds, and, when this samw has `samw lsp`, a real exchange with it.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');
const { spawn, spawnSync } = require('node:child_process');
const { load, root } = require('../tools/keywords');
const { reference, exampleDirs } = require('./reference');
const { serverOptions } = require('../server');

const ext = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ext, 'package.json'), 'utf8'));
const samw = process.env.SAMW || path.join(root, 'build', 'samw');

test('the server command follows samw.path and samw.language', () => {
  const lsp = lang => ['lsp', '--lang', lang];
  assert.deepEqual(serverOptions(undefined, undefined, 'en'), { command: 'samw', args: lsp('en') });
  assert.deepEqual(serverOptions('  ', '', 'nl'), { command: 'samw', args: lsp('nl') });
  assert.deepEqual(serverOptions('/opt/samw/bin/samw', '', 'nl-BE'), { command: '/opt/samw/bin/samw', args: lsp('nl') });
  assert.deepEqual(serverOptions('samw', '', 'nlx'), { command: 'samw', args: lsp('en') });
  assert.deepEqual(serverOptions('samw', 'en', 'nl'), { command: 'samw', args: lsp('en') });
  assert.deepEqual(serverOptions('samw', 'nl', 'en-US'), { command: 'samw', args: lsp('nl') });
  assert.deepEqual(serverOptions('samw', 'fr', 'de'), { command: 'samw', args: lsp('en') });
  assert.deepEqual(serverOptions('~/bin/samw', '', 'en'), { command: path.join(os.homedir(), 'bin/samw'), args: lsp('en') });
});

// extension.js with stand-ins for the modules only VS Code has
function loadExtension(fake) {
  const file = require.resolve('../extension');
  delete require.cache[file];
  const original = Module._load;
  Module._load = function (request, ...rest) {
    if (request === 'vscode') return fake.vscode;
    if (request === 'vscode-languageclient/node') return { LanguageClient: fake.Client };
    return original.call(this, request, ...rest);
  };
  try {
    return require(file);
  } finally {
    Module._load = original;
  }
}

function stand_ins(settings, startFails) {
  const log = [];
  const handlers = {};
  let configListener;
  class Client {
    constructor(id, name, server, options) {
      log.push(['new', id, name, server, options]);
    }
    start() {
      log.push(['start']);
      return startFails ? Promise.reject(new Error('spawn samw ENOENT')) : Promise.resolve();
    }
    stop() {
      log.push(['stop']);
      return Promise.resolve();
    }
  }
  const vscode = {
    env: { language: 'en' },
    workspace: {
      getConfiguration: section => ({ get: key => (assert.equal(section, 'samw'), settings[key]) }),
      onDidChangeConfiguration: f => { configListener = f; return { dispose() {} }; },
    },
    commands: { registerCommand: (name, f) => { handlers[name] = f; return { dispose() {} }; } },
    window: { showErrorMessage: m => log.push(['error', m]) },
    l10n: { t: (m, ...args) => m.replace(/\{(\d)\}/g, (_, i) => args[i]) },
  };
  return { log, handlers, vscode, Client, change: keys => configListener({ affectsConfiguration: k => keys.includes(k) }) };
}

test('the client starts samw lsp for samw files, and again when a setting changes', async () => {
  const s = stand_ins({ path: '/usr/local/bin/samw', language: 'nl' }, false);
  const extension = loadExtension(s);
  const context = { subscriptions: [] };
  await extension.activate(context);
  assert.deepEqual(s.log, [
    ['new', 'samw', 'samw', { command: '/usr/local/bin/samw', args: ['lsp', '--lang', 'nl'] },
      { documentSelector: [{ language: 'samw' }] }],
    ['start'],
  ]);
  assert.equal(context.subscriptions.length, 2);
  // the command declared in package.json is the one registered
  assert.deepEqual(Object.keys(s.handlers), manifest.contributes.commands.map(c => c.command));
  s.log.length = 0;
  await s.change(['editor.fontSize']);
  assert.deepEqual(s.log, []);
  await s.change(['samw', 'samw.language']);
  assert.deepEqual(s.log.map(x => x[0]), ['stop', 'new', 'start']);
  s.log.length = 0;
  await s.handlers['samw.restartServer']();
  assert.deepEqual(s.log.map(x => x[0]), ['stop', 'new', 'start']);
  s.log.length = 0;
  await extension.deactivate();
  assert.deepEqual(s.log, [['stop']]);
});

test('a server that does not start is reported, naming the command', async () => {
  const s = stand_ins({ path: 'samw', language: '' }, true);
  const extension = loadExtension(s);
  await extension.activate({ subscriptions: [] });
  assert.deepEqual(s.log.slice(-1), [['error',
    'samw: the language server (samw lsp --lang en) did not start: spawn samw ENOENT. ' +
    'Set samw.path to a samw that has the lsp command.']]);
  s.log.length = 0;
  await extension.deactivate();
  assert.deepEqual(s.log, []);
});

test('the manifest: language, grammar, settings, and their Dutch translations', () => {
  const c = manifest.contributes;
  assert.deepEqual(c.languages.map(l => [l.id, l.extensions]), [['samw', ['.samw']]]);
  const grammar = JSON.parse(fs.readFileSync(path.join(ext, c.grammars[0].path), 'utf8'));
  assert.equal(c.grammars[0].scopeName, grammar.scopeName);
  assert.equal(c.grammars[0].language, 'samw');
  assert.ok(fs.existsSync(path.join(ext, c.languages[0].configuration)));
  assert.deepEqual(Object.keys(c.configuration.properties).sort(), ['samw.language', 'samw.path']);
  assert.deepEqual(c.configuration.properties['samw.language'].enum, ['', 'en', 'nl']);
  assert.ok(manifest.activationEvents.includes('onLanguage:samw'));
  // every %key% has an English and a Dutch text, and no text is left over
  const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map(m => m[1]).sort();
  for (const f of ['package.nls.json', 'package.nls.nl.json'])
    assert.deepEqual(Object.keys(JSON.parse(fs.readFileSync(path.join(ext, f), 'utf8'))).sort(), [...new Set(keys)], f);
  // every message of extension.js has a Dutch translation
  const source = fs.readFileSync(path.join(ext, 'extension.js'), 'utf8');
  const messages = [...source.matchAll(/l10n\.t\(\s*'([^']+)'/g)].map(m => m[1]);
  assert.ok(messages.length > 0);
  const nl = JSON.parse(fs.readFileSync(path.join(ext, 'l10n', 'bundle.l10n.nl.json'), 'utf8'));
  assert.deepEqual(Object.keys(nl).sort(), messages.sort());
  // the runtime dependency is what the lock file holds
  const lock = JSON.parse(fs.readFileSync(path.join(ext, 'package-lock.json'), 'utf8'));
  for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }))
    assert.equal(lock.packages[`node_modules/${name}`].version, version, name);
});

test('language configuration: comments, brackets, words and indentation of every example', () => {
  const conf = JSON.parse(fs.readFileSync(path.join(ext, 'language-configuration.json'), 'utf8'));
  assert.equal(conf.comments.lineComment, '#');
  assert.deepEqual(conf.brackets, [['{', '}']]);
  const word = new RegExp(conf.wordPattern, 'g');
  // double-click selects by editor.wordSeparators: none may stand in a word
  const separators = manifest.contributes.configurationDefaults['[samw]']['editor.wordSeparators'];
  for (const c of '{}";,#') assert.ok(separators.includes(c), c);
  const increase = new RegExp(conf.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(conf.indentationRules.decreaseIndentPattern);
  const ref = reference(load());
  const files = [];
  for (const dir of exampleDirs())
    for (const f of fs.readdirSync(path.join(root, dir)))
      if (f.endsWith('.samw')) files.push(path.join(root, dir, f));
  const fails = [];
  let words = 0;
  let opens = 0;
  const extra = ["risico's kosten", 'coöperatie', 't/m', "partners'", 'joint-venture', 'zorg_noord', '€1.250', '66,7%',
    "risico’s", '2025-01-31', '1, 2', 'a//b/', 'één'];
  const lines = files.flatMap(f => fs.readFileSync(f, 'utf8').split(/\r\n|\r|\n/)).concat(extra);
  for (const line of lines) {
    const toks = ref.lex(line);
    // the words of texts and comments too: lexed as they would be outside
    const inside = toks.filter(t => t.kind === 'string' || t.kind === 'comment').flatMap(t =>
      ref.lex(' '.repeat(t.start) + line.slice(t.start, t.end).replace(/["#\\]/g, ' ')));
    for (const t of toks.concat(inside)) {
      if (!['word', 'number', 'date'].includes(t.kind)) continue;
      words++;
      word.lastIndex = t.start;
      const m = word.exec(line);
      if (!m || m.index !== t.start || m[0].length !== t.end - t.start)
        fails.push(`word ${JSON.stringify(line.slice(t.start, t.end))} in ${JSON.stringify(line)}: ${m && m[0]}`);
      if (t.kind === 'word' && [...line.slice(t.start, t.end)].some(c => separators.includes(c)))
        fails.push(`editor.wordSeparators splits ${JSON.stringify(line.slice(t.start, t.end))}`);
    }
    const code = toks.filter(t => t.kind !== 'comment');
    const opensBlock = code.length > 0 && code[code.length - 1].kind === '{';
    opens += opensBlock;
    if (increase.test(line) !== opensBlock) fails.push(`increaseIndentPattern: ${JSON.stringify(line)}`);
    if (decrease.test(line) !== (code.length > 0 && code[0].kind === '}')) fails.push(`decreaseIndentPattern: ${JSON.stringify(line)}`);
  }
  assert.deepEqual(fails.slice(0, 20), [], `${fails.length} failures`);
  assert.ok(words > 5000 && opens > 300, `${words} words, ${opens} blocks`);
  console.log(`language configuration: ${words} words (in texts and comments too) and ${lines.length} lines (${opens} opening a block) of ${files.length} examples`);
});

test('the .vsix holds the extension, its grammar and its runtime dependencies, not the tests', () => {
  const vsce = path.join(ext, 'node_modules', '.bin', 'vsce');
  const r = spawnSync(vsce, ['ls', '--no-yarn'], { cwd: ext, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.split('\n').filter(Boolean);
  for (const f of ['package.json', 'extension.js', 'server.js', 'language-configuration.json', 'syntaxes/samw.tmLanguage.json',
    'package.nls.json', 'package.nls.nl.json', 'l10n/bundle.l10n.nl.json', 'README.md',
    'node_modules/vscode-languageclient/lib/node/main.js'])
    assert.ok(files.includes(f), `${f} is not in the .vsix`);
  assert.deepEqual(files.filter(f => /^(test|tools)\/|^node_modules\/(vscode-textmate|vscode-oniguruma|@vscode)\//.test(f)), []);
});

// A real exchange with `samw lsp`, started as the extension starts it; only
// when this samw has the command (the language server is built apart).
test('samw lsp, started as the extension starts it, answers initialize and checks an opened file', async t => {
  const probe = spawnSync(samw, ['lsp', '--lang', 'en'], { input: '', encoding: 'utf8', timeout: 10000 });
  if (/unknown command|onbekende opdracht/.test(probe.stderr)) {
    t.skip(`${samw} has no lsp command`);
    return;
  }
  const rpc = require('vscode-jsonrpc/node');
  const { command, args } = serverOptions(samw, 'en', 'en');
  const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const file = path.join(root, 'examples', 'invalid', 'c4-autonomy.samw');
  const uri = `file://${file}`;
  const published = new Promise(resolve => conn.onNotification('textDocument/publishDiagnostics', p => {
    if (p.uri === uri) resolve(p);
  }));
  conn.listen();
  try {
    const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.ok(init.capabilities && init.capabilities.textDocumentSync !== undefined, JSON.stringify(init));
    conn.sendNotification('initialized', {});
    conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'samw', version: 1, text: fs.readFileSync(file, 'utf8') },
    });
    const p = await Promise.race([published, new Promise((_, no) => setTimeout(() => no(new Error('no diagnostics in 10 s')), 10000).unref())]);
    // the diagnostics `samw check` finds in the same file: line, code,
    // severity (a note is Information or Hint, as the server chooses)
    const json = JSON.parse(spawnSync(samw, ['check', '--format', 'json', '--lang', 'en', file], { encoding: 'utf8' }).stdout);
    const want = json.diagnostics.map(d => `${d.start.line - 1} ${d.code} ${d.severity}`).sort();
    assert.ok(want.length > 0);
    const severity = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };
    assert.deepEqual(p.diagnostics.map(d => `${d.range.start.line} ${d.code} ${severity[d.severity]}`).sort(), want);
    await conn.sendRequest('shutdown');
    const exited = new Promise(resolve => server.on('exit', resolve));
    await conn.sendNotification('exit');
    await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 5000).unref())]);
  } finally {
    conn.dispose();
    server.kill();
  }
});
