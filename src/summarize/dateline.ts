/**
 * Removal of dateline boilerplate (`本报讯 7月29日晚，`, `本报讯（记者 X 通讯员 Y）`,
 * `据新华社北京7月30日电（记者 X）`) from the start of an article's first sentence.
 */

import { AGENCIES } from '../news/vocabulary.js';
import { DATELINE_TIME } from '../news/datelines.js';

/** The agency part: `本报讯`, `本报永康讯`, `本报北京7月30日电`, `据新华社杭州7月30日电`, `新华社电`. */
const AGENCY = new RegExp(
  `^\\s*(?:[□■●]\\s*)?据?(?:本报|${AGENCIES.join('|')})(?:(?!记者)\\p{Script=Han}){0,6}?(?:\\d{1,2}月\\d{1,2}日)?(?:讯|消息|电(?=[\\s（(【，,：:]|$))\\s*`,
  'u',
);

/** A credit right after the agency: `（记者 张三 通讯员 李四）`, `(记者 张三)`, `【记者 张三】`. */
const CREDIT = /^[（(【[][^）)】\]]{0,40}[）)】\]]\s*/u;

/**
 * The date-and-time phrase that usually follows (`7月29日晚，`, `昨天上午，`, `近日，`). Only removed after an agency
 * or credit was found, so an article that merely begins with a date keeps it.
 */
const WHEN = new RegExp(`^${DATELINE_TIME.source}\\s*[，,]\\s*`, 'u');

/** A bare credit line used instead of an agency: `记者 张三 报道：`, `通讯员 李四 报道`. */
const REPORTED = /^\s*(?:本报)?(?:首席)?(?:记者|通讯员)[^，。“”]{1,30}?报道[：:，,]?\s*/u;

/**
 * The dateline boilerplate a sentence opens with, as `Article.dateline` holds it (no trailing
 * comma): `本报讯 7月29日晚`, `本报讯（记者 陈静）9月1日`, `据新华社北京7月14日电（记者 于文静）`.
 * Null when the sentence has none.
 */
export function findDateline(text: string): string | null {
  const trimmed = text.trimStart();
  const agency = AGENCY.exec(trimmed) ?? REPORTED.exec(trimmed);
  if (agency === null) return null;
  let end = agency[0].length;
  end += CREDIT.exec(trimmed.slice(end))?.[0].length ?? 0;
  const when = WHEN.exec(trimmed.slice(end));
  // The date belongs to the dateline; its comma does not.
  if (when !== null) end += when[0].replace(/\s*[，,]\s*$/u, '').length;
  return trimmed.slice(0, end).trimEnd();
}

/**
 * Strips leading dateline boilerplate from a sentence.
 *
 * `dateline` is the parser's `Article.dateline`; when given and the text starts with it, that
 * prefix is removed first. Then the common patterns are recognised, so a dateline the parser kept
 * short (`本报讯` before `12月1日起，`) is still removed whole. Text without boilerplate is
 * returned unchanged.
 */
export function stripDateline(text: string, dateline?: string | null): string {
  let rest = text.trimStart();
  let found = false;
  if (dateline && rest.startsWith(dateline)) {
    rest = rest.slice(dateline.length).replace(/^\s*/u, '');
    found = true;
  } else {
    const agency = AGENCY.exec(rest) ?? REPORTED.exec(rest);
    if (agency !== null) {
      rest = rest.slice(agency[0].length);
      found = true;
    }
  }
  if (!found) return text;
  rest = rest.replace(CREDIT, '');
  rest = rest.replace(/^[：:，,]\s*/u, '');
  return rest.replace(WHEN, '');
}
