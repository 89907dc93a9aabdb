import type { AlertMessage } from '../delivery/alert-poster.js';
import { editionDateLabel } from '../digest/render-text.js';
import { t } from '../i18n/index.js';
import type { Card, Control, Reply } from '../reply/reply.js';
import { emphasis, strong, text, type Span } from '../reply/rich-text.js';
import { truncate } from '../reply/truncate.js';
import type { StoredArticle } from '../store/types.js';
import { encodeCustomId } from './custom-ids.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { toMarkdown } from './markdown.js';
import { replyPayload, type MessagePayload } from './reply-payload.js';

const MAX_TITLE = 120;
const MAX_LEDE = 300;
/** A grouped message's title lines are cut shorter, so 50 of them fit one embed description. */
const LIST_TITLE = 60;

function dateLine(a: StoredArticle, locale: string): string | undefined {
  return a.date ? editionDateLabel(locale, a.date, a.dateReceived) : undefined;
}

/** One story: section, title, kicker and lede, and a button that opens its summary privately. */
function singleReply(a: StoredArticle, locale: string): Reply {
  const body: Span[] = [];
  if (a.kicker) body.push(emphasis(truncate(a.kicker, MAX_TITLE)), text('\n'));
  if (a.lede) body.push(text(truncate(a.lede.replace(/\s+/g, ' ').trim(), MAX_LEDE)));
  const footer = dateLine(a, locale);
  const card: Card = {
    accent: 'digest',
    label: truncate(a.section ?? t(locale, 'digest.post.front'), L.authorName),
    title: truncate(a.title, MAX_TITLE),
    ...(body.length > 0 ? { body } : {}),
    ...(footer ? { footer } : {}),
  };
  return {
    text: [strong(t(locale, 'alerts.post.heading'))],
    cards: [card],
    controls: [
      {
        kind: 'buttons',
        buttons: [
          {
            id: encodeCustomId({ kind: 'summary', articleId: a.id }),
            label: t(locale, 'alerts.post.summary'),
            primary: true,
          },
        ],
      },
    ],
  };
}

/**
 * Stories that arrived together, as one message: a numbered title list, and menus (25 stories each) that open
 * any of them privately. Lines that would not fit the embed are left to the menus.
 */
function groupedReply(stories: readonly StoredArticle[], locale: string): Reply {
  const heading = t(locale, 'alerts.post.groupHeading', { count: stories.length });
  const body: Span[] = [];
  let length = 0;
  for (const [i, a] of stories.entries()) {
    const line: Span[] = [strong(`${i + 1}.`), text(` ${truncate(a.title, LIST_TITLE)}`)];
    const add = toMarkdown(line).length + (body.length ? 1 : 0);
    if (length + add > L.description - 50) break;
    if (body.length) body.push(text('\n'));
    body.push(...line);
    length += add;
  }
  const controls: Control[] = [];
  const chunks = Math.min(L.rowsPerMessage, Math.ceil(stories.length / L.selectOptions));
  for (let c = 0; c < chunks; c++) {
    const part = stories.slice(c * L.selectOptions, (c + 1) * L.selectOptions);
    controls.push({
      kind: 'menu',
      id: encodeCustomId({ kind: 'open', context: c === 0 ? 'alerts' : `alerts-${c + 1}` }),
      placeholder: t(locale, 'alerts.post.menu', {
        from: c * L.selectOptions + 1,
        to: c * L.selectOptions + part.length,
      }),
      options: part.map((a, i) => ({
        label: `${c * L.selectOptions + i + 1}. ${a.title}`,
        value: a.id,
        description: a.section ?? t(locale, 'digest.post.noSection'),
      })),
    });
  }
  const footer = stories[0] ? dateLine(stories[0], locale) : undefined;
  return {
    text: [strong(heading)],
    cards: [{ accent: 'digest', title: heading, body, ...(footer ? { footer } : {}) }],
    controls,
  };
}

/** An alert message as a Reply (the Discord poster and the console render the same one). */
export function alertReply(message: AlertMessage, locale = 'en'): Reply {
  const [first] = message.stories;
  if (!message.grouped && first && message.stories.length === 1) return singleReply(first, locale);
  return groupedReply(message.stories, locale);
}

/** The alert as a Discord message payload; article text is escaped for Markdown. */
export function renderAlertMessage(message: AlertMessage, locale = 'en'): MessagePayload {
  return replyPayload(alertReply(message, locale));
}
