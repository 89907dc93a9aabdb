import type { Command } from '../src/discord/command.js';
import { article } from './article.js';
import { digest } from './digest/index.js';
import { follow } from './follow/index.js';
import { headlines } from './headlines.js';
import { help } from './help.js';
import { search } from './search.js';
import { summary } from './summary.js';

/**
 * Every slash command, listed explicitly (no filesystem scanning at runtime), in the order Discord lists them.
 * Their buttons and menus are answered by commands/components.ts.
 */
export const commands: readonly Command[] = [headlines, summary, article, search, digest, follow, help];
