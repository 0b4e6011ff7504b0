// Bytes of one input, bounded and from regular files only: a FIFO would block for ever and a
// link to /dev/zero never ends, and no input may fill the memory.
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export const MB = 1024 * 1024;

export const sizeText = (bytes: number): string => `${Math.round((bytes / MB) * 10) / 10} MiB`;

/** Why a path that is not a regular file or a folder is not read. */
export function notRegular(info: Stats): string {
  const what = info.isFIFO()
    ? 'a named pipe (FIFO)'
    : info.isCharacterDevice()
      ? 'a character device'
      : info.isBlockDevice()
        ? 'a block device'
        : info.isSocket()
          ? 'a socket'
          : 'not a regular file';
  return `not read: ${what}; only regular files are read (pipe it into stdin with - to read it)`;
}

export class NotRegularFile extends Error {}

/**
 * Opens a regular file for reading. O_NONBLOCK: if the path was swapped for a FIFO since it
 * was listed, opening it does not wait for a writer; fstat then refuses it. (No effect on a
 * regular file.)
 */
export async function openRegular(fsPath: string): Promise<FileHandle> {
  const handle = await open(fsPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularFile(notRegular(info));
    return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** Up to `max` bytes of a file; `truncated` when there was more. */
export async function readBounded(fsPath: string, max: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const handle = await openRegular(fsPath);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(1 * MB, max + 1 - total);
      if (want <= 0) break;
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    const all = Buffer.concat(chunks, total);
    return total > max ? { bytes: all.subarray(0, max), truncated: true } : { bytes: all, truncated: false };
  } finally {
    await handle.close();
  }
}

/** Up to `max` bytes of a stream (stdin); reading stops there, so `< /dev/zero` ends too. */
export async function readStream(stream: Readable, max: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    total += buf.length;
    if (total > max) return { bytes: Buffer.concat(chunks, total).subarray(0, max), truncated: true };
  }
  return { bytes: Buffer.concat(chunks, total), truncated: false };
}

/**
 * Up to `max` bytes of one input: stdin for `-`, else a regular file (anything else is
 * refused with a message naming what it is).
 */
export function readInputBytes(path: string, fsPath: string, stdin: Readable, max: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  return path === '-' ? readStream(stdin, max) : readBounded(fsPath, max);
}
