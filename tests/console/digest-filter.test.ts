import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLines } from './run-lines.js';
import { simplifiedVariants } from '../../src/store/traditional.js';
import type { Store } from '../../src/store/types.js';
import { seededStore } from '../discord/harness.js';

const FOLLOWS = { follows: { toSimplified: simplifiedVariants } };

describe('/digest filter and cadence in the console (#11)', () => {
  let store: Store;
  beforeAll(() => {
    store = seededStore();
  });
  afterAll(() => store.close());

  it('sets, shows, previews and clears a channel’s filters, and subscribes weekly', async () => {
    const out = await runLines(
      store,
      [
        '/digest subscribe console 08:00 Asia/Shanghai cadence:weekly weekday:3',
        '/digest filter console "include:席草, 舟山鎮" exclude:广告',
        '/digest list',
        '/digest preview channel:console',
        '/digest filter console clear:true',
        '/digest filter console include:！',
      ],
      'en-US',
      FOLLOWS,
    );
    expect(out).toContain(
      'Subscribed #console: the digest arrives every Wednesday at 08:00 (Asia/Shanghai) and carries every edition since the last one.',
    );
    expect(out).toContain(
      'Saved the filters of #console. Filters: include 席草, 舟山鎮 · exclude 广告. Its digests carry only the stories that match.',
    );
    expect(out).toContain(
      'Every Wednesday at 08:00 (Asia/Shanghai)\nNext digest: 2019-08-14 08:00 Asia/Shanghai',
    );
    expect(out).toContain('Filters: include 席草, 舟山鎮 · exclude 广告');
    expect(out).toContain('Preview for #console, with its filters applied.');
    expect(out).toContain('Daily digest · Wed, 7 Aug 2019 · 2 articles');
    expect(out).toContain('Cleared the filters of #console: it gets every story again.');
    expect(out).toContain('! “！” in include has nothing to search for');
    expect(store.getSubscription('console')).toMatchObject({
      cadence: 'weekly',
      weekday: 3,
      filters: { sections: [], include: [], exclude: [] },
    });
  });
});
