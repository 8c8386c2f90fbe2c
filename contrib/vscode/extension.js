'use strict';
// The samw extension: starts the samw language server (`samw lsp`, over
// standard input and output) for .samw files. Highlighting, comments,
// brackets and indentation come from the grammar and the language
// configuration and work without samw.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { serverOptions } = require('./server');

let client;

async function start() {
  const config = vscode.workspace.getConfiguration('samw');
  const server = serverOptions(config.get('path'), config.get('language'), vscode.env.language);
  const c = new LanguageClient('samw', 'samw', server, { documentSelector: [{ language: 'samw' }] });
  client = c;
  try {
    await c.start();
  } catch (e) {
    if (client === c) client = undefined;
    vscode.window.showErrorMessage(vscode.l10n.t(
      'samw: the language server ({0}) did not start: {1}. Set samw.path to a samw that has the lsp command.',
      [server.command, ...server.args].join(' '), e && e.message ? e.message : String(e)));
  }
}

async function stop() {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => {});
}

async function restart() {
  await stop();
  await start();
}

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('samw.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('samw.path') || e.affectsConfiguration('samw.language')) return restart();
      return undefined;
    }));
  return start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
