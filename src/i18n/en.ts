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
  'digest.listLine': '{schedule}\nNext digest: {next} ({nextIn})\nLast digest: {last}',
  'digest.listPaused': 'paused: {reason}',
  'digest.listError': 'error: {error}',
  'digest.never': 'never',
  'digest.notScheduled': 'not scheduled',
  'digest.previewEmpty': 'There is nothing to send yet: no edition is stored.',
  'digest.pausedNotice':
    'Paused digest subscriptions: {lines}. Fix the channel permissions, then run /digest subscribe (or /digest alerts, for an alerts channel) again to resume.',
  'digest.deliveryStatus': '{status} {day}',
  'digest.pausedLine': '{channel} ({reason})',

  'digest.post.heading': 'Daily digest · {date} · {count} articles',
  'digest.post.headingOne': 'Daily digest · {date} · {count} article',
  'digest.post.receivedDate': 'undated pages, received {day}',
  'digest.post.edition': 'Edition {date}',
  'digest.post.noSection': 'Other news',
  'digest.post.continued': '(continued)',
  // #11 destinations: a thread per digest, forum posts.
  'digest.thread.name': 'Digest · {date}',
  'digest.thread.header': '📰 **{name}**: the stories are in the thread below.',
  'digest.destThread': '→ a thread per digest',
  'digest.destForum': '→ a forum post per digest',
  'digest.destForumTag': '→ a forum post per digest, tagged {tag}',
  'digest.badForumTag':
    'The forum {channel} has no tag “{tag}”. Its tags: {tags}. Pick one of them, or leave the tag out.',
  'digest.noForumTags': 'none',
  'digest.tagNeedsForum':
    'A tag only applies to a forum channel, and {channel} is not one. Leave the tag out or pick a forum.',
  'digest.threadInForum': 'A forum gets one forum post per digest already: leave “thread” out for {channel}.',
  'perm.CreatePublicThreads': 'Create Public Threads',
  'perm.SendMessagesInThreads': 'Send Messages in Threads',
  'console.notBoolean': '{name}: “{value}” is not true or false.',
  'digest.post.authorsJoin': ', ',

  // Digest layout (#12): lead story, top stories, menus, language note.
  'digest.post.front': 'Front page',
  'digest.post.menu': 'All {count} stories',
  'digest.post.menuPart': 'All {count} stories · {from}–{to}',
  'digest.post.more': '{count} more in this edition: see them with /headlines',
  'digest.post.language': 'In English',
  'digest.post.readLead': 'Read the lead story',
  // Instant alerts (#11): /digest alerts, the alert messages, /digest list.
  'alerts.post.heading': 'New story',
  'alerts.post.groupHeading': '{count} new stories',
  'alerts.post.summary': 'Summary',
  'alerts.post.menu': 'Open a story ({from}–{to})…',
  'alerts.subscribed':
    'Alerts on for {channel}: each new story is posted there as it arrives, a few a minute at most; more at once come as one list.',
  'alerts.subscribedFiltered':
    'Alerts on for {channel}: each new story matching its filters (/digest filter) is posted there as it arrives, a few a minute at most; more at once come as one list.',
  'alerts.switched': 'It no longer gets the daily digest: a channel has one subscription.',
  'alerts.unsubscribed': 'Unsubscribed {channel}. It will get no more alerts.',
  'alerts.listLine': 'Instant alerts: each new story as it arrives',
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

  // Personal follows (#11): /follow, its DMs and the paused notice.
  'follow.guildOnly': '/follow only works inside a server.',
  'follow.badKeyword':
    '“{keyword}” has nothing to search for. A keyword needs letters or numbers, for example 舟山 or 台风.',
  'follow.emptyKeyword': 'Type a keyword to follow, for example 舟山 or 台风.',
  'follow.tooLong': 'That keyword is too long: at most {max} characters. Use a shorter word or two.',
  'follow.added':
    'Following “{keyword}”: I’ll send you a DM when a new article matches. You follow {count} of at most {max} keywords.',
  'follow.exists': 'You already follow “{keyword}”.',
  'follow.userLimit':
    'You already follow {max} keywords, the most allowed. Remove one with /follow remove, then add this one.',
  'follow.guildLimit':
    'This server’s members already follow {max} keywords in all, the most allowed per server. Ask the bot’s operator to raise <code>FOLLOW_MAX_PER_GUILD</code>.',
  'follow.removed': 'Stopped following “{keyword}”.',
  'follow.notFollowed': 'You don’t follow “{keyword}”. /follow list shows your keywords.',
  'follow.listTitle': 'Your follows · {count} of {max}',
  'follow.listEmpty': 'You follow no keywords yet. Use /follow add: I’ll DM you when a new article matches.',
  'follow.listPaused': 'Paused: I could not DM you ({reason}). Allow DMs, then run /follow resume.',
  'follow.listFooter': 'New articles that match come by DM, one message per batch.',
  'follow.cleared':
    'Deleted everything stored about you: {follows} keywords and the record of {notices} articles sent.',
  'follow.clearedNothing': 'Nothing is stored about you.',
  'follow.resumed': 'Follows resumed: new articles that match come by DM again.',
  'follow.notPaused': 'Your follows are not paused: new articles that match come by DM.',
  'follow.pausedNotice':
    'I couldn’t send you a DM ({reason}), so your follows are paused. Allow direct messages from server members, then run /follow resume.',
  'follow.dm.heading': 'New articles for your follows · {count}',
  'follow.dm.matched': 'matches “{keyword}”',
  'follow.dm.more': '… and {count} more. /search finds them.',
  'follow.dm.open': '{n} · Open',
  'follow.dm.footer': 'Change what you follow with /follow list, /follow remove or /follow clear.',
  'help.follows':
    '<b>Personal follows</b> (any member)\n' +
    '<code>/follow add keyword</code> a DM when a new article matches (at most {perUser} keywords each, {perGuild} per server)\n' +
    '<code>/follow list</code> your keywords · <code>/follow remove keyword</code> · <code>/follow clear</code> deletes all I store about you\n' +
    '<code>/follow resume</code> after I could not DM you',

  // Filters and cadence (#11, filters-cadence helper): /digest filter, cadence, "nothing matched", coverage.
  'digest.filter.sections': 'sections',
  'digest.filter.include': 'include',
  'digest.filter.exclude': 'exclude',
  'digest.filter.part': '{list} {words}',
  'digest.filter.line': 'Filters: {filters}',
  'digest.filter.none': 'Filters: none (every story)',
  'digest.filter.set':
    'Saved the filters of {channel}. {filters}. Its digests carry only the stories that match.',
  'digest.filter.cleared': 'Cleared the filters of {channel}: it gets every story again.',
  'digest.filter.shown':
    '{channel}: {filters}. Set them with <code>/digest filter</code> and sections, include or exclude (keywords separated by commas); clear removes them.',
  'digest.filter.notSubscribed':
    '{channel} has no subscription to filter. Subscribe it first with /digest subscribe.',
  'digest.filter.nothingSearchable':
    '“{keyword}” in {list} has nothing to search for (only punctuation or spaces). Type words, separated by commas.',
  'digest.filter.tooLong':
    '“{keyword}” in {list} is longer than {max} characters. Use shorter keywords, separated by commas.',
  'digest.filter.tooMany':
    '{list} has {count} keywords; at most {max} are allowed. Remove some and try again.',
  'digest.filter.previewNote': 'Preview for {channel}, with its filters applied. {filters}',
  'digest.filter.previewNothing':
    'Nothing in the newest edition matches the filters of {channel} ({filters}): its digest would post nothing.',
  'delivery.filtered': 'nothing matched',
  'digest.sendNow.filtered': 'Nothing new for {channel} matched its filters, so nothing was posted.',
  'digest.schedule.daily': 'Daily at {time} ({tz})',
  'digest.schedule.weekdays': 'Weekdays (Mon–Fri) at {time} ({tz})',
  'digest.schedule.weekly': 'Every {weekday} at {time} ({tz})',
  'digest.subscribedWeekdays':
    'Subscribed {channel}: the digest arrives on weekdays (Monday to Friday) at {time} ({tz}). Next run: {next}.',
  'digest.subscribedWeekly':
    'Subscribed {channel}: the digest arrives every {weekday} at {time} ({tz}) and carries every edition since the last one. Next run: {next}.',
  'digest.badCadence': '“{cadence}” is not a cadence. Use daily, weekdays or weekly.',
  'digest.weekdayDefaulted': 'No weekday was given, so it is Monday. Pick another with the weekday option.',
  'digest.weekdayNeedsWeekly':
    'A weekday only goes with the weekly cadence. Choose cadence “weekly”, or leave the weekday out.',
  'weekday.0': 'Sunday',
  'weekday.1': 'Monday',
  'weekday.2': 'Tuesday',
  'weekday.3': 'Wednesday',
  'weekday.4': 'Thursday',
  'weekday.5': 'Friday',
  'weekday.6': 'Saturday',
  'digest.post.coverage': '{count} editions, {range}',
  'digest.post.coverageOlder': '{count} older not shown: see /headlines',

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
    '<code>/digest subscribe #channel 08:00 thread:true</code> a thread per digest; a forum channel gets a forum post per digest (<code>tag:</code> one of its tags)\n' +
    '<code>/digest alerts #channel</code> instead, post each new story there as it arrives (a few a minute; more at once as one list)\n' +
    '<code>/digest subscribe #channel 08:00 cadence:weekly weekday:Friday</code> weekdays only, or once a week with every edition since the last\n' +
    '<code>/digest filter #channel include:舟山,开渔 exclude:广告</code> only the stories a channel wants (also <code>sections:</code>; <code>clear:true</code> removes them)\n' +
    '<code>/digest list</code> times, next runs, last deliveries and errors\n' +
    '<code>/digest preview</code> the digest exactly as a channel would get it\n' +
    '<code>/digest unsubscribe #channel</code> stop\n\n' +
    'I need View Channel, Send Messages and Embed Links in the digest channel. I never ping anyone.',
} as const;

export type MessageKey = keyof typeof en;
