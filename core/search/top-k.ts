/**
 * The first `k` items of a sort, without sorting them all: a bounded heap whose root is the
 * worst item kept. Ranking 5,000 passages for a page of 20 costs n·log 20, not n·log n. For a
 * total order (ties broken, as the passage ranking breaks them by id) the result is exactly
 * `[...items].sort(compare).slice(0, k)`.
 */
export class TopK<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** Keeps the item if it sorts before the worst item kept (or fewer than k are kept). */
  offer(item: T): void {
    const { heap, k, compare } = this;
    if (k <= 0) return;
    if (heap.length < k) {
      heap.push(item);
      // the heap's order is reversed: the root is the item that sorts last
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (compare(heap[i], heap[parent]) <= 0) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let top = i;
        if (left < heap.length && compare(heap[left], heap[top]) > 0) top = left;
        if (right < heap.length && compare(heap[right], heap[top]) > 0) top = right;
        if (top === i) break;
        [heap[i], heap[top]] = [heap[top], heap[i]];
        i = top;
      }
    }
  }

  /** k items are kept: a new one must sort before `worst()` to be kept */
  full(): boolean {
    return this.heap.length >= this.k;
  }

  /** the item kept that sorts last */
  worst(): T | undefined {
    return this.heap[0];
  }

  /** The items kept, in sort order. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }
}

export function topK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const kept = new TopK(k, compare);
  for (const item of items) kept.offer(item);
  return kept.sorted();
}
