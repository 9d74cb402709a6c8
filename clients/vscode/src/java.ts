// Finding a Java runtime for the server: the setting, then JAVA_HOME, then PATH; the first one that runs and is new
// enough wins. Pure logic with injected I/O so it is unit-tested without VS Code.
import * as path from 'path';

export const MINIMUM_JAVA_MAJOR = 17;

export type JavaSource = 'setting migrationLsp.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  source: JavaSource;
  executable: string;
}

export interface JavaProbe {
  candidate: JavaCandidate;
  /** why it was not used; absent for the chosen one */
  problem?: string;
  major?: number;
  versionText?: string;
}

export type JavaLookup =
  | { ok: true; executable: string; major: number; versionText: string; source: JavaSource; probes: JavaProbe[] }
  | { ok: false; message: string; probes: JavaProbe[] };

export interface JavaIo {
  isFile(p: string): Promise<boolean>;
  /** runs `<exe> -version` and resolves with stderr + stdout, rejects when it cannot run */
  versionOutput(executable: string): Promise<string>;
}

/**
 * Parses `java -version` output. Handles `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_392"`
 * (major 8), `openjdk version "21" 2023-09-19`, early-access `"26-ea"`.
 */
export function parseJavaVersion(output: string): { major: number; text: string } | undefined {
  const m = /version "([^"]+)"/i.exec(output);
  if (!m) return undefined;
  const text = m[1];
  const parts = /^(\d+)(?:\.(\d+))?/.exec(text);
  if (!parts) return undefined;
  const first = Number(parts[1]);
  const major = first === 1 && parts[2] !== undefined ? Number(parts[2]) : first;
  return Number.isFinite(major) ? { major, text } : undefined;
}

function executableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** The candidates in the order they are tried. A home may be a JDK/JRE folder or the java binary itself. */
export function javaCandidates(settingHome: string | undefined, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): JavaCandidate[] {
  const exe = executableName(platform);
  const p = platform === 'win32' ? path.win32 : path.posix;
  const fromHome = (home: string) => (p.basename(home) === exe ? home : p.join(home, 'bin', exe));
  const out: JavaCandidate[] = [];
  if (settingHome && settingHome.trim()) out.push({ source: 'setting migrationLsp.java.home', executable: fromHome(settingHome.trim()) });
  if (env.JAVA_HOME && env.JAVA_HOME.trim()) out.push({ source: 'JAVA_HOME', executable: fromHome(env.JAVA_HOME.trim()) });
  const pathVar = env.PATH ?? env.Path ?? '';
  for (const dir of pathVar.split(platform === 'win32' ? ';' : ':')) {
    if (dir) out.push({ source: 'PATH', executable: p.join(dir, exe) });
  }
  return out;
}

export async function findJava(candidates: JavaCandidate[], io: JavaIo, minimum = MINIMUM_JAVA_MAJOR): Promise<JavaLookup> {
  const probes: JavaProbe[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate.executable)) continue;
    seen.add(candidate.executable);
    if (!(await io.isFile(candidate.executable))) {
      // PATH entries without java are normal; only report the ones the user pointed at
      if (candidate.source !== 'PATH') probes.push({ candidate, problem: `no Java executable at ${candidate.executable}` });
      continue;
    }
    let output: string;
    try {
      output = await io.versionOutput(candidate.executable);
    } catch (e) {
      probes.push({ candidate, problem: `\`${candidate.executable} -version\` failed: ${(e as Error).message}` });
      continue;
    }
    const version = parseJavaVersion(output);
    if (!version) {
      probes.push({ candidate, problem: `could not read the version from \`${candidate.executable} -version\`` });
      continue;
    }
    if (version.major < minimum) {
      probes.push({ candidate, major: version.major, versionText: version.text,
        problem: `${candidate.executable} is Java ${version.text}; Java ${minimum} or newer is needed` });
      continue;
    }
    probes.push({ candidate, major: version.major, versionText: version.text });
    return { ok: true, executable: candidate.executable, major: version.major, versionText: version.text, source: candidate.source, probes };
  }
  const notes: string[] = [];
  const whenNone: Record<JavaSource, string> = {
    'setting migrationLsp.java.home': 'not set',
    JAVA_HOME: 'not set',
    PATH: 'no `java` on it',
  };
  for (const source of Object.keys(whenNone) as JavaSource[]) {
    const mine = probes.filter((p) => p.candidate.source === source);
    if (mine.length) notes.push(...mine.map((p) => `${source}: ${p.problem}`));
    else notes.push(`${source}: ${whenNone[source]}`);
  }
  const tried = ` Tried: ${notes.join('; ')}.`;
  return {
    ok: false,
    probes,
    message: `Migration LSP needs Java ${minimum} or newer to run its language server.${tried} ` +
      `Install a JDK or JRE ${minimum}+ (e.g. \`sudo apt install openjdk-17-jre-headless\`, or Temurin from adoptium.net) ` +
      'and set "migrationLsp.java.home" to its folder (or set JAVA_HOME), then run "Migrations: Restart Server".',
  };
}
