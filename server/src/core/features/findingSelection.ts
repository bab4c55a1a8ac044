// Which findings a document publishes: all of them, or with a limit the most severe. A draft can
// have a hundred thousand findings (a half-width comma after every character); the editor gets
// the worst few hundred, and keeping them costs log(limit) per finding and memory for the limit only.
import type { Finding } from '../rules/rule';

interface Entry {
  readonly finding: Finding;
  /** LSP severity: 1 error … 4 hint. */
  readonly severity: number;
  /** The order the rules reported it in: ties keep it, as a stable sort would. */
  readonly order: number;
}

/** Negative when a is kept before b: more severe, then earlier in the text, then reported first. */
function priority(a: Entry, b: Entry): number {
  return a.severity - b.severity || a.finding.range.start - b.finding.range.start
    || a.finding.range.end - b.finding.range.end || a.order - b.order;
}

function textOrder(a: Entry, b: Entry): number {
  return a.finding.range.start - b.finding.range.start || a.finding.range.end - b.finding.range.end || a.order - b.order;
}

/**
 * The findings kept so far. Without a limit, a list; with one, a heap whose top is the least
 * important finding kept, which a more important newcomer replaces.
 */
export class FindingSelection {
  private readonly kept: Entry[] = [];
  private readonly limited: boolean;
  private reported = 0;
  /** Findings left out. */
  omitted = 0;

  constructor(private readonly max = Infinity) {
    this.limited = Number.isFinite(max);
  }

  add(finding: Finding, severity: number): void {
    const entry: Entry = { finding, severity, order: this.reported++ };
    if (this.kept.length < this.max) {
      this.kept.push(entry);
      if (this.limited) this.siftUp(this.kept.length - 1);
      return;
    }
    this.omitted++;
    if (this.kept.length > 0 && priority(entry, this.kept[0]) < 0) {
      this.kept[0] = entry;
      this.siftDown(0);
    }
  }

  /** The kept findings in text order. */
  inTextOrder(): Finding[] {
    return this.kept.slice().sort(textOrder).map(entry => entry.finding);
  }

  private siftUp(index: number): void {
    const heap = this.kept;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (priority(heap[index], heap[parent]) <= 0) return;
      [heap[index], heap[parent]] = [heap[parent], heap[index]];
      index = parent;
    }
  }

  private siftDown(index: number): void {
    const heap = this.kept;
    for (;;) {
      const left = 2 * index + 1;
      let worst = index;
      if (left < heap.length && priority(heap[left], heap[worst]) > 0) worst = left;
      if (left + 1 < heap.length && priority(heap[left + 1], heap[worst]) > 0) worst = left + 1;
      if (worst === index) return;
      [heap[index], heap[worst]] = [heap[worst], heap[index]];
      index = worst;
    }
  }
}
