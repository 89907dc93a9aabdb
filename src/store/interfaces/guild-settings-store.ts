import type { Store } from '../types.js';

/** A server's settings (its digest time zone): read by /digest and the console, written by /digest timezone. */
export type GuildSettingsStore = Pick<Store, 'getGuildSettings' | 'setGuildTimezone'>;
