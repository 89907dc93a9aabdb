import type { CommandContext, CommandRequest } from '../../src/discord/command.js';
import { normalizeTimezone } from '../../src/digest/schedule-input.js';
import { localize } from '../../src/i18n/index.js';
import type { Reply } from '../../src/reply/reply.js';
import type { GuildSettingsStore } from '../../src/store/interfaces/guild-settings-store.js';
import { UserError } from '../../src/user-error.js';

/** `/digest timezone [zone]`: shows the server's default time zone, or sets it for new subscriptions. */
export function timezone(
  req: CommandRequest,
  ctx: CommandContext<GuildSettingsStore>,
  guildId: string,
): Reply {
  const raw = req.options.string('timezone');
  if (raw === null) {
    const tz = ctx.store.getGuildSettings(guildId).timezone || ctx.defaultTimezone;
    return { text: localize(req.locale, 'digest.timezoneIs', { tz }), cards: [], controls: [] };
  }
  const tz = normalizeTimezone(raw);
  if (!tz) throw new UserError('digest.badTimezone', { tz: raw });
  ctx.store.setGuildTimezone(guildId, tz);
  return { text: localize(req.locale, 'digest.timezoneSet', { tz }), cards: [], controls: [] };
}
