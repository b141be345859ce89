import type { OffsetMap } from './ast';

/** A map for a field that is one run of the file. */
export function identityMap(fileStart: number, length: number): OffsetMap {
  return { segments: [{ textStart: 0, fileStart, length }] };
}

/**
 * File offset of a field-text offset used as the start of a span. An offset
 * in the space that joins two folded lines maps to the start of the next line's text.
 */
export function toFileStart(map: OffsetMap, offset: number): number {
  const segs = map.segments;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (offset < s.textStart + s.length || i === segs.length - 1) {
      return s.fileStart + Math.max(0, Math.min(offset - s.textStart, s.length));
    }
    if (offset < segs[i + 1].textStart) return segs[i + 1].fileStart;
  }
  return 0;
}

/**
 * File offset of a field-text offset used as the (exclusive) end of a span:
 * an end that falls on a fold stays on the earlier line.
 */
export function toFileEnd(map: OffsetMap, offset: number): number {
  const segs = map.segments;
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (offset > s.textStart || i === 0) {
      return s.fileStart + Math.max(0, Math.min(offset - s.textStart, s.length));
    }
  }
  return 0;
}

/** Field-text offset of a file offset, or undefined outside the field. */
export function toTextOffset(map: OffsetMap, fileOffset: number): number | undefined {
  for (const s of map.segments) {
    if (fileOffset >= s.fileStart && fileOffset <= s.fileStart + s.length) {
      return s.textStart + (fileOffset - s.fileStart);
    }
  }
  return undefined;
}
