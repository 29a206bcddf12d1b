/**
 * Rule documentation pages (docs/rules/<id>.md) shipped beside the bundle: `explain` prints them and
 * SARIF carries them as help. Looked up relative to this module, whether it runs from dist/ or src/.
 */
import { readFileSync } from 'node:fs';

const CANDIDATES = ['../docs/rules/', '../../docs/rules/'];

export function readRuleDoc(id: string): string | undefined {
  if (!/^[a-z-]+$/.test(id)) return undefined;
  for (const dir of CANDIDATES) {
    try {
      return readFileSync(new URL(`${dir}${id}.md`, import.meta.url), 'utf8');
    } catch {
      // try the next place
    }
  }
  return undefined;
}
