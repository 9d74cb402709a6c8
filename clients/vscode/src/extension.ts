import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { findJava, javaCandidates, JavaIo, JavaLookup } from './java';
import { archiveKey, archivePath, serverJvmPlan } from './startup';
import { configurationPayload, SERVER_SECTION, shapeServerSettings } from './settings';
import { branchChoices, describeHeads, HeadsPayload, headsForDocument, readHeadsPayload } from './heads';
import { convertShowReferencesArguments, SHOW_REFERENCES } from './lenses';
import {
  CLICKHOUSE_KINDS, createArgument, CreateResult, KindChoice, POSTGRES_KINDS, Target, validateDescription, validateTableName,
} from './create';

const CLIENT_ID = 'migrationLsp';
const HEADS_NOTIFICATION = 'migration-lsp/headsChanged';

const javaIo: JavaIo = {
  isFile: async (p) => {
    try {
      return (await fs.promises.stat(p)).isFile();
    } catch {
      return false;
    }
  },
  versionOutput: (exe) => new Promise((resolve, reject) => {
    cp.execFile(exe, ['-version'], { timeout: 15000, windowsHide: true }, (err, stdout, stderr) => {
      if (err) reject(err);
      else resolve(`${stderr}\n${stdout}`);
    });
  }),
};

/** Reads `migrationLsp.<key>` only when the user set it (folder, workspace or user level), not its default. */
function explicitSetting(key: string): unknown {
  const scope = vscode.workspace.workspaceFolders?.[0]?.uri;
  const info = vscode.workspace.getConfiguration(CLIENT_ID, scope).inspect(key);
  return info?.workspaceFolderValue ?? info?.workspaceValue ?? info?.globalValue;
}

function serverSettings(): Record<string, unknown> {
  return shapeServerSettings(explicitSetting);
}

