/** Why a page's bytes could not be turned into text. */
export type PageErrorCode = 'empty' | 'binary' | 'undecodable';

/**
 * The only error `parsePage` throws: the bytes are not a text page at all. The message names the source, so a
 * CLI can print it as is.
 */
export class PageError extends Error {
  readonly code: PageErrorCode;
  readonly source: string;

  constructor(code: PageErrorCode, source: string, detail: string) {
    super(`${source}: ${detail}`);
    this.name = 'PageError';
    this.code = code;
    this.source = source;
  }
}
