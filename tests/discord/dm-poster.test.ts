import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { classifyDmError, followDmReply } from '../../src/discord/dm-poster.js';
import { replyPayload } from '../../src/discord/reply-payload.js';

const apiError = (code: number, status: number, message = 'refused') =>
  new DiscordAPIError({ code, message }, code, status, 'POST', '/channels/1/messages', { body: {} });

describe('follow DMs', () => {
  it('pause a user only when Discord says they cannot be sent DMs; anything else is retried', () => {
    expect(classifyDmError(apiError(50007, 403))).toMatchObject({
      action: 'pause',
      reason: 'Cannot send messages to this user (50007)',
    });
    expect(classifyDmError(apiError(50278, 403)).action).toBe('pause');
    // A Missing Access on a DM is not the user's doing: try again rather than pause them.
    expect(classifyDmError(apiError(50001, 403)).action).toBe('retry');
    expect(classifyDmError(new Error('socket hang up'))).toMatchObject({
      action: 'retry',
      reason: 'socket hang up',
    });
  });

  it('list every story with its keyword and an open button, in Chinese for a Chinese server', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({
      articleId: `id${i}`,
      title: `标题${i}`,
      keyword: '舟山',
      lede: `导语${i}。`,
    }));
    const payload = replyPayload(
      followDmReply({ userId: 'u', guildId: 'g', items, more: 5, nonce: 'n' }, 'zh-CN'),
    );
    expect(payload.embeds[0]!.title).toBe('你关注的新文章 · 12 篇');
    expect(payload.embeds[0]!.description).toMatch(/^\*\*1\. 标题0\*\* · \*匹配“舟山”\*\n导语0。/);
    expect(payload.embeds[0]!.description).toMatch(/……还有 5 篇，可用 \/search 查找。$/);
    expect(payload.embeds[0]!.footer?.text).toBe(
      '用 /follow list、/follow remove 或 /follow clear 修改你的关注。',
    );
    const rows = payload.components.map((r) =>
      r.components.map((c) => [(c as { custom_id: string }).custom_id, (c as { label: string }).label]),
    );
    expect(rows).toEqual([
      [0, 1, 2, 3, 4].map((i) => [`summary:id${i}`, `${i + 1} · 打开`]),
      [5, 6].map((i) => [`summary:id${i}`, `${i + 1} · 打开`]),
    ]);
  });
});
