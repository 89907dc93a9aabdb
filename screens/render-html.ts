/**
 * A recorded Discord message body (content, embeds, components, flags) to a Discord-like HTML page: the dark
 * theme, the bot's name and APP tag, "used /command" above a slash reply, and "Only you can see this" under an
 * ephemeral one. Pure: text in, text out; the browser only takes the picture.
 */
import {
  asArr,
  asObj,
  asStr,
  colorCss,
  componentsHtml,
  type ComponentView,
  type Json,
} from './components-html.js';
import { escapeHtml, inlineHtml, markdownHtml } from './markdown-html.js';
import { THEME_CSS } from './theme.js';
import { formatTimestamp } from './timestamps.js';

export const EPHEMERAL = 1 << 6;
export const IS_COMPONENTS_V2 = 1 << 15;

/** One message as the fake Discord recorded it, with what the client would show around it. */
export interface ScreenMessage {
  data: Json;
  /** "used /headlines" above the message, as the client shows a slash-command reply. */
  usedCommand?: string;
  /** Whether the message is ephemeral, when the flag is not in `data` (e.g. set by an earlier deferReply). */
  ephemeral?: boolean;
}

export interface Screen {
  title: string;
  locale: string;
  timeZone: string;
  now: Date;
  messages: ScreenMessage[];
  botName?: string;
  /** Draw select menus opened, so their options show (default true). */
  openMenus?: boolean;
  /** Channel names by id, for `<#id>` mentions. */
  channels?: Readonly<Record<string, string>>;
}

const CHROME: Record<'en' | 'zh', { ephemeral: string; dismiss: string; used: string; today: string }> = {
  en: { ephemeral: 'Only you can see this', dismiss: 'Dismiss message', used: 'used', today: 'Today at' },
  zh: { ephemeral: '只有您才能看到这些消息', dismiss: '忽略这些消息', used: '使用了', today: '今天' },
};
const chrome = (locale: string) => CHROME[locale.startsWith('zh') ? 'zh' : 'en'];

function embedTimestamp(iso: string, view: ComponentView): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? escapeHtml(iso) : escapeHtml(formatTimestamp(Math.floor(t / 1000), 'f', view));
}

function fieldsHtml(fields: Json[], view: ComponentView): string {
  // Discord puts up to three consecutive inline fields on one line; a non-inline field takes a whole line.
  const cells: string[] = [];
  let run = 0;
  for (const f of fields) {
    const inline = f.inline === true && run < 3;
    run = inline ? run + 1 : 0;
    const span = inline ? 'inline' : 'full';
    cells.push(
      `<div class="field ${span}"><div class="field-name">${inlineHtml(asStr(f.name) ?? '', view)}</div>` +
        `<div class="field-value">${markdownHtml(asStr(f.value) ?? '', view)}</div></div>`,
    );
  }
  return cells.length ? `<div class="fields">${cells.join('')}</div>` : '';
}

/** One embed. */
export function embedHtml(e: Json, view: ComponentView): string {
  const color = colorCss(e.color);
  const author = asObj(e.author);
  const footer = asObj(e.footer);
  const title = asStr(e.title);
  const url = asStr(e.url);
  const description = asStr(e.description);
  const thumb = asStr(asObj(e.thumbnail).url);
  const image = asStr(asObj(e.image).url);
  const timestamp = asStr(e.timestamp);
  const parts: string[] = [];
  if (asStr(author.name)) parts.push(`<div class="embed-author">${escapeHtml(asStr(author.name)!)}</div>`);
  if (title) parts.push(`<div class="embed-title${url ? ' link' : ''}">${inlineHtml(title, view)}</div>`);
  if (description) parts.push(`<div class="embed-desc">${markdownHtml(description, view)}</div>`);
  parts.push(fieldsHtml(asArr(e.fields), view));
  if (image) parts.push(`<div class="media embed-image"><span>image · ${escapeHtml(image)}</span></div>`);
  const foot = [
    asStr(footer.text) ? inlineHtml(asStr(footer.text)!, view) : '',
    timestamp ? embedTimestamp(timestamp, view) : '',
  ]
    .filter(Boolean)
    .join(' • ');
  if (foot) parts.push(`<div class="embed-footer">${foot}</div>`);
  const side = thumb ? `<div class="media thumb"><span>thumbnail</span></div>` : '';
  return (
    `<div class="embed" style="border-left-color:${color ?? '#1e1f22'}">` +
    `<div class="embed-main">${parts.join('')}</div>${side}</div>`
  );
}

/** The inside of one message: content, embeds and components, whatever the payload holds. */
export function messageBodyHtml(data: Json, view: ComponentView): string {
  const parts: string[] = [];
  const content = asStr(data.content);
  if (content) parts.push(`<div class="content">${markdownHtml(content, view)}</div>`);
  for (const e of asArr(data.embeds)) parts.push(embedHtml(e, view));
  const components = asArr(data.components);
  if (components.length) {
    const v2 = (Number(data.flags ?? 0) & IS_COMPONENTS_V2) !== 0;
    parts.push(`<div class="components${v2 ? ' v2' : ''}">${componentsHtml(components, view)}</div>`);
  }
  return parts.join('');
}

function messageHtml(m: ScreenMessage, screen: Screen, view: ComponentView): string {
  const c = chrome(screen.locale);
  const ephemeral = m.ephemeral === true || (Number(m.data.flags ?? 0) & EPHEMERAL) !== 0;
  const name = escapeHtml(screen.botName ?? 'Paperboy');
  const used = m.usedCommand
    ? `<div class="used"><span class="used-avatar"></span><span class="used-name">reader</span> ${c.used} <span class="cmd-name">${escapeHtml(m.usedCommand)}</span></div>`
    : '';
  const when = `${c.today} ${escapeHtml(formatTimestamp(Math.floor(screen.now.getTime() / 1000), 't', view))}`;
  const footer = ephemeral
    ? `<div class="ephemeral">👁 ${c.ephemeral} · <span class="link">${c.dismiss}</span></div>`
    : '';
  return (
    `<div class="message${ephemeral ? ' is-ephemeral' : ''}">${used}<div class="msg-grid">` +
    `<div class="avatar">P</div><div class="msg-main"><div class="msg-head"><span class="bot-name">${name}</span>` +
    `<span class="app-tag">APP</span><span class="msg-time">${when}</span></div>` +
    `${messageBodyHtml(m.data, view)}${footer}</div></div></div>`
  );
}

/** A whole page: the messages of one screen, ready for the browser. */
export function renderScreen(screen: Screen): string {
  const view: ComponentView = {
    locale: screen.locale,
    timeZone: screen.timeZone,
    now: screen.now,
    openMenus: screen.openMenus ?? true,
    channels: screen.channels,
  };
  const body = screen.messages.map((m) => messageHtml(m, screen, view)).join('');
  return (
    `<!doctype html><html lang="${escapeHtml(screen.locale)}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(screen.title)}</title><style>${THEME_CSS}</style></head>` +
    `<body><div class="channel"># news</div><main>${body}</main></body></html>`
  );
}
