/**
 * A copy of `array` twice as long, its first half the original: how the growing typed-array tables (word hashes,
 * line table, bigram postings) make room.
 *
 * @example
 * doubled(Int32Array.of(1, 2)) // Int32Array [1, 2, 0, 0]
 */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(array.length * 2);
  copy.set(array);
  return copy;
}
