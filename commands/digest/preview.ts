import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { digestReplies } from '../../src/discord/digest-message.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { Reply } from '../../src/reply/reply.js';
import type { EditionReader } from '../../src/store/interfaces/edition-reader.js';
import { UserError } from '../../src/user-error.js';

/**
 * The newest edition's digest in `locale`, message for message as a channel would get it; the digest's footer
 * names its language, so an admin reading another language's preview is told.
 */
export function previewReply(ctx: CommandContext<EditionReader>, locale: string): Reply {
  const newest = ctx.store.editionDates(1)[0];
  if (!newest) throw new UserError('digest.previewEmpty');
  const [first, ...rest] = digestReplies(
    buildDigest(ctx.store.articlesForDate(newest), { editionDate: newest }),
    locale,
    ctx.digestDisplay,
  );
  if (!first) throw new UserError('digest.previewEmpty');
  return { ...first, ephemeral: true, followUps: rest.map((m) => ({ ...m, ephemeral: true })) };
}

/** `/digest preview`: in the server's language, as its channels get it, whatever the admin's own locale. */
export function preview(req: CommandRequest, ctx: CommandContext<EditionReader>): Reply {
  return previewReply(ctx, req.guildLocale ?? req.locale);
}
