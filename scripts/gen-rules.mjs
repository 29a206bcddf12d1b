// `npm run gen:rules`: rewrites README.md's rule table and the policy schema's rule-id enum from
// the rule registry (scripts/rule-catalog.ts). The registry is TypeScript, so it is bundled with
// esbuild into a temporary module first, as scripts/build.mjs does for the validators.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'tig-gen-rules-'));
try {
  const outfile = join(dir, 'rule-catalog.mjs');
  await build({ entryPoints: ['scripts/rule-catalog.ts'], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  const { generatedRuleFiles } = await import(pathToFileURL(outfile).href);
  const files = generatedRuleFiles((path) => readFileSync(path, 'utf8'));
  for (const [path, text] of Object.entries(files)) {
    if (readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    console.log(`gen:rules: wrote ${path}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