class MigrationLspController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private heads: HeadsPayload | undefined;
  /** The last heads of each workspace folder (key: the payload's root; '' for a server that names none). */
  private readonly headsByRoot = new Map<string, HeadsPayload>();
  private readonly statusItem: vscode.StatusBarItem;
  private starting: Promise<LanguageClient | undefined> | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {
    this.statusItem = vscode.window.createStatusBarItem('migrationLsp.heads', vscode.StatusBarAlignment.Left, 10);
    this.statusItem.name = 'Alembic heads';
    this.statusItem.command = 'migrationLsp.showHeads';
    // in a multi-root workspace the status bar follows the active editor's folder
    context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.refreshStatus()));
  }

  log(message: string): void {
    this.output.appendLine(`[client ${new Date().toISOString()}] ${message}`);
  }

  /** The class-data archive and serial GC of startup.ts, kept in the extension's storage; none if that fails. */
  private startupArgs(jar: string, java: { executable: string; major: number; versionText: string }): string[] {
    try {
      const dir = this.context.globalStorageUri.fsPath;
      fs.mkdirSync(dir, { recursive: true });
      const st = fs.statSync(jar);
      const archive = archivePath(dir, archiveKey([jar, st.size, st.mtimeMs, java.executable, java.versionText]), java.major);
      const prefix = path.basename(archive) + '.';
      const recordings = fs.readdirSync(dir).filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))
        .map((n) => ({ file: path.join(dir, n), mtime: fs.statSync(path.join(dir, n)).mtimeMs }))
        .sort((a, b) => a.mtime - b.mtime);
      const now = Date.now();
      const plan = serverJvmPlan(java.major, { archive, recordings: recordings.map((r) => r.file) }, fs.existsSync(archive),
        recordings.map((r) => now - r.mtime));
      if (plan.adopt) fs.renameSync(plan.adopt.from, plan.adopt.to);
      for (const f of plan.discard) fs.rmSync(f, { force: true });
      this.log(`Server JVM options: ${plan.args.join(' ')}`);
      return plan.args;
    } catch (e) {
      this.log(`Starting without a class-data archive: ${e}`);
      return [];
    }
  }

  /** Starts the server once; concurrent callers share the attempt. Resolves undefined when it cannot start. */
  ensureStarted(): Promise<LanguageClient | undefined> {
    if (this.client && this.client.state === State.Running) return Promise.resolve(this.client);
    this.starting ??= this.start().finally(() => { this.starting = undefined; });
    return this.starting;
  }

  private async start(): Promise<LanguageClient | undefined> {
    const config = vscode.workspace.getConfiguration(CLIENT_ID);
    const jar = config.get<string>('server.jar')?.trim() || this.context.asAbsolutePath(path.join('server', 'migration-lsp.jar'));
    if (!fs.existsSync(jar)) {
      this.reportStartProblem(`The server jar is missing: ${jar}. Reinstall the extension or set "migrationLsp.server.jar".`);
      return undefined;
    }
    const java: JavaLookup = await findJava(javaCandidates(config.get<string>('java.home'), process.env, process.platform), javaIo);
    for (const probe of java.probes) {
      if (probe.problem) this.log(`Java candidate from ${probe.candidate.source} skipped: ${probe.problem}`);
    }
    if (!java.ok) {
      this.reportStartProblem(java.message);
      return undefined;
    }
    this.log(`Using Java ${java.versionText} from ${java.source}: ${java.executable}`);
    const vmArgs = (config.get<string[]>('java.vmArgs') ?? []).filter((a) => typeof a === 'string' && a.trim());
    const serverOptions: ServerOptions = {
      command: java.executable,
      // the user's vmArgs come after ours: the JVM takes the last of repeated options
      args: [...this.startupArgs(jar, java), ...vmArgs, '-jar', jar, 'lsp', '--stdio'],
      options: { cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath },
    };
    const clientRef: { client?: LanguageClient } = {};
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'python' },
        { scheme: 'file', language: 'sql' },
        { scheme: 'file', pattern: '**/{pyproject.toml,.migration-lsp.toml}' },
      ],
      outputChannel: this.output,
      initializationOptions: configurationPayload(serverSettings()).settings,
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.py,*.sql,alembic.ini,pyproject.toml,.migration-lsp.toml}'),
      },
      middleware: {
        provideCodeLenses: async (document, token, next) => {
          const lenses = await next(document, token);
          const converter = clientRef.client?.protocol2CodeConverter;
          for (const lens of lenses ?? []) {
            if (lens.command?.command !== SHOW_REFERENCES || !converter) continue;
            const args = convertShowReferencesArguments(lens.command.arguments, {
              uri: (u) => converter.asUri(u),
              position: (p) => converter.asPosition(p),
              location: (l) => converter.asLocation(l as Parameters<typeof converter.asLocation>[0]),
            });
            if (args) lens.command.arguments = args;
          }
          return lenses;
        },
        workspace: {
          // answer `workspace/configuration` for our section with the shaped settings (server keys, explicit values only)
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) return answers;
            return params.items.map((item, i) => (item.section === SERVER_SECTION ? serverSettings() : answers[i]));
          },
        },
      },
    };
    const client = new LanguageClient(CLIENT_ID, 'Migration LSP', serverOptions, clientOptions);
    clientRef.client = client;
    client.onNotification(HEADS_NOTIFICATION, (payload: unknown) => this.showHeads(readHeadsPayload(payload)));
    try {
      await client.start();
    } catch (e) {
      this.reportStartProblem(`The migration-lsp server did not start: ${(e as Error).message}`);
      await client.dispose().catch(() => undefined);
      return undefined;
    }
    this.client = client;
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped) this.statusItem.hide();
    });
    // the notification may have come before we listened, or the server may not send it: ask once
    void this.fetchHeads().then((h) => { if (h) this.showHeads(h); });
    return client;
  }

  private reportStartProblem(message: string): void {
    this.log(message);
    void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output').then((choice) => {
      if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'migrationLsp.java');
      if (choice === 'Show Output') this.output.show();
    });
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.headsByRoot.clear();
    this.statusItem.hide();
    if (client) {
      await client.stop().catch((e) => this.log(`stop failed: ${(e as Error).message}`));
    }
  }

  async restart(): Promise<void> {
    this.log('Restarting the server');
    await this.stop();
    const client = await this.ensureStarted();
    if (client) void vscode.window.setStatusBarMessage('Migration LSP: server restarted', 3000);
  }

  sendConfiguration(): void {
    if (this.client?.state === State.Running) {
      void this.client.sendNotification(DidChangeConfigurationNotification.type, configurationPayload(serverSettings()));
    }
  }

  async execute<T>(command: string, argument?: unknown): Promise<T | undefined> {
    const client = await this.ensureStarted();
    if (!client) return undefined;
    // in a multi-root workspace the server runs the command in the folder of the active document
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active?.scheme === 'file' && (argument === undefined || (typeof argument === 'object' && argument !== null && !Array.isArray(argument)))) {
      argument = { uri: active.toString(), ...(argument as object | undefined) };
    }
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: argument === undefined ? [] : [argument] }) as Promise<T>;
  }

  async fetchHeads(): Promise<HeadsPayload | undefined> {
    try {
      return readHeadsPayload(await this.execute<unknown>('migration-lsp.heads'));
    } catch (e) {
      this.log(`migration-lsp.heads failed: ${(e as Error).message}`);
      return undefined;
    }
  }

  private showHeads(payload: HeadsPayload | undefined): void {
    if (!payload) return;
    const key = payload.root ?? '';
    this.headsByRoot.delete(key); // re-inserted last: the most recent report
    this.headsByRoot.set(key, payload);
    this.refreshStatus();
  }

  private refreshStatus(): void {
    const active = vscode.window.activeTextEditor?.document.uri;
    const payload = headsForDocument(this.headsByRoot, active?.scheme === 'file' ? active.toString() : undefined);
    if (!payload || this.client === undefined) return;
    this.heads = payload;
    const status = describeHeads(payload, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    this.statusItem.text = status.text;
    this.statusItem.tooltip = status.tooltip;
    this.statusItem.backgroundColor = status.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.statusItem.show();
  }

  latestHeads(): HeadsPayload | undefined {
    return this.heads;
  }

  dispose(): void {
    this.statusItem.dispose();
    void this.stop();
  }
}

