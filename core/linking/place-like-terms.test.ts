import { describe, expect, it } from 'vitest';
import { findPlaceLikeTerms } from './place-like-terms';

const terms = (text: string) => findPlaceLikeTerms(text).map((t) => text.slice(t.start, t.end));

describe('findPlaceLikeTerms', () => {
  it('takes a head word and its name back to punctuation or a function word', () => {
    expect(terms('位于嘉兴科技城的闻泰通讯')).toEqual(['嘉兴科技城']);
    expect(terms('加快桃园数字小镇、海宁泛半导体产业园等创新平台建设')).toEqual(['桃园数字小镇', '海宁泛半导体产业园']);
    expect(terms('建设乌镇院士智慧谷。')).toEqual(['乌镇院士智慧谷']);
  });

  it('follows a chain of head words to the last (产业园区, 乌镇镇区) and keeps only maximal terms', () => {
    expect(terms('成立产业园区管委会')).toEqual(['产业园区']);
    expect(terms('智芯、智擎、智驾三大产业园中园')).toEqual(['智驾三大产业园中园']);
  });

  it('takes a quoted name right before the head word', () => {
    expect(terms('浙江“最强大脑”——“乌镇之光”超算中心建成')).toEqual(['“乌镇之光”超算中心']);
    expect(terms('优先建设创“芯”谷，')).toEqual(['创“芯”谷']);
  });

  it('ignores ordinary words that end in a head character', () => {
    expect(terms('区域竞合复杂，城市治理，乌镇站上了新起点，开通5g基站，技术路线图，互联互通')).toEqual([]);
    expect(terms('全镇')).toEqual([]);
    expect(terms('')).toEqual([]);
  });
});
