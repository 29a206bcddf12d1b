// Bundles the two shells into committed, dependency-free ESM files:
//   dist/index.js  the GitHub Action entry (action.yml runs it on node24)
//   dist/cli.js    the command line (package.json "bin")
// Deterministic output (no timestamps, no absolute paths) so CI can diff it against the commit.
import { build } from 'esbuild';
import { writeFileSync, mkdirSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __tig_createRequire } from 'node:module';\nconst require = __tig_createRequire(import.meta.url);" },
};

mkdirSync('dist', { recursive: true });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
writeFileSync('dist/package.json', '{ "type": "module" }\n');
