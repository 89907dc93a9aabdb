import { describe, expect, it } from 'vitest';
import { findDateline, stripDateline } from '../../src/summarize/dateline.js';

describe('stripDateline', () => {
  it('removes the parser dateline and its comma', () => {
    expect(stripDateline('本报讯 7月29日晚，省委召开省直单位厅局长工作交流会。', '本报讯 7月29日晚')).toBe(
      '省委召开省直单位厅局长工作交流会。',
    );
  });

  it('removes 本报讯 with a date when the parser found none', () => {
    expect(stripDateline('本报讯 7月31日，由市长朱志杰带队的服务团赴舟山镇开展活动。')).toBe(
      '由市长朱志杰带队的服务团赴舟山镇开展活动。',
    );
  });

  it('removes a reporter credit in brackets and the time after it', () => {
    expect(stripDateline('本报讯（记者 陈静 通讯员 李四）9月1日上午，全市中小学迎来开学。')).toBe(
      '全市中小学迎来开学。',
    );
    expect(stripDateline('本报讯（通讯员 周涛）日前，双舟线通过交工验收。')).toBe('双舟线通过交工验收。');
  });

  it('removes a news agency dateline', () => {
    expect(stripDateline('据新华社北京7月14日电（记者 于文静）国家统计局14日发布数据。')).toBe(
      '国家统计局14日发布数据。',
    );
    expect(stripDateline('新华社杭州7月30日电 浙江省召开会议。')).toBe('浙江省召开会议。');
  });

  it('removes the rest of a dateline the parser kept short', () => {
    expect(stripDateline('本报讯 12月1日起，新门诊大楼投入使用。', '本报讯')).toBe('新门诊大楼投入使用。');
  });

  it('leaves a sentence without boilerplate alone, even one that starts with a date', () => {
    expect(stripDateline('7月29日晚，省委召开会议。')).toBe('7月29日晚，省委召开会议。');
    expect(stripDateline('本报记者从市电力局获悉，电价不变。')).toBe('本报记者从市电力局获悉，电价不变。');
  });

  it('keeps a clause after the credit that is not a time', () => {
    expect(stripDateline('本报讯（记者 吴伟）为减少交通事故发生，交警开展整治。')).toBe(
      '为减少交通事故发生，交警开展整治。',
    );
  });
});

describe('findDateline', () => {
  it('returns the boilerplate without its trailing comma', () => {
    expect(findDateline('本报讯 7月29日晚，省委召开会议。')).toBe('本报讯 7月29日晚');
    expect(findDateline('本报讯（记者 陈静）9月1日，开学了。')).toBe('本报讯（记者 陈静）9月1日');
    expect(findDateline('据新华社北京7月14日电（记者 于文静）国家统计局发布数据。')).toBe(
      '据新华社北京7月14日电（记者 于文静）',
    );
  });

  it('returns null when there is none', () => {
    expect(findDateline('省委召开会议。')).toBeNull();
  });
});
