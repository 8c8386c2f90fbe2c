'use strict';
// The command that starts the samw language server, from the settings:
// samw.path (default `samw`, found on PATH; a leading ~/ is the home folder)
// and samw.language (`en`, `nl`, or empty: the language VS Code shows).
const os = require('node:os');
const path = require('node:path');

function serverOptions(samwPath, language, displayLanguage) {
  let command = (samwPath || '').trim() || 'samw';
  if (command.startsWith('~/')) command = path.join(os.homedir(), command.slice(2));
  const lang = language === 'en' || language === 'nl' ? language
    : /^nl(-|$)/i.test(displayLanguage || '') ? 'nl' : 'en';
  return { command, args: ['lsp', '--lang', lang] };
}

module.exports = { serverOptions };
