import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { t } from '../core';

/** Templates larger than this (2 MiB) are refused: a webhook is a few KiB, and the checks grow with the file. */
export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;
/** A Lead describe file may be larger (hundreds of fields, their picklists). */
export const MAX_DESCRIBE_BYTES = 32 * 1024 * 1024;

export type Read = { text: string } | { error: string };

/**
 * Reads a file the command line was given, refusing what is not a text file of a sane size
 * before reading it: a FIFO would block forever, `/dev/zero` never ends, a directory or a socket
 * is no template. At most `maxBytes + 1` bytes are read, whatever the file does meanwhile. A
 * UTF-8 byte-order mark is dropped (editors do not count it as text); NUL bytes mean binary.
 */
export function readTextFile(path: string, maxBytes: number): Read {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (e) {
    return { error: codeOf(e) };
  }
  if (stats.isDirectory()) return { error: 'EISDIR' };
  if (!stats.isFile()) return { error: notRegular(stats) };
  if (stats.size > maxBytes) return { error: tooLarge(stats.size, maxBytes) };
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > maxBytes) return { error: tooLarge(length, maxBytes) };
    const bytes = buffer.subarray(0, length);
    const nul = bytes.indexOf(0);
    if (nul !== -1) return { error: t('binary content (a NUL byte at offset {0}), not a text file', nul) };
    const text = bytes.toString('utf8');
    return { text: text.startsWith('\ufeff') ? text.slice(1) : text };
  } catch (e) {
    return { error: codeOf(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const tooLarge = (size: number, max: number) =>
  size > max + 1 ? t('{0}, larger than the {1} a file may have', mib(size), mib(max)) : t('over {0}, larger than the {0} a file may have', mib(max));

/** Why a path that is neither a file nor a folder is refused, one sentence per kind. */
function notRegular(stats: Stats): string {
  if (stats.isFIFO()) return t('not a regular file (a FIFO)');
  if (stats.isCharacterDevice()) return t('not a regular file (a character device)');
  if (stats.isBlockDevice()) return t('not a regular file (a block device)');
  if (stats.isSocket()) return t('not a regular file (a socket)');
  return t('not a regular file (not a file)');
}
