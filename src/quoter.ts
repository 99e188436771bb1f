// One question's hits as the answer quotes them: each quoted once however often the
// answer looks at it (the detail check, the related reading, the page shown), and
// quoted whole instead when another of its sentences gives the detail asked for.
import type { Passage } from './model.js';
import type { Hit } from './search/engine.js';

export class Quoter {
  private readonly quoted = new Map<Hit, Passage>();

  constructor(
    /** The hit as a passage: its best matching sentences, or with `whole` every sentence. */
    private readonly quote: (hit: Hit, whole: boolean) => Passage,
    /** How many of the best hits are related reading beside a refusal. */
    private readonly relatedCount: number,
  ) {}

  passage(h: Hit): Passage {
    const known = this.quoted.get(h);
    if (known !== undefined) return known;
    const p = this.quote(h, false);
    this.quoted.set(h, p);
    return p;
  }

  /** The hit's paragraph quoted whole. */
  whole(h: Hit): Passage {
    return this.quote(h, true);
  }

  /** Makes `passage` the hit's quote from now on (the whole paragraph, which gives the detail asked for). */
  use(h: Hit, passage: Passage): void {
    this.quoted.set(h, passage);
  }

  related(hits: readonly Hit[]): Passage[] {
    return hits.slice(0, this.relatedCount).map((h) => this.passage(h));
  }
}
