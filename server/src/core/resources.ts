// Finds files shipped with the product (dictionaries, schema). The engine runs from the tsc
// output (out/server/src/core), from the esbuild bundles (dist/) and from an installed .vsix,
// so the resources folder is looked up by walking up from this module instead of a fixed depth.

import * as fs from 'node:fs';
import * as path from 'node:path';

let root: string | undefined;

export function resourcePath(...parts: string[]): string {
  if (!root) {
    let dir = __dirname;
    for (;;) {
      if (fs.existsSync(path.join(dir, 'resources', 'dict'))) break;
      // From out/ and dist/ the walk reaches the project root, where the folder is server/resources.
      if (fs.existsSync(path.join(dir, 'server', 'resources', 'dict'))) {
        dir = path.join(dir, 'server');
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error(`gongwen: resources folder not found above ${__dirname}`);
      dir = parent;
    }
    root = path.join(dir, 'resources');
  }
  return path.join(root, ...parts);
}
