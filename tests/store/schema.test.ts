import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { migrate, migrations, SchemaVersionError } from '../../src/store/schema.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-schema-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('schema migrations', () => {
  it('numbers migrations consecutively from 1', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('brings a new database to the latest version and does nothing the second time', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(migrations.map((m) => m.version));
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(migrate(db)).toEqual([]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['pages', 'articles', 'guild_settings', 'subscriptions', 'deliveries']),
    );
    db.close();
  });

  it('applies only the migrations a database is missing', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(migrate(db)).toEqual(migrations.slice(1).map((m) => m.version));
    db.close();
  });

  it('refuses a database written by a newer schema', () => {
    const file = path.join(dir, 'future.db');
    const db = new Database(file);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => openStore(file)).toThrow(SchemaVersionError);
  });

  it('opens a file database in WAL mode, creating its directory', () => {
    const file = path.join(dir, 'nested', 'deeper', 'paperboy.db');
    const store = openStore(file);
    store.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('keeps data across reopening', () => {
    const file = path.join(dir, 'p.db');
    const a = openStore(file);
    a.setGuildTimezone('g1', 'Europe/Paris');
    a.close();
    const b = openStore(file);
    expect(b.getGuildSettings('g1').timezone).toBe('Europe/Paris');
    b.close();
  });
});
