import type { Message, MessageKey, MessageParams } from './i18n/index.js';

/**
 * An expected failure meant for the user: a message key and its parameters, never text. Handlers and the core
 * throw it without knowing the user's language; the edge (the Discord router, the console) localizes it and
 * shows it ephemerally, and never logs it as an error.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = 'UserError';
  }
}

/** What to tell the user about a failure: a UserError's own message, an apology for anything else. */
export function userMessage(err: unknown): Message {
  return err instanceof UserError ? { key: err.key, params: err.params } : { key: 'generic.error' };
}
