/** Node.DOCUMENT_POSITION_FOLLOWING, named here: the parse CLI's DOM has no global Node. */
const FOLLOWING = 4;

/** Whether `later` comes after `earlier` in the document. */
export const follows = (later: Node, earlier: Node): boolean => (earlier.compareDocumentPosition(later) & FOLLOWING) !== 0;

/** A sort comparator: document order. */
export const inDocumentOrder = (a: Node, b: Node): number => (follows(b, a) ? -1 : 1);
