// The file system the CLI sees. It is injected through `main(io)` so tests can run the CLI
// over a temporary tree and make single operations fail (a rename that never happens, a file
// that cannot be read) to check what the user sees and that no file is left half written.

import * as nodeFs from 'node:fs';
import * as path from 'node:path';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

/** What a path is, following links; everything but 'file' and 'directory' is refused for reading. */
export type FileKind = 'file' | 'directory' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'other';

export interface DirEntry {
  name: string;
  kind: EntryKind;
}

export interface FileStat {
  kind: FileKind;
  isFile: boolean;
  isDirectory: boolean;
  /** Permission bits, e.g. 0o644. */
  mode: number;
  size: number;
  /** Modification time in milliseconds, used to notice a file changed under us. */
  mtimeMs: number;
  /** Owner and group, kept when --fix replaces the file. */
  uid: number;
  gid: number;
  /** Hard links to the file: with more than one, --fix writes in place so the links stay one file. */
  nlink: number;
}

/** Reading refused because the path is not a regular file (a pipe would block, a device never end). */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly file: string,
    readonly kind: FileKind,
  ) {
    super(`not a regular file (${kind}): ${file}`);
  }
}

/** Reading refused because the file holds more than the caller's limit. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(
    readonly file: string,
    readonly limit: number,
  ) {
    super(`larger than ${limit} bytes: ${file}`);
  }
}

/** Errors keep Node's `code` (ENOENT, EACCES, ELOOP…) so the CLI can explain them. */
export interface CliFileSystem {
  /**
   * Reads a regular file (links followed) of at most `maxBytes`; throws NotRegularFileError for
   * anything else and FileTooLargeError past the limit, having read no more than the limit.
   */
  readFile(file: string, maxBytes: number): Buffer;
  /** Follows symbolic links. */
  stat(file: string): FileStat;
  readdir(dir: string): DirEntry[];
  realpath(file: string): string;
  /** True when the current user may write the file. */
  canWrite(file: string): boolean;
  /** Creates a new file (fails if it exists), writes, flushes to disk and sets the mode. */
  writeNewFile(file: string, data: Buffer, mode: number): void;
  /** Sets a file's owner and group (EPERM when the user may not). */
  chown(file: string, uid: number, gid: number): void;
  /**
   * Overwrites an existing file's content in place, keeping its inode (links, owner, extended
   * attributes), after checking through the open file that it still has the size and time given.
   */
  overwrite(file: string, data: Buffer, expected: Pick<FileStat, 'size' | 'mtimeMs'>): void;
  rename(from: string, to: string): void;
  unlink(file: string): void;
}

function kindOf(s: nodeFs.Stats): FileKind {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'directory';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice()) return 'character-device';
  if (s.isBlockDevice()) return 'block-device';
  if (s.isSocket()) return 'socket';
  return 'other';
}

function statOf(s: nodeFs.Stats): FileStat {
  return {
    kind: kindOf(s),
    isFile: s.isFile(),
    isDirectory: s.isDirectory(),
    mode: s.mode & 0o7777,
    size: s.size,
    mtimeMs: s.mtimeMs,
    uid: s.uid,
    gid: s.gid,
    nlink: s.nlink,
  };
}

/** A size and time no longer those of the file as it was read: someone else wrote to it. */
export class FileChangedError extends Error {
  readonly code = 'ECHANGED';
  constructor(readonly file: string) {
    super(`changed while being fixed: ${file}`);
  }
}

export function sameVersion(a: Pick<FileStat, 'size' | 'mtimeMs'>, b: Pick<FileStat, 'size' | 'mtimeMs'>): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * Opening a FIFO for reading waits for a writer; O_NONBLOCK makes the open return at once, and
 * changes nothing for a regular file. Windows has no such flag (and no FIFOs on disk).
 */
const OPEN_FOR_READING = nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0);

function readRegularFile(file: string, maxBytes: number): Buffer {
  // The type is checked before opening (opening some devices has effects) and again on the open
  // file, in case the path was swapped in between.
  const before = nodeFs.statSync(file);
  if (!before.isFile()) throw new NotRegularFileError(file, kindOf(before));
  const fd = nodeFs.openSync(file, OPEN_FOR_READING);
  try {
    const opened = nodeFs.fstatSync(fd);
    if (!opened.isFile()) throw new NotRegularFileError(file, kindOf(opened));
    if (opened.size > maxBytes) throw new FileTooLargeError(file, maxBytes);
    // The size is only a hint (the file may grow, and /proc files say 0): read to the end, but
    // never more than one byte past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(opened.size - total, 64 * 1024), maxBytes + 1 - total));
      const n = nodeFs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new FileTooLargeError(file, maxBytes);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    nodeFs.closeSync(fd);
  }
}

