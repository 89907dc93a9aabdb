import { describe, expect, it } from 'vitest';
import { rankKeywords } from '../../src/summarize/keywords.js';
import { segment } from '../../src/summarize/segment.js';

describe('rankKeywords', () => {
  it('ranks topic terms and drops stopwords, function words and numbers', () => {
    const keywords = rankKeywords(
      segment('舟山镇方山柿迎来采摘季。今年舟山镇方山柿种植面积约1.2万亩，柿农们说，方山柿的品相好。'),
      4,
    );
    expect(keywords[0]).toBe('方山柿');
    expect(keywords).toContain('舟山镇');
    for (const k of keywords) expect(['的', '今年', '1.2', '万亩', '说']).not.toContain(k);
  });
});
