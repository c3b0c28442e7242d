/**
 * The practical limit: a bare `node:http` server sending the same bytes as the atlas (the
 * same gzip layer, the same tile ranges, the same search answers), with nothing else to do.
 * Run as its own process: `node --import tsx scripts/bench/bare-server.ts <fixture.json>`.
 */
import fs from 'node:fs';
import http from 'node:http';

export interface BareRoute {
  path: string;
  headers: Record<string, string>;
  bodyFile: string;
  /** answer 304 to a matching If-None-Match */
  etag?: string;
}

export interface BareFixture {
  port: number;
  /** a PMTiles archive answered by Range at /tiles */
  archive: string;
  routes: BareRoute[];
}

function serve(fixture: BareFixture): http.Server {
  const routes = new Map(fixture.routes.map((r) => [r.path, { ...r, body: fs.readFileSync(r.bodyFile) }]));
  const archive = fs.readFileSync(fixture.archive);
  return http
    .createServer((req, res) => {
      if (req.url === '/tiles') {
        const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
        if (!range) return void res.writeHead(416).end();
        const start = Number(range[1]);
        const end = Math.min(Number(range[2]), archive.length - 1);
        res.writeHead(206, { 'Content-Type': 'application/vnd.pmtiles', 'Content-Range': `bytes ${start}-${end}/${archive.length}`, 'Content-Length': end - start + 1 });
        return void res.end(archive.subarray(start, end + 1));
      }
      const route = routes.get(req.url ?? '');
      if (!route) return void res.writeHead(404).end();
      if (route.etag && req.headers['if-none-match'] === route.etag) return void res.writeHead(304, { ETag: route.etag }).end();
      res.writeHead(200, { ...route.headers, 'Content-Length': route.body.length });
      res.end(route.body);
    })
    .listen(fixture.port, '127.0.0.1', () => console.log(`bare node:http on 127.0.0.1:${fixture.port}`));
}

if (process.argv[2]) serve(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as BareFixture);
