import { describe, expect, it } from 'vitest';
import { findCityNames, findPlaceLikeTerms } from './place-like-terms';

const terms = (text: string) => findPlaceLikeTerms(text).map((t) => text.slice(t.start, t.end));
const cities = (text: string) => findCityNames(text).map((t) => text.slice(t.start, t.end));

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

  // issue 16: the audit found none of these, though the documents name them
  it('finds lakes, headquarters, factories and development zones', () => {
    expect(terms('枕着一汪湘湖水的湘湖未来产业社区')).toEqual(['湘湖', '湘湖未来产业社区']);
    expect(terms('整体引进全国民营铁塔第二位的泰诺云总部，落地')).toEqual(['泰诺云总部']);
    expect(terms('打造中国企业内训第一品牌的微医·唐桥云总部和')).toEqual(['微医·唐桥云总部']);
    expect(terms('康佳生态链企业集群的康佳“智能+”数字经济总部。')).toEqual(['康佳“智能+”数字经济总部']);
    expect(terms('启动恒美智慧工厂二期')).toEqual(['恒美智慧工厂']);
    expect(terms('将沿线的开发区、主城区梧桐街道')).toEqual(['开发区', '主城区梧桐街道']);
    expect(terms('湖州、嘉兴作为拟上市总部型项目')).toEqual([]);
  });

  it('finds bare city names that no longer term holds', () => {
    expect(cities('位居上海、杭州、苏州等长三角城市群中心')).toEqual(['上海', '杭州', '苏州']);
    expect(cities('距上海浦东机场、无锡苏南硕放机场车程均在2小时以内')).toEqual([]);
    expect(cities('加强苏州、杭州、上海等区域下游企业合作')).toEqual(['苏州', '杭州', '上海']);
  });
});
