/** pdf.js ships no types for its worker module; the atlas only hands it back to pdf.js (read-pdf.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
