import { Client, Events, GatewayIntentBits, type ChatInputCommandInteraction } from 'discord.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { onGuildRemoved } from '../delivery/scheduler.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import type { Command, CommandContext, CommandStore, ComponentHandler, SchedulerView } from './command.js';
import type { DigestRenderOptions } from './digest-message.js';
import { createRouter, type Router } from './router.js';

export interface BotDeps {
  config: Pick<Config, 'discordToken' | 'discordApiBase' | 'defaultTimezone'>;
  /** What the commands use, and `removeGuild` for when the bot is removed from a server. */
  store: CommandStore & Pick<Store, 'removeGuild'>;
  logger: Logger;
  clock: Clock;
  scheduler?: SchedulerView;
  /** The slash commands (commands/index.ts) and the handler of their buttons and menus (commands/components.ts). */
  commands: readonly Command[];
  components: ComponentHandler;
  /** Defer a reply when a handler takes longer than this (default 1.5 s). */
  deferAfterMs?: number;
  /** PAPER_NAME and the DIGEST_* layout the channel poster uses, for previews. */
  digestDisplay?: DigestRenderOptions;
  /** Personal follows (#11): the limits, the keyword converter and the paused notice (commands/follow/). */
  follows?: Pick<CommandContext, 'followLimits' | 'toSimplified' | 'userNotice'>;
}

export interface Bot {
  client: Client;
  router: Router;
  /** Logs in and resolves once the gateway says READY. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Lets main.ts attach a scheduler built after the client (the scheduler posts through it). */
  setScheduler(scheduler: SchedulerView): void;
}

/**
 * The bot's permissions in one channel of the interaction's guild, from the gateway cache (GUILD_CREATE, then
 * CHANNEL_UPDATE and role updates keep it current under the Guilds intent); REST only when something is missing.
 */
async function botPermissionsIn(i: ChatInputCommandInteraction, channelId: string): Promise<bigint | null> {
  const guild = i.guild ?? (i.guildId ? await i.client.guilds.fetch(i.guildId).catch(() => null) : null);
  if (!guild) return null;
  const channel =
    guild.channels.cache.get(channelId) ?? (await guild.channels.fetch(channelId).catch(() => null));
  if (!channel || channel.guildId !== guild.id) return null;
  const me = guild.members.me ?? (await guild.members.fetchMe().catch(() => null));
  if (!me) return null;
  return channel.permissionsFor(me)?.bitfield ?? null;
}

/** The discord.js client wired to the router. REST goes to `config.discordApiBase` when set. */
export function createBot(deps: BotDeps): Bot {
  const { config, store, logger, clock } = deps;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Belt and braces: every reply also sets this, and so does the digest poster.
    allowedMentions: { parse: [] },
    ...(config.discordApiBase ? { rest: { api: config.discordApiBase } } : {}),
  });
  const ctx: CommandContext = {
    store,
    clock,
    logger,
    scheduler: deps.scheduler,
    defaultTimezone: config.defaultTimezone,
    ...(deps.digestDisplay ? { digestDisplay: deps.digestDisplay } : {}),
    ...deps.follows,
  };
  const router = createRouter({
    commands: deps.commands,
    components: deps.components,
    ctx,
    botPermissionsIn,
    deferAfterMs: deps.deferAfterMs,
  });

  client.on(Events.InteractionCreate, (interaction) => {
    void router.handle(interaction);
  });
  client.on(Events.GuildDelete, (guild) => {
    // discord.js emits GuildUnavailable, not this, for an outage: this is a real removal.
    // Drops the guild's subscriptions and its timers now rather than at the scheduler's next sweep.
    onGuildRemoved({ store, logger, scheduler: { reload: () => ctx.scheduler?.reload?.() } }, guild.id);
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));

  return {
    client,
    router,
    setScheduler(scheduler) {
      ctx.scheduler = scheduler;
    },
    async start() {
      if (!config.discordToken) throw new Error('DISCORD_TOKEN is not set');
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.discordToken);
      await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'bot ready');
    },
    async stop() {
      await client.destroy();
    },
  };
}
