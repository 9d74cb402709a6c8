// Start-up options for the server JVM: an AppCDS class archive (the JVM maps the classes it loaded last time instead of
// loading and verifying them again: about 40% of the time to `initialize`, see docs/benchmarks.md) and the serial GC.
// The same scheme as bin/migration-lsp: JDK 19+ keeps the archive itself (-XX:+AutoCreateSharedArchive); on JDK 17-18
// the first start records one at exit into a private file, which a later start adopts. Pure logic, unit-tested.
import * as path from 'path';

/** Options that keep JVM warnings off stdout, which belongs to JSON-RPC, and never fail the start over an archive. */
const QUIET = ['-Xshare:auto', '-Xlog:disable', '-Xlog:all=warning:stderr'];

export interface ArchiveFiles {
  /** the archive to use, named after the jar and the JDK so a new build or JDK gets a new one */
  archive: string;
  /** recordings a JDK 17 start left, in that directory: `<archive>.<stamp>.tmp` */
  recordings: string[];
}

export interface ServerJvmPlan {
  args: string[];
  /** a finished recording to move into place before starting (rename), and the stale ones to delete */
  adopt?: { from: string; to: string };
  discard: string[];
}

/** A short stable key for the archive's name: jar path, size and mtime, the java executable and its version. */
export function archiveKey(parts: (string | number)[]): string {
  let h = 0x811c9dc5;
  for (const c of parts.join('|')) {
    h ^= c.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function archivePath(storageDir: string, key: string): string {
  return path.join(storageDir, `server-${key}.jsa`);
}

/**
 * What to add to the server's command line. {@code archiveExists}: the archive is present; {@code recordings}: leftover
 * recordings, newest last, of which only ones older than {@code settledMs} count as finished (a server still writing
 * one at exit is younger).
 */
export function serverJvmPlan(javaMajor: number, files: ArchiveFiles, archiveExists: boolean,
  recordingAgesMs: number[], settledMs = 60_000, stamp = `${Date.now()}`): ServerJvmPlan {
  const gc = ['-XX:+UseSerialGC'];
  if (javaMajor >= 19) {
    return { args: [...gc, ...QUIET, '-XX:+AutoCreateSharedArchive', `-XX:SharedArchiveFile=${files.archive}`], discard: [] };
  }
  const settled = files.recordings.filter((_, i) => recordingAgesMs[i] >= settledMs);
  if (archiveExists) {
    return { args: [...gc, ...QUIET, `-XX:SharedArchiveFile=${files.archive}`], discard: settled };
  }
  if (settled.length > 0) {
    const newest = settled[settled.length - 1];
    return {
      args: [...gc, ...QUIET, `-XX:SharedArchiveFile=${files.archive}`],
      adopt: { from: newest, to: files.archive },
      discard: settled.slice(0, -1),
    };
  }
  return { args: [...gc, ...QUIET, `-XX:ArchiveClassesAtExit=${files.archive}.${stamp}.tmp`], discard: [] };
}
