import { PermissionFlagsBits } from 'discord.js';
import { langOf } from '../i18n/index.js';

/** The console stands in for one server with one channel, and its operator is that server's admin. */
export const CONSOLE_GUILD_ID = 'console';
export const CONSOLE_CHANNEL_ID = 'console';
/** The operator, as a member: their follows' DMs are printed to the terminal. */
export const CONSOLE_USER_ID = 'console';
export const OPERATOR_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((a, b) => a | b, 0n);

/** The terminal's language: zh-CN when LANG says Chinese, en-US otherwise. */
export function terminalLocale(): string {
  return langOf(process.env.LANG) === 'zh' ? 'zh-CN' : 'en-US';
}