function workspaceRoot(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

async function openResult(result: CreateResult | undefined): Promise<void> {
  if (!result) return;
  let uri: vscode.Uri | undefined;
  if (result.uri) uri = vscode.Uri.parse(result.uri);
  else if (result.path) {
    const root = workspaceRoot();
    uri = path.isAbsolute(result.path) || !root ? vscode.Uri.file(result.path) : vscode.Uri.joinPath(root, result.path);
  }
  if (uri) await vscode.window.showTextDocument(uri, { preview: false });
  const parts = [result.path ?? uri?.fsPath];
  if (result.revision) parts.push(`revision ${result.revision}`);
  if (result.downRevision) parts.push(`revises ${result.downRevision}`);
  void vscode.window.setStatusBarMessage(`Migration created: ${parts.filter(Boolean).join(', ')}`, 5000);
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function createMigration(controller: MigrationLspController, target: Target): Promise<void> {
  const what = target === 'postgres' ? 'PostgreSQL (Alembic)' : 'ClickHouse';
  const steps = target === 'postgres' ? 3 : 2;
  const kinds = target === 'postgres' ? POSTGRES_KINDS : CLICKHOUSE_KINDS;
  const choice = await vscode.window.showQuickPick(
    kinds.map((k) => ({ label: k.label, description: k.description, choice: k })),
    { title: `New ${what} migration (1/${steps}): kind`, placeHolder: 'What does the migration do?', ignoreFocusOut: true },
  );
  if (!choice) return;
  let table: string | undefined;
  if (choice.choice.needsTable) {
    table = await vscode.window.showInputBox({
      title: `New ${what} migration: table`,
      prompt: 'Table name',
      placeHolder: 'e.g. user_preferences',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? validateTableName(v) : 'Enter the table name.'),
    });
    if (table === undefined) return;
  }
  let head: string | undefined;
  if (target === 'postgres') {
    const heads = controller.latestHeads() ?? (await controller.fetchHeads());
    const branches = branchChoices(heads);
    if (branches.length > 1) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: 'Default branch', description: 'default-branch from the configuration (asks when there is none)', head: undefined as string | undefined },
          ...branches.map((b) => ({ label: b.label, description: b.detail, head: b.head as string | undefined })),
        ],
        { title: `New ${what} migration (2/${steps}): branch`, placeHolder: 'Which branch does the revision extend?', ignoreFocusOut: true },
      );
      if (!picked) return;
      head = picked.head;
    }
  }
  const description = await vscode.window.showInputBox({
    title: `New ${what} migration (${steps}/${steps}): description`,
    prompt: 'Describe the change (it becomes the file name slug and the docstring)',
    placeHolder: 'e.g. add locale to users',
    ignoreFocusOut: true,
    validateInput: validateDescription,
  });
  if (description === undefined) return;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `Creating ${what} migration` },
      () => controller.execute<CreateResult>('migration-lsp.create', createArgument(target, description, choice.choice as KindChoice, table, head)),
    );
    await openResult(result);
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not create the migration: ${errorMessage(e)}`);
  }
}

async function createMerge(controller: MigrationLspController): Promise<void> {
  const heads = await controller.fetchHeads();
  const conflicted = [...new Set((heads?.heads ?? []).filter((h) => h.conflict).map((h) => h.labels[0]).filter((l): l is string => !!l))];
  if (heads && !heads.conflict) {
    void vscode.window.showInformationMessage('No branch has more than one Alembic head: there is nothing to merge.');
    return;
  }
  let branch: string | undefined;
  if (conflicted.length > 1) {
    const picked = await vscode.window.showQuickPick(conflicted, { title: 'Merge the heads of which branch?', ignoreFocusOut: true });
    if (!picked) return;
    branch = picked;
  } else if (conflicted.length === 1) {
    branch = conflicted[0];
  }
  try {
    const result = await controller.execute<CreateResult>('migration-lsp.createMerge', branch ? { branch } : {});
    await openResult(result);
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not create the merge revision: ${errorMessage(e)}`);
  }
}

