/**
 * Run as its own process (pdf-text-runs.test.ts): loads the server's reading code and reads a PDF,
 * then prints whether this thread's JSON and Array.prototype.push are still the ones it started
 * with. Only dynamic imports: a static one would load before the builtins are captured.
 */
const builtins = { 'JSON.stringify': JSON.stringify, 'JSON.parse': JSON.parse, 'Array.prototype.push': Array.prototype.push };

const { createApp } = await import('../../../api/src/app');
const { preloadUploadReaders, readUpload } = await import('../read-upload');
const { makeWrappedPdf, readPlan } = await import('./fixtures');
void createApp;
await preloadUploadReaders();
const bytes = await makeWrappedPdf(readPlan());
const read = await readUpload({ bytes, fileName: 'plan.pdf', contentType: 'application/pdf' });

const replaced = Object.entries({ 'JSON.stringify': JSON.stringify, 'JSON.parse': JSON.parse, 'Array.prototype.push': Array.prototype.push })
  .filter(([name, now]) => builtins[name as keyof typeof builtins] !== now)
  .map(([name]) => name);
process.stdout.write(JSON.stringify({ format: read.format, pageCount: read.pageCount, replaced }));

export {};
