import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilters, FilterSet, type SubscriptionFilters } from '../../src/digest/filters.js';
import { simplifiedVariants } from '../../src/store/traditional.js';

const ARTICLES = [
  { title: '舟山渔场开渔', paragraphs: ['渔民出海，东海休渔期结束。'], section: '经济' },
  { title: '经济运行稳中向好', paragraphs: ['全市经济持续回升。'], section: '要闻' },
  { title: '体育：龙舟赛', paragraphs: ['端午节龙舟赛在舟山举行。'], section: '体育新闻' },
  { title: '无版面稿件', paragraphs: ['没有栏目。'], section: null },
];
const WORDS = ['舟山', '經濟', '经济', '渔', '龙舟赛', '体育', '要闻', '！', '不存在', '東海 休漁'];

describe('FilterSet', () => {
  it('keeps exactly what compileFilters keeps, for every subscription at once', () => {
    const list = fc.array(fc.constantFrom(...WORDS), { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ sections: list, include: list, exclude: list }), {
          minLength: 1,
          maxLength: 12,
        }),
        (subs: SubscriptionFilters[]) => {
          const set = new FilterSet<number>(simplifiedVariants);
          subs.forEach((f, i) => set.add(f, i));
          for (const a of ARTICLES) {
            const expected = subs.flatMap((f, i) => (compileFilters(f, simplifiedVariants)(a) ? [i] : []));
            expect(set.match(a)).toEqual(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
