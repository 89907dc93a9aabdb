import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import { renderDigestText } from '../../src/digest/render-text.js';
import { source } from './fixtures.js';

describe('renderDigestText', () => {
  const digest = buildDigest([
    source({
      id: 'a',
      title: '省委召开交流会',
      kicker: '聚焦三服务',
      lede: '省委召开工作交流会。',
      authors: ['陈晓苏', '杨成栋'],
      section: '要闻',
    }),
    source({ id: 'b', title: '夜景', kind: 'photo', lede: '', authors: [], section: '图片' }),
  ]);

  it('prints a heading, sections and numbered titles with ledes and authors', () => {
    expect(renderDigestText(digest, 'en')).toBe(
      [
        'Daily digest · Tue, 30 Jul 2024 · 2 articles',
        '',
        '【要闻】',
        '1. 聚焦三服务 | 省委召开交流会',
        '   省委召开工作交流会。',
        '   — 陈晓苏, 杨成栋',
        '',
        '【图片】',
        '2. [Photo] 夜景',
        '',
      ].join('\n'),
    );
  });

  it('speaks Chinese for zh', () => {
    const text = renderDigestText(digest, 'zh');
    expect(text.split('\n')[0]).toBe('每日要闻 · 2024年7月30日 星期二 · 共 2 篇');
    expect(text).toContain('— 陈晓苏、杨成栋');
    expect(text).toContain('[图片新闻] 夜景');
  });

  it('marks each edition and numbers straight through when several are included', () => {
    const text = renderDigestText(
      buildDigest([source({ date: '2024-07-29', title: '旧' }), source({ date: '2024-07-30', title: '新' })]),
    );
    expect(text).toContain('== Mon, 29 Jul 2024 ==');
    expect(text.indexOf('1. 旧')).toBeLessThan(text.indexOf('2. 新'));
  });

  it('renders nothing for an empty digest', () => {
    expect(renderDigestText(buildDigest([]))).toBe('');
  });
});

describe('a digest of pages that printed no date', () => {
  it('says they are undated and when they arrived, never presenting them as that day’s paper', () => {
    const received = buildDigest([source({ date: '2026-12-02', dateReceived: true })]);
    expect(renderDigestText(received, 'en').split('\n')[0]).toBe(
      'Daily digest · undated pages, received Wed, 2 Dec 2026 · 1 article',
    );
    expect(renderDigestText(received, 'zh-CN').split('\n')[0]).toBe(
      '每日要闻 · 未注明日期的版面（2026年12月2日 星期三收到） · 共 1 篇',
    );
    // One printed page on the day makes it that day's edition again.
    const mixed = buildDigest([
      source({ date: '2026-12-02', dateReceived: true }),
      source({ date: '2026-12-02', dateReceived: false }),
    ]);
    expect(renderDigestText(mixed, 'en').split('\n')[0]).toBe('Daily digest · Wed, 2 Dec 2026 · 2 articles');
  });
});
