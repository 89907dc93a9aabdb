import { describe, expect, it } from 'vitest';
import { compileFilters, hasFilters, NO_FILTERS } from '../../src/digest/filters.js';
import { simplifiedVariants } from '../../src/store/traditional.js';

const economy = { title: '一季度经济稳中向好', section: '经济', paragraphs: ['GDP增长5.3%。'] };
const sports = { title: '女排夺冠', section: '体育新闻', paragraphs: ['比赛在北京举行。'] };
const unsectioned = { title: '北京经济新闻', section: null, paragraphs: [] };

describe('subscription filters', () => {
  it('keeps everything when none is set', () => {
    const keep = compileFilters(NO_FILTERS);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect([economy, sports, unsectioned].map(keep)).toEqual([true, true, true]);
  });

  it('keeps the sections named, matching a banner that contains the name, Traditional too', () => {
    const keep = compileFilters({ sections: ['體育', '经济'], include: [], exclude: [] }, simplifiedVariants);
    expect([economy, sports, unsectioned].map(keep)).toEqual([true, true, false]);
  });

  it('needs any include keyword and no exclude keyword, in title or body', () => {
    const keep = compileFilters({ sections: [], include: ['北京', 'gdp'], exclude: ['女排'] });
    expect([economy, sports, unsectioned].map(keep)).toEqual([true, false, true]);
  });
});
