import { once } from 'node:events';
import {
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  PermissionFlagsBits,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextSnowflake, startFakeDiscord, type FakeDiscord } from './fake-discord/index.js';

const GUILD = nextSnowflake();
const NEWS = nextSnowflake();
const LOCKED = nextSnowflake();
const DOOMED_GUILD = nextSnowflake();
const DOOMED_CHANNEL = nextSnowflake();

function newClient(fake: FakeDiscord, extra: Partial<ConstructorParameters<typeof Client>[0]> = {}): Client {
  // A short REST timeout and no retries beyond the default keep failures fast if the fake misbehaves.
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.apiBase, timeout: 5000 },
    ...extra,
  });
}

async function login(client: Client): Promise<void> {
  await Promise.all([once(client, Events.ClientReady), client.login('fake-token')]);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('fake Discord with the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;

  const nextInteraction = (): Promise<Interaction> =>
    once(client, Events.InteractionCreate).then(([i]) => i as Interaction);
  const channel = (id: string): TextChannel => {
    const c = client.channels.cache.get(id);
    if (!c || c.type !== ChannelType.GuildText) throw new Error(`channel ${id} not cached`);
    return c;
  };

  beforeAll(async () => {
    fake = await startFakeDiscord({
      token: 'fake-token',
      heartbeatIntervalMs: 150,
      guilds: [
        {
          id: GUILD,
          name: 'Newsroom',
          channels: [
            { id: NEWS, name: 'news' },
            { id: LOCKED, name: 'locked' },
          ],
        },
        { id: DOOMED_GUILD, name: 'Leaving soon', channels: [{ id: DOOMED_CHANNEL, name: 'gone' }] },
      ],
    });
    client = newClient(fake);
    await login(client);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('logs in via GET /gateway/bot and receives READY then GUILD_CREATE with channels and the bot member', () => {
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(fake.identifies).toEqual([
      expect.objectContaining({ token: 'fake-token', shard: [0, 1], intents: 1 }),
    ]);
    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe('Newsroom');
    expect(guild?.channels.cache.map((c) => c.name)).toEqual(['news', 'locked']);
    expect(guild?.members.me?.id).toBe(fake.botUser.id);
    expect(channel(NEWS).permissionsFor(guild!.members.me!).has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 200 });
  });

  it('acknowledges heartbeats so the client measures a ping', async () => {
    const deadline = Date.now() + 2000;
    while (client.ws.ping < 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('delivers a slash command and records interaction.reply at the callback route', async () => {
    const received = nextInteraction();
    const sent = fake.sendInteraction(
      fake.build.slashCommand({
        name: 'search',
        options: { query: '經濟', page: 2 },
        channelId: NEWS,
        locale: 'zh-TW',
      }),
    );
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.commandName).toBe('search');
    expect(interaction.options.getString('query')).toBe('經濟');
    expect(interaction.options.getInteger('page')).toBe(2);
    expect(interaction.channelId).toBe(NEWS);
    expect(interaction.locale).toBe('zh-TW');
    expect(interaction.appPermissions.has(PermissionFlagsBits.EmbedLinks)).toBe(true);
    await interaction.reply({ content: 'found 3 articles', flags: 64 });
    const response = await fake.waitForResponse(sent.id);
    expect(response).toMatchObject({
      kind: 'callback',
      type: 4,
      data: { content: 'found 3 articles', flags: 64 },
    });
  });

  it('records deferReply, editReply and followUp in order, and serves the original message', async () => {
    const received = nextInteraction();
    const sent = fake.sendInteraction(fake.build.slashCommand({ name: 'digest', channelId: NEWS }));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.deferReply();
    const edited = await interaction.editReply({ embeds: [{ title: 'Today' }] });
    const fetched = await interaction.fetchReply();
    await interaction.followUp({ content: 'and one more thing' });
    expect(fake.interactionResponses(sent.id).map((r) => [r.kind, r.type])).toEqual([
      ['callback', 5],
      ['editOriginal', undefined],
      ['followUp', undefined],
    ]);
    expect(fetched.id).toBe(edited.id);
    expect(fetched.embeds[0]?.title).toBe('Today');
    expect(fake.storedMessage(edited.id)?.flags ?? 0).toBe(0); // no longer "thinking"
  });

  it('records an autocomplete respond with its choices', async () => {
    const received = nextInteraction();
    const sent = fake.sendInteraction(
      fake.build.autocomplete({
        name: 'search',
        options: { query: '經' },
        focused: 'query',
        channelId: NEWS,
      }),
    );
    const interaction = await received;
    if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
    expect(interaction.options.getFocused()).toBe('經');
    await interaction.respond([{ name: '經濟', value: '經濟' }]);
    const response = await fake.waitForResponse(sent.id, { type: 8 });
    expect(response.data.choices).toEqual([{ name: '經濟', value: '經濟' }]);
  });

  it('records a button update against the message that carried the button', async () => {
    const posted = await channel(NEWS).send({
      content: 'page 1',
      components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Next', custom_id: 'search:1:x' }] }],
    });
    const received = nextInteraction();
    const sent = fake.sendInteraction(
      fake.build.button({ customId: 'search:1:x', message: posted.id, channelId: NEWS }),
    );
    const interaction = await received;
    if (!interaction.isButton()) throw new Error('expected a button');
    expect(interaction.customId).toBe('search:1:x');
    expect(interaction.message.id).toBe(posted.id);
    await interaction.update({ content: 'page 2' });
    const response = await fake.waitForResponse(sent.id);
    expect(response).toMatchObject({
      kind: 'callback',
      type: 7,
      messageId: posted.id,
      data: { content: 'page 2' },
    });
    expect(fake.storedMessage(posted.id)?.content).toBe('page 2');
  });

  it('delivers string select values', async () => {
    const received = nextInteraction();
    fake.sendInteraction(fake.build.select({ customId: 'pick', values: ['a', 'b'], channelId: NEWS }));
    const interaction = await received;
    if (!interaction.isStringSelectMenu()) throw new Error('expected a string select');
    expect(interaction.values).toEqual(['a', 'b']);
    await interaction.deferUpdate();
  });

  it('delivers a slash command from a DM', async () => {
    const received = nextInteraction();
    const sent = fake.sendInteraction(fake.build.slashCommand({ name: 'help', guildId: null }));
    const interaction = await received;
    expect(interaction.inGuild()).toBe(false);
    expect(interaction.user.id).toBe(fake.build.testUser.id);
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.reply({ content: 'help text' });
    await expect(fake.waitForResponse(sent.id)).resolves.toMatchObject({ type: 4 });
  });

  it('refuses a second acknowledgement with 40060 like Discord', async () => {
    const received = nextInteraction();
    const sent = fake.sendInteraction(fake.build.slashCommand({ name: 'ping', channelId: NEWS }));
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    const response = await interaction.reply({ content: 'pong', withResponse: true });
    expect(response.resource?.message?.content).toBe('pong');
    expect(response.interaction.responseMessageId).toBe(response.resource?.message?.id);
    const res = await fetch(`${fake.apiBase}/v10/interactions/${sent.id}/${sent.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'again' } }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 40060 });
  });

  it('creates one message when the same nonce is sent twice with enforce_nonce', async () => {
    const before = fake.messages.length;
    const first = await channel(NEWS).send({
      content: 'digest 2024-05-01',
      nonce: 'd-20240501-1',
      enforceNonce: true,
    });
    const second = await channel(NEWS).send({
      content: 'digest 2024-05-01',
      nonce: 'd-20240501-1',
      enforceNonce: true,
    });
    expect(second.id).toBe(first.id);
    const latest = await channel(NEWS).messages.fetch({ limit: 1, cache: false });
    expect([...latest.keys()]).toEqual([first.id]);
    expect(fake.messages.slice(before).map((m) => [m.nonce, m.enforceNonce, m.created])).toEqual([
      ['d-20240501-1', true, true],
      ['d-20240501-1', true, false],
    ]);
  });

  it('rejects a message over 2000 characters with 50035 as Discord does', async () => {
    const error = await rejection(channel(NEWS).send({ content: 'x'.repeat(2001) }));
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
  });

  it('makes discord.js wait out an injected 429 and retry', async () => {
    fake.failNext({ method: 'POST', route: '/channels/:id/messages', status: 429, retryAfter: 0.2 });
    const started = Date.now();
    const message = await channel(NEWS).send({ content: 'after the rate limit' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(fake.requests.slice(-2).map((r) => [r.path, r.status])).toEqual([
      [`/channels/${NEWS}/messages`, 429],
      [`/channels/${NEWS}/messages`, 200],
    ]);
    expect(fake.messages.at(-1)).toMatchObject({ id: message.id, created: true });
  });

  it('retries an injected 500 and surfaces an injected 404 as Unknown Channel', async () => {
    fake.failNext({ method: 'POST', route: /\/messages$/, status: 500, times: 2 });
    await expect(channel(NEWS).send({ content: 'survives a 500' })).resolves.toBeDefined();
    expect(fake.requests.slice(-3).map((r) => r.status)).toEqual([500, 500, 200]);
    fake.failNext({ route: `/channels/${NEWS}/messages`, status: 404 });
    const error = await rejection(channel(NEWS).send({ content: 'gone' }));
    expect((error as DiscordAPIError).code).toBe(10003);
  });

  it('turns a bot permission overwrite into CHANNEL_UPDATE and a 403 Missing Permissions on post', async () => {
    const updated = once(client, Events.ChannelUpdate);
    fake.setBotChannelPermissions(LOCKED, { deny: PermissionFlagsBits.SendMessages });
    await updated;
    const me = client.guilds.cache.get(GUILD)!.members.me!;
    expect(channel(LOCKED).permissionsFor(me).has(PermissionFlagsBits.SendMessages)).toBe(false);
    expect(channel(LOCKED).permissionsFor(me).has(PermissionFlagsBits.ViewChannel)).toBe(true);
    const error = await rejection(channel(LOCKED).send({ content: 'not allowed' }));
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50013);
    expect((error as DiscordAPIError).status).toBe(403);

    fake.setBotChannelPermissions(LOCKED, { deny: PermissionFlagsBits.ViewChannel });
    const hidden = await rejection(
      client.rest.post(`/channels/${LOCKED}/messages`, { body: { content: 'x' } }),
    );
    expect((hidden as DiscordAPIError).code).toBe(50001);
  });

  it('registers commands by PUT, echoes ids, and reuses the id in later interactions', async () => {
    expect((await client.application!.fetch()).id).toBe(fake.applicationId);
    const set = await client.application!.commands.set(
      [{ name: 'digest', description: 'Post today’s digest' }],
      GUILD,
    );
    const id = set.first()!.id;
    expect(fake.commandsPut.at(-1)).toMatchObject({ guildId: GUILD, commands: [{ id, name: 'digest' }] });
    expect(fake.build.slashCommand({ name: 'digest', guildId: GUILD }).data).toMatchObject({ id });
    const bad = await rejection(client.application!.commands.set([{ name: 'Bad Name', description: 'x' }]));
    expect((bad as DiscordAPIError).code).toBe(50035);
  });

  it('dispatches GUILD_DELETE when the bot is removed, and the guild’s channels answer 50001', async () => {
    const deleted = once(client, Events.GuildDelete);
    fake.removeGuild(DOOMED_GUILD);
    const [guild] = await deleted;
    expect(guild.id).toBe(DOOMED_GUILD);
    expect(client.guilds.cache.has(DOOMED_GUILD)).toBe(false);
    const error = await rejection(
      client.rest.post(`/channels/${DOOMED_CHANNEL}/messages`, { body: { content: 'x' } }),
    );
    expect((error as DiscordAPIError).code).toBe(50001);
  });

  it('only sends a shard the guilds that belong to it', async () => {
    // (id >> 22) % 2 picks the shard, so these two ids land on shards 0 and 1.
    const even = ((1n << 40n) << 22n).toString();
    const odd = (((1n << 40n) + 1n) << 22n).toString();
    const sharded = await startFakeDiscord({ guilds: [{ id: even }, { id: odd }] });
    const shard1 = newClient(sharded, { shards: [1], shardCount: 2 });
    try {
      await login(shard1);
      expect(sharded.identifies[0]?.shard).toEqual([1, 2]);
      expect([...shard1.guilds.cache.keys()]).toEqual([odd]);
    } finally {
      await shard1.destroy();
      await sharded.close();
    }
  });

  it('closes the gateway session cleanly on client.destroy()', async () => {
    const other = newClient(fake);
    await login(other);
    expect(fake.connectedSessions).toBe(2);
    await other.destroy();
    const deadline = Date.now() + 2000;
    while (fake.connectedSessions > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(fake.connectedSessions).toBe(1);
    // The shared client is still connected, and nothing else is.
    const received = nextInteraction();
    fake.sendInteraction(fake.build.slashCommand({ name: 'ping', channelId: NEWS }));
    await expect(received).resolves.toBeDefined();
  });
});

describe('fake Discord interaction deadline', () => {
  it('answers 10062 Unknown interaction when the bot acknowledges after the deadline', async () => {
    const fake = await startFakeDiscord({ guilds: [{}], interactionDeadlineMs: 50 });
    const client = newClient(fake);
    try {
      await login(client);
      const received = once(client, Events.InteractionCreate);
      fake.sendInteraction(fake.build.slashCommand({ name: 'slow' }));
      const [interaction] = (await received) as [Interaction];
      if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
      await new Promise((r) => setTimeout(r, 80));
      const error = await rejection(interaction.reply({ content: 'too late' }));
      expect((error as DiscordAPIError).code).toBe(10062);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});

describe('fake Discord rate limits', () => {
  it('sends bucket headers so discord.js paces a burst instead of hitting 429s', async () => {
    const channelId = nextSnowflake();
    const fake = await startFakeDiscord({
      guilds: [{ channels: [{ id: channelId, name: 'news' }] }],
      rateLimits: { global: 50, perRoute: { limit: 2, windowMs: 250 } },
    });
    const client = newClient(fake);
    try {
      await login(client);
      const c = client.channels.cache.get(channelId) as TextChannel;
      const started = Date.now();
      await Promise.all([1, 2, 3, 4, 5].map((n) => c.send({ content: `post ${n}` })));
      const elapsed = Date.now() - started;
      const posts = fake.requests.filter((r) => r.path.endsWith('/messages'));
      expect(fake.messages.map((m) => m.content)).toEqual(['post 1', 'post 2', 'post 3', 'post 4', 'post 5']);
      // 5 posts at 2 per 250 ms need two full windows of waiting.
      expect(elapsed).toBeGreaterThanOrEqual(450);
      expect(posts.every((r) => r.status === 200)).toBe(true);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('answers over-limit requests with a 429 carrying retry headers and body', async () => {
    const channelId = nextSnowflake();
    const fake = await startFakeDiscord({
      guilds: [{ channels: [{ id: channelId, name: 'news' }] }],
      rateLimits: { perRoute: { limit: 1, windowMs: 1000 } },
    });
    try {
      const post = () =>
        fetch(`${fake.apiBase}/v10/channels/${channelId}/messages`, {
          method: 'POST',
          headers: { authorization: 'Bot x', 'content-type': 'application/json' },
          body: JSON.stringify({ content: 'hi' }),
        });
      const ok = await post();
      expect(ok.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(ok.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{16}$/);
      const limited = await post();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.headers.get('x-ratelimit-scope')).toBe('user');
      expect(await limited.json()).toMatchObject({ message: 'You are being rate limited.', global: false });
    } finally {
      await fake.close();
    }
  });
});

describe('fake Discord on a test clock', () => {
  it('stamps message ids, timestamps and the nonce window with the clock it is given', async () => {
    const channelId = nextSnowflake();
    let now = new Date('2024-07-30T00:00:00.000Z');
    const fake = await startFakeDiscord({
      guilds: [{ channels: [{ id: channelId, name: 'news' }] }],
      interactionDeadlineMs: null,
      now: () => now,
    });
    const client = newClient(fake);
    try {
      await login(client);
      const c = client.channels.cache.get(channelId) as TextChannel;
      const first = await c.send({ content: 'digest', nonce: 'd-20240730', enforceNonce: true });
      // discord.js reads createdTimestamp from the id; both must say the clock's time.
      expect(first.createdTimestamp).toBe(now.getTime());
      expect(fake.storedMessage(first.id)!.timestamp).toBe('2024-07-30T00:00:00.000Z');
      const sameInstant = await c.send({ content: 'second', nonce: 'other' });
      expect(BigInt(sameInstant.id)).toBeGreaterThan(BigInt(first.id));
      expect(sameInstant.createdTimestamp).toBe(now.getTime());

      now = new Date('2024-07-30T00:01:59.000Z'); // inside Discord's two-minute nonce window
      const repeat = await c.send({ content: 'digest', nonce: 'd-20240730', enforceNonce: true });
      expect(repeat.id).toBe(first.id);
      now = new Date('2024-07-30T03:00:00.000Z'); // long after it: the nonce is forgotten
      const later = await c.send({ content: 'digest', nonce: 'd-20240730', enforceNonce: true });
      expect(later.id).not.toBe(first.id);
      expect(later.createdTimestamp).toBe(now.getTime());
      expect(fake.messages.map((m) => [m.created, m.at])).toEqual([
        [true, Date.parse('2024-07-30T00:00:00Z')],
        [true, Date.parse('2024-07-30T00:00:00Z')],
        [false, Date.parse('2024-07-30T00:01:59Z')],
        [true, Date.parse('2024-07-30T03:00:00Z')],
      ]);

      const edited = await later.edit({ content: 'digest, corrected' });
      expect(edited.editedTimestamp).toBe(now.getTime());
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});
