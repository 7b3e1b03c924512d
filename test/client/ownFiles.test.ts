// The client keeps the extension's own files from the server (issue 14, bug 3): its rule pages
// and anything in its folder, for the URIs desktop VS Code, code-server and VS Code for the Web
// give, Windows drive letters in either case included.

import * as assert from 'node:assert/strict';
import { isOwnDocument, pageOfRule, ruleOfPage, type UriParts } from '../../client/src/ownFiles';

/** A URI's parts as vscode.Uri splits them. */
function parts(uri: string): UriParts {
  const m = /^([^:]+):(?:\/\/([^/]*))?(.*)$/.exec(uri)!;
  return { scheme: m[1], authority: m[2] ?? '', path: decodeURIComponent(m[3]) };
}

describe('the extension\'s own documents', () => {
  it('are the files inside the extension folder, on Windows whatever the case', () => {
    const extension = parts('file:///c%3A/Users/wf/.vscode/extensions/gongwen.gongwen-0.1.0');
    assert.ok(isOwnDocument(parts('file:///c%3A/Users/wf/.vscode/extensions/gongwen.gongwen-0.1.0/docs/rules/figure/count.md'), extension));
    assert.ok(isOwnDocument(parts('file:///C%3A/USERS/wf/.vscode/extensions/gongwen.gongwen-0.1.0/README.md'), extension));
    assert.ok(!isOwnDocument(parts('file:///c%3A/Users/wf/.vscode/extensions/gongwen.gongwen-0.1.0-old/README.md'), extension));
    assert.ok(!isOwnDocument(parts('file:///c%3A/Users/wf/Documents/工作总结.md'), extension));
  });

  it('compare case on POSIX paths, and scheme and authority on the web', () => {
    const extension = parts('vscode-remote://localhost:8080/home/wf/.local/share/code-server/extensions/gongwen.gongwen-0.1.0');
    assert.ok(isOwnDocument(parts('vscode-remote://localhost:8080/home/wf/.local/share/code-server/extensions/gongwen.gongwen-0.1.0/docs/rules/figure/count.md'), extension));
    assert.ok(!isOwnDocument(parts('vscode-remote://localhost:8080/home/wf/.local/share/code-server/extensions/Gongwen.gongwen-0.1.0/x.md'), extension));
    assert.ok(!isOwnDocument(parts('file:///home/wf/.local/share/code-server/extensions/gongwen.gongwen-0.1.0/README.md'), extension), 'another scheme');
    assert.ok(!isOwnDocument(parts('vscode-remote://localhost:9090/home/wf/.local/share/code-server/extensions/gongwen.gongwen-0.1.0/README.md'), extension), 'another host');
    assert.ok(!isOwnDocument(extension, extension), 'the folder itself');
  });

  it('include every read-only rule page', () => {
    assert.ok(isOwnDocument(parts('gongwen-rule:/figure/count.md'), parts('file:///opt/ext')));
  });
});

describe('rule page URIs', () => {
  it('name a rule and nothing else', () => {
    assert.equal(pageOfRule('figure/count'), '/figure/count.md');
    assert.equal(ruleOfPage('/figure/count.md'), 'figure/count');
    for (const bad of ['../../package', 'figure', 'figure/../../x', '/etc/passwd', 'figure/count.md', 42, undefined]) assert.equal(pageOfRule(bad), undefined, String(bad));
  });
});
