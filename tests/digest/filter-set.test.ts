import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FilterSet, type FilterableArticle, type SubscriptionFilters } from '../../src/digest/filters.js';
import { keywordMatches, keywordTerms, matchText } from '../../src/digest/keyword-match.js';
import { simplifiedVariants } from '../../src/store/traditional.js';

const ARTICLES = [
  { title: '舟山渔场开渔', paragraphs: ['渔民出海，东海休渔期结束。'], section: '经济' },
  { title: '经济运行稳中向好', paragraphs: ['全市经济持续回升。'], section: '要闻' },
  { title: '体育：龙舟赛', paragraphs: ['端午节龙舟赛在舟山举行。'], section: '体育新闻' },
  { title: '无版面稿件', paragraphs: ['没有栏目。'], section: null },
];
const WORDS = ['舟山', '經濟', '经济', '渔', '龙舟赛', '体育', '要闻', '！', '不存在', '東海 休漁'];

/**
 * The filters' meaning, one keyword at a time: a list whose keywords are all unsearchable keeps everything;
 * sections are matched against the banner, include and exclude against title and body.
 */
function keeps(f: SubscriptionFilters, a: FilterableArticle): boolean {
  const searchable = (words: string[]) => words.filter((w) => keywordTerms(w, simplifiedVariants) !== null);
  const any = (words: string[], text: ReturnType<typeof matchText>) =>
    words.some((w) => keywordMatches(w, text, simplifiedVariants));
  const sections = searchable(f.sections);
  const include = searchable(f.include);
  const exclude = searchable(f.exclude);
  if (sections.length > 0 && !any(sections, matchText({ title: a.section ?? '' }))) return false;
  if (include.length > 0 && !any(include, matchText(a))) return false;
  return !any(exclude, matchText(a));
}

describe('FilterSet', () => {
  it('keeps exactly what each subscription’s filters keep, keyword by keyword, for all of them at once', () => {
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
            const expected = subs.flatMap((f, i) => (keeps(f, a) ? [i] : []));
            expect(set.match(a)).toEqual(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
