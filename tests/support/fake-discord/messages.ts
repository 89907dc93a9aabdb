import type { APIMessage, APIUser } from 'discord.js';
import { nextSnowflake } from './snowflake.js';

/** The message fields the fake reads from a create/edit body; everything else is ignored. */
export interface MessageBody {
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  nonce?: string | number;
  enforce_nonce?: boolean;
  allowed_mentions?: unknown;
  flags?: number;
  attachments?: unknown[];
  choices?: unknown[];
}

export interface DiscordError {
  status: number;
  body: { message: string; code: number; errors?: unknown };
}

type FieldErrors = Record<string, { _errors: { code: string; message: string }[] }>;

function formError(errors: FieldErrors): DiscordError {
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

function tooLong(errors: FieldErrors, field: string, value: unknown, max: number): void {
  if (typeof value === 'string' && value.length > max) {
    errors[field] = {
      _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }],
    };
  }
}

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
}

/**
 * Discord's documented message limits, so an end-to-end test fails where real Discord would answer 400
 * (content 2000, 10 embeds, embed text 6000 in total, 25 fields, 5 component rows, nonce 25).
 */
export function validateMessageBody(
  body: MessageBody,
  opts: { requireSomething: boolean },
): DiscordError | null {
  const errors: FieldErrors = {};
  tooLong(errors, 'content', body.content, 2000);
  if (typeof body.nonce === 'string') tooLong(errors, 'nonce', body.nonce, 25);
  const embeds = (body.embeds ?? []) as EmbedLike[];
  if (embeds.length > 10) {
    errors.embeds = {
      _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' }],
    };
  }
  let total = 0;
  embeds.forEach((e, i) => {
    tooLong(errors, `embeds.${i}.title`, e.title, 256);
    tooLong(errors, `embeds.${i}.description`, e.description, 4096);
    tooLong(errors, `embeds.${i}.footer.text`, e.footer?.text, 2048);
    tooLong(errors, `embeds.${i}.author.name`, e.author?.name, 256);
    const fields = e.fields ?? [];
    if (fields.length > 25) {
      errors[`embeds.${i}.fields`] = {
        _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }],
      };
    }
    fields.forEach((f, j) => {
      tooLong(errors, `embeds.${i}.fields.${j}.name`, f.name, 256);
      tooLong(errors, `embeds.${i}.fields.${j}.value`, f.value, 1024);
      total += (f.name?.length ?? 0) + (f.value?.length ?? 0);
    });
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text?.length ?? 0) +
      (e.author?.name?.length ?? 0);
  });
  if (total > 6000) {
    errors.embeds = {
      _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' }],
    };
  }
  const rows = (body.components ?? []) as { components?: { custom_id?: string; label?: string }[] }[];
  if (rows.length > 5) {
    errors.components = {
      _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' }],
    };
  }
  rows.forEach((row, i) =>
    (row.components ?? []).forEach((c, j) => {
      tooLong(errors, `components.${i}.components.${j}.custom_id`, c.custom_id, 100);
      tooLong(errors, `components.${i}.components.${j}.label`, c.label, 80);
    }),
  );
  if (Object.keys(errors).length > 0) return formError(errors);
  const empty =
    !body.content && embeds.length === 0 && rows.length === 0 && (body.attachments ?? []).length === 0;
  if (opts.requireSomething && empty) {
    return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
  }
  return null;
}

export function buildMessage(args: {
  channelId: string;
  author: APIUser;
  body: MessageBody;
  webhookId?: string;
  applicationId?: string;
  id?: string;
  /** Creation time for the id and `timestamp`: the fake's clock; the wall clock by default. */
  now?: Date;
}): APIMessage {
  const { body } = args;
  const now = args.now ?? new Date();
  const message = {
    id: args.id ?? nextSnowflake(now.getTime()),
    channel_id: args.channelId,
    author: args.author,
    content: body.content ?? '',
    timestamp: now.toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    type: 0,
    flags: body.flags ?? 0,
    ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
    ...(args.webhookId ? { webhook_id: args.webhookId } : {}),
    ...(args.applicationId ? { application_id: args.applicationId } : {}),
  };
  return message as APIMessage;
}

/** Applies an edit body to a stored message, the way PATCH does: only the fields that were sent change. */
export function editMessage(message: APIMessage, body: MessageBody, now = new Date()): APIMessage {
  const edited = { ...message, edited_timestamp: now.toISOString() } as APIMessage;
  if (body.content !== undefined) edited.content = body.content ?? '';
  if (body.embeds !== undefined) edited.embeds = (body.embeds ?? []) as APIMessage['embeds'];
  if (body.components !== undefined) edited.components = (body.components ?? []) as APIMessage['components'];
  if (body.flags !== undefined) edited.flags = body.flags;
  return edited;
}
