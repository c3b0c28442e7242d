import request from 'supertest';
import { openWriteApp } from './api/test/support/write-app';
const w = await openWriteApp('pglite');
const text = `桐乡市推进运河文化带建设情况通报

Tóngxiāng Shì
　　2024年以来，桐乡市围绕京杭大运河（桐乡段）保护传承利用，
统筹推进乌镇、崇福、石门等沿线古镇保护。乌镇西栅景区
全年接待游客超过900万人次。

- 3 -

　　下一步，将依托乌镇互联网国际会展中心和世界互联网大会
永久会址，谋划建设运河数字文化展示馆，规划用地约12公顷，
预计2026年底建成。嘉湖一体化合作先行区面积约60平方公里。
　　同时，杭州至乌镇的通勤铁路（杭海城际延伸线）正在研究中。`;
const up = await request(w.app).post('/api/documents').set({ Authorization: `Bearer ${w.token}` }).attach('file', Buffer.from(text), 'report.txt');
console.log(up.status, up.body);
for (let i = 0; i < 100; i++) {
  const r = await request(w.app).get(`/api/documents/${up.body.id}`);
  if (r.body.status !== 'processing') {
    console.log(JSON.stringify({ title: r.body.title, date: r.body.date, script: r.body.script }, null, 0));
    for (const p of r.body.passages) console.log(p.id, p.kind, JSON.stringify(p.text), p.mentions.map((m: any) => `${m.text}->${m.featureId}`).join(' | '), p.flags ?? '');
    break;
  }
  await new Promise((r) => setTimeout(r, 100));
}
const props = await request(w.app).get(`/api/proposals?document=${up.body.id}`);
console.log(props.status, JSON.stringify(props.body).slice(0, 1500));
const claims = await request(w.app).get(`/api/claims?document=${up.body.id}`);
console.log(claims.status, JSON.stringify(claims.body).slice(0, 1500));
await w.close();
