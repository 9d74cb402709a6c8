// A small LSP client on vscode-languageserver-protocol (the library under VS Code's language client), enough for the
// scenario: it answers the server's requests the way an editor would (applyEdit on disk, showDocument recorded,
// showMessageRequest answered with the first action) and records every diagnostics publication.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';

export function uriOf(path) {
  return pathToFileURL(path).href;
}

function offsetAt(text, position) {
  let line = 0;
  let i = 0;
  while (line < position.line) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    i = nl + 1;
    line++;
  }
  return Math.min(i + position.character, text.length);
}

/** Applies LSP TextEdits (non-overlapping, any order) to a string. */
export function applyTextEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const e of sorted) {
    text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
  }
  return text;
}

export class LspTestClient {
  constructor(java, jar, cwd) {
    this.process = spawn(java, ['-jar', jar, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (d) => { this.stderr += d; });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.diagnostics = new Map(); // uri -> latest PublishDiagnosticsParams
    this.shownDocuments = [];
    this.messageRequests = [];
    this.headsNotifications = [];
    this.appliedEdits = [];
    /** open documents: uri -> {text, version} */
    this.open = new Map();
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => this.diagnostics.set(p.uri, p));
    this.connection.onNotification('migration-lsp/headsChanged', (p) => this.headsNotifications.push(p));
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.onNotification('window/showMessage', (p) => this.messageRequests.push({ notification: p }));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('workspace/configuration', (p) => p.items.map(() => null));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('window/showDocument', (p) => { this.shownDocuments.push(p); return { success: true }; });
    this.connection.onRequest('window/showMessageRequest', (p) => { this.messageRequests.push(p); return p.actions?.[0] ?? null; });
    this.connection.onRequest('workspace/applyEdit', (p) => { this.applyWorkspaceEdit(p.edit); this.appliedEdits.push(p); return { applied: true }; });
    this.connection.listen();
  }

  async initialize(rootDir, initializationOptions = {}) {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(rootDir),
      workspaceFolders: [{ uri: uriOf(rootDir), name: 'examples' }],
      initializationOptions,
      capabilities: {
        workspace: {
          applyEdit: true,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
          didChangeWatchedFiles: { dynamicRegistration: true },
          configuration: true,
          workspaceFolders: true,
          executeCommand: {},
        },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } },
            isPreferredSupport: true,
            resolveSupport: { properties: ['edit'] },
            dataSupport: true,
          },
        },
        window: { showDocument: { support: true }, showMessage: {}, workDoneProgress: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  didOpen(path, languageId) {
    const uri = uriOf(path);
    const text = readFileSync(path, 'utf8');
    this.open.set(uri, { text, version: 1 });
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Applies edits to an open document and sends them as one incremental didChange. */
  async changeOpen(uri, edits) {
    const doc = this.open.get(uri);
    doc.version++;
    doc.text = applyTextEdits(doc.text, edits);
    // send from last to first so every range refers to the text as the server has it at that point
    const sorted = [...edits].sort((a, b) => (b.range.start.line - a.range.start.line) || (b.range.start.character - a.range.start.character));
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    return doc.version;
  }

  /** What an editor does with a WorkspaceEdit: open documents change in the buffer (and are sent), others on disk. */
  applyWorkspaceEdit(edit) {
    const textEdits = [];
    for (const change of edit.documentChanges ?? []) {
      if (change.kind === 'create') {
        const path = fileURLToPath(change.uri);
        if (!existsSync(path) || change.options?.overwrite) {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, '');
        }
      } else if (change.kind) {
        throw new Error(`resource operation ${change.kind} not expected in this scenario`);
      } else {
        textEdits.push([change.textDocument.uri, change.edits]);
      }
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) textEdits.push([uri, edits]);
    for (const [uri, edits] of textEdits) {
      if (this.open.has(uri)) {
        void this.changeOpen(uri, edits);
      } else {
        const path = fileURLToPath(uri);
        writeFileSync(path, applyTextEdits(existsSync(path) ? readFileSync(path, 'utf8') : '', edits));
      }
    }
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  async shutdown() {
    const exited = new Promise((r) => this.process.once('exit', r));
    // unref'd timers: a bound on a hung server, not something that keeps the test process alive
    const timeout = (ms, fail) => new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error(fail)) : resolve()), ms).unref());
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), timeout(10000, 'shutdown timed out')]);
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    await Promise.race([exited, timeout(10000)]);
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
  }
}
