/**
 * Which files of a folder are pages: the one rule `npm run ingest`, the bot and `npm run parse` share.
 *
 * Every file whose name ends in `.txt` (any case), under the folder and its subfolders, in name order; names
 * starting with `.` (files and folders) are skipped. Symbolic links are followed, to files and to folders; a
 * link back to a folder being listed (a loop) is reported, not followed. Anything that cannot be listed (no
 * permission, vanished mid-scan, a loop) is reported with its path and the rest is listed.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Page files are text files; anything else in the folder (images, notes, dot files) is left alone. */
export const PAGE_FILE = /\.txt$/iu;

/** Something under the folder that could not be listed, with why. */
export interface ListProblem {
  path: string;
  error: string;
}

export interface PageFileList {
  /** Absolute paths of the page files, in name order. */
  files: string[];
  problems: ListProblem[];
  /**
   * Folders that could not be listed (absolute). What was stored from under them is not "vanished": a prune
   * must leave it alone.
   */
  unlisted: string[];
}

/** A plain reason for a file-system error, without Node's stack or errno noise. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'vanished before it could be read';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOTDIR') return 'is not a directory';
  return err instanceof Error ? err.message : String(err);
}

/** The file-system calls the listing makes; replaceable so tests can make a folder fail as root can't. */
export interface ListFs {
  readdir(dir: string): string[];
  stat(file: string): { isDirectory(): boolean; isFile(): boolean };
  realpath(file: string): string;
}

const realFs: ListFs = {
  readdir: (dir) => readdirSync(dir),
  stat: (file) => statSync(file),
  realpath: (file) => realpathSync(file),
};

/**
 * Lists the page files under `dir` (see the module comment for the rule).
 *
 * @throws only when `dir` itself cannot be listed; the caller names it.
 */
export function listPageFiles(dir: string, fs: ListFs = realFs): PageFileList {
  const root = path.resolve(dir);
  const out: PageFileList = { files: [], problems: [], unlisted: [] };
  // The root is read first and unguarded: a missing or unreadable target is the caller's error to report.
  const rootNames = fs.readdir(root);
  walk(root, rootNames, new Set([fs.realpath(root)]), out, fs);
  return out;
}

function walk(
  dir: string,
  names: string[],
  ancestors: ReadonlySet<string>,
  out: PageFileList,
  fs: ListFs,
): void {
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    let isDir: boolean;
    try {
      // stat, not lstat: links are followed; a dangling link or a file gone since readdir throws here.
      const info = fs.stat(full);
      isDir = info.isDirectory();
      if (!isDir && !info.isFile()) continue;
    } catch (err) {
      // A dangling link that does not look like a page is not worth a warning.
      if (!PAGE_FILE.test(name) && (err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      out.problems.push({ path: full, error: describeFsError(err) });
      continue;
    }
    if (!isDir) {
      if (PAGE_FILE.test(name)) out.files.push(full);
      continue;
    }
    let real: string;
    let children: string[];
    try {
      real = fs.realpath(full);
      if (ancestors.has(real)) {
        out.problems.push({ path: full, error: `symbolic link loop (back to ${real}); not followed` });
        continue;
      }
      children = fs.readdir(full);
    } catch (err) {
      out.problems.push({ path: full, error: `folder not read: ${describeFsError(err)}` });
      out.unlisted.push(full);
      continue;
    }
    walk(full, children, new Set([...ancestors, real]), out, fs);
  }
}
