// The server's code lenses name VS Code's `editor.action.showReferences` with JSON arguments (uri string, LSP
// position, LSP locations); VS Code's command wants Uri, Position and Location objects, so the client converts them.

export interface ReferenceConverters<U, P, L> {
  uri(value: string): U;
  position(value: { line: number; character: number }): P;
  location(value: { uri: string; range: unknown }): L;
}

export const SHOW_REFERENCES = 'editor.action.showReferences';

function isPosition(v: unknown): v is { line: number; character: number } {
  return !!v && typeof (v as { line?: unknown }).line === 'number' && typeof (v as { character?: unknown }).character === 'number';
}

function isLocation(v: unknown): v is { uri: string; range: unknown } {
  return !!v && typeof (v as { uri?: unknown }).uri === 'string' && typeof (v as { range?: unknown }).range === 'object';
}

/** The converted arguments, or undefined when they are not the JSON shape (e.g. already converted, or another server). */
export function convertShowReferencesArguments<U, P, L>(args: unknown[] | undefined, to: ReferenceConverters<U, P, L>): [U, P, L[]] | undefined {
  if (!args || args.length !== 3) return undefined;
  const [uri, position, locations] = args;
  if (typeof uri !== 'string' || !isPosition(position) || !Array.isArray(locations) || !locations.every(isLocation)) return undefined;
  return [to.uri(uri), to.position(position), locations.map((l) => to.location(l))];
}
