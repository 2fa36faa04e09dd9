import fs from 'node:fs';

// The first 100 bytes of every SQLite database file, read with plain fs so that deciding
// whether a file is ours never involves SQLite (which could create -wal/-shm files beside it).
// Layout: https://www.sqlite.org/fileformat.html#the_database_header

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
export const HEADER_SIZE = 100;
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;

export type Header = { userVersion: number; applicationId: number; pageSize: number };

/** The header of a SQLite file, or null when the file is not one (too short, wrong magic). */
export function readHeader(path: string): Header | null {
  const bytes = Buffer.alloc(HEADER_SIZE);
  const fd = fs.openSync(path, 'r');
  let length: number;
  try {
    length = fs.readSync(fd, bytes, 0, HEADER_SIZE, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (length < HEADER_SIZE || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  return {
    // Both are signed 32-bit big-endian integers, as SQLite's pragmas report them.
    userVersion: bytes.readInt32BE(USER_VERSION_OFFSET),
    applicationId: bytes.readInt32BE(APPLICATION_ID_OFFSET),
    // Offset 16, big-endian; the value 1 stands for 65536.
    pageSize: bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16),
  };
}
