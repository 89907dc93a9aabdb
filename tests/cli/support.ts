/**
 * What the CLI tests share: a scratch folder per test with a database in it and the seeds as ARTICLES_DIR, and
 * captured output for the ingest and search entry points.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export interface Scratch {
  dir: string;
  env: NodeJS.ProcessEnv;
}

/** A fresh folder and environment for every test of the file that calls this; removed after each. */
export function useScratch(prefix: string): Scratch {
  const scratch: Scratch = { dir: '', env: {} };
  beforeEach(() => {
    scratch.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    scratch.env = {
      DATABASE_PATH: path.join(scratch.dir, 'data', 'p.db'),
      ARTICLES_DIR: path.resolve('seeds'),
    };
  });
  afterEach(() => fs.rmSync(scratch.dir, { recursive: true, force: true }));
  return scratch;
}

/** Output sinks for the CLIs, writing into one captured `io`. */
export function capture() {
  const io = { out: '', err: '' };
  const out = (s: string) => (io.out += s);
  const err = (s: string) => (io.err += s);
  return { io, ingestIo: { out, err, progress: false }, searchIo: { out, err, color: false } };
}
