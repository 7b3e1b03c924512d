// The `gongwen-language-server` bin, as other editors start it: `--stdio` speaks LSP; without a
// transport it says how to start it and exits with status 2.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT, TestClient } from './client';

const BIN = path.join(REPO_ROOT, 'bin', 'gongwen-language-server.js');

describe('bin/gongwen-language-server.js', function () {
  this.timeout(30000);

  it('serves LSP over --stdio', async () => {
    const client = new TestClient({ command: [process.execPath, BIN, '--stdio'] });
    try {
      await client.initialize();
      const uri = 'untitled:Untitled-1';
      await client.open(uri, '一、总体要求\n\n三、主要任务\n');
      const report = await client.fullDiagnostics(uri);
      assert.deepEqual(report.items.map((d) => d.code), ['outline/sequence']);
    } finally {
      await client.stop();
    }
  });

  it('explains itself without a transport', () => {
    const run = spawnSync(process.execPath, [BIN], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--stdio/);
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--stdio/);
  });
});
