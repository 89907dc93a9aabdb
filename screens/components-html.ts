/**
 * Message components to HTML: action rows, buttons and select menus, and the Components V2 layout pieces
 * (containers, sections, text displays, thumbnails, galleries, separators). Payloads are read loosely, since
 * what is rendered is whatever the bot sent; a type this file does not know is drawn as a labelled box, so a
 * new shape shows up in the screenshot instead of vanishing.
 */
import { escapeHtml, markdownHtml, type MarkdownView } from './markdown-html.js';

export type Json = Record<string, unknown>;

export const asObj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
export const asArr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(asObj) : []);
export const asStr = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

const BUTTON_STYLE: Record<number, string> = {
  1: 'primary',
  2: 'secondary',
  3: 'success',
  4: 'danger',
  5: 'link',
  6: 'premium',
};

export interface ComponentView extends MarkdownView {
  /** Draw select menus opened below themselves, so their options can be checked in the picture. */
  openMenus: boolean;
}

export function colorCss(color: unknown): string | null {
  return typeof color === 'number' ? `#${color.toString(16).padStart(6, '0')}` : null;
}

function emoji(c: Json): string {
  const e = asObj(c.emoji);
  const name = asStr(e.name);
  if (!name) return '';
  return asStr(e.id)
    ? `<span class="emoji">:${escapeHtml(name)}:</span>`
    : `<span class="emoji">${escapeHtml(name)}</span>`;
}

function button(c: Json): string {
  const style = BUTTON_STYLE[Number(c.style)] ?? 'secondary';
  const label = asStr(c.label);
  const disabled = c.disabled === true ? ' disabled' : '';
  const external = style === 'link' ? '<span class="ext">↗</span>' : '';
  return (
    `<span class="btn ${style}${disabled}" data-custom-id="${escapeHtml(asStr(c.custom_id) ?? '')}">` +
    `${emoji(c)}${label ? `<span>${escapeHtml(label)}</span>` : ''}${external}</span>`
  );
}

function select(c: Json, view: ComponentView): string {
  const options = asArr(c.options);
  const chosen = options.filter((o) => o.default === true);
  const shown = chosen.length
    ? chosen.map((o) => escapeHtml(asStr(o.label) ?? '')).join(', ')
    : `<span class="placeholder">${escapeHtml(asStr(c.placeholder) ?? (view.locale.startsWith('zh') ? '进行选择' : 'Make a selection'))}</span>`;
  const disabled = c.disabled === true ? ' disabled' : '';
  let html = `<div class="select${disabled}" data-custom-id="${escapeHtml(asStr(c.custom_id) ?? '')}"><div class="select-box">${shown}<span class="chev">⌄</span></div>`;
  if (view.openMenus && options.length) {
    html += '<div class="menu">';
    for (const o of options) {
      const desc = asStr(o.description);
      html +=
        `<div class="opt">${emoji(o)}<div><div class="opt-label">${escapeHtml(asStr(o.label) ?? '')}</div>` +
        `${desc ? `<div class="opt-desc">${escapeHtml(desc)}</div>` : ''}</div></div>`;
    }
    html += '</div>';
  }
  return `${html}</div>`;
}

function media(kind: string, c: Json, extraClass = ''): string {
  // No network in the screenshots: a grey box that names what would be shown.
  const url = asStr(asObj(c.media).url) ?? asStr(c.url) ?? '';
  const desc = asStr(c.description);
  const name = url.split('/').pop() ?? url;
  return `<div class="media ${extraClass}" title="${escapeHtml(url)}"><span>${escapeHtml(kind)}${name ? ` · ${escapeHtml(name)}` : ''}${desc ? `<br>${escapeHtml(desc)}` : ''}</span></div>`;
}

function section(c: Json, view: ComponentView): string {
  const texts = asArr(c.components)
    .map((t) => componentHtml(t, view))
    .join('');
  const accessory = asObj(c.accessory);
  const side = Object.keys(accessory).length
    ? `<div class="accessory">${componentHtml(accessory, view)}</div>`
    : '';
  return `<div class="section"><div class="section-text">${texts}</div>${side}</div>`;
}

function container(c: Json, view: ComponentView): string {
  const accent = colorCss(c.accent_color);
  const style = accent ? ` style="border-left-color:${accent}"` : '';
  const spoiler = c.spoiler === true ? ' spoiler-box' : '';
  return `<div class="container${accent ? ' accented' : ''}${spoiler}"${style}>${componentsHtml(asArr(c.components), view)}</div>`;
}

/** One component of any type. */
export function componentHtml(c: Json, view: ComponentView): string {
  switch (Number(c.type)) {
    case 1:
      return `<div class="row">${asArr(c.components)
        .map((x) => componentHtml(x, view))
        .join('')}</div>`;
    case 2:
      return button(c);
    case 3:
    case 5:
    case 6:
    case 7:
    case 8:
      return select(c, view);
    case 9:
      return section(c, view);
    case 10:
      return `<div class="text-display">${markdownHtml(asStr(c.content) ?? '', view)}</div>`;
    case 11:
      return media('thumbnail', c, 'thumb');
    case 12:
      return `<div class="gallery">${asArr(c.items)
        .map((i) => media('image', i))
        .join('')}</div>`;
    case 13:
      return `<div class="file">📄 ${escapeHtml(asStr(asObj(c.file).url) ?? 'file')}</div>`;
    case 14: {
      const large = Number(c.spacing) === 2 ? ' large' : '';
      return `<div class="separator${large}${c.divider === false ? '' : ' divider'}"></div>`;
    }
    case 17:
      return container(c, view);
    default:
      return `<div class="unknown">component type ${escapeHtml(String(c.type))}: ${escapeHtml(
        JSON.stringify(c).slice(0, 200),
      )}</div>`;
  }
}

export function componentsHtml(components: Json[], view: ComponentView): string {
  return components.map((c) => componentHtml(c, view)).join('');
}
