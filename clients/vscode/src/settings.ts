// Shapes the VS Code settings into the object the server reads: the same keys as the TOML configuration
// (docs/configuration.md). Only settings the user set explicitly are sent, so the repository's own .migration-lsp.toml /
// pyproject.toml stays in charge of everything the user did not override in the editor.

export const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;
export type SeverityName = (typeof SEVERITIES)[number];

/** VS Code setting (under `migrationLsp.`) → key path in the server configuration. */
export const SERVER_SETTING_KEYS: ReadonlyArray<[string, string[]]> = [
  ['alembicVersions', ['alembic-versions']],
  ['clickhouseMigrations', ['clickhouse-migrations']],
  ['defaultBranch', ['default-branch']],
  ['baseline', ['baseline']],
  ['diagnosticsDebounceMs', ['diagnostics-debounce-ms']],
  ['rules', ['rules']],
  ['clickhouse.mutableTables', ['clickhouse', 'mutable-tables']],
  ['clickhouse.rollupTables', ['clickhouse', 'rollup-tables']],
  ['checkAfter.alembic', ['check-after', 'alembic']],
  ['checkAfter.clickhouse', ['check-after', 'clickhouse']],
];

/** The section name the server's settings live under in `workspace/didChangeConfiguration` and `workspace/configuration`. */
export const SERVER_SECTION = 'migration-lsp';

/**
 * @param explicitValue returns the value the user set for a `migrationLsp.` setting (workspace folder, workspace or user
 *   level), or undefined when it is only the default.
 */
export function shapeServerSettings(explicitValue: (key: string) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, target] of SERVER_SETTING_KEYS) {
    const value = clean(key, explicitValue(key));
    if (value === undefined) continue;
    let node = out;
    for (const part of target.slice(0, -1)) {
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    node[target[target.length - 1]] = value;
  }
  return out;
}

function clean(key: string, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (key) {
    case 'rules': {
      if (typeof value !== 'object' || Array.isArray(value)) return undefined;
      const rules: Record<string, SeverityName> = {};
      for (const [code, severity] of Object.entries(value as Record<string, unknown>)) {
        if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) rules[code] = severity as SeverityName;
      }
      return Object.keys(rules).length ? rules : undefined;
    }
    case 'checkAfter.clickhouse':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
    case 'diagnosticsDebounceMs':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
    case 'clickhouse.mutableTables':
    case 'clickhouse.rollupTables':
      return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v.trim()).map((v: string) => v.trim()) : undefined;
    default:
      return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  }
}

/**
 * `workspace/didChangeConfiguration` params: `{settings: {"migration-lsp": {...}}}`; its `settings` member is what goes in
 * `initializationOptions`.
 */
export function configurationPayload(serverSettings: Record<string, unknown>): { settings: Record<string, unknown> } {
  return { settings: { [SERVER_SECTION]: serverSettings } };
}
