import { describe, expect, it } from 'vitest';
import { MAX_KEYWORDS_PER_LIST, parseKeywordList } from '../../commands/digest/filter.js';
import { compileFilters } from '../../src/digest/filters.js';
import { simplifiedVariants } from '../../src/store/traditional.js';
import { UserError } from '../../src/user-error.js';

const errorOf = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('no error thrown');
};

describe('/digest filter keyword lists', () => {
  it('splits at commas, Chinese commas and 、, keeping spaces inside a keyword', () => {
    expect(parseKeywordList('舟山, 渔业，开渔季、 东海 休渔 ,,舟山', 'include')).toEqual([
      '舟山',
      '渔业',
      '开渔季',
      '东海 休渔',
    ]);
  });

  it('refuses a keyword with nothing searchable, naming it and the list', () => {
    const e = errorOf(() => parseKeywordList('舟山, ！？', 'exclude'));
    expect(e.key).toBe('digest.filter.nothingSearchable');
    expect(e.params).toMatchObject({ keyword: '！？', list: { key: 'digest.filter.exclude' } });
    expect(errorOf(() => parseKeywordList(' , ，', 'include')).key).toBe('digest.filter.nothingSearchable');
  });

  it('refuses a keyword over 30 characters and a list over 20 keywords', () => {
    expect(parseKeywordList('新'.repeat(30), 'include')).toEqual(['新'.repeat(30)]);
    const long = errorOf(() => parseKeywordList('新'.repeat(31), 'include'));
    expect(long.key).toBe('digest.filter.tooLong');
    expect(long.params).toMatchObject({ max: 30 });
    const words = Array.from({ length: MAX_KEYWORDS_PER_LIST + 1 }, (_, i) => `词${i}`);
    expect(parseKeywordList(words.slice(0, 20).join(','), 'sections')).toHaveLength(20);
    const many = errorOf(() => parseKeywordList(words.join(','), 'sections'));
    expect(many.key).toBe('digest.filter.tooMany');
    expect(many.params).toMatchObject({ count: 21, max: 20 });
  });
});

describe('filters match the way search does', () => {
  const economy = {
    title: '经济运行稳中向好',
    paragraphs: ['今年前三季度，全市经济持续回升。'],
    section: '要闻',
  };
  const fishing = { title: '舟山渔场开渔', paragraphs: ['渔民出海。'], section: '经济' };

  it('a Traditional keyword (經濟) keeps Simplified stories (经济)', () => {
    const keep = compileFilters({ sections: [], include: ['經濟'], exclude: [] }, simplifiedVariants);
    expect(keep(economy)).toBe(true);
    expect(keep(fishing)).toBe(false);
    // Without the converter the Traditional form matches nothing.
    expect(compileFilters({ sections: [], include: ['經濟'], exclude: [] })(economy)).toBe(false);
  });

  it('a two-character keyword matches, and an exclusion drops a story', () => {
    const keep = compileFilters(
      { sections: [], include: ['渔场', '经济'], exclude: ['回升'] },
      simplifiedVariants,
    );
    expect(keep(fishing)).toBe(true);
    expect(keep(economy)).toBe(false);
    const oneChar = compileFilters({ sections: [], include: ['渔'], exclude: [] });
    expect(oneChar(fishing)).toBe(true);
    expect(oneChar(economy)).toBe(false);
  });
});
