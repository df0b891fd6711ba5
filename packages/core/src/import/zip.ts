// An XLSX file is a ZIP archive, and a ZIP archive can be a bomb: a few hundred KB that
// inflate to gigabytes (issue 16: a 395 KB workbook whose one cell inflates to 400 MB took
// 7.3 GB in a dry-run import). ExcelJS inflates everything it is given, so the archive is
// checked first, without keeping anything it inflates:
//
// 1. the central directory (read by yauzl, nothing inflated) must declare at most
//    MAX_ENTRIES entries, at most `maxUncompressedBytes` in all, and no entry larger than
//    its compressed size times MAX_RATIO (Apache POI's zip-bomb rule);
// 2. the declared sizes are then proved: every entry is inflated as a stream and thrown
//    away, and yauzl stops an entry the moment it yields more bytes than its directory
//    entry declared (`validateEntrySizes`), so a directory that lies costs at most the
//    declared total, never the bomb.
//
// Only then does ExcelJS read the workbook, knowing it inflates to at most the bound.
import yauzl from 'yauzl';

/** Bounds on an XLSX archive before it is read. */
export interface ArchiveLimits {
  /** Most bytes all entries may inflate to (default 50 MB). */
  maxUncompressedBytes: number;
  /** Most entries (default 10,000). */
  maxEntries: number;
  /** Largest inflated / compressed ratio of one entry larger than RATIO_FLOOR_BYTES (default 100). */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxUncompressedBytes: 50 * 1024 * 1024, maxEntries: 10_000, maxRatio: 100 };

/** Entries smaller than this are not held to the ratio (tiny XML parts compress oddly well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** Why an archive is refused: a code for ImportProblem and the words. */
export class ArchiveRefused extends Error {
  constructor(
    readonly code: 'ARCHIVE_TOO_LARGE' | 'BROKEN_FILE',
    message: string,
  ) {
    super(message);
  }
}

interface Entry {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
}

function open(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, autoClose: false }, (err, zip) => (err || !zip ? reject(err ?? new Error('no archive')) : resolve(zip))),
  );
}

/** The central directory's entries, nothing inflated; stops reading past maxEntries. */
function listEntries(zip: yauzl.ZipFile, limits: ArchiveLimits): Promise<(Entry & { raw: yauzl.Entry })[]> {
  return new Promise((resolve, reject) => {
    if (zip.entryCount > limits.maxEntries) return reject(new ArchiveRefused('ARCHIVE_TOO_LARGE', `the workbook has ${zip.entryCount} parts; at most ${limits.maxEntries} are read`));
    const entries: (Entry & { raw: yauzl.Entry })[] = [];
    zip.on('entry', (raw: yauzl.Entry) => {
      entries.push({ fileName: raw.fileName, compressedSize: raw.compressedSize, uncompressedSize: raw.uncompressedSize, raw });
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Inflates one entry and throws the bytes away; fails when it yields more than declared. */
function drain(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
      stream.on('end', () => resolve(bytes));
      stream.on('error', reject);
    });
  });
}

/**
 * Checks an XLSX archive against the limits before anything inflates it for keeps.
 * Throws ArchiveRefused (ARCHIVE_TOO_LARGE when a bound is exceeded, BROKEN_FILE when the
 * archive is not one or its directory lies about sizes).
 */
export async function checkArchive(buffer: Buffer, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(buffer);
  } catch (err) {
    throw new ArchiveRefused('BROKEN_FILE', `the file is not a readable XLSX workbook: ${(err as Error).message}`);
  }
  try {
    let entries: Awaited<ReturnType<typeof listEntries>>;
    try {
      entries = await listEntries(zip, limits);
    } catch (err) {
      if (err instanceof ArchiveRefused) throw err;
      throw new ArchiveRefused('BROKEN_FILE', `the file is not a readable XLSX workbook: ${(err as Error).message}`);
    }
    for (const e of entries) {
      if (e.uncompressedSize > RATIO_FLOOR_BYTES && e.uncompressedSize > Math.max(e.compressedSize, 1) * limits.maxRatio) {
        throw new ArchiveRefused(
          'ARCHIVE_TOO_LARGE',
          `the workbook part "${e.fileName}" inflates ${Math.round(e.uncompressedSize / Math.max(e.compressedSize, 1))} times (${e.uncompressedSize} bytes from ${e.compressedSize}); at most ${limits.maxRatio} times is read`,
        );
      }
    }
    const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (total > limits.maxUncompressedBytes) {
      throw new ArchiveRefused('ARCHIVE_TOO_LARGE', `the workbook inflates to ${total} bytes; at most ${limits.maxUncompressedBytes} are read`);
    }
    // Prove the declared sizes: an entry yielding more than declared stops at once.
    for (const e of entries) {
      if (e.fileName.endsWith('/')) continue;
      try {
        await drain(zip, e.raw);
      } catch (err) {
        throw new ArchiveRefused('BROKEN_FILE', `the workbook part "${e.fileName}" cannot be read as its archive declares it: ${(err as Error).message}`);
      }
    }
  } finally {
    zip.close();
  }
}
