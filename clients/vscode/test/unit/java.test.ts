import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findJava, javaCandidates, JavaIo, parseJavaVersion } from '../../src/java';

test('parses the java -version output of current and old runtimes', () => {
  assert.deepEqual(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), { major: 17, text: '17.0.15' });
  assert.deepEqual(parseJavaVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment'), { major: 8, text: '1.8.0_392' });
  assert.deepEqual(parseJavaVersion('openjdk version "21" 2023-09-19'), { major: 21, text: '21' });
  assert.deepEqual(parseJavaVersion('openjdk version "26-ea" 2026-03-17'), { major: 26, text: '26-ea' });
  assert.deepEqual(parseJavaVersion('Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "11.0.2" 2019-01-15'), { major: 11, text: '11.0.2' });
  assert.equal(parseJavaVersion('bash: java: command not found'), undefined);
});

test('candidates come from the setting, then JAVA_HOME, then PATH', () => {
  const c = javaCandidates('/opt/jdk21', { JAVA_HOME: '/usr/lib/jvm/java-17', PATH: '/usr/local/bin:/usr/bin' }, 'linux');
  assert.deepEqual(c.map((x) => [x.source, x.executable]), [
    ['setting migrationLsp.java.home', '/opt/jdk21/bin/java'],
    ['JAVA_HOME', '/usr/lib/jvm/java-17/bin/java'],
    ['PATH', '/usr/local/bin/java'],
    ['PATH', '/usr/bin/java'],
  ]);
  assert.equal(javaCandidates('/opt/jdk/bin/java', {}, 'linux')[0].executable, '/opt/jdk/bin/java');
  assert.deepEqual(javaCandidates('  ', { Path: 'C:\\jdk\\bin' }, 'win32').map((x) => x.executable), ['C:\\jdk\\bin\\java.exe']);
});

function fakeIo(versions: Record<string, string | Error>): JavaIo {
  return {
    isFile: async (p) => p in versions,
    versionOutput: async (p) => {
      const v = versions[p];
      if (v instanceof Error) throw v;
      return v;
    },
  };
}

test('an old Java in the setting is skipped for a newer one on PATH, and the reason is kept', async () => {
  const io = fakeIo({ '/old/bin/java': 'java version "1.8.0_392"', '/usr/bin/java': 'openjdk version "17.0.15" 2025-04-15' });
  const r = await findJava(javaCandidates('/old', { PATH: '/usr/bin' }, 'linux'), io);
  assert.equal(r.ok, true);
  if (!r.ok) return;
  assert.equal(r.executable, '/usr/bin/java');
  assert.equal(r.major, 17);
  assert.equal(r.source, 'PATH');
  assert.match(r.probes[0].problem ?? '', /1\.8\.0_392.*17 or newer/);
});

test('when nothing fits the message names what was tried and how to fix it', async () => {
  const io = fakeIo({ '/usr/lib/jvm/java-11/bin/java': 'openjdk version "11.0.2" 2019-01-15', '/broken/bin/java': new Error('EACCES') });
  const r = await findJava(javaCandidates('/broken', { JAVA_HOME: '/usr/lib/jvm/java-11', PATH: '/nowhere' }, 'linux'), io);
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.match(r.message, /Java 17 or newer/);
  assert.match(r.message, /setting migrationLsp\.java\.home: .*EACCES/);
  assert.match(r.message, /JAVA_HOME: .*11\.0\.2/);
  assert.match(r.message, /migrationLsp\.java\.home/);
  assert.match(r.message, /Restart Server/);
});

test('no java anywhere says so', async () => {
  const r = await findJava(javaCandidates(undefined, { PATH: '/a:/b' }, 'linux'), fakeIo({}));
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.message, /Tried: setting migrationLsp\.java\.home: not set; JAVA_HOME: not set; PATH: no `java` on it\./);
});
