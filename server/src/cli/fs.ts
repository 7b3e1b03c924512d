// The file system the CLI sees. It is injected through `main(io)` so tests can run the CLI
// over a temporary tree and make single operations fail (a rename that never happens, a file
// that cannot be read) to check what the user sees and that no file is left half written.

import * as nodeFs from 'node:fs';
import * as path from 'node:path';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirEntry {
  name: string;
  kind: EntryKind;
}

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  /** Permission bits, e.g. 0o644. */
  mode: number;
  size: number;
  /** Modification time in milliseconds, used to notice a file changed under us. */
  mtimeMs: number;
}

/** Errors keep Node's `code` (ENOENT, EACCES, ELOOP…) so the CLI can explain them. */
export interface CliFileSystem {
  readFile(file: string): Buffer;
  /** Follows symbolic links. */
  stat(file: string): FileStat;
  readdir(dir: string): DirEntry[];
  realpath(file: string): string;
  /** True when the current user may write the file. */
  canWrite(file: string): boolean;
  /** Creates a new file (fails if it exists), writes, flushes to disk and sets the mode. */
  writeNewFile(file: string, data: Buffer, mode: number): void;
  rename(from: string, to: string): void;
  unlink(file: string): void;
}

function statOf(s: nodeFs.Stats): FileStat {
  return { isFile: s.isFile(), isDirectory: s.isDirectory(), mode: s.mode & 0o7777, size: s.size, mtimeMs: s.mtimeMs };
}

export const nodeFileSystem: CliFileSystem = {
  readFile: (file) => nodeFs.readFileSync(file),
  stat: (file) => statOf(nodeFs.statSync(file)),
  readdir: (dir) =>
    nodeFs.readdirSync(dir, { withFileTypes: true }).map((d) => ({
      name: d.name,
      kind: d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'other',
    })),
  realpath: (file) => nodeFs.realpathSync(file),
  canWrite: (file) => {
    try {
      nodeFs.accessSync(file, nodeFs.constants.W_OK);
      return true;
    } catch {
      return false;
    }
  },
  writeNewFile: (file, data, mode) => {
    const fd = nodeFs.openSync(file, 'wx', mode);
    try {
      nodeFs.writeFileSync(fd, data);
      nodeFs.fchmodSync(fd, mode); // the umask may have narrowed the mode given to open
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
  },
  rename: (from, to) => nodeFs.renameSync(from, to),
  unlink: (file) => nodeFs.unlinkSync(file),
};

let tempCounter = 0;

/**
 * Replaces `file` with `data` so that a reader, or a crash at any moment, sees either the old
 * file or the new one, never a mix: the data goes to a temporary file in the same directory
 * (rename is only atomic within one file system), which then takes the file's name. The old
 * file's permission bits are kept. A symbolic link is followed, so the link stays a link.
 */
export function writeFileAtomic(fs: CliFileSystem, file: string, data: Buffer): void {
  const target = fs.realpath(file);
  const mode = fs.stat(target).mode;
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.gongwen-${process.pid}-${Date.now().toString(36)}-${tempCounter++}.tmp`,
  );
  try {
    fs.writeNewFile(temp, data, mode);
    fs.rename(temp, target);
  } catch (error) {
    try {
      fs.unlink(temp);
    } catch {
      // The temporary file was never created, or is already gone.
    }
    throw error;
  }
}
