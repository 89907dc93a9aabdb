import { describe, expect, it } from 'vitest';
import { replyText } from '../../src/console/reply-text.js';
import { channelRef, emphasis, highlight, strong, text, timestamp } from '../../src/reply/rich-text.js';

describe('a reply as terminal text', () => {
  it('prints text as written, instants in the console’s time zone and channels by id', () => {
    const out = replyText(
      {
        text: [
          text('Subscribed '),
          channelRef('console'),
          text(': next '),
          timestamp(new Date('2019-08-08T00:00:00Z')),
        ],
        cards: [
          {
            label: '东海休渔期结束',
            title: '**不是加粗**',
            body: [strong('1. 标题'), text('\n'), emphasis('— 陈晓苏'), text(' '), highlight('席草')],
            fields: [{ name: 'Date', value: [text('2019-08-07')] }],
            footer: 'Page 1/2',
          },
        ],
        controls: [
          {
            kind: 'buttons',
            buttons: [
              { id: 'article:a:0', label: '◀ Previous', disabled: true },
              { id: 'article:a:1', label: 'Next ▶' },
            ],
          },
          {
            kind: 'menu',
            id: 'open:search',
            placeholder: 'Open an article…',
            options: [{ label: '1. 晒席草', value: 'x1' }],
          },
        ],
      },
      'Asia/Shanghai',
    );
    expect(out).toBe(
      [
        'Subscribed #console: next 2019-08-08 08:00 Asia/Shanghai',
        '',
        '东海休渔期结束',
        '━━ **不是加粗** ━━',
        '1. 标题\n— 陈晓苏 席草',
        'Date: 2019-08-07',
        '— Page 1/2',
        '[◀ Previous]   [Next ▶] /press article:a:1',
        'Open an article…',
        '  1. 晒席草  → /press open:search x1',
      ].join('\n'),
    );
  });
});
