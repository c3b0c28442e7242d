import { describe, expect, it } from 'vitest';
import { detectScript } from './detect-script';

describe('detectScript', () => {
  it('recognises Traditional text (doc 001)', () => {
    expect(detectScript('桐鄉,這一承接世界互聯網大會烏鎮峰會紅利釋放和產業落地的江南水鄉')).toBe('Hant');
  });

  it('recognises Simplified text, even with a Traditional-looking name in it', () => {
    expect(detectScript('关于全域提升乌镇国际化水平的调研与思考')).toBe('Hans');
    expect(detectScript('乌镇互联网产业园、乌镇实验室、乌镇大数据高新区和台灣')).toBe('Hans');
  });

  it('defaults to Simplified when there is no Han text', () => {
    expect(detectScript('')).toBe('Hans');
    expect(detectScript('5G WiFi')).toBe('Hans');
  });
});
