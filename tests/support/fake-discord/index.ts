/**
 * A small fake Discord (REST + gateway on 127.0.0.1, random port) that the real discord.js 14 client logs in to,
 * so the bot is tested end to end without the network.
 *
 * ```ts
 * const fake = await startFakeDiscord({ guilds: [{ id: GUILD, channels: [{ id: CHANNEL, name: 'news' }] }] });
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
 * await Promise.all([once(client, Events.ClientReady), client.login('fake-token')]);
 * const i = fake.sendInteraction(fake.build.slashCommand({ name: 'headlines', options: { date: '2024-05-01' } }));
 * const reply = await fake.waitForResponse(i.id, { kind: 'editOriginal' }); // after deferReply + editReply
 * expect(reply.data.embeds?.length).toBe(1);
 * fake.failNext({ method: 'POST', route: '/channels/:id/messages', status: 429, retryAfter: 0.2 });
 * fake.setBotChannelPermissions(CHANNEL, { deny: PermissionFlagsBits.SendMessages }); // next post: 403 50013
 * expect(fake.messages.filter((m) => m.created)).toHaveLength(1);
 * fake.setDmsClosed(USER); // DMs (POST /users/@me/channels, then a post there) to USER: 403 50007
 * expect(fake.dmMessages(OTHER_USER)).toHaveLength(1);
 * await client.destroy(); await fake.close();
 * ```
 *
 * The gateway URL comes from GET /gateway/bot, so `rest.api` is the only client option to set. Logs for
 * assertions: `messages` (channel posts), `requests` (method, path, status), `commandsPut`, `identifies`,
 * `interactionResponses(id)`. Pass `rateLimits` for Discord-like 429s; `interactionDeadlineMs` (3 s) mimics
 * Discord forgetting unacknowledged interactions; `now` (a test clock) stamps message ids and timestamps and
 * times the nonce window, so they agree with a store on the same clock.
 */
export {
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type RecordedRequest,
} from './server.js';
export type {
  AutocompleteInput,
  ComponentInput,
  InteractionResponse,
  OptionValue,
  SelectInput,
  SlashCommandInput,
  WaitForResponseOptions,
} from './interactions.js';
export type { FailureSpec, RateLimitOptions } from './rate-limits.js';
export type { RecordedCommandsPut, RecordedMessage } from './rest-routes.js';
export type { RecordedThread } from './thread-routes.js';
export type { ChannelInput, GuildInput, MemberInput, OverwriteInput, RoleInput } from './state.js';
export { nextSnowflake } from './snowflake.js';
