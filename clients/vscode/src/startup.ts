// Start-up options for the server JVM: an AppCDS class archive (the JVM maps the classes it loaded last time instead of
// loading and verifying them again: about 40% of the time to `initialize`, see docs/benchmarks.md) and the serial GC
// (G1 on JDK 17-18, see serverJvmPlan).
// The same scheme as bin/migration-lsp: JDK 19-24 keeps the archive itself (-XX:+AutoCreateSharedArchive); on JDK 17-18
// the first start records one at exit into a private file, which a later start adopts; JDK 25+ does the same with an AOT
// cache. Pure logic, unit-tested.
import * as path from 'path';

/** Options that keep JVM warnings off stdout, which belongs to JSON-RPC, and never fail the start over an archive. */
const QUIET = ['-Xshare:auto', '-Xlog:disable', '-Xlog:all=warning:stderr'];
/** The same for an AOT cache (JDK 25+), which refuses -Xshare; the JVM's messages about it go to stderr, if any. */
// Without ahead-of-time linked classes: on JDK 25.0.3 a linked cache holding LSP4J's java.lang.reflect.Proxy classes
// crashes the JVM at start (SIGSEGV in AOTLinkedClassBulkLoader); bin/migration-lsp lsp does the same. Not the dynamic
// CDS archive either: on JDK 25.0.3 about 1 in 10 runs recording it crashed (LambdaProxyClassDictionary).
const AOT_QUIET = ['-Xlog:disable', '-Xlog:all=warning:stderr', '-Xlog:aot*=off,cds*=off:stderr', '-XX:+DisplayVMOutputToStderr',
  '-XX:-AOTClassLinking'];

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

/** The archive's file: a CDS archive (`.jsa`), or on JDK 25+ an AOT cache (`.aot`), which the JVM reads differently. */
export function archivePath(storageDir: string, key: string, javaMajor = 17): string {
  return path.join(storageDir, `server-${key}.${javaMajor >= 25 ? 'aot' : 'jsa'}`);
}

/**
 * What to add to the server's command line. {@code archiveExists}: the archive is present; {@code recordings}: leftover
 * recordings, newest last, of which only ones older than {@code settledMs} count as finished (a server still writing
 * one at exit is younger).
 *
 * JDK 25+ gets an AOT cache (JEP 483/514/515: classes loaded and linked ahead of time, with method profiles), trained by
 * the first start and assembled by a child JVM when that server exits; it cannot be combined with -Xshare.
 */
export function serverJvmPlan(javaMajor: number, files: ArchiveFiles, archiveExists: boolean,
  recordingAgesMs: number[], settledMs = 60_000, stamp = `${Date.now()}`): ServerJvmPlan {
  // the serial GC, but G1 with JDK 17-18's archive: the JDK's archived heap objects (its module graph) need G1 there,
  // and building the module graph at every start costs more than G1 does (bin/migration-lsp does the same)
  const gc = [javaMajor < 19 ? '-XX:+UseG1GC' : '-XX:+UseSerialGC'];
  if (javaMajor >= 19 && javaMajor < 25) {
    return { args: [...gc, ...QUIET, '-XX:+AutoCreateSharedArchive', `-XX:SharedArchiveFile=${files.archive}`], discard: [] };
  }
  const aot = javaMajor >= 25;
  const quiet = aot ? AOT_QUIET : QUIET;
  const use = aot ? `-XX:AOTCache=${files.archive}` : `-XX:SharedArchiveFile=${files.archive}`;
  const settled = files.recordings.filter((_, i) => recordingAgesMs[i] >= settledMs);
  if (archiveExists) {
    return { args: [...gc, ...quiet, use], discard: settled };
  }
  if (settled.length > 0) {
    const newest = settled[settled.length - 1];
    return { args: [...gc, ...quiet, use], adopt: { from: newest, to: files.archive }, discard: settled.slice(0, -1) };
  }
  const recording = `${files.archive}.${stamp}.tmp`;
  const record = aot
    ? ['-XX:+UnlockDiagnosticVMOptions', '-XX:-DisplayVMOutput', `-XX:AOTCacheOutput=${recording}`,
      `-XX:AOTConfiguration=${recording}.config`]
    : [`-XX:ArchiveClassesAtExit=${recording}`];
  return { args: [...gc, ...quiet, ...record], discard: [] };
}
