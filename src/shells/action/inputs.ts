/**
 * The action's inputs (docs/github/README.md: the names are a contract), parsed and checked once. Pure: the
 * shell passes a getter over `INPUT_*` (core.getInput). A bad value is an error message, which the
 * shell turns into a failed step with exit status 2 ("could not do its job").
 */
import type { FailOn } from '../../report/verdict.js';

export type { FailOn };
export type CommentMode = 'review' | 'summary' | 'none';
export type ScopeInput = 'changed' | 'all';

export interface ActionInputs {
  /** Repository-relative or absolute path of the policy; undefined means "discover it". */
  readonly policy?: string;
  /** Files, directories or globs to lint; empty means "the policy's scan globs". */
  readonly paths: readonly string[];
  /** Undefined means the default: `changed` on pull requests, `all` otherwise. */
  readonly scope?: ScopeInput;
  readonly failOn: FailOn;
  readonly comment: CommentMode;
  /** Where to write a SARIF file; undefined means "do not write one". */
  readonly sarif?: string;
  readonly token: string;
}

export type ParsedInputs = { readonly ok: true; readonly inputs: ActionInputs } | { readonly ok: false; readonly error: string };

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T | string {
  const lowered = value.toLowerCase();
  return (allowed as readonly string[]).includes(lowered)
    ? (lowered as T)
    : `Input \`${name}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}; got \`${value}\`.`;
}

/** `paths` may be one per line or comma-separated; blank entries and `#` comment lines are ignored. */
export function splitList(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseInputs(get: (name: string) => string): ParsedInputs {
  const value = (name: string): string => get(name).trim();
  const errors: string[] = [];
  const pick = <T extends string>(name: string, fallback: T, allowed: readonly T[]): T => {
    const raw = value(name);
    if (raw === '') return fallback;
    const parsed = oneOf(name, raw, allowed);
    if ((allowed as readonly string[]).includes(parsed)) return parsed as T;
    errors.push(parsed);
    return fallback;
  };
  const failOn = pick<FailOn>('fail-on', 'error', ['error', 'warning', 'notice', 'never']);
  const comment = pick<CommentMode>('comment', 'review', ['review', 'summary', 'none']);
  const scopeRaw = value('scope');
  const scope = scopeRaw === '' ? undefined : pick<ScopeInput>('scope', 'all', ['changed', 'all']);
  if (errors.length) return { ok: false, error: errors.join(' ') };
  const policy = value('policy');
  const sarif = value('sarif');
  return {
    ok: true,
    inputs: {
      ...(policy ? { policy } : {}),
      paths: splitList(get('paths')),
      ...(scope ? { scope } : {}),
      failOn,
      comment,
      ...(sarif ? { sarif } : {}),
      token: value('github-token'),
    },
  };
}
