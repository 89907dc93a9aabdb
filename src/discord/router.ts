import {
  MessageFlags,
  type APIEmbed,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageComponentInteraction,
} from 'discord.js';
import { localize } from '../i18n/index.js';
import type { Reply } from '../reply/reply.js';
import { truncate } from '../reply/truncate.js';
import { UserError, userMessage } from '../user-error.js';
import {
  commandsByName,
  type Command,
  type CommandContext,
  type CommandRequest,
  type ComponentHandler,
  withUserNotice,
} from './command.js';
import { CommandMentions } from './command-mentions.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { interactionPayload } from './reply-payload.js';

/** Discord allows 3 s for the first response; defer well before that when a handler is slow. */
const DEFER_AFTER_MS = 1500;
/** How long a reply waits for the command ids before naming commands without them. */
const COMMAND_IDS_WAIT_MS = 800;
/** After a failed look-up of the command ids, how long until the next try. */
const COMMAND_IDS_RETRY_MS = 60_000;

type Payload = ReturnType<typeof interactionPayload>;

/** The payload with command names rewritten (content, embed descriptions and field values), for `locale`. */
function withCommandNames(payload: Payload, rewrite: (markdown: string) => string): Payload {
  const embeds = (payload.embeds ?? []) as APIEmbed[];
  return {
    ...payload,
    ...(typeof payload.content === 'string' ? { content: rewrite(payload.content) } : {}),
    embeds: embeds.map((e) => ({
      ...e,
      ...(e.description ? { description: rewrite(e.description) } : {}),
      ...(e.fields ? { fields: e.fields.map((f) => ({ ...f, value: rewrite(f.value) })) } : {}),
    })),
  };
}

export interface Router {
  handle(interaction: Interaction): Promise<void>;
}

/** The bot's permissions in a channel, looked up by the Discord adapter; null when unknown. */
export type BotPermissionLookup = (
  interaction: ChatInputCommandInteraction,
  channelId: string,
) => Promise<bigint | null>;

export interface RouterOptions {
  commands: readonly Command[];
  /** Answers buttons and menus. */
  components: ComponentHandler;
  ctx: CommandContext;
  botPermissionsIn: BotPermissionLookup;
  deferAfterMs?: number;
}

/** The failure in the user's own language: what a UserError says, an apology for anything else. */
function errorReply(err: unknown, locale: string): Reply {
  const { key, params } = userMessage(err);
  return { text: localize(locale, key, params), cards: [], controls: [], ephemeral: true };
}

function commandRequest(i: ChatInputCommandInteraction, lookup: BotPermissionLookup): CommandRequest {
  return {
    commandName: i.commandName,
    subcommand: i.options.getSubcommand(false),
    locale: i.locale,
    guildLocale: i.guildLocale ?? null,
    guildId: i.guildId,
    channelId: i.channelId,
    userId: i.user.id,
    memberPermissions: i.memberPermissions?.bitfield ?? null,
    options: {
      string: (name) => i.options.getString(name),
      integer: (name) => i.options.getInteger(name),
      channel: (name) => {
        const c = i.options.getChannel(name);
        if (!c) return null;
        const tags = 'availableTags' in c ? { forumTags: c.availableTags.map((tag) => tag.name) } : {};
        return { id: c.id, name: 'name' in c ? (c.name ?? null) : null, type: c.type, ...tags };
      },
      boolean: (name) => i.options.getBoolean(name),
    },
    botPermissionsIn: (channelId) => lookup(i, channelId),
  };
}

/**
 * The one entry point for interactions: looks the command up, runs it with a defer timer, answers with
 * reply/editReply/update as the state requires, turns UserError into an ephemeral message and anything else into
 * an apology plus a logged stack, and logs one line per interaction.
 */
