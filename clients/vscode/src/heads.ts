// The Alembic heads as the server reports them (`migration-lsp.heads` and `migration-lsp/headsChanged`), and how the
// status bar shows them.

export interface HeadInfo {
  revision: string;
  labels: string[];
  path?: string;
  description?: string;
  conflict: boolean;
}

export interface HeadsPayload {
  heads: HeadInfo[];
  conflict: boolean;
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
    });
  }
  const conflict = (value as { conflict?: unknown }).conflict === true || heads.some((h) => h.conflict);
  return { heads, conflict };
}

function headLabel(h: HeadInfo): string {
  return h.labels.length ? `${h.revision} (${h.labels.join(', ')})` : h.revision;
}

/** Branches (label sets) that have more than one conflicting head. */
export function conflictingBranches(payload: HeadsPayload): string[] {
  const byBranch = new Map<string, number>();
  for (const h of payload.heads.filter((x) => x.conflict)) {
    const key = h.labels.length ? h.labels.join(', ') : '(unlabelled)';
    byBranch.set(key, (byBranch.get(key) ?? 0) + 1);
  }
  return [...byBranch.keys()];
}

export function describeHeads(payload: HeadsPayload): HeadsStatus {
  if (payload.heads.length === 0) {
    return { text: '$(git-commit) Alembic: no heads', tooltip: 'No Alembic revisions found', warning: false };
  }
  const lines = payload.heads.map((h) => `${h.conflict ? '⚠ ' : ''}${headLabel(h)}${h.description ? ` — ${h.description}` : ''}`);
  if (payload.conflict) {
    const branches = conflictingBranches(payload);
    const n = payload.heads.filter((h) => h.conflict).length;
    return {
      text: `$(warning) Alembic: ${n} heads on ${branches.length ? branches.join(' / ') : 'one branch'}`,
      tooltip: 'A branch has more than one head: run "Migrations: Create Merge Revision".\n' + lines.join('\n'),
      warning: true,
    };
  }
  const label = payload.heads.length === 1 ? 'head' : 'heads';
  return {
    text: `$(git-commit) Alembic ${label}: ${payload.heads.map(headLabel).join(', ')}`,
    tooltip: 'Alembic heads (click for details)\n' + lines.join('\n'),
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
