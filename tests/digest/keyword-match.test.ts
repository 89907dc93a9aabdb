import { describe, expect, it } from 'vitest';
import { KeywordIndex, keywordMatches, keywordTerms, matchText } from '../../src/digest/keyword-match.js';
import { simplifiedVariants } from '../../src/store/traditional.js';

const story = matchText({
  title: '舟山镇：三服务进万家',
  kicker: '乡村振兴',
  paragraphs: ['本报讯 舟山镇晒席草，5G网络覆盖全镇。', '“山，镇”之间，游客络绎不绝。'],
});

describe('keyword matching', () => {
  it('matches long and short terms anywhere in title, kicker and paragraphs, case-insensitively', () => {
    expect(keywordMatches('三服务', story)).toBe(true);
    expect(keywordMatches('席草', story)).toBe(true);
    expect(keywordMatches('镇', story)).toBe(true);
    expect(keywordMatches('5g', story)).toBe(true);
    expect(keywordMatches('乡村', story)).toBe(true);
    expect(keywordMatches('稻田', story)).toBe(false);
  });

  it('does not let a one- or two-character term span punctuation, as search does not', () => {
    // 山镇 only occurs across the comma in “山，镇”… and inside 舟山镇, so drop the latter to see the rule.
    const text = matchText({ title: '游记', paragraphs: ['“山，镇”之间'] });
    expect(keywordMatches('山镇', text)).toBe(false);
    expect(keywordMatches('山镇', story)).toBe(true);
  });

  it('needs every term of a keyword with spaces, any form of each', () => {
    expect(keywordMatches('舟山 游客', story)).toBe(true);
    expect(keywordMatches('舟山 稻田', story)).toBe(false);
  });

  it('finds Simplified text for a Traditional keyword', () => {
    expect(keywordMatches('舟山鎮', story, simplifiedVariants)).toBe(true);
    expect(keywordMatches('網絡', story, simplifiedVariants)).toBe(true);
    expect(keywordMatches('網絡', story)).toBe(false);
  });

  it('refuses a keyword with nothing searchable', () => {
    expect(keywordTerms('“ ”、…')).toBeNull();
    expect(new KeywordIndex().add('……', 1)).toBe(false);
  });

  it('returns each matching value once, over many keywords sharing characters', () => {
    const index = new KeywordIndex<string>(simplifiedVariants);
    index.add('舟山', 'u1');
    index.add('舟山镇', 'u1');
    index.add('舟', 'u2');
    index.add('舟山 稻田', 'u3');
    index.add('服務', 'u4');
    index.add('稻田', 'u5');
    expect(index.size).toBe(6);
    expect(index.match(story).sort()).toEqual(['u1', 'u2', 'u4']);
  });
});
