import * as Y from 'yjs';
import { contentFits, typeKind, type AnyYType, type Place } from './placement';
import { PlanRoots, type Slot } from './planShape';
import { UpdateIndex, type StructId } from '../../yjs/UpdateIndex';

/** Why an update may not be applied: its changes are incomplete, or they do not fit the shape. */
export type UpdateVerdict = { ok: true } | { ok: false; kind: 'gap' | 'shape'; reason: string };

/** A container an item sits in: a root, a type in the document, or a type this update creates. */
type Container = { root: string } | { type: AnyYType } | { item: Y.Item };

/** A container and the map key in it (null in a list or text). */
interface Placement {
  container: Container;
  key: string | null;
}

const UNKNOWN: unique symbol = Symbol('outside the shape');
type Resolved = Place | typeof UNKNOWN;
/** Inside content Yjs will drop on arrival (its parent was collected): nothing to check. */
const DROPPED: unique symbol = Symbol('dropped');

/**
 * Checks an update against a document's shape without applying it: every struct it adds must
 * build on what the document or the update holds (else Yjs would park it in memory for good),
 * must sit where the shape allows, and no required field may be left without a value.
 * Cost is per new struct: a container's place is found by walking up once and is cached.
 */
export class ShapeChecker {
  /** A type's place never changes (Yjs cannot move a type), so it is cached for the doc's life. */
  private readonly places = new WeakMap<AnyYType, Resolved>();

  constructor(
    readonly doc: Y.Doc,
    private readonly roots: Readonly<Record<string, Slot>> = PlanRoots,
  ) {}

  check(update: Uint8Array): UpdateVerdict {
    const index = new UpdateIndex(this.doc, update);
    if (index.gap) return { ok: false, kind: 'gap', reason: index.gap };
    const run = new CheckRun(this, index);
    const reason = run.checkItems() ?? run.checkRequiredFields();
    return reason ? { ok: false, kind: 'shape', reason } : { ok: true };
  }

  rootPlace(name: string): Resolved {
    return Object.hasOwn(this.roots, name) ? this.roots[name]! : UNKNOWN;
  }

  /** The place of a type already in the document. */
  docTypePlace(type: AnyYType): Resolved {
    const cached = this.places.get(type);
    if (cached !== undefined) return cached;
    let place: Resolved = UNKNOWN;
    const item = type._item;
    if (item === null) {
      for (const [name, root] of this.doc.share) if (root === type) place = this.rootPlace(name);
    } else if (item.parent instanceof Y.AbstractType) {
      const parentPlace = this.docTypePlace(item.parent);
      if (parentPlace !== UNKNOWN) {
        const fit = contentFits(parentPlace, item.parentSub, item.content);
        place = fit.ok && fit.place ? fit.place : UNKNOWN;
      }
    }
    this.places.set(type, place);
    return place;
  }
}

/** One check of one update: resolves where each new item goes, with per-run caches. */
class CheckRun {
  private readonly itemPlaces = new Map<Y.Item, Resolved | typeof DROPPED>();
  private readonly resolved = new Map<Y.Item, Placement | null>();
  /** New values per container, for the required-fields check: container → keys with a value. */
  private readonly setKeys = new Map<AnyYType | Y.Item, Set<string>>();

  constructor(
    private readonly checker: ShapeChecker,
    private readonly index: UpdateIndex,
  ) {}

  checkItems(): string | null {
    for (const item of this.index.newItems) {
      const at = this.resolve(item);
      // Content next to or inside garbage-collected content is dropped by Yjs on arrival.
      if (at === null) {
        this.itemPlaces.set(item, DROPPED);
        continue;
      }
      const place = this.placeOf(at.container);
      if (place === DROPPED) {
        this.itemPlaces.set(item, DROPPED);
        continue;
      }
      if (place === UNKNOWN) return `${this.describe(at.container)} is not part of a plan`;
      const fit = contentFits(place, at.key, item.content);
      if (!fit.ok) return fit.reason;
      this.itemPlaces.set(item, fit.place ?? UNKNOWN);
      if (
        at.key !== null &&
        !(item.content instanceof Y.ContentDeleted) &&
        !this.index.isDeletedByUpdate(item.id)
      ) {
        const container = this.containerKey(at.container);
        if (container) this.keysOf(container).add(at.key);
      }
    }
    return null;
  }

