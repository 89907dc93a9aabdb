import { describe, expect, it } from 'vitest';
import { localize, t } from '../../src/i18n/index.js';
import { channelRef, code, strong, text, timestamp } from '../../src/reply/rich-text.js';
import { UserError, userMessage } from '../../src/user-error.js';

describe('localize', () => {
  const at = new Date('2019-08-08T00:00:00Z');

  it('fills placeholders with spans, so each transport can show a channel or an instant its own way', () => {
    expect(
      localize('en-US', 'digest.subscribed', {
        channel: channelRef('42'),
        time: '08:00',
        tz: 'Asia/Shanghai',
        next: timestamp(at),
      }),
    ).toEqual([
      text('Subscribed '),
      channelRef('42'),
      text(': the digest arrives daily at 08:00 (Asia/Shanghai). Next run: '),
      timestamp(at),
      text('.'),
    ]);
  });

  it('localizes nested messages and lists in the same language', () => {
    const spans = localize('zh-CN', 'digest.missingPermissions', {
      channel: channelRef('42'),
      perms: [{ key: 'perm.ViewChannel' }, { key: 'perm.EmbedLinks' }],
    });
    expect(spans).toEqual([
      text('我无法在 '),
      channelRef('42'),
      text(' 发帖：缺少查看频道, 嵌入链接权限。请授予权限后重试。'),
    ]);
  });

  it('turns the strings’ marks into strong and code spans', () => {
    const spans = localize('en', 'help.body');
    expect(spans).toContainEqual(strong('Reading'));
    expect(spans).toContainEqual(code('/digest list'));
    expect(spans.some((s) => s.kind === 'text' && s.text.includes('<'))).toBe(false);
  });

  it('leaves an unknown placeholder as written, like t()', () => {
    expect(localize('en', 'headlines.title')).toEqual([text('Headlines · {date}')]);
    expect(t('en', 'headlines.title')).toBe('Headlines · {date}');
  });
});

describe('UserError', () => {
  it('carries a key and parameters, not text, and anything else becomes an apology', () => {
    const err = new UserError('search.none', { query: '席草' });
    expect(userMessage(err)).toEqual({ key: 'search.none', params: { query: '席草' } });
    expect(localize('zh-CN', err.key, err.params)).toEqual([text('没有与“席草”匹配的结果。')]);
    expect(userMessage(new Error('database on fire'))).toEqual({ key: 'generic.error' });
  });
});
