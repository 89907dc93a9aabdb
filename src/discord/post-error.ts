import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import { PostError } from '../delivery/digest-poster.js';

/**
 * Discord errors that mean "this bot cannot post in this channel until someone acts": retrying is pointless,
 * so the subscription is paused with the reason.
 */
const PAUSING_ERRORS: ReadonlyMap<number, string> = new Map([
  [RESTJSONErrorCodes.MissingAccess, 'Missing Access'],
  [RESTJSONErrorCodes.MissingPermissions, 'Missing Permissions'],
  [RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel'],
  // A forum that requires a tag refuses a post without one until the subscription names one of its tags.
  [RESTJSONErrorCodes.TagRequiredToCreateAForumPostInThisChannel, 'A tag is required in this forum'],
]);

/** How a REST failure should be handled: pause the subscription, or retry (now, if `transient`, or next run). */
export function classifyPostError(err: unknown): { error: PostError; transient: boolean } {
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : Number(err.code);
    const known = PAUSING_ERRORS.get(code);
    if (known)
      return { error: new PostError('pause', `${known} (${code})`, { cause: err }), transient: false };
    // A 403/404 without a known code still means the channel is out of reach.
    if (err.status === 403 || err.status === 404)
      return {
        error: new PostError('pause', `HTTP ${err.status}: ${err.message}`.slice(0, 200), { cause: err }),
        transient: false,
      };
    // Other 4xx will not fix themselves within seconds; record them and let the next run try again.
    return {
      error: new PostError('retry', `HTTP ${err.status} (${err.code}): ${err.message}`.slice(0, 300), {
        cause: err,
      }),
      transient: false,
    };
  }
  // HTTPError (5xx after discord.js's retries), timeouts and network errors.
  const status = (err as { status?: unknown } | null)?.status;
  const what = err instanceof Error ? err.message : String(err);
  return {
    error: new PostError(
      'retry',
      (typeof status === 'number' ? `HTTP ${status}: ${what}` : what).slice(0, 300),
      { cause: err },
    ),
    transient: true,
  };
}
