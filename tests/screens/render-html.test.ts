import { describe, expect, it } from 'vitest';
import { inlineHtml, markdownHtml } from '../../screens/markdown-html.js';
import {
  embedHtml,
  EPHEMERAL,
  IS_COMPONENTS_V2,
  messageBodyHtml,
  renderScreen,
} from '../../screens/render-html.js';

const zh = {
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  now: new Date('2019-08-07T00:00:00Z'),
  openMenus: true,
};
const en = { ...zh, locale: 'en-US', timeZone: 'Europe/London' };
/** 2019-08-07T00:00:00Z. */
const SEED_MIDNIGHT = 1565136000;

describe('Discord Markdown to HTML', () => {
  it('renders bold, italic, code and links, and escapes HTML in text and code', () => {
    expect(inlineHtml('**粗** *斜* _it_ `<b>` [链接](https://e.com) <i>', zh)).toBe(
      '<strong>粗</strong> <em>斜</em> <em>it</em> <code>&lt;b&gt;</code> ' +
        '<a class="link" data-href="https://e.com">链接</a> &lt;i&gt;',
    );
  });

  it('keeps backslash-escaped marks literal, as the bot escapes article text', () => {
    expect(inlineHtml('\\*\\*不是加粗\\*\\* \\_x\\_ \\# h', zh)).toBe('**不是加粗** _x_ # h');
  });

  it("pairs adjacent bold marks the way Discord's parser does, so the search bug shows", () => {
    expect(inlineHtml('**市****市**', zh)).toBe('<strong>市**</strong>市**');
    expect(inlineHtml('**市市**', zh)).toBe('<strong>市市</strong>');
  });

  it("shows timestamps in the reader's locale and zone, and command mentions as the command", () => {
    expect(inlineHtml(`<t:${SEED_MIDNIGHT}:F>`, zh)).toBe('<span class="ts">2019年8月7日星期三 08:00</span>');
    expect(inlineHtml(`<t:${SEED_MIDNIGHT}:F>`, en)).toBe(
      '<span class="ts">Wednesday, August 7, 2019 1:00 AM</span>',
    );
    expect(inlineHtml(`<t:${SEED_MIDNIGHT + 86_400}:R>`, zh)).toBe('<span class="ts">明天</span>');
    expect(inlineHtml(`<t:${SEED_MIDNIGHT - 7200}:R>`, en)).toBe('<span class="ts">2 hours ago</span>');
    expect(inlineHtml('</digest list:123>', zh)).toBe('<span class="mention cmd">/digest list</span>');
    expect(inlineHtml('<#42>', { ...zh, channels: { 42: 'news' } })).toBe(
      '<span class="mention">#news</span>',
    );
  });

  it('renders headings, quotes, lists and subtext only at the start of a line', () => {
    expect(markdownHtml('# 标题\n> 引用\n> 二\n- 项\n正文 # 不是\n-# 小字', zh)).toBe(
      '<div class="md-h1">标题</div><blockquote><div class="md-p">引用<br>二</div></blockquote>' +
        '<ul><li>项</li></ul><div class="md-p">正文 # 不是</div><div class="md-sub">小字</div>',
    );
  });
});

describe('payloads to HTML', () => {
  it('draws an embed with its colour, title, description, inline fields and footer', () => {
    const html = embedHtml(
      {
        color: 0x3366ff,
        title: '**标题**',
        description: '导语',
        fields: [
          { name: '作者', value: '陈晓苏', inline: true },
          { name: '日期', value: '2019-08-07', inline: true },
          { name: '关键词', value: '三服务' },
        ],
        footer: { text: '第1页' },
      },
      zh,
    );
    expect(html).toContain('border-left-color:#3366ff');
    expect(html).toContain('<div class="embed-title"><strong>标题</strong></div>');
    expect(html.match(/class="field inline"/g)).toHaveLength(2);
    expect(html.match(/class="field full"/g)).toHaveLength(1);
    expect(html).toContain('<div class="embed-footer">第1页</div>');
  });

  it('draws Components V2: a container with a section, its button, a separator and an opened menu', () => {
    const html = messageBodyHtml(
      {
        flags: IS_COMPONENTS_V2,
        components: [
          {
            type: 17,
            accent_color: 0xaa0000,
            components: [
              {
                type: 9,
                components: [{ type: 10, content: '**头版** 标题' }],
                accessory: { type: 2, style: 2, label: '摘要', custom_id: 'sum:1' },
              },
              { type: 14, divider: true, spacing: 2 },
              {
                type: 1,
                components: [
                  {
                    type: 3,
                    custom_id: 'all',
                    placeholder: '全部 27 篇',
                    options: [{ label: '一', value: '1' }],
                  },
                ],
              },
            ],
          },
        ],
      },
      zh,
    );
    expect(html).toContain(
      '<div class="components v2"><div class="container accented" style="border-left-color:#aa0000">',
    );
    expect(html).toContain(
      '<div class="section"><div class="section-text"><div class="text-display"><div class="md-p"><strong>头版</strong> 标题</div></div></div>' +
        '<div class="accessory"><span class="btn secondary" data-custom-id="sum:1"><span>摘要</span></span></div></div>',
    );
    expect(html).toContain('<div class="separator large divider"></div>');
    expect(html).toContain('<span class="placeholder">全部 27 篇</span>');
    expect(html).toContain('<div class="opt-label">一</div>');
  });

  it('names a component type it does not know instead of dropping it', () => {
    expect(messageBodyHtml({ components: [{ type: 99, foo: '<x>' }] }, zh)).toContain(
      'component type 99: {&quot;type&quot;:99,&quot;foo&quot;:&quot;&lt;x&gt;&quot;}',
    );
  });

  it('marks an ephemeral reply in the reader language and shows the command used', () => {
    const page = renderScreen({
      title: 't',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      now: new Date('2019-08-07T00:01:00Z'),
      messages: [{ data: { content: '私密', flags: EPHEMERAL }, usedCommand: '/摘要' }],
    });
    expect(page).toContain('<span class="cmd-name">/摘要</span>');
    expect(page).toContain('只有您才能看到这些消息');
    expect(page).toContain('今天 08:01');
    const open = renderScreen({
      title: 't',
      locale: 'en-US',
      timeZone: 'UTC',
      now: new Date(0),
      messages: [{ data: { content: 'x' } }],
    });
    expect(open).not.toContain('Only you can see this');
  });
});

describe('recorded responses to messages', () => {
  it('shows a deferred reply as its last edit, ephemeral if the defer was, then each follow-up', async () => {
    const { messagesFromResponses } = await import('../../screens/driver.js');
    const messages = messagesFromResponses(
      [
        { kind: 'callback', type: 5, data: { flags: EPHEMERAL }, at: 1 },
        { kind: 'editOriginal', data: { content: 'first' }, at: 2 },
        { kind: 'editOriginal', data: { content: 'edited' }, at: 3 },
        { kind: 'followUp', data: { content: 'more' }, at: 4 },
      ],
      '/headlines',
    );
    expect(messages).toEqual([
      { data: { content: 'edited' }, usedCommand: '/headlines', ephemeral: true },
      { data: { content: 'more' }, ephemeral: false },
    ]);
  });
});
