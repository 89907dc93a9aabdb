/**
 * English strings: the bot's replies and the digest's fixed words. `{name}` placeholders are filled by `t()` or
 * `localize()`; `<b>…</b>` and `<code>…</code>` mark a strong phrase and something to type, which each transport
 * shows its own way (see `localize()`).
 */
export const en = {
  'generic.error': 'Sorry, something went wrong on our side. Please try again in a moment.',
  'generic.unknownCommand': 'Unknown command: {name}.',
  'generic.expired': 'This button no longer works. Run the command again.',
  'generic.pageOf': 'Page {page}/{pages}',
  'generic.previous': 'Previous',
  'generic.next': 'Next',
  'generic.noArticles':
    'No articles are stored yet. Add newspaper pages to the articles folder and try again.',

  'article.notFound': 'No article matches “{query}”. Start typing and pick one from the list.',
  'article.readFull': 'Read full article',
  'article.authors': 'Authors',
  'article.section': 'Section',
  'article.date': 'Date',
  'article.keywords': 'Keywords',
  'article.photo': 'Photo',
  // Clean article text (#12): a photo's credit, after its caption
  'article.photoBy': 'Photo: {names}',
  'article.none': '—',

  'headlines.title': 'Headlines · {date}',
  'headlines.noEdition': 'There is no edition for {date}. Editions stored: {dates}.',
  'headlines.badDate': '“{date}” is not a date. Use YYYY-MM-DD, for example 2019-08-07.',
  'headlines.undated':
    'The stored pages carry no date, so there is no edition to list. /search and /summary still find their articles.',
  'headlines.select': 'Open an article…',
  // Received dates (#12 item 4): an edition of pages that print no date is the day they were received
  'headlines.receivedTitle': 'Undated pages · received {day}',
  'headlines.someReceived': 'Includes pages with no printed date, received this day.',
  'headlines.receivedChoice': '{date} · undated pages, received',

  'search.title': 'Search: {query}',
  'search.none': 'Nothing matches “{query}”.',
  // Search no-result help (#12)
  'search.noneTried':
    'Nothing matches “{query}”, in Simplified or Traditional characters. Try fewer or shorter words.',
  'search.noneSuggest':
    'Nothing matches “{query}”, in Simplified or Traditional characters. A shorter query finds articles: “{suggestion}”.',
  'search.results': 'Results {from}–{to} of {total}',
  'search.emptyQuery': 'Type something to search for.',

  'digest.adminOnly': 'Only members with the Manage Server permission can use /digest.',
  'digest.guildOnly': '/digest only works inside a server.',
  'digest.badTime': '“{time}” is not a time of day. Use 24-hour HH:MM, for example 08:00 or 18:30.',
  'digest.badTimezone':
    '“{tz}” is not an IANA time zone. Use a name such as Asia/Shanghai, Europe/London or America/New_York.',
  'digest.badChannel': 'Pick a text channel of this server for the digest.',
  'digest.missingPermissions':
    'I can’t post in {channel}: I’m missing the {perms} permission there. Grant it and try again.',
  'digest.subscribed': 'Subscribed {channel}: the digest arrives daily at {time} ({tz}). Next run: {next}.',
  'digest.unsubscribed': 'Unsubscribed {channel}. It will get no more digests.',
  'digest.notSubscribed': '{channel} has no digest subscription.',
  'digest.timezoneSet':
    'The server’s default time zone is now {tz}. New subscriptions use it unless they name another.',
  'digest.timezoneIs': 'The server’s default time zone is {tz}.',
  'digest.listTitle': 'Digest subscriptions',
  'digest.listEmpty': 'No channel is subscribed yet. Use /digest subscribe.',
  'digest.listLine': 'Daily at {time} ({tz})\nNext digest: {next} ({nextIn})\nLast digest: {last}',
  'digest.listPaused': 'paused: {reason}',
  'digest.listError': 'error: {error}',
  'digest.never': 'never',
  'digest.notScheduled': 'not scheduled',
  'digest.previewEmpty': 'There is nothing to send yet: no edition is stored.',
  'digest.pausedNotice':
    'Paused digest subscriptions: {lines}. Fix the channel permissions, then run /digest subscribe again to resume.',
  'digest.deliveryStatus': '{status} {day}',
  'digest.pausedLine': '{channel} ({reason})',

  'digest.post.heading': 'Daily digest · {date} · {count} articles',
  'digest.post.headingOne': 'Daily digest · {date} · {count} article',
  'digest.post.receivedDate': 'undated pages, received {day}',
  'digest.post.edition': 'Edition {date}',
  'digest.post.noSection': 'Other news',
  'digest.post.continued': '(continued)',
  'digest.post.authorsJoin': ', ',

  // Digest layout (#12): lead story, top stories, menus, language note.
  'digest.post.front': 'Front page',
  'digest.post.menu': 'All {count} stories',
  'digest.post.menuPart': 'All {count} stories · {from}–{to}',
  'digest.post.more': '{count} more in this edition: see them with /headlines',
  'digest.post.language': 'In English',
  'digest.post.readLead': 'Read the lead story',
  // Admin screens (#12).
  'digest.button.preview': '{n} · Preview',
  'digest.button.send': '{n} · Send now',
  'digest.button.unsubscribe': '{n} · Unsubscribe',
  'digest.sendNow.sent': 'Sent today’s digest to {channel}. The scheduled run will not send it again today.',
  'digest.sendNow.skipped': '{channel} already has today’s digest (or it is paused): nothing was sent twice.',
  'digest.sendNow.empty': 'There is nothing new for {channel}: no edition it has not had yet.',
  'digest.sendNow.paused': 'I can’t post in {channel}, so its digest is paused: {error}',
  'digest.sendNow.failed': 'Sending to {channel} failed ({error}); the scheduled run will try again.',
  'digest.sendNow.unavailable':
    'Digests are not being delivered by this process, so nothing can be sent now.',
  'perm.quoted': '“{name}”',

  'perm.ViewChannel': 'View Channel',
  'perm.SendMessages': 'Send Messages',
  'perm.EmbedLinks': 'Embed Links',
  'delivery.sent': 'sent',
  'delivery.failed': 'failed',
  'delivery.claimed': 'in progress',
  'delivery.empty': 'nothing new',

  'console.banner':
    'Paperboy console. Type /help, /headlines, /summary 舟山, /search 席草 … (/quit to leave).',
  'console.notNumber': '{name}: “{value}” is not a whole number.',
  'console.pressUsage': 'Usage: /press <button id> [menu value]',
  'console.unknownCommand': 'Unknown command: {name}. Commands: {list}',
  'console.subcommands': '{name} needs one of: {list}.',
  'console.missing': '{name} needs: {options}.',

  'help.title': 'Paperboy',
  'help.body':
    'I read scanned newspaper pages, summarize each article and post a daily digest.\n\n' +
    '<b>Reading</b>\n' +
    '<code>/headlines [date]</code> the newest edition’s headlines (or a date’s)\n' +
    '<code>/summary article</code> one article’s summary, keywords and authors\n' +
    '<code>/article article</code> the full text, page by page\n' +
    '<code>/search query [limit]</code> full-text search with snippets\n\n' +
    '<b>Setting up the daily digest</b> (Manage Server)\n' +
    '<code>/digest timezone Asia/Shanghai</code> the server’s default time zone\n' +
    '<code>/digest subscribe #channel 08:00 [timezone]</code> post the digest there every day\n' +
    '<code>/digest list</code> times, next runs, last deliveries and errors\n' +
    '<code>/digest preview</code> the digest exactly as a channel would get it\n' +
    '<code>/digest unsubscribe #channel</code> stop\n\n' +
    'I need View Channel, Send Messages and Embed Links in the digest channel. I never ping anyone.',
} as const;

export type MessageKey = keyof typeof en;
