import type { MessageKey } from './en.js';

/**
 * Traditional Chinese (Taiwan) strings for zh-TW and zh-HK readers, in Taiwan's usage (伺服器, 頻道, 訊息).
 * Partial on purpose: a key missing here falls back to the Simplified string (see strings.ts), so a new
 * message is never blank for these readers while its translation is pending.
 */
export const zhTW = {
  'generic.error': '抱歉，發生了一點問題，請稍後再試。',
  'generic.unknownCommand': '未知的指令：{name}。',
  'generic.expired': '這個按鈕已失效，請重新執行指令。',
  'generic.pageOf': '第 {page}/{pages} 頁',
  'generic.previous': '上一頁',
  'generic.next': '下一頁',
  'generic.noArticles': '尚未儲存任何文章。請把報紙版面放進文章資料夾後再試。',

  'article.notFound': '沒有與「{query}」相符的文章。請輸入關鍵字，並從清單中選擇。',
  'article.readFull': '閱讀全文',
  'article.authors': '作者',
  'article.section': '欄目',
  'article.date': '日期',
  'article.keywords': '關鍵詞',
  'article.photo': '圖片新聞',
  'article.photoBy': '{names} 攝',
  'article.none': '—',

  'headlines.title': '要聞 · {date}',
  'headlines.noEdition': '沒有 {date} 的報紙。已儲存的日期：{dates}。',
  'headlines.badDate': '「{date}」不是日期。請使用 YYYY-MM-DD 格式，例如 2019-08-07。',
  'headlines.undated':
    '已儲存的版面沒有日期，因此沒有可列出的一期報紙。仍可用 /search 和 /summary 尋找文章。',
  'headlines.select': '開啟一篇文章…',
  // Received dates (#12 item 4): an edition of pages that print no date is the day they were received
  'headlines.receivedTitle': '未註明日期的版面 · {day} 收到',
  'digest.post.receivedDate': '未註明日期的版面（{day}收到）',
  'headlines.someReceived': '含當天收到、未註明日期的版面。',
  'headlines.receivedChoice': '{date} · 未註明日期的版面（收到日）',

  'search.title': '搜尋：{query}',
  'search.none': '沒有與「{query}」相符的結果。',
  'search.noneTried': '沒有與「{query}」相符的結果（已同時以簡體和繁體搜尋）。請減少或縮短關鍵字。',
  'search.noneSuggest':
    '沒有與「{query}」相符的結果（已同時以簡體和繁體搜尋）。較短的關鍵字有結果：「{suggestion}」。',
  'search.results': '第 {from}–{to} 筆，共 {total} 筆',
  'search.emptyQuery': '請輸入要搜尋的內容。',

  'digest.adminOnly': '只有具備「管理伺服器」權限的成員才能使用 /digest。',
  'digest.guildOnly': '/digest 只能在伺服器中使用。',

  'perm.ViewChannel': '檢視頻道',
  'perm.SendMessages': '傳送訊息',
  'perm.EmbedLinks': '嵌入連結',

  'help.title': 'Paperboy 報童',
  'help.body':
    '我讀取掃描的報紙版面，為每篇文章產生摘要，並每天推送日報。\n\n' +
    '<b>閱讀</b>\n' +
    '<code>/headlines [日期]</code> 最新一期（或指定日期）的要聞\n' +
    '<code>/summary 文章</code> 一篇文章的摘要、關鍵詞和作者\n' +
    '<code>/article 文章</code> 分頁閱讀全文\n' +
    '<code>/search 關鍵字 [數量]</code> 全文搜尋，附上摘錄\n\n' +
    '<b>設定每日日報</b>（需要「管理伺服器」權限）\n' +
    '<code>/digest timezone Asia/Taipei</code> 設定伺服器預設時區\n' +
    '<code>/digest subscribe #頻道 08:00 [時區]</code> 每天在該頻道推送日報\n' +
    '<code>/digest subscribe #頻道 08:00 thread:true</code> 每期日報開一個討論串；論壇頻道則每期發一篇貼文（<code>tag:</code> 論壇的一個標籤）\n' +
    '<code>/digest alerts #頻道</code> 改為即時提醒：新稿件一到就推送（每分鐘至多幾則，同時到達的合併為一則清單）\n' +
    '<code>/digest subscribe #頻道 08:00 cadence:weekly weekday:Friday</code> 只在工作日推送，或每週一次（包含自上次以來的每一期）\n' +
    '<code>/digest filter #頻道 include:舟山,開漁 exclude:廣告</code> 只推送頻道需要的稿件（也可按 <code>sections:</code>；<code>clear:true</code> 取消篩選）\n' +
    '<code>/digest list</code> 查看推送時間、下次推送、上次推送和錯誤\n' +
    '<code>/digest preview</code> 預覽頻道將收到的日報\n' +
    '<code>/digest unsubscribe #頻道</code> 取消推送\n\n' +
    '日報頻道需要授予我「檢視頻道」「傳送訊息」和「嵌入連結」權限。我從不 @ 任何人。',
  // Personal follows (#11): the /help section (the rest of /follow falls back to Simplified).
  'help.follows':
    '<b>個人關注</b>（所有成員）\n' +
    '<code>/follow add 關鍵字</code> 有新文章符合時私訊你（每人最多 {perUser} 個關鍵字，每個伺服器共 {perGuild} 個）\n' +
    '<code>/follow list</code> 我的關鍵字 · <code>/follow remove 關鍵字</code> · <code>/follow clear</code> 刪除關於你的全部資料\n' +
    '<code>/follow resume</code> 私訊失敗後恢復',
} as const satisfies Partial<Record<MessageKey, string>>;
