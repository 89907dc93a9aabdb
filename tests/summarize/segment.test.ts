import { describe, expect, it } from 'vitest';
import { idfOf, segment } from '../../src/summarize/segment.js';

describe('segment', () => {
  it('keeps local names and terms from the user dictionary whole', () => {
    const words = segment('市长朱志杰赴舟山镇开展“三服务”，打响方山柿品牌，舟山镇前村村民铺晒席草');
    for (const w of ['朱志杰', '舟山镇', '三服务', '方山柿', '席草']) expect(words).toContain(w);
  });

  it('drops whitespace and punctuation', () => {
    expect(segment('本报讯 7月29日晚，省委召开会议。')).not.toContain('，');
    expect(segment(' ，。 ')).toEqual([]);
  });
});

describe('idfOf', () => {
  it('reads idf values from the bundled table', () => {
    expect(idfOf('劳动防护')).toBeCloseTo(13.900677652);
    expect(idfOf('的')).toBeLessThan(2);
  });

  it('gives unknown words the median idf', () => {
    expect(idfOf('三服务')).toBe(idfOf('舟山镇前村村民委员会主任会议'));
    expect(idfOf('三服务')).toBeGreaterThan(8);
  });
});
