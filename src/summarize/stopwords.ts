/**
 * Words that never make a keyword and carry no weight in sentence similarity: function words,
 * pronouns, and the verbs and nouns every news story uses (`表示`, `记者`, `进行`). Part-of-speech
 * filtering in keywords.ts catches most function words already; this list catches what jieba tags
 * as nouns or verbs anyway, and the boilerplate of the genre.
 */
const WORDS = `
的 了 和 与 及 以及 或 或者 而 并 并且 且 也 又 还 就 都 才 再 很 更 最 太 已 已经 曾 曾经 将 将要 会 能 能够 可 可以 要 需要 应 应该 该
是 为 为了 在 于 从 自 自从 由 向 对 对于 关于 把 被 给 让 使 以 因 因为 所以 因此 但 但是 然而 而且 不过 如果 虽然 即 即使 只 只有 只要 等 等等
这 那 这个 那个 这些 那些 这里 那里 此 其 其中 之 之一 之间 他 她 它 他们 她们 它们 我 我们 你 你们 自己 大家 各 各位 每 某 哪 什么 怎么 如何
上 下 中 内 外 前 后 里 间 时 时候 期间 以来 以后 以前 之后 之前 当前 目前 今年 去年 明年 今天 昨天 近日 日前 近期 同时 此外 另外 其他 其它
一 一个 一些 一种 一次 一起 一直 一定 一步 进一步 不 没 没有 无 有 有的 有关 相关 通过 根据 按照 作为 成为 进行 开展 实现 加强 推进 推动 做好
表示 指出 强调 认为 介绍 说 称 告诉 了解 获悉 据悉 据了解 记者 通讯员 本报 本报讯 报道 消息 新华社 编辑 责任编辑 摄 图 文
工作 方面 问题 情况 方式 部分 个 位 名 项 次 年 月 日 天 多 余 近 约 左右 以上 以下 全 全面 主要 重要 重点 积极 不断 更好 更加 进行了
`;

/** The stopword set; compare against segmented words. */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter((w) => w !== ''));
