import { PermissionFlagsBits, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDigestMessages, type DigestRenderOptions } from '../../src/discord/digest-message.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { DEFAULT_DIGEST_LAYOUT } from '../../src/digest/shape.js';
import { SEED_DATE, startHarness, type Harness } from './harness.js';

// A paper name and a layout other than the defaults: the preview must use them as the channel poster does.
const DISPLAY: DigestRenderOptions = {
  paperName: '舟山日报',
  layout: { ...DEFAULT_DIGEST_LAYOUT, topPerSection: 1, maxShown: 2 },
};

describe('/digest preview with PAPER_NAME and DIGEST_* settings, end to end against the fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(undefined, { digestDisplay: DISPLAY });
  });
  afterAll(() => h.close());

  it('is the message a channel gets under the same settings', async () => {
    const r = await h.send(
      h.fake.build.slashCommand({
        name: 'digest',
        subcommand: 'preview',
        memberPermissions: PermissionFlagsBits.ManageGuild,
      }),
    );
    const [channelCopy] = renderDigestMessages(
      buildDigest(h.store.articlesForDate(SEED_DATE), { editionDate: SEED_DATE }),
      'en',
      DISPLAY,
    );
    const [defaults] = renderDigestMessages(
      buildDigest(h.store.articlesForDate(SEED_DATE), { editionDate: SEED_DATE }),
      'en',
    );
    expect(r.data.content).toContain('舟山日报');
    expect(r.data.content).toBe(channelCopy!.content);
    expect(r.data.embeds as APIEmbed[]).toEqual(channelCopy!.embeds);
    expect(r.data.embeds).not.toEqual(defaults!.embeds);
  });
});
