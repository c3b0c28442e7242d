import type { Express } from 'express';

/** The server only listens once data is loaded and validated, so answering at all means ready. */
export function setupHealth(app: Express): void {
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
}
