import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { archiveKey, archivePath, serverJvmPlan, type ServerJvmPlan } from '../../src/startup';

const files = (recordings: string[] = []) => ({ archive: '/s/server-k.jsa', recordings });

test('JDK 19-24 lets the JVM keep the archive itself', () => {
  const plan = serverJvmPlan(21, files(), false, []);
  assert.ok(plan.args.includes('-XX:+AutoCreateSharedArchive'));
  assert.ok(plan.args.includes('-XX:SharedArchiveFile=/s/server-k.jsa'));
  assert.ok(plan.args.includes('-Xshare:auto') && plan.args.includes('-Xlog:all=warning:stderr'), 'stdout stays JSON-RPC');
});

test('JDK 17: the first start records into a private file, a later one adopts the newest finished recording', () => {
  const first = serverJvmPlan(17, files(), false, [], 60_000, '123');
  assert.ok(first.args.includes('-XX:ArchiveClassesAtExit=/s/server-k.jsa.123.tmp'));
  assert.equal(first.adopt, undefined);
  // a recording younger than a minute may still be written by a server exiting right now: not yet
  const young = serverJvmPlan(17, files(['/s/server-k.jsa.9.tmp']), false, [5_000], 60_000, '124');
  assert.ok(young.args.some((a) => a.startsWith('-XX:ArchiveClassesAtExit=')));
  const later = serverJvmPlan(17, files(['/s/server-k.jsa.1.tmp', '/s/server-k.jsa.2.tmp']), false, [90_000, 70_000]);
  assert.deepEqual(later.adopt, { from: '/s/server-k.jsa.2.tmp', to: '/s/server-k.jsa' });
  assert.deepEqual(later.discard, ['/s/server-k.jsa.1.tmp']);
  assert.ok(later.args.includes('-XX:SharedArchiveFile=/s/server-k.jsa'));
  const mapped = serverJvmPlan(17, files(['/s/server-k.jsa.3.tmp']), true, [120_000]);
  assert.ok(mapped.args.includes('-XX:SharedArchiveFile=/s/server-k.jsa'));
  assert.deepEqual(mapped.discard, ['/s/server-k.jsa.3.tmp']);
});

test('JDK 25+: the first start trains an AOT cache into a private file, a later one adopts and maps it', () => {
  const aot = (recordings: string[] = []) => ({ archive: '/s/server-k.aot', recordings });
  const first = serverJvmPlan(25, aot(), false, [], 60_000, '7');
  assert.ok(first.args.includes('-XX:AOTCacheOutput=/s/server-k.aot.7.tmp'));
  assert.ok(first.args.includes('-XX:AOTConfiguration=/s/server-k.aot.7.tmp.config'));
  assert.ok(first.args.includes('-XX:-DisplayVMOutput') && first.args.includes('-XX:+UnlockDiagnosticVMOptions'));
  const later = serverJvmPlan(25, aot(['/s/server-k.aot.7.tmp']), false, [90_000]);
  assert.deepEqual(later.adopt, { from: '/s/server-k.aot.7.tmp', to: '/s/server-k.aot' });
  assert.ok(later.args.includes('-XX:AOTCache=/s/server-k.aot'));
  for (const plan of [first, later, serverJvmPlan(26, aot(), true, [])]) {
    // the JVM refuses an AOT cache together with -Xshare or a CDS archive
    assert.ok(!plan.args.some((a) => a.startsWith('-Xshare') || a.includes('SharedArchive')), plan.args.join(' '));
    assert.ok(plan.args.includes('-XX:+DisplayVMOutputToStderr'), 'stdout stays JSON-RPC');
    assert.ok(plan.args.includes('-XX:-AOTClassLinking'), 'a linked cache with LSP4J proxies crashes JDK 25.0.3');
  }
  assert.match(archivePath('/s', 'k', 25), /^\/s\/server-k\.aot$/);
});

test('every plan starts the JVM the way bin/migration-lsp lsp does: serial GC (G1 on JDK 17-18), C2 kept', () => {
  for (const [plan, gc] of [[serverJvmPlan(21, files(), false, []), '-XX:+UseSerialGC'],
    [serverJvmPlan(17, files(), false, [], 60_000, '1'), '-XX:+UseG1GC'], [serverJvmPlan(17, files(), true, []), '-XX:+UseG1GC'],
    [serverJvmPlan(18, files(), true, []), '-XX:+UseG1GC'],
    [serverJvmPlan(25, files(), false, [], 60_000, '1'), '-XX:+UseSerialGC']] as [ServerJvmPlan, string][]) {
    assert.ok(plan.args.includes(gc), plan.args.join(' '));
    assert.equal(plan.args.filter((a) => a.startsWith('-XX:+Use') && a.endsWith('GC')).length, 1, 'one GC');
    assert.ok(!plan.args.some((a) => a.startsWith('-XX:TieredStopAtLevel')));
  }
});

test('a new jar or JDK gets a new archive name', () => {
  const a = archiveKey(['/x/migration-lsp.jar', 1000, 1700000000, '/usr/bin/java', '17.0.15']);
  assert.equal(a, archiveKey(['/x/migration-lsp.jar', 1000, 1700000000, '/usr/bin/java', '17.0.15']));
  assert.notEqual(a, archiveKey(['/x/migration-lsp.jar', 1001, 1700000000, '/usr/bin/java', '17.0.15']));
  assert.notEqual(a, archiveKey(['/x/migration-lsp.jar', 1000, 1700000000, '/usr/bin/java', '21.0.2']));
  assert.match(archivePath('/s', a), /^\/s\/server-[0-9a-f]{8}\.jsa$/);
});
