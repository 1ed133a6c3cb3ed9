import * as Y from 'yjs';

/** An ID as Yjs writes it in updates. */
export interface StructId {
  client: number;
  clock: number;
}

/** A struct of a decoded update: an Item, a GC (deleted content) or a Skip (a gap). */
type Struct = Y.Item | Y.GC | Y.Skip;

interface DeleteRange {
  clock: number;
  len: number;
}

/**
 * A decoded update seen against the document it would be applied to: which of its structs are
 * new, whether everything they build on is known, and lookups by ID into the update and the
 * document. Reading only: nothing here changes the document.
 */
export class UpdateIndex {
  /** Per client, the structs of the update in clock order. */
  private readonly byClient = new Map<number, Struct[]>();
  /** Per client, the clock up to which the document and the update together hold everything. */
  private readonly knownEnd = new Map<number, number>();
  private readonly deletes = new Map<number, DeleteRange[]>();
  /** Items that are not in the document yet, in update order. */
  readonly newItems: Y.Item[] = [];
  /** The first gap found: a struct or deletion that needs something neither side has. */
  readonly gap: string | null;

  constructor(
    readonly doc: Y.Doc,
    update: Uint8Array,
  ) {
    const { structs, ds } = Y.decodeUpdate(update);
    for (const struct of structs as Struct[]) {
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
    for (const [client, ranges] of ds.clients) this.deletes.set(client, ranges);
    this.gap = this.findGap();
  }

  /** Whether the document or this update holds the struct with this ID. */
  isKnown(id: StructId): boolean {
    return id.clock < (this.knownEnd.get(id.client) ?? Y.getState(this.doc.store, id.client));
  }

  /** Whether the document holds the struct with this ID (before the update). */
  inDoc(id: StructId): boolean {
    return id.clock < Y.getState(this.doc.store, id.client);
  }

  /** The document's struct holding this ID, or null when the document lacks it. */
  docStruct(id: StructId): Y.Item | Y.GC | null {
    if (!this.inDoc(id)) return null;
    return Y.getItem(this.doc.store, Y.createID(id.client, id.clock));
  }

  /** This update's struct holding this ID, or null. */
  updateStruct(id: StructId): Struct | null {
    const list = this.byClient.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = list[middle]!;
      if (id.clock < struct.id.clock) high = middle - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return null;
  }

  /** Whether this update deletes the struct with this ID. */
  isDeletedByUpdate(id: StructId): boolean {
    const ranges = this.deletes.get(id.client);
    if (!ranges) return false;
    return ranges.some((range) => id.clock >= range.clock && id.clock < range.clock + range.len);
  }

  /** Every struct of the document that this update deletes and that is not deleted yet. */
  *deletedDocItems(): Generator<Y.Item> {
    for (const [client, ranges] of this.deletes) {
      const structs = this.doc.store.clients.get(client);
      if (!structs) continue;
      const state = Y.getState(this.doc.store, client);
      for (const range of ranges) {
        if (range.clock >= state) continue;
        let index = Y.findIndexSS(structs, range.clock);
        for (; index < structs.length; index++) {
          const struct = structs[index]!;
          if (struct.id.clock >= range.clock + range.len) break;
          if (struct instanceof Y.Item && !struct.deleted) yield struct;
        }
      }
    }
  }

  /**
   * Yjs parks whatever builds on something it has not seen (a clock gap, an unknown origin or
   * parent, a deletion of unknown content) as pending, in memory, for good. Finds the first such
   * thing so the update can be refused before it is applied.
   */
  private findGap(): string | null {
    for (const [client, structs] of this.byClient) {
      let end = Y.getState(this.doc.store, client);
      for (const struct of structs) {
        if (struct instanceof Y.Skip) continue;
        if (struct.id.clock > end)
          return `changes of client ${client} from clock ${end} are missing`;
        end = Math.max(end, struct.id.clock + struct.length);
      }
      this.knownEnd.set(client, end);
    }
    for (const structs of this.byClient.values()) {
      for (const struct of structs) {
        if (!(struct instanceof Y.Item)) continue;
        if (struct.id.clock + struct.length <= Y.getState(this.doc.store, struct.id.client))
          continue;
        for (const ref of [struct.origin, struct.rightOrigin, struct.parent]) {
          if (ref instanceof Y.ID && !this.isKnown(ref))
            return `an edit builds on ${ref.client}:${ref.clock}, which is missing`;
        }
        this.newItems.push(struct);
      }
    }
    for (const [client, ranges] of this.deletes) {
      const end = this.knownEnd.get(client) ?? Y.getState(this.doc.store, client);
      for (const range of ranges) {
        if (range.clock + range.len > end)
          return `a deletion of ${client}:${range.clock} covers changes that are missing`;
      }
    }
    return null;
  }
}
