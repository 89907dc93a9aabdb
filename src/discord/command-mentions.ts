import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** What the directory needs of a registered command: Discord's id for its name. */
export interface RegisteredCommand {
  id: string;
  name: string;
}

type Localizations = Partial<Record<string, string | null>> | null | undefined;

interface LocalCommand {
  name: string;
  localizations: Localizations;
  /** Subcommand name → its localized names. */
  subcommands: Map<string, Localizations>;
}

const SUBCOMMAND = 1;

/** The user's name for something localized: the exact locale, then its language (zh-TW → zh-CN is not done). */
function localName(name: string, localizations: Localizations, locale: string): string {
  return localizations?.[locale] ?? name;
}

/**
 * Writes command names the way the reader can use them. Messages name commands by their default names
 * (`/headlines`, `/digest subscribe`); this turns each into a clickable mention `</digest subscribe:id>` when the
 * command's id is known, and adds the reader's localized name when it differs (Discord shows a mention by its
 * default name whatever the reader's language, and a mention of a localized name is not clickable). Without an
 * id it writes the localized name, `/日报 订阅`, which is what the reader's client lists.
 */
export class CommandMentions {
  private readonly local = new Map<string, LocalCommand>();
  private readonly pattern: RegExp | null;
  private ids = new Map<string, string>();

  constructor(definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[]) {
    for (const d of definitions) {
      const subcommands = new Map<string, Localizations>();
      for (const o of d.options ?? [])
        if (o.type === SUBCOMMAND) subcommands.set(o.name, o.name_localizations);
      this.local.set(d.name, { name: d.name, localizations: d.name_localizations, subcommands });
    }
    const names = [...this.local.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // A command name after a space, a line start, a bracket or a backtick, and not part of a longer word or path.
    this.pattern = names.length
      ? new RegExp(`(^|[\\s（(“"\`])/(${names.join('|')})(?: ([a-z-]+))?(?![\\w/-])`, 'gmu')
      : null;
  }

  /** Remembers the registered commands' ids (from GET application commands). */
  setRegistered(registered: readonly RegisteredCommand[]): void {
    this.ids = new Map(registered.map((c) => [c.name, c.id]));
  }

  get known(): boolean {
    return this.ids.size > 0;
  }

  /** One command as the reader sees it: a mention, or its localized plain name. */
  mention(name: string, subcommand: string | null, locale: string): string {
    const cmd = this.local.get(name);
    const sub = subcommand && cmd?.subcommands.has(subcommand) ? subcommand : null;
    const localized = cmd
      ? [
          localName(cmd.name, cmd.localizations, locale),
          ...(sub ? [localName(sub, cmd.subcommands.get(sub), locale)] : []),
        ].join(' ')
      : [name, sub].filter(Boolean).join(' ');
    const plain = `/${localized}`;
    const id = this.ids.get(name);
    if (!id) return plain;
    const fullName = [name, sub].filter(Boolean).join(' ');
    const tag = `</${fullName}:${id}>`;
    if (localized === fullName) return tag;
    return locale.toLowerCase().startsWith('zh') ? `${tag}（${plain}）` : `${tag} (${plain})`;
  }

  /**
   * Rendered Markdown with every command name rewritten for `locale`. A code span that starts with a command
   * (`` `/search query [limit]` ``) becomes the mention followed by the rest in code, since a mention inside
   * backticks would not render.
   */
  rewrite(markdown: string, locale: string): string {
    if (!this.pattern || !markdown.includes('/')) return markdown;
    const withCode = markdown.replace(/`([^`\n]*)`/gu, (whole, inner: string) => {
      const m = /^\/([a-z-]+)(?: ([a-z-]+))?(?=\s|$)/u.exec(inner);
      if (!m || !this.local.has(m[1]!)) return whole;
      const sub = m[2] && this.local.get(m[1]!)!.subcommands.has(m[2]) ? m[2] : null;
      const rest = inner.slice(sub ? m[0].length : `/${m[1]}`.length).trim();
      const named = this.mention(m[1]!, sub, locale);
      // Without an id the name stays in code with its arguments, as the reader would type it.
      if (!this.ids.has(m[1]!)) return `\`${named}${rest ? ` ${rest}` : ''}\``;
      return `${named}${rest ? ` \`${rest}\`` : ''}`;
    });
    return withCode.replace(this.pattern, (whole, before: string, name: string, sub?: string) => {
      if (before === '`') return whole;
      const known = sub && this.local.get(name)!.subcommands.has(sub) ? sub : null;
      const tail = sub && !known ? ` ${sub}` : '';
      return `${before}${this.mention(name, known, locale)}${tail}`;
    });
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