function graphHtml(svg: string, mermaid: string): string {
  // the SVG goes in as an image: no script in it could run, and the CSP allows nothing else
  const data = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  const escaped = mermaid.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline';">
<style>body{background:#fff;color:#000;font-family:sans-serif} img{max-width:100%} pre{white-space:pre-wrap;font-size:12px}</style>
</head><body><h3>Alembic history</h3><img alt="Alembic revision graph" src="${data}">
<details><summary>Mermaid source</summary><pre>${escaped}</pre></details></body></html>`;
}

async function showGraph(controller: MigrationLspController): Promise<void> {
  let result: { svg?: string; mermaid?: string } | undefined;
  try {
    result = await controller.execute<{ svg?: string; mermaid?: string }>('migration-lsp.graph', {});
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not draw the history graph: ${errorMessage(e)}`);
    return;
  }
  if (!result?.svg) {
    void vscode.window.showWarningMessage('The migration-lsp server returned no history graph.');
    return;
  }
  const panel = vscode.window.createWebviewPanel('migrationLsp.graph', 'Alembic History', vscode.ViewColumn.Beside, { enableScripts: false });
  panel.webview.html = graphHtml(result.svg, result.mermaid ?? '');
}

async function showHeads(controller: MigrationLspController): Promise<void> {
  const heads = await controller.fetchHeads();
  if (!heads) {
    void vscode.window.showWarningMessage('The migration-lsp server did not report any heads (see the "Migration LSP" output).');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    heads.heads.map((h) => ({
      label: `${h.conflict ? '$(warning) ' : '$(git-commit) '}${h.history ? `${h.history}: ` : ''}${h.revision}`,
      description: [h.labels.join(', '), h.historyFolder].filter(Boolean).join(' — '),
      detail: [h.description, h.path].filter(Boolean).join(' — '),
      head: h,
    })),
    { title: heads.conflict ? 'Alembic heads — a branch has more than one head' : 'Alembic heads', placeHolder: 'Open a head revision' },
  );
  const root = heads.root ? vscode.Uri.parse(heads.root) : workspaceRoot();
  if (picked?.head.path) {
    const uri = path.isAbsolute(picked.head.path) || !root ? vscode.Uri.file(picked.head.path) : vscode.Uri.joinPath(root, picked.head.path);
    await vscode.window.showTextDocument(uri);
  }
}

async function acceptFindings(controller: MigrationLspController): Promise<void> {
  const confirm = 'Accept';
  const choice = await vscode.window.showWarningMessage(
    'Record every current finding in the baseline? They stop being shown; new problems still are.',
    { modal: true },
    confirm,
  );
  if (choice !== confirm) return;
  try {
    const result = await controller.execute<{ path?: string; findings?: number }>('migration-lsp.acceptFindings');
    void vscode.window.showInformationMessage(`Accepted ${result?.findings ?? 0} findings in ${result?.path ?? 'the baseline'}.`);
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not accept the findings: ${errorMessage(e)}`);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Migration LSP');
  const controller = new MigrationLspController(context, output);
  context.subscriptions.push(
    output,
    controller,
    vscode.commands.registerCommand('migrationLsp.createPostgres', () => createMigration(controller, 'postgres')),
    vscode.commands.registerCommand('migrationLsp.createClickHouse', () => createMigration(controller, 'clickhouse')),
    vscode.commands.registerCommand('migrationLsp.createMerge', () => createMerge(controller)),
    vscode.commands.registerCommand('migrationLsp.showHeads', () => showHeads(controller)),
    vscode.commands.registerCommand('migrationLsp.showGraph', () => showGraph(controller)),
    vscode.commands.registerCommand('migrationLsp.acceptFindings', () => acceptFindings(controller)),
    vscode.commands.registerCommand('migrationLsp.restartServer', () => controller.restart()),
    vscode.commands.registerCommand('migrationLsp.showOutput', () => output.show()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(CLIENT_ID)) return;
      if (e.affectsConfiguration(`${CLIENT_ID}.java`) || e.affectsConfiguration(`${CLIENT_ID}.server`)) {
        void vscode.window.showInformationMessage('Migration LSP: restart the server to use the new Java settings.', 'Restart').then((c) => {
          if (c === 'Restart') void controller.restart();
        });
      } else {
        controller.sendConfiguration();
      }
    }),
  );
  await controller.ensureStarted();
}

export function deactivate(): void {
  // the controller is disposed through context.subscriptions
}
