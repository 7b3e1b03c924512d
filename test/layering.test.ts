// The layers point one way (see DESIGN.md): the engine (server/src/core) imports nothing of the
// CLI, the language server or an editor's API; the language server imports nothing of the VS Code
// client; the client takes from the server only the shared protocol ids (server/src/lsp/protocol.ts)
// and the CLI nothing of the server or the client. Read from the import statements themselves.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './lsp/client';

interface Import {
  file: string;
  /** The module as written. */
  specifier: string;
  /** The file it names, relative to the repository (for relative imports). */
  target?: string;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every `import … from '…'`, `export … from '…'`, `import('…')` and `require('…')` of a layer. */
function importsOf(layer: string): Import[] {
  const found: Import[] = [];
  for (const file of sources(path.join(REPO_ROOT, layer))) {
    const text = fs.readFileSync(file, 'utf8');
    const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
    for (const m of text.matchAll(pattern)) {
      const specifier = m[1];
      const target = specifier.startsWith('.') ? path.relative(REPO_ROOT, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/') : undefined;
      found.push({ file: path.relative(REPO_ROOT, file), specifier, target });
    }
  }
  return found;
}

const isVscodeApi = (s: string) => s === 'vscode' || s.startsWith('vscode-languageserver') || s.startsWith('vscode-languageclient') || s.startsWith('vscode-jsonrpc');

describe('layering', () => {
  it('reads the imports (the check itself works)', () => {
    const lsp = importsOf('server/src/lsp');
    assert.ok(lsp.some((i) => i.specifier === 'vscode-languageserver'));
    assert.ok(lsp.some((i) => i.target?.startsWith('server/src/core/')));
    assert.ok(importsOf('client/src').some((i) => i.target === 'server/src/lsp/protocol'));
  });

  it('keeps the engine free of the CLI, the language server, the client and editor APIs', () => {
    const bad = importsOf('server/src/core').filter(
      // Data files shipped in server/resources may be bundled (JSON: the web build has no fs).
      (i) => isVscodeApi(i.specifier) || (i.target !== undefined && !i.target.startsWith('server/src/core/') && !/^server\/resources\/.*\.json$/.test(i.target)),
    );
    assert.deepEqual(bad, []);
  });

  it('keeps the language server free of the client and the CLI', () => {
    const bad = importsOf('server/src/lsp').filter((i) => i.target?.startsWith('client/') || i.target?.startsWith('server/src/cli/'));
    assert.deepEqual(bad, []);
  });

  it('keeps the CLI free of the language server, the client and editor APIs', () => {
    const bad = importsOf('server/src/cli').filter(
      (i) => isVscodeApi(i.specifier) || i.target?.startsWith('server/src/lsp/') || i.target?.startsWith('client/'),
    );
    assert.deepEqual(bad, []);
  });

  it('lets the client take only the shared protocol ids from the server', () => {
    // The web entry is the one exception: in VS Code for the Web the server runs inside the
    // client's worker, so browserExtension.ts starts it (through its browser entry) itself.
    const webEntry = ['server/src/lsp/browserMain', 'server/src/lsp/browserHost', 'server/src/core/config/resolve'];
    const bad = importsOf('client/src').filter(
      (i) => i.target !== undefined && !i.target.startsWith('client/') && i.target !== 'server/src/lsp/protocol' && !(i.file.endsWith('browserExtension.ts') && webEntry.includes(i.target)),
    );
    assert.deepEqual(bad, []);
  });
});
