import type { Command } from '../src/discord/command.js';
import { article } from './article.js';
import { digest } from './digest.js';
import { headlines } from './headlines.js';
import { help } from './help.js';
import { search } from './search.js';
import { summary } from './summary.js';

/** Every slash command, listed explicitly (no filesystem scanning at runtime). */
export const commands: readonly Command[] = [headlines, summary, article, search, digest, help];

/** Commands by name; throws on a duplicate so a copy-paste slip fails at start-up, not at run time. */
export function commandMap(list: readonly Command[] = commands): Map<string, Command> {
  const map = new Map<string, Command>();
  for (const c of list) {
    if (map.has(c.data.name)) throw new Error(`Duplicate command name: ${c.data.name}`);
    map.set(c.data.name, c);
  }
  return map;
}
