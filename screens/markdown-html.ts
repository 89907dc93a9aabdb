/**
 * Discord's Markdown subset to HTML, for the screenshots. The inline rules copy simple-markdown's, which the
 * Discord client is built on, including its pairing quirks (`**市****市**` pairs the marks the way Discord
 * does), so a screenshot shows what a reader would see, not what the bot meant.
 */
import { formatTimestamp } from './timestamps.js';

export interface MarkdownView {
  locale: string;
  timeZone: string;
  /** "Now" for relative timestamps (`<t:…:R>`). */
  now: Date;
  /** Channel names by id, for `<#id>` mentions (the client knows them; a payload does not). */
  channels?: Readonly<Record<string, string>>;
}

export function escapeHtml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

type InlineRule = { re: RegExp; html: (m: RegExpExecArray, view: MarkdownView) => string };

const inner = (s: string | undefined, view: MarkdownView): string => inlineHtml(s ?? '', view);

// Order matters, as in simple-markdown: escapes and code first, then the tags, then emphasis, then text.
const RULES: InlineRule[] = [
  { re: /^\\([^0-9A-Za-z\s])/, html: (m) => escapeHtml(m[1]!) },
  { re: /^(`+)([\s\S]*?[^`])\1(?!`)/, html: (m) => `<code>${escapeHtml(m[2]!.trim())}</code>` },
  {
    re: /^<t:(-?\d{1,13})(?::([tTdDfFR]))?>/,
    html: (m, v) => `<span class="ts">${escapeHtml(formatTimestamp(Number(m[1]), m[2] ?? 'f', v))}</span>`,
  },
  // A slash-command mention: </name:id> or </name sub:id>.
  {
    re: /^<\/([^:<>\n]+):(\d+)>/,
    html: (m) => `<span class="mention cmd">/${escapeHtml(m[1]!)}</span>`,
  },
  { re: /^<#(\d+)>/, html: (m, v) => `<span class="mention">#${escapeHtml(channelName(m[1]!, v))}</span>` },
  { re: /^<@&(\d+)>/, html: (m) => `<span class="mention">@role-${escapeHtml(m[1]!.slice(-4))}</span>` },
  { re: /^<@!?(\d+)>/, html: (m) => `<span class="mention">@user-${escapeHtml(m[1]!.slice(-4))}</span>` },
  { re: /^<(https?:\/\/[^ >]+)>/, html: (m) => link(m[1]!, escapeHtml(m[1]!)) },
  {
    re: /^\[((?:\[[^\]]*\]|[^[\]])*)\]\(\s*<?(https?:\/\/[^\s>)]*)>?\s*\)/,
    html: (m, v) => link(m[2]!, inner(m[1], v)),
  },
  { re: /^https?:\/\/[^\s<]+[^<.,:;"')\]\s]/, html: (m) => link(m[0], escapeHtml(m[0])) },
  { re: /^\*\*([\s\S]+?)\*\*(?!\*)/, html: (m, v) => `<strong>${inner(m[1], v)}</strong>` },
  { re: /^__([\s\S]+?)__(?!_)/, html: (m, v) => `<u>${inner(m[1], v)}</u>` },
  {
    re: /^\b_((?:__|\\[\s\S]|[^\\_])+?)_\b|^\*(?=\S)((?:\*\*|\\[\s\S]|\s+(?:\\[\s\S]|[^\s*\\]|\*\*)|[^\s*\\])+?)\*(?!\*)/,
    html: (m, v) => `<em>${inner(m[1] ?? m[2], v)}</em>`,
  },
  { re: /^~~([\s\S]+?)~~(?!_)/, html: (m, v) => `<s>${inner(m[1], v)}</s>` },
  { re: /^\|\|([\s\S]+?)\|\|/, html: (m, v) => `<span class="spoiler">${inner(m[1], v)}</span>` },
  { re: /^\n/, html: () => '<br>' },
  // Plain text up to the next character that could start a rule (CJK runs are one chunk).
  {
    re: /^[\s\S]+?(?=[^0-9A-Za-z\s\u00c0-\uffff]|\n|\w+:\S|$)/,
    html: (m) => escapeHtml(m[0]),
  },
];

/** An unknown channel gets a short stand-in, as a client shows a channel it cannot see. */
function channelName(id: string, view: MarkdownView): string {
  return view.channels?.[id] ?? `unknown-${id.slice(-4)}`;
}

function link(href: string, text: string): string {
  return `<a class="link" data-href="${escapeHtml(href)}">${text}</a>`;
}

/** Inline Markdown (bold, italic, code, links, timestamps, mentions…) to HTML. */
export function inlineHtml(text: string, view: MarkdownView): string {
  let out = '';
  let rest = text;
  while (rest.length > 0) {
    let matched = false;
    for (const rule of RULES) {
      const m = rule.re.exec(rest);
      if (!m || m[0].length === 0) continue;
      out += rule.html(m, view);
      rest = rest.slice(m[0].length);
      matched = true;
      break;
    }
    if (!matched) {
      out += escapeHtml(rest[0]!);
      rest = rest.slice(1);
    }
  }
  return out;
}

const HEADING = /^(#{1,3}) (.+)$/;
const SUBTEXT = /^-# (.+)$/;
const BULLET = /^\s*[-*] (.+)$/;
const ORDERED = /^\s*(\d{1,9})\. (.+)$/;

/** A whole message or embed text: code fences, quotes, headings, subtext and lists, then inline rules. */
export function markdownHtml(text: string, view: MarkdownView): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inlineRun: string[] = [];
  const flush = (): void => {
    if (inlineRun.length) out.push(`<div class="md-p">${inlineHtml(inlineRun.join('\n'), view)}</div>`);
    inlineRun = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      flush();
      const body: string[] = [line.slice(3).includes('```') ? line.slice(3, line.lastIndexOf('```')) : ''];
      if (!line.slice(3).includes('```')) {
        body.length = 0;
        for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      }
      out.push(`<pre class="codeblock">${escapeHtml(body.join('\n'))}</pre>`);
      continue;
    }
    if (line.startsWith('>>> ')) {
      flush();
      const quoted = [line.slice(4), ...lines.slice(i + 1)].join('\n');
      out.push(`<blockquote>${markdownHtml(quoted, view)}</blockquote>`);
      break;
    }
    if (line.startsWith('> ') || line === '>') {
      flush();
      const quoted: string[] = [];
      for (; i < lines.length && (lines[i]!.startsWith('> ') || lines[i] === '>'); i++)
        quoted.push(lines[i]!.slice(2));
      i--;
      out.push(`<blockquote>${markdownHtml(quoted.join('\n'), view)}</blockquote>`);
      continue;
    }
    const heading = HEADING.exec(line);
    const subtext = SUBTEXT.exec(line);
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (heading) {
      flush();
      out.push(`<div class="md-h${heading[1]!.length}">${inlineHtml(heading[2]!, view)}</div>`);
    } else if (subtext) {
      flush();
      out.push(`<div class="md-sub">${inlineHtml(subtext[1]!, view)}</div>`);
    } else if (bullet) {
      flush();
      out.push(`<ul><li>${inlineHtml(bullet[1]!, view)}</li></ul>`);
    } else if (ordered) {
      flush();
      out.push(`<ol start="${ordered[1]}"><li>${inlineHtml(ordered[2]!, view)}</li></ol>`);
    } else {
      inlineRun.push(line);
    }
  }
  flush();
  return out.join('');
}
