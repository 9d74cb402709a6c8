// The Alembic heads as the server reports them (`migration-lsp.heads` and `migration-lsp/headsChanged`), and how the
// status bar shows them.

export interface HeadInfo {
  revision: string;
  labels: string[];
  path?: string;
  description?: string;
  conflict: boolean;
  /** The head's Alembic history and its folder, when the workspace folder has several histories. */
  history?: string;
  historyFolder?: string;
}

export interface HeadsPayload {
  heads: HeadInfo[];
  conflict: boolean;
  /** The workspace folder (URI) these heads belong to; servers before 2026-11 do not send it. */
  root?: string;
}

export interface HeadsStatus {
  text: string;
  tooltip: string;
  warning: boolean;
}

/** Accepts the payload defensively: a server of another version may send less. */
export function readHeadsPayload(value: unknown): HeadsPayload | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = (value as { heads?: unknown }).heads;
  if (!Array.isArray(raw)) return undefined;
  const heads: HeadInfo[] = [];
  for (const h of raw) {
    if (!h || typeof h !== 'object' || typeof (h as HeadInfo).revision !== 'string') continue;
    const r = h as Partial<HeadInfo>;
    heads.push({
      revision: r.revision as string,
      labels: Array.isArray(r.labels) ? r.labels.filter((l): l is string => typeof l === 'string') : [],
      path: typeof r.path === 'string' ? r.path : undefined,
      description: typeof r.description === 'string' ? r.description : undefined,
      conflict: r.conflict === true,
      ...(typeof r.history === 'string' ? { history: r.history } : {}),
      ...(typeof r.historyFolder === 'string' ? { historyFolder: r.historyFolder } : {}),
    });
  }
  const conflict = (value as { conflict?: unknown }).conflict === true || heads.some((h) => h.conflict);
  const root = (value as { root?: unknown }).root;
  return typeof root === 'string' ? { heads, conflict, root } : { heads, conflict };
}

function headLabel(h: HeadInfo): string {
  const rev = h.history ? `${h.history}: ${h.revision}` : h.revision;
  return h.labels.length ? `${rev} (${h.labels.join(', ')})` : rev;
}

/** " [history core in db/core]" for a head of one of several histories, else "". */
function historyText(h: HeadInfo): string {
  if (!h.history) return '';
  return ` [history ${h.history}${h.historyFolder ? ` in ${h.historyFolder}` : ''}]`;
}

/** The last segment of a folder URI, as VS Code names a workspace folder. */
export function folderName(root: string): string {
  const trimmed = root.replace(/\/+$/, '');
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Which folder's heads the status bar shows: the folder holding the active document (the longest root that contains
 * it), else the folder reported last. Payloads without a root (older servers) are one folder's.
 */
export function headsForDocument(byRoot: Map<string, HeadsPayload>, documentUri: string | undefined): HeadsPayload | undefined {
  let best: string | undefined;
  if (documentUri) {
    for (const root of byRoot.keys()) {
      const prefix = root.endsWith('/') ? root : `${root}/`;
      if (documentUri.startsWith(prefix) && (!best || root.length > best.length)) best = root;
    }
  }
  if (best !== undefined) return byRoot.get(best);
  return [...byRoot.values()].pop();
}

/** Branches (label sets, per history when there are several) that have more than one conflicting head. */
export function conflictingBranches(payload: HeadsPayload): string[] {
  const byBranch = new Map<string, number>();
  for (const h of payload.heads.filter((x) => x.conflict)) {
    const branch = h.labels.length ? h.labels.join(', ') : '(unlabelled)';
    const key = h.history ? `${h.history}${h.historyFolder ? ` (${h.historyFolder})` : ''}: ${branch}` : branch;
    byBranch.set(key, (byBranch.get(key) ?? 0) + 1);
  }
  return [...byBranch.keys()];
}

/** With `manyFolders`, the status names the workspace folder the heads belong to (the payload's `root`). */
export function describeHeads(payload: HeadsPayload, manyFolders = false): HeadsStatus {
  const where = manyFolders && payload.root ? ` (${folderName(payload.root)})` : '';
  const folderLine = payload.root ? `\nWorkspace folder: ${folderName(payload.root)}` : '';
  if (payload.heads.length === 0) {
    return { text: `$(git-commit) Alembic${where}: no heads`, tooltip: 'No Alembic revisions found' + folderLine, warning: false };
  }
  const lines = payload.heads.map(
    (h) => `${h.conflict ? '⚠ ' : ''}${headLabel(h)}${h.description ? ` — ${h.description}` : ''}${historyText(h)}`,
  );
  if (payload.conflict) {
    const branches = conflictingBranches(payload);
    const n = payload.heads.filter((h) => h.conflict).length;
    return {
      text: `$(warning) Alembic${where}: ${n} heads on ${branches.length ? branches.join(' / ') : 'one branch'}`,
      tooltip: 'A branch has more than one head: run "Migrations: Create Merge Revision".' + folderLine + '\n' + lines.join('\n'),
      warning: true,
    };
  }
  const label = payload.heads.length === 1 ? 'head' : 'heads';
  return {
    text: `$(git-commit) Alembic ${label}${where}: ${payload.heads.map(headLabel).join(', ')}`,
    tooltip: 'Alembic heads (click for details)' + folderLine + '\n' + lines.join('\n'),
    warning: false,
  };
}

/**
 * Where a new revision can go: one choice per head, named by its most specific branch label (labels are inherited, so
 * a head on a side branch carries the main label too; the label the other heads lack is the one that names it).
 * The choice sends the head's revision, which is unambiguous even when a branch has two heads.
 */
export function branchChoices(payload: HeadsPayload | undefined): { label: string; head: string; detail: string }[] {
  if (!payload) return [];
  return payload.heads.map((h) => {
    const others = payload.heads.filter((o) => o !== h);
    const specific = h.labels.filter((l) => !others.every((o) => o.labels.includes(l)) || others.length === 0);
    const name = specific.length ? specific[specific.length - 1] : h.labels[h.labels.length - 1];
    return {
      label: name ?? h.revision,
      head: h.revision,
      detail: `head ${h.revision}${h.description ? ` — ${h.description}` : ''}${h.conflict ? ' (this branch has several heads)' : ''}`,
    };
  });
}
