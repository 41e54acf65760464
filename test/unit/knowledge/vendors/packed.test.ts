/**
 * The worker ships the vendor table packed (build.mjs, src/knowledge/vendors/packed.ts): unpacking must give
 * back exactly the rows as written, marker by marker, or the extension would match other markers than the
 * tests do.
 */
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../../../src/knowledge/vendors/packed.ts';
import { VENDOR_TABLE } from '../../../../src/knowledge/vendors/table.ts';

/** RegExps compare by source and flags; everything else by value. */
function plain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_, item: unknown) =>
      item instanceof RegExp ? `/${item.source}/${item.flags}` : item,
    ),
  );
}

describe('the packed vendor table', () => {
  it('unpacks to the rows as written', () => {
    expect(plain(unpackRows(packRows(VENDOR_TABLE)))).toEqual(plain(VENDOR_TABLE));
  });

  it('is smaller than the rows it packs', () => {
    expect(packRows(VENDOR_TABLE).length).toBeLessThan(JSON.stringify(plain(VENDOR_TABLE)).length * 0.6);
  });
});
