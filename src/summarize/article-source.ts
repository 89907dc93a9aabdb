/**
 * One input file turned into articles, whichever format it is in: an OCR newspaper page (read by
 * the page parser) or a plain article file (see article-file.ts).
 */
import { decodePage } from '../news/decode.js';
import { parsePageText } from '../news/page-parser.js';
import type { Article } from '../news/types.js';
import { looksLikeArticleFile, parseArticleFile } from './article-file.js';

/** The articles read from one file. */
export interface ArticleSource {
  source: string;
  format: 'page' | 'article';
  articles: Article[];
}

/** Which reader to use; `auto` decides from the text's shape. */
export type SourceFormat = 'auto' | 'page' | 'article';

/**
 * Decodes a file's bytes (UTF-8, UTF-16, GB18030, as the page parser does) and reads its articles.
 *
 * @throws PageError when the bytes are empty, binary or undecodable; Error when a file forced to
 *   (or detected as) the article format has no title or body.
 */
export function readArticles(
  bytes: Uint8Array,
  source: string,
  format: SourceFormat = 'auto',
): ArticleSource {
  const { text, encoding } = decodePage(bytes, source);
  const asArticle = format === 'article' || (format === 'auto' && looksLikeArticleFile(text));
  if (asArticle) return { source, format: 'article', articles: [parseArticleFile(text, source)] };
  return { source, format: 'page', articles: parsePageText(text, source, encoding).articles };
}
