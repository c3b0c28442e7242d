/**
 * The extension a planner's file name claims, for cross-checking against the bytes. The name is
 * only ever read as a label: never joined to a path, never used to open anything.
 */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  const extension = base.slice(dot + 1).toLowerCase();
  return /^[a-z0-9]{1,10}$/.test(extension) ? extension : '';
}
