import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { classifyPostError } from '../../src/discord/channel-poster.js';

const apiError = (code: number, status: number, message = 'refused') =>
  new DiscordAPIError({ code, message }, code, status, 'POST', '/channels/1/messages', { body: {} });

describe('classifyPostError', () => {
  it('pauses on the errors that need an admin, naming them with their code', () => {
    for (const [code, reason] of [
      [RESTJSONErrorCodes.MissingAccess, 'Missing Access (50001)'],
      [RESTJSONErrorCodes.MissingPermissions, 'Missing Permissions (50013)'],
      [RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel (10003)'],
    ] as const) {
      const { error, transient } = classifyPostError(apiError(code, code === 10003 ? 404 : 403));
      expect(error).toMatchObject({ action: 'pause', reason });
      expect(transient).toBe(false);
    }
  });

  it('pauses on a 403 or 404 whatever its code, since the channel is out of reach', () => {
    const { error, transient } = classifyPostError(apiError(99999, 403, 'Forbidden'));
    expect(error).toMatchObject({ action: 'pause' });
    expect(error.reason).toMatch(/^HTTP 403: /);
    expect(transient).toBe(false);
  });

  it('records any other refusal for the next run instead of retrying it now', () => {
    const { error, transient } = classifyPostError(apiError(50035, 400, 'Invalid Form Body'));
    expect(error).toMatchObject({ action: 'retry' });
    expect(error.reason).toMatch(/^HTTP 400 \(50035\): /);
    expect(transient).toBe(false);
  });

  it('retries server errors and network failures at once', () => {
    const server = classifyPostError(new HTTPError(503, 'Service Unavailable', 'POST', '/x', { body: {} }));
    expect(server.error).toMatchObject({ action: 'retry' });
    expect(server.error.reason).toMatch(/^HTTP 503: /);
    expect(server.transient).toBe(true);
    const network = classifyPostError(new Error('socket hang up'));
    expect(network).toMatchObject({ error: { action: 'retry', reason: 'socket hang up' }, transient: true });
  });
});
