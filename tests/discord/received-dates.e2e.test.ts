import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPath } from '../../src/ingest/ingest.js';
import type { InteractionResponse } from '../support/fake-discord/index.js';
import { SEED_DATE, seededStore, startHarness, type Harness } from './harness.js';

/**
 * #12 item 4: a page that prints no date is filed under the day its file arrived, and /headlines says so
 * ("undated pages, received …") instead of titling it as that day's paper.
 */
const RECEIVED_DAY = '2026-12-02';
const AUTOCOMPLETE_RESULT = 8;
const embeds = (r: InteractionResponse): APIEmbed[] => (r.data.embeds ?? []) as APIEmbed[];

describe('/headlines of undated pages, end to end', () => {
  let h: Harness;
  let dir: string;
  const slash = (options: Record<string, unknown>, locale = 'en-US') =>
    h.send(h.fake.build.slashCommand({ name: 'headlines', options: options as never, locale }));

  beforeAll(async () => {
    const store = seededStore();
    // The seed page prints no date (its story says only 7月29日); its file arrived on 2 Dec 2026, Shanghai time.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperboy-received-'));
    const file = path.join(dir, 'undated.txt');
    fs.copyFileSync(path.resolve('seeds/000_4397dc98031408d7.txt'), file);
    const mtime = new Date('2026-12-02T03:00:00Z');
    fs.utimesSync(file, mtime, mtime);
    const report = await ingestPath(dir, { store, timezone: 'Asia/Shanghai' });
    expect(report).toMatchObject({ pages: 1, failed: [] });
    h = await startHarness(store);
  });
  afterAll(async () => {
    await h?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('titles the newest edition, made of undated pages, as received that day, never as that day’s paper', async () => {
    const [e] = embeds(await slash({}));
    expect(e!.title).toBe('Undated pages · received Wed, 2 Dec 2026');
    expect(e!.description).toContain('**1. ');
    expect(e!.footer).toBeUndefined();
  });

  it('says the same in Simplified and Traditional Chinese, for a date asked for', async () => {
    const zh = embeds(await slash({ date: RECEIVED_DAY }, 'zh-CN'))[0]!;
    expect(zh.title).toBe('未注明日期的版面 · 2026年12月2日 星期三 收到');
    const tw = embeds(await slash({ date: RECEIVED_DAY }, 'zh-TW'))[0]!;
    expect(tw.title).toBe('未註明日期的版面 · 2026年12月2日 星期三 收到');
  });

  it('keeps the plain heading for an edition whose pages print their date', async () => {
    const [e] = embeds(await slash({ date: SEED_DATE }));
    expect(e!.title).toBe(`Headlines · ${SEED_DATE}`);
  });

  it('marks a received day in the date autocomplete, in the reader’s language', async () => {
    const ask = async (typed: string, locale: string) => {
      const r = await h.send(
        h.fake.build.autocomplete({ name: 'headlines', options: { date: typed }, focused: 'date', locale }),
      );
      expect(r.type).toBe(AUTOCOMPLETE_RESULT);
      return r.data.choices as { name: string; value: string }[];
    };
    expect(await ask('2026', 'en-US')).toEqual([
      { name: '2026-12-02 · undated pages, received', value: RECEIVED_DAY },
    ]);
    expect(await ask('2026', 'zh-CN')).toEqual([
      { name: '2026-12-02 · 未注明日期的版面（收到日）', value: RECEIVED_DAY },
    ]);
    expect((await ask('2019-08-07', 'en-US')).map((c) => c.name)).toEqual([SEED_DATE]);
  });
});
