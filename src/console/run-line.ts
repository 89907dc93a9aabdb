import {
  withUserNotice,
  type Command,
  type CommandContext,
  type CommandRequest,
  type ComponentHandler,
} from '../discord/command.js';
import { localize } from '../i18n/index.js';
import type { Reply } from '../reply/reply.js';
import { UserError, userMessage } from '../user-error.js';
import {
  CONSOLE_CHANNEL_ID,
  CONSOLE_GUILD_ID,
  CONSOLE_USER_ID,
  OPERATOR_PERMISSIONS,
} from './console-guild.js';
import { assignOptions, byAnyName, consoleOptions, optionsOf, subcommandDefs, tokenize } from './options.js';
import { plainText, replyWithFollowUpsText } from './reply-text.js';

export interface LineEnv {
  ctx: CommandContext;
  commands: ReadonlyMap<string, Command>;
  components: ComponentHandler;
  locale: string;
  /** The console server's time zone, for printing instants. */
  timezone: string;
}

/** A typed slash command run the way Discord would run it: options assigned, autocomplete applied, handler called. */
async function runCommand(name: string, words: string[], env: LineEnv): Promise<Reply> {
  const { ctx, locale } = env;
  const cmd =
    env.commands.get(name) ?? [...env.commands.values()].find((c) => byAnyName([c.data.toJSON()], name));
  if (!cmd)
    throw new UserError('console.unknownCommand', {
      name: `/${name}`,
      list: [...env.commands.keys()].map((n) => `/${n}`).join(' '),
    });
  const subs = subcommandDefs(cmd);
  let sub: string | null = null;
  if (subs.length > 0) {
    const typedSub = words.shift();
    sub = typedSub ? (byAnyName(subs, typedSub)?.name ?? null) : null;
    if (!sub)
      throw new UserError('console.subcommands', {
        name: `/${name}`,
        list: subs.map((d) => d.name).join(', '),
      });
  }
  const defs = optionsOf(cmd, sub);
  const values = assignOptions(defs, words);
  // Resolve what was typed the way a Discord user picks from the autocomplete list.
  for (const d of defs) {
    const typed = values.get(d.name);
    if (typed === undefined || !d.autocomplete || !cmd.autocomplete) continue;
    const choices = await cmd.autocomplete(
      {
        commandName: cmd.data.name,
        locale,
        userId: CONSOLE_USER_ID,
        guildId: CONSOLE_GUILD_ID,
        focused: { name: d.name, value: typed },
      },
      ctx,
    );
    const exact = choices.find(
      (c) => c.value.toLowerCase() === typed.toLowerCase() || c.name.toLowerCase() === typed.toLowerCase(),
    );
    const pick = exact ?? choices[0];
    if (pick) values.set(d.name, pick.value);
  }
  const missing = defs.filter((d) => d.required && !values.has(d.name)).map((d) => d.name);
  if (missing.length > 0)
    throw new UserError('console.missing', {
      name: `/${[name, sub].filter(Boolean).join(' ')}`,
      options: missing.join(', '),
    });
  const req: CommandRequest = {
    commandName: cmd.data.name,
    subcommand: sub,
    locale,
    guildLocale: locale,
    guildId: CONSOLE_GUILD_ID,
    channelId: CONSOLE_CHANNEL_ID,
    userId: CONSOLE_USER_ID,
    memberPermissions: OPERATOR_PERMISSIONS,
    options: consoleOptions(values),
    // Console channels are printed to the terminal, which can always "post".
    botPermissionsIn: async () => OPERATOR_PERMISSIONS,
  };
  // The same notice hook as the router's: the operator hears once that their follows were paused.
  return withUserNotice(await cmd.execute(req, ctx), req, ctx);
}

/**
 * Runs one typed line, a slash command or `/press <custom id> [value]`, and returns the text to print. Mistakes
 * come back as a `!` line in the operator's language; anything unexpected is logged and apologised for.
 */
export async function runLine(line: string, env: LineEnv): Promise<string> {
  const { ctx, locale } = env;
  const words = tokenize(line.trim());
  const head = words.shift();
  if (!head) return '';
  const name = head.replace(/^\//, '');
  try {
    let reply: Reply;
    if (name === 'press') {
      const [customId, ...values] = words;
      if (!customId) throw new UserError('console.pressUsage');
      ({ reply } = await env.components({ customId, values, locale }, ctx));
    } else {
      reply = await runCommand(name, words, env);
    }
    return replyWithFollowUpsText(reply, env.timezone);
  } catch (err) {
    if (!(err instanceof UserError)) ctx.logger.error({ err, line }, 'console command failed');
    const { key, params } = userMessage(err);
    return `! ${plainText(localize(locale, key, params), env.timezone)}`;
  }
}
