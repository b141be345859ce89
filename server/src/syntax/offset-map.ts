import type { OffsetMap } from './ast';

/** A map for a field that is one run of the file. */
export function identityMap(fileStart: number, length: number): OffsetMap {
  return { segments: [{ textStart: 0, fileStart, length }] };
}

type Segment = OffsetMap['segments'][number];

/** The last segment whose `key` is at most `offset` (or below it, when `strict`); the first when none is. A header may fold over thousands of lines. */
function segmentAt(segs: readonly Segment[], key: 'textStart' | 'fileStart', offset: number, strict = false): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (strict ? segs[mid][key] < offset : segs[mid][key] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const clampTo = (s: Segment, offset: number) => s.fileStart + Math.max(0, Math.min(offset - s.textStart, s.length));

/**
 * File offset of a field-text offset used as the start of a span. An offset
 * in the space that joins two folded lines maps to the start of the next line's text.
 */
export function toFileStart(map: OffsetMap, offset: number): number {
  const segs = map.segments;
  const i = segmentAt(segs, 'textStart', offset);
  const s = segs[i];
  if (offset < s.textStart + s.length || i === segs.length - 1) return clampTo(s, offset);
  return segs[i + 1].fileStart;
}

/**
 * File offset of a field-text offset used as the (exclusive) end of a span:
 * an end that falls on a fold stays on the earlier line.
 */
export function toFileEnd(map: OffsetMap, offset: number): number {
  return clampTo(map.segments[segmentAt(map.segments, 'textStart', offset, true)], offset);
}

/** Field-text offset of a file offset, or undefined outside the field. */
export function toTextOffset(map: OffsetMap, fileOffset: number): number | undefined {
  const s = map.segments[segmentAt(map.segments, 'fileStart', fileOffset)];
  return fileOffset >= s.fileStart && fileOffset <= s.fileStart + s.length ? s.textStart + (fileOffset - s.fileStart) : undefined;
}
