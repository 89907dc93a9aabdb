import { describe, expect, it } from 'vitest';
import { snippetText } from '../../commands/search.js';
import { escapeText, toMarkdown } from '../../src/discord/markdown.js';
import { channelRef, code, emphasis, strong, text, timestamp } from '../../src/reply/rich-text.js';

describe('markdown escaping', () => {
  it('shows bold, italics and list markers as printed', () => {
    expect(escapeText('**bold** _x_')).toBe('\\*\\*bold\\*\\* \\_x\\_');
    expect(escapeText('- item')).toBe('\\- item');
  });

  it('keeps the store’s match marks bold and escapes the rest of a snippet', () => {
    expect(toMarkdown(snippetText('a_b **舟山** c*d'))).toBe('a\\_b **舟山** c\\*d');
  });

  it('escapes line-start markers only where a line starts', () => {
    expect(escapeText('# x', false)).toBe('# x');
    expect(escapeText('a\n# x', false)).toBe('a\n\\# x');
    expect(toMarkdown([strong('1.'), text(' # x\n> y')])).toBe('**1.** # x\n\\> y');
  });
});

describe('rich text as Markdown', () => {
  it('marks strong, emphasis and code, and gives instants and channels Discord’s own syntax', () => {
    const at = new Date('2019-08-08T00:00:00Z');
    expect(
      toMarkdown([
        strong('a*b'),
        text(' '),
        emphasis('— 陈晓苏'),
        text(' '),
        code('/digest list'),
        text(' '),
        timestamp(at),
        text(' '),
        channelRef('123'),
      ]),
    ).toBe(`**a\\*b** *— 陈晓苏* \`/digest list\` <t:${at.getTime() / 1000}:f> <#123>`);
  });
});
