// What the create commands ask the user, and the argument they send to `migration-lsp.create`.

export type Target = 'postgres' | 'clickhouse';

export interface KindChoice {
  label: string;
  description: string;
  kind?: string;
  /** whether a table name is asked for after this choice */
  needsTable: boolean;
}

export const POSTGRES_KINDS: KindChoice[] = [
  { label: 'Schema change', description: 'empty upgrade() / downgrade() to fill in', needsTable: false },
  { label: 'New table', description: 'op.create_table with id, org_id, created_at, updated_at', needsTable: true },
];

export const CLICKHOUSE_KINDS: KindChoice[] = [
  { label: 'Entity table', description: 'ReplacingMergeTree with a version column, org_id first in ORDER BY', kind: 'table', needsTable: true },
  { label: 'Daily rollup', description: 'AggregatingMergeTree rollup and its MATERIALIZED VIEW', kind: 'rollup', needsTable: true },
  { label: 'Alter', description: 'ALTER TABLE ... ADD COLUMN IF NOT EXISTS', kind: 'alter', needsTable: true },
  { label: 'Data migration', description: 'NNN_description.py with upgrade(client)', kind: 'data', needsTable: false },
];

export const MAX_DESCRIPTION_LENGTH = 100;

/** The input box's validation: undefined when fine, else the message shown under the box. */
export function validateDescription(value: string): string | undefined {
  const text = value.trim();
  if (!text) return 'Describe the change, e.g. "add locale to users".';
  if (text.length > MAX_DESCRIPTION_LENGTH) return `Keep it under ${MAX_DESCRIPTION_LENGTH} characters (${text.length} now).`;
  // eslint-disable-next-line no-control-regex -- finding control characters is the point of this check
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'Use a single line without control characters.';
  if (/["\\`]/.test(text)) return 'Leave out quotes, backslashes and backticks: the description goes into the file name and docstring.';
  if (!/[A-Za-z0-9]/.test(text)) return 'Use at least one letter or digit.';
  return undefined;
}

export function validateTableName(value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined; // optional
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) return 'A table name is letters, digits and underscores, not starting with a digit.';
  if (text.length > 63) return 'PostgreSQL and ClickHouse names are at most 63 characters here.';
  return undefined;
}

export interface CreateArgument {
  target: Target;
  description: string;
  kind?: string;
  table?: string;
  branch?: string;
  head?: string;
}

export function createArgument(target: Target, description: string, choice?: KindChoice, table?: string, head?: string): CreateArgument {
  const arg: CreateArgument = { target, description: description.trim() };
  if (choice?.kind) arg.kind = choice.kind;
  if (table && table.trim()) arg.table = table.trim();
  if (head) arg.head = head;
  return arg;
}

export interface CreateResult {
  uri?: string;
  path?: string;
  revision?: string;
  downRevision?: string;
  number?: string | number;
}
