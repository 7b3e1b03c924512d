// The status bar icon follows the worst severity (issue 14, bug 6: it showed ⚠ when every
// problem was an error).

import * as assert from 'node:assert/strict';
import { problemIcon } from '../../client/src/problemIcon';

describe('status bar problem icon', () => {
  it('shows the error icon when every problem is an error', () => {
    assert.equal(problemIcon({ errors: 3, warnings: 0, infos: 0 }), '$(error)');
  });

  it('follows the worst severity present', () => {
    assert.equal(problemIcon({ errors: 1, warnings: 5, infos: 7 }), '$(error)');
    assert.equal(problemIcon({ errors: 0, warnings: 2, infos: 7 }), '$(warning)');
    assert.equal(problemIcon({ errors: 0, warnings: 0, infos: 1 }), '$(info)');
  });

  it('shows a check when there is nothing to report', () => {
    assert.equal(problemIcon({ errors: 0, warnings: 0, infos: 0 }), '$(check)');
  });
});
