import { describe, expect, it } from 'vitest';
import { rougeF1, rougeL, rougeN, rougeTokens } from '../../bench/rouge.js';

describe('character-level ROUGE', () => {
  it('tokenizes per character, ignoring whitespace and punctuation', () => {
    expect(rougeTokens('“三服务” 提质，A1')).toEqual(['三', '服', '务', '提', '质', 'a', '1']);
  });

  it('scores identical text 1 and disjoint text 0', () => {
    expect(rougeF1('打开四个通道', '打开四个通道')).toEqual({ r1: 1, r2: 1, rl: 1 });
    expect(rougeF1('晒席草', '开大会')).toEqual({ r1: 0, r2: 0, rl: 0 });
  });

  it('computes ROUGE-1 with clipped counts', () => {
    // candidate 甲甲乙 (3), reference 甲乙丙丁 (4): overlap 甲1 + 乙1 = 2.
    const score = rougeN('甲甲乙', '甲乙丙丁', 1);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 4);
    expect(score.f1).toBeCloseTo((2 * (2 / 3) * (1 / 2)) / (2 / 3 + 1 / 2));
  });

  it('computes ROUGE-2 over character bigrams', () => {
    // candidate bigrams 甲乙 乙丙 丙戊; reference 甲乙 乙丙 丙丁: overlap 2 of 3 each way.
    expect(rougeN('甲乙丙戊', '甲乙丙丁', 2).f1).toBeCloseTo(2 / 3);
  });

  it('computes ROUGE-L from the longest common subsequence', () => {
    // LCS of 甲丙乙丁 and 甲乙丙丁 is 3 long (甲乙丁 or 甲丙丁).
    const score = rougeL('甲丙乙丁', '甲乙丙丁');
    expect(score.precision).toBeCloseTo(3 / 4);
    expect(score.recall).toBeCloseTo(3 / 4);
  });

  it('scores an empty candidate 0 rather than NaN', () => {
    expect(rougeF1('', '晒席草')).toEqual({ r1: 0, r2: 0, rl: 0 });
  });
});