export function createRouter(opts: RouterOptions): Router {
  const byName = commandsByName(opts.commands);
  const { ctx } = opts;
  const deferAfter = opts.deferAfterMs ?? DEFER_AFTER_MS;
  const mentions = new CommandMentions(opts.commands.map((c) => c.data.toJSON()));
  let idsLoading: Promise<void> | null = null;
  let idsFailedAt = 0;

  /**
   * The registered commands' ids, fetched once (global and this server's) and cached, so `/help` and errors
   * can name commands as clickable mentions. A failure is logged and retried later; until then names are plain.
   */
  function loadCommandIds(i: ChatInputCommandInteraction | MessageComponentInteraction): Promise<void> {
    if (mentions.known) return Promise.resolve();
    if (idsLoading) return idsLoading;
    if (Date.now() - idsFailedAt < COMMAND_IDS_RETRY_MS) return Promise.resolve();
    const app = i.client.application;
    idsLoading = (async () => {
      const global = await app.commands.fetch();
      const guild = i.guildId ? await app.commands.fetch({ guildId: i.guildId }) : null;
      mentions.setRegistered([...global.values(), ...(guild?.values() ?? [])]);
      // Nothing registered yet (before `npm run deploy`): ask again later, not on every interaction.
      if (!mentions.known) idsFailedAt = Date.now();
    })()
      .catch((err: unknown) => {
        idsFailedAt = Date.now();
        ctx.logger.warn({ err }, 'could not fetch the registered commands');
      })
      .finally(() => {
        idsLoading = null;
      });
    return idsLoading;
  }

  /** Waits for the ids at most a moment: a reply is never held up by a slow look-up. */
  async function commandNamesFor(
    i: ChatInputCommandInteraction | MessageComponentInteraction,
    payload: Payload,
  ): Promise<Payload> {
    const loading = loadCommandIds(i);
    // Only while a look-up is under way: once the ids are known (or a look-up just failed) no timer is set.
    if (idsLoading)
      await Promise.race([loading, new Promise((r) => setTimeout(r, COMMAND_IDS_WAIT_MS).unref?.())]);
    return withCommandNames(payload, (md) => mentions.rewrite(md, i.locale));
  }

  /** Runs `work`, deferring if it outlasts the timer, then sends its reply (or error) the right way. */
  async function respond(
    i: ChatInputCommandInteraction | MessageComponentInteraction,
    ephemeralDefault: boolean,
    work: () => Promise<{ reply: Reply; update: boolean }>,
  ): Promise<'ok' | 'user-error' | 'error'> {
    let deferred: Promise<unknown> | null = null;
    let deferredUpdate = false;
    const timer = setTimeout(() => {
      deferred = (async () => {
        if (i.isMessageComponent()) {
          deferredUpdate = true;
          await i.deferUpdate();
        } else await i.deferReply(ephemeralDefault ? { flags: MessageFlags.Ephemeral } : {});
      })().catch((err: unknown) => ctx.logger.warn({ err }, 'defer failed'));
    }, deferAfter);
    let outcome: 'ok' | 'user-error' | 'error' = 'ok';
    let result: { reply: Reply; update: boolean };
    try {
      result = await work();
    } catch (err) {
      outcome = err instanceof UserError ? 'user-error' : 'error';
      if (outcome === 'error')
        ctx.logger.error({ err, guildId: i.guildId, channelId: i.channelId }, 'interaction handler failed');
      result = { reply: errorReply(err, i.locale), update: false };
    } finally {
      clearTimeout(timer);
    }
    const payload = await commandNamesFor(i, interactionPayload(result.reply));
    if (deferred) {
      await deferred;
      if (deferredUpdate && !result.update) await i.followUp(payload);
      else await i.editReply({ ...payload, flags: undefined });
    } else if (result.update && i.isMessageComponent()) {
      await i.update({ ...payload, flags: undefined });
    } else {
      await i.reply(payload);
    }
    for (const extra of result.reply.followUps ?? [])
      await i.followUp(await commandNamesFor(i, interactionPayload(extra)));
    return outcome;
  }

  async function onCommand(i: ChatInputCommandInteraction): Promise<string> {
    const cmd = byName.get(i.commandName);
    return respond(i, cmd?.ephemeral ?? false, async () => {
      if (!cmd) throw new UserError('generic.unknownCommand', { name: i.commandName });
      const req = commandRequest(i, opts.botPermissionsIn);
      // A notice owed to this user (their follows were paused) rides on whichever command they run next.
      return { reply: withUserNotice(await cmd.execute(req, ctx), req, ctx), update: false };
    });
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<string> {
    const cmd = byName.get(i.commandName);
    const focused = i.options.getFocused(true);
    let choices: { name: string; value: string }[] = [];
    let outcome = 'ok';
    try {
      if (cmd?.autocomplete)
        choices = await cmd.autocomplete(
          {
            commandName: i.commandName,
            locale: i.locale,
            userId: i.user.id,
            guildId: i.guildId,
            focused: { name: focused.name, value: String(focused.value) },
          },
          ctx,
        );
    } catch (err) {
      outcome = 'error';
      ctx.logger.error({ err, command: i.commandName }, 'autocomplete failed');
    }
    // Discord refuses the whole response past 25 choices or 100-character names/values.
    await i.respond(
      choices.slice(0, L.autocompleteChoices).map((c) => ({
        name: truncate(c.name, L.choiceName),
        value: c.value.slice(0, L.choiceValue),
      })),
    );
    return outcome;
  }

  async function onComponent(i: MessageComponentInteraction): Promise<string> {
    const values = i.isStringSelectMenu() ? i.values : [];
    return respond(i, true, () => opts.components({ customId: i.customId, values, locale: i.locale }, ctx));
  }

  return {
    async handle(interaction) {
      const started = performance.now();
      let kind: string;
      let outcome: string;
      let name: string | undefined;
      try {
        if (interaction.isChatInputCommand()) {
          kind = 'command';
          name = [interaction.commandName, interaction.options.getSubcommand(false)]
            .filter(Boolean)
            .join(' ');
          outcome = await onCommand(interaction);
        } else if (interaction.isAutocomplete()) {
          kind = 'autocomplete';
          name = interaction.commandName;
          outcome = await onAutocomplete(interaction);
        } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
          kind = 'component';
          name = interaction.customId;
          outcome = await onComponent(interaction);
        } else {
          return;
        }
      } catch (err) {
        // Sending the response itself failed (expired token, network): nothing more to tell the user.
        kind = 'interaction';
        outcome = 'response-failed';
        ctx.logger.warn(
          { err, guildId: interaction.guildId, channelId: interaction.channelId },
          'could not respond to interaction',
        );
      }
      ctx.logger.info(
        {
          kind,
          command: name,
          guildId: interaction.guildId,
          channelId: interaction.channelId,
          outcome,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        },
        'interaction',
      );
    },
  };
}
