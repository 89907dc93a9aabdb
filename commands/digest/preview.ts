import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { digestReplies } from '../../src/discord/digest-message.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { Reply } from '../../src/reply/reply.js';
import type { EditionReader } from '../../src/store/interfaces/edition-reader.js';
import { UserError } from '../../src/user-error.js';

/** `/digest preview`: the newest edition's digest, message for message as a channel would get it. */
export function preview(req: CommandRequest, ctx: CommandContext<EditionReader>): Reply {
  const newest = ctx.store.editionDates(1)[0];
  if (!newest) throw new UserError('digest.previewEmpty');
  // In the server's language, as its channels get it, whatever the admin's own locale.
  const [first, ...rest] = digestReplies(
    buildDigest(ctx.store.articlesForDate(newest), { editionDate: newest }),
    req.guildLocale ?? req.locale,
  );
  if (!first) throw new UserError('digest.previewEmpty');
  return { ...first, followUps: rest.map((m) => ({ ...m, ephemeral: true })) };
}