export const nodeFileSystem: CliFileSystem = {
  readFile: readRegularFile,
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
  chown: (file, uid, gid) => nodeFs.chownSync(file, uid, gid),
  overwrite: (file, data, expected) => {
    const fd = nodeFs.openSync(file, nodeFs.constants.O_RDWR | (nodeFs.constants.O_NONBLOCK ?? 0));
    try {
      const now = nodeFs.fstatSync(fd);
      if (!now.isFile()) throw new NotRegularFileError(file, kindOf(now));
      if (!sameVersion(now, expected)) throw new FileChangedError(file);
      nodeFs.writeSync(fd, data, 0, data.length, 0);
      nodeFs.ftruncateSync(fd, data.length);
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
  },
  rename: (from, to) => nodeFs.renameSync(from, to),
  unlink: (file) => nodeFs.unlinkSync(file),
};

let tempCounter = 0;

function tempNameFor(target: string, purpose: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.gongwen-${process.pid}-${Date.now().toString(36)}-${tempCounter++}.${purpose}`);
}

function removeQuietly(fs: CliFileSystem, file: string): void {
  try {
    fs.unlink(file);
  } catch {
    // Never created, or already gone.
  }
}

/** The file as it was read: its bytes, and the size and time it had before they were read. */
export interface ReadVersion {
  bytes: Buffer;
  size: number;
  mtimeMs: number;
}

/**
 * Puts `data` in place of `file`, which must still be the version that was read (else
 * FileChangedError, and nothing is written). A symbolic link is followed, so the link stays a
 * link. Two ways, both keeping the file's permission bits, owner and group:
 *
 * - Normally the data goes to a temporary file in the same folder (rename is only atomic within
 *   one file system), given the old file's mode, owner and group, which then takes the file's
 *   name: a reader, or a crash at any moment, sees the old file or the new one, never a mix. The
 *   size and time are compared again immediately before the rename; what remains is the moment
 *   between that comparison and the rename, and a change within the clock's resolution that
 *   keeps the size.
 * - A file with more than one hard link, or whose owner the user may not give to a new file, is
 *   overwritten in place (a rename would split the links or change the owner). The old bytes are
 *   first saved beside it, and removed once the new content is on disk, so a crash mid-write
 *   leaves them to restore from.
 *
 * A new file does not carry the old one's extended attributes or ACL: Node has no API for them.
 * Returns how the file was written.
 */
export function writeFileBack(fs: CliFileSystem, file: string, data: Buffer, read: ReadVersion): 'replaced' | 'in-place' {
  const target = fs.realpath(file);
  const before = fs.stat(target);
  if (!sameVersion(before, read)) throw new FileChangedError(file);
  if (before.nlink > 1) return overwriteWithBackup(fs, target, data, read, before.mode);
  const temp = tempNameFor(target, 'tmp');
  try {
    fs.writeNewFile(temp, data, before.mode);
    const made = fs.stat(temp);
    if (made.uid !== before.uid || made.gid !== before.gid) {
      try {
        fs.chown(temp, before.uid, before.gid);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EPERM' && code !== 'EINVAL') throw error;
        // Only root may give a file away: keep the owner by writing into the file itself.
        removeQuietly(fs, temp);
        return overwriteWithBackup(fs, target, data, read, before.mode);
      }
    }
    if (!sameVersion(fs.stat(target), read)) throw new FileChangedError(file);
    fs.rename(temp, target);
    return 'replaced';
  } catch (error) {
    removeQuietly(fs, temp);
    throw error;
  }
}

/** Errors `overwrite` raises before it writes a byte. */
const NOTHING_WRITTEN = new Set(['ECHANGED', 'ENOTREG', 'EACCES', 'EPERM', 'ENOENT', 'EROFS', 'EISDIR', 'ETXTBSY']);

function overwriteWithBackup(fs: CliFileSystem, target: string, data: Buffer, read: ReadVersion, mode: number): 'in-place' {
  const backup = tempNameFor(target, 'bak');
  fs.writeNewFile(backup, read.bytes, mode & 0o600);
  try {
    fs.overwrite(target, data, read);
  } catch (error) {
    // Refused before writing (changed, not openable): the copy is not needed. A write that
    // failed part way leaves it beside the file to restore from.
    if (NOTHING_WRITTEN.has((error as NodeJS.ErrnoException).code ?? '')) removeQuietly(fs, backup);
    throw error;
  }
  removeQuietly(fs, backup);
  return 'in-place';
}