  /**
   * After the update every record still has its required fields: a new record brings them
   * along, and a deleted value of a live record is replaced in the same update.
   */
  checkRequiredFields(): string | null {
    for (const item of this.index.newItems) {
      const place = this.itemPlaces.get(item);
      if (!place || place === UNKNOWN || place === DROPPED || place.kind !== 'record') continue;
      if (this.index.isDeletedByUpdate(item.id)) continue;
      const missing = place.required.find((field) => !this.setKeys.get(item)?.has(field));
      if (missing) return `a new ${place.name} needs its ${missing}`;
    }
    for (const deleted of this.index.deletedDocItems()) {
      const key = deleted.parentSub;
      const parent = deleted.parent;
      if (key === null || !(parent instanceof Y.AbstractType)) continue;
      const place = this.checker.docTypePlace(parent);
      if (place === UNKNOWN || place.kind !== 'record' || !place.required.includes(key)) continue;
      if (parent._map.get(key) !== deleted) continue;
      if (this.recordGoes(parent)) continue;
      if (!this.setKeys.get(parent)?.has(key))
        return `the ${key} of a ${place.name} cannot be removed`;
    }
    return null;
  }

  private keysOf(container: AnyYType | Y.Item): Set<string> {
    let keys = this.setKeys.get(container);
    if (!keys) this.setKeys.set(container, (keys = new Set()));
    return keys;
  }

  /** Whether the record itself is deleted, before or by this update. */
  private recordGoes(record: AnyYType): boolean {
    const item = record._item;
    return item !== null && (item.deleted || this.index.isDeletedByUpdate(item.id));
  }

  /**
   * Where a new item goes, as Yjs decides on arrival (Item.getMissing): its named parent, else its
   * left neighbour's parent and key, else its right neighbour's; null when a neighbour is
   * garbage-collected (Yjs then drops the item).
   */
  private resolve(item: Y.Item): Placement | null {
    const cached = this.resolved.get(item);
    if (cached !== undefined) return cached;
    let result: Placement | null = null;
    const left = item.origin ? this.structAt(item.origin) : null;
    const right = item.rightOrigin ? this.structAt(item.rightOrigin) : null;
    const parent: unknown = item.parent;
    if (left instanceof Y.GC || right instanceof Y.GC) result = null;
    else if (typeof parent === 'string')
      result = { container: { root: parent }, key: item.parentSub };
    else if (parent instanceof Y.ID) {
      const container = this.containerAt(parent);
      result = container && { container, key: item.parentSub };
    } else {
      const neighbour = left ?? right;
      if (neighbour instanceof Y.Item)
        result = this.index.inDoc(neighbour.id)
          ? this.docPlacement(neighbour)
          : this.resolve(neighbour);
    }
    this.resolved.set(item, result);
    return result;
  }

  private structAt(id: StructId): Y.Item | Y.GC | Y.Skip | null {
    return this.index.inDoc(id) ? this.index.docStruct(id) : this.index.updateStruct(id);
  }

  private docPlacement(item: Y.Item): Placement | null {
    return item.parent instanceof Y.AbstractType
      ? { container: { type: item.parent }, key: item.parentSub }
      : null;
  }

  private containerKey(container: Container): AnyYType | Y.Item | undefined {
    if ('root' in container) return this.checker.doc.share.get(container.root);
    return 'type' in container ? container.type : container.item;
  }

  /** The container whose creating item has this ID. */
  private containerAt(id: StructId): Container | null {
    const inUpdate = this.index.updateStruct(id);
    // A parent whose content is gone (deleted and collected): Yjs drops what comes into it.
    if (inUpdate instanceof Y.Item && !this.index.inDoc(id))
      return inUpdate.content instanceof Y.ContentType ? { item: inUpdate } : null;
    const inDoc = this.index.docStruct(id);
    if (inDoc instanceof Y.Item && inDoc.content instanceof Y.ContentType)
      return { type: inDoc.content.type };
    return null;
  }

  private placeOf(container: Container): Resolved | typeof DROPPED {
    if ('root' in container) return this.checker.rootPlace(container.root);
    if ('type' in container) return this.checker.docTypePlace(container.type);
    const known = this.itemPlaces.get(container.item);
    if (known !== undefined) return known;
    // A container created later in the update than its content (another client's struct).
    const outer = this.resolve(container.item);
    if (outer === null) return DROPPED;
    const outerPlace = this.placeOf(outer.container);
    if (outerPlace === UNKNOWN || outerPlace === DROPPED) return outerPlace;
    const fit = contentFits(outerPlace, outer.key, container.item.content);
    return fit.ok && fit.place ? fit.place : UNKNOWN;
  }

  private describe(container: Container): string {
    if ('root' in container) return `"${container.root.slice(0, 80)}"`;
    if ('type' in container) return `a ${typeKind(container.type)} type`;
    return 'a new container';
  }
}
