import { describe, expect, it } from 'vitest';
import { normalizeTime, normalizeTimezone, timezoneNames } from '../../src/digest/schedule-input.js';
import { normalizeDate } from '../../src/calendar-date.js';
import { commands } from '../../commands/index.js';
import { commandsByName } from '../../src/discord/command.js';

describe('option parsing', () => {
  it('reads dates the way Chinese and English users write them', () => {
    expect(normalizeDate('2019-08-07')).toBe('2019-08-07');
    expect(normalizeDate('2019/8/7')).toBe('2019-08-07');
    expect(normalizeDate('2019年8月7日')).toBe('2019-08-07');
    expect(normalizeDate('20190807')).toBe('2019-08-07');
    expect(normalizeDate('2019-02-30')).toBeNull();
    expect(normalizeDate('yesterday')).toBeNull();
  });

  it('accepts 24-hour times with or without a leading zero', () => {
    expect(normalizeTime('8:00')).toBe('08:00');
    expect(normalizeTime('18:30')).toBe('18:30');
    expect(normalizeTime('08：00')).toBe('08:00');
    expect(normalizeTime('24:00')).toBeNull();
    expect(normalizeTime('8am')).toBeNull();
  });

  it('accepts IANA zone names in any case and refuses offsets and abbreviations', () => {
    expect(normalizeTimezone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(normalizeTimezone('UTC')).toBe('UTC');
    expect(normalizeTimezone('+08:00')).toBeNull();
    expect(normalizeTimezone('CST')).toBeNull();
    expect(normalizeTimezone('Mars/Olympus')).toBeNull();
  });

  it('offers the default zone first among every zone the runtime knows', () => {
    const names = timezoneNames();
    expect(names[0]).toBe('Asia/Shanghai');
    expect(names).toContain('America/New_York');
    expect(names.filter((z) => z === 'Asia/Shanghai')).toHaveLength(1);
  });
});

describe('the command list', () => {
  it('names each command once', () => {
    expect([...commandsByName(commands).keys()]).toEqual(commands.map((c) => c.data.name));
  });

  it('throws on a duplicate name', () => {
    expect(() => commandsByName([commands[0]!, commands[0]!])).toThrow(/Duplicate command name: headlines/);
  });
});
