import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { CommandMentions } from '../../src/discord/command-mentions.js';

const bodies = commands.map((c) => c.data.toJSON());

describe('CommandMentions', () => {
  const m = new CommandMentions(bodies);
  m.setRegistered([
    { id: '111', name: 'search' },
    { id: '222', name: 'digest' },
  ]);

  it('rewrites command names only where they stand alone', () => {
    expect(m.rewrite('Use /search or /digest subscribe.', 'en-US')).toBe(
      'Use </search:111> or </digest subscribe:222>.',
    );
    // Part of a path or a word, or an unknown name: left as written.
    expect(m.rewrite('see a/search, /searching and /quit', 'en-US')).toBe(
      'see a/search, /searching and /quit',
    );
  });

  it('keeps an unknown subcommand as text after the mention', () => {
    expect(m.rewrite('/digest frobnicate', 'en-US')).toBe('</digest:222> frobnicate');
  });

  it('names a command without a known id by its localized name', () => {
    expect(m.rewrite('先用 /headlines 看看', 'zh-CN')).toBe('先用 /要闻 看看');
    expect(m.rewrite('先用 /headlines 看看', 'zh-TW')).toBe('先用 /要聞 看看');
  });
});
