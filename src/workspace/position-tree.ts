// A parser-independent outline of a JSON(5) document: where each value and key starts. Built from
// jsonc-parser's tree for plain JSONC, or by our JSON5 scanner otherwise, and navigated with the
// same rules either way.
import type { Node as JsoncNode } from 'jsonc-parser';

export type JsonPath = (string | number)[];

export type PositionNode =
  | { kind: 'object'; offset: number; properties: PropertyNode[] }
  | { kind: 'array'; offset: number; items: PositionNode[] }
  | { kind: 'scalar'; offset: number };

export interface PropertyNode {
  key: string;
  /** Where the key starts (its opening quote, or its first character when unquoted). */
  offset: number;
  value: PositionNode;
}

/** Thrown by the outline builders when the text is not what they expect. */
export class OutlineError extends Error {}

export function outlineFromJsonc(node: JsoncNode): PositionNode {
  switch (node.type) {
    case 'object':
      return {
        kind: 'object',
        offset: node.offset,
        properties: (node.children ?? []).map((property) => {
          const [key, value] = property.children ?? [];
          if (key?.type !== 'string' || typeof key.value !== 'string' || !value) {
            throw new OutlineError('incomplete property');
          }
          return { key: key.value, offset: key.offset, value: outlineFromJsonc(value) };
        }),
      };
    case 'array':
      return { kind: 'array', offset: node.offset, items: (node.children ?? []).map(outlineFromJsonc) };
    case 'property':
      throw new OutlineError('property outside an object');
    default:
      return { kind: 'scalar', offset: node.offset };
  }
}

/**
 * The property a key selects: the *last* one with that name, because JSON5 keeps the last value
 * of a duplicated key and a position must point at what actually took effect.
 */
function lastProperty(properties: PropertyNode[], key: string): PropertyNode | undefined {
  for (let index = properties.length - 1; index >= 0; index -= 1) {
    const property = properties[index] as PropertyNode;
    if (property.key === key) return property;
  }
  return undefined;
}

/**
 * Follows `path` as far as it exists and returns the offset of the deepest node reached (a
 * property's key, an array element's value, the root value for the empty path) and how many
 * segments matched.
 */
export function deepestOffset(root: PositionNode, path: JsonPath): { offset: number; matched: number } {
  let node = root;
  let offset = root.offset;
  let matched = 0;
  for (const segment of path) {
    // Strings name keys and numbers index arrays, nothing else: `#0` (an array index) must not
    // silently land on a key written "0".
    if (node.kind === 'object' && typeof segment === 'string') {
      const property = lastProperty(node.properties, segment);
      if (!property) break;
      offset = property.offset;
      node = property.value;
    } else if (node.kind === 'array' && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      offset = item.offset;
      node = item;
    } else {
      break;
    }
    matched += 1;
  }
  return { offset, matched };
}

export interface DuplicateOccurrence {
  path: JsonPath;
  key: string;
  offset: number;
  firstOffset: number;
}

// Paths as parent links: most nodes never need theirs, so none is copied until a duplicate asks.
interface PathLink {
  segment: string | number;
  parent: PathLink | undefined;
}

function materialise(link: PathLink | undefined): JsonPath {
  const path: JsonPath = [];
  for (let at = link; at; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/** Every repeated key, in document order, with the offset of the repeat and of the first one. */
export function findDuplicateKeys(root: PositionNode): DuplicateOccurrence[] {
  const duplicates: DuplicateOccurrence[] = [];
  const pending: { node: PositionNode; path: PathLink | undefined }[] = [{ node: root, path: undefined }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, path } = next;
    if (node.kind === 'array') {
      node.items.forEach((item, index) =>
        pending.push({ node: item, path: { segment: index, parent: path } }),
      );
    } else if (node.kind === 'object') {
      const firstOffsets = new Map<string, number>();
      for (const property of node.properties) {
        const firstOffset = firstOffsets.get(property.key);
        if (firstOffset === undefined) firstOffsets.set(property.key, property.offset);
        else
          duplicates.push({
            path: materialise(path),
            key: property.key,
            offset: property.offset,
            firstOffset,
          });
        pending.push({ node: property.value, path: { segment: property.key, parent: path } });
      }
    }
  }
  return duplicates.sort((left, right) => left.offset - right.offset);
}
