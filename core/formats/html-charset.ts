/**
 * The charset an HTML file declares in a <meta> near its start (`<meta charset="gbk">` or the
 * http-equiv Content-Type form). Like a browser's prescan it looks at the first kilobytes only,
 * read as single bytes: the markup is ASCII whatever the encoding, so parse5 can find it.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

const PRESCAN_BYTES = 4096;

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

function charsetOf(element: DefaultTreeAdapterTypes.Element): string | null {
  const attrs = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
  const charset = attrs.get('charset');
  if (charset) return charset.trim();
  if (attrs.get('http-equiv')?.toLowerCase() !== 'content-type') return null;
  return /charset\s*=\s*["']?([^"';\s]+)/i.exec(attrs.get('content') ?? '')?.[1] ?? null;
}

export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const stack: Node[] = [parse(head)];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if ('tagName' in node && node.tagName === 'meta') {
      const charset = charsetOf(node);
      if (charset) return charset;
    }
    if ('childNodes' in node) stack.push(...[...node.childNodes].reverse());
  }
  return null;
}
