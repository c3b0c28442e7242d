import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-to-blocks';

const texts = (html: string) => htmlToBlocks(html).map((block) => (block.kind === 'heading' ? `h${block.level} ` : '') + block.lines.map((line) => line.text).join(' / '));

describe('htmlToBlocks', () => {
  it('makes paragraphs of block elements and headings of h1–h6, entities decoded', () => {
    const html = `<!doctype html><html><head><title>页面标题</title></head><body>
      <h1>乌镇规划</h1>
      <p>乌镇位于桐乡市北端&nbsp;&lt;嘉兴&gt; &amp; 湖州&#x3002;</p>
      <div>前言<p>第一段。</p>后记</div>
      <ul><li>一是交通；</li><li>二是产业。</li></ul>
      <h3>  二、产业  </h3>
    </body></html>`;
    expect(texts(html)).toEqual(['h1 乌镇规划', '乌镇位于桐乡市北端 <嘉兴> & 湖州。', '前言', '第一段。', '后记', '一是交通；', '二是产业。', 'h3 二、产业']);
  });

  it('drops scripts, styles, templates, frames, forms and hidden elements with their text', () => {
    const html = `<p>乌镇<script>alert("x")</script>峰会</p>
      <style>p { color: red }</style><noscript>请启用脚本</noscript>
      <template><p>模板</p></template><iframe src="x">框架</iframe>
      <svg><text>图形</text></svg><select><option>选项</option></select><button>分享</button>
      <p hidden>隐藏</p><p style="display: none">不显示</p><span aria-hidden="true">图标</span>
      <p>运河。</p>`;
    const all = texts(html).join('\n');
    expect(texts(html)).toEqual(['乌镇峰会', '运河。']);
    for (const word of ['alert', 'color', '请启用', '模板', '框架', '图形', '选项', '分享', '隐藏', '不显示', '图标']) expect(all).not.toContain(word);
  });

  it('keeps <br> as a line break inside a paragraph and <pre> lines as they are', () => {
    const [paragraph, pre] = htmlToBlocks('<p>第一行<br>第二行<br/>第三行</p><pre>甲  乙\n丙</pre>');
    expect(paragraph?.lines.map((line) => line.text)).toEqual(['第一行', '第二行', '第三行']);
    expect(pre?.lines.map((line) => line.text)).toEqual(['甲  乙', '丙']);
  });

  it('joins table cells of a row with a space', () => {
    expect(texts('<table><tr><th>项目</th><th>面积</th></tr><tr><td>产业园</td><td>12.5平方公里</td></tr></table>')).toEqual([
      '项目 面积',
      '产业园 12.5平方公里',
    ]);
  });

  it('collapses source line breaks as CSS Text 3 does (gone between Chinese, a space next to Latin) and marks indents', () => {
    const [block] = htmlToBlocks('<p>&#x3000;&#x3000;乌镇位于\n    桐乡市北端，\n    World Internet\n    Conference。</p>');
    expect(block?.lines).toEqual([{ text: '乌镇位于桐乡市北端， World Internet Conference。', indentColumns: 4, indented: true }]);
  });

  it('reads broken markup as a browser would', () => {
    expect(texts('<p>未闭合<p>第二段<b>粗体</p>尾巴')).toEqual(['未闭合', '第二段粗体', '尾巴']);
  });

  it('gives nothing for a page of nothing but markup', () => {
    expect(htmlToBlocks('<html><head><script>x()</script></head><body><img src=a.png></body></html>')).toEqual([]);
  });
});
