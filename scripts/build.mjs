// Bundles the two shells into committed, dependency-free ESM files:
//   dist/index.js  the GitHub Action entry (action.yml runs it on node24)
//   dist/cli.js    the command line (package.json "bin"), which loads dist/cli-main.js
//   dist/etcd-client.cjs the etcd v3 client, which only `posture fetch` loads
// Deterministic output (no timestamps, no absolute paths) so CI can diff it against the commit.
import { build } from 'esbuild';
import { copyFileSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __tig_createRequire } from 'node:module';\nconst require = __tig_createRequire(import.meta.url);",
  },
};

// A schema's validator, generated afresh at every build with ajv's standalone code from the very
// module the source runs, then swapped in for the runtime validator: the bundles never compile a
// schema at start-up.
async function generatedValidator(entryPoint, exportName) {
  const dir = mkdtempSync(join(tmpdir(), 'tig-build-'));
  try {
    const generator = join(dir, 'generator.mjs');
    await build({ ...common, entryPoints: [entryPoint], outfile: generator });
    const generated = await import(pathToFileURL(generator).href);
    return generated[exportName]();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
// The policy's (swapped in for src/model/policy/validator.ts) and the posture snapshot's.
const validatorSource = await generatedValidator('src/model/policy/validator-code.ts', 'policyValidatorModule');
const snapshotValidatorSource = await generatedValidator('src/model/posture-live/snapshot-validator-code.ts', 'snapshotValidatorModule');
const precompiledValidator = {
  name: 'precompiled-policy-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]model[\\/]policy[\\/]validator\.ts$/ }, () => ({
      contents: validatorSource,
      loader: 'js',
      resolveDir: resolve('src/model/policy'),
    }));
    b.onLoad({ filter: /[\\/]src[\\/]model[\\/]posture-live[\\/]snapshot-validator\.ts$/ }, () => ({
      contents: snapshotValidatorSource,
      loader: 'js',
      resolveDir: resolve('src/model/posture-live'),
    }));
  },
};
// The etcd v3 client (etcd3 on @grpc/grpc-js, ~1 MB) is needed only by `posture fetch`: it goes
// to dist/etcd-client.cjs, loaded on first use, with the .proto files it reads at load time copied
// to dist/etcd-proto/ (its code looks for them next to itself).
const ETCD_CLIENT_FILE = 'etcd-client.cjs';
const lazyEtcdClient = {
  name: 'lazy-etcd-client',
  setup(b) {
    b.onResolve({ filter: /^etcd3$/ }, () => ({ path: `./${ETCD_CLIENT_FILE}`, external: true }));
  },
};
// Node's built-in modules are taken with `require` (the banner's) instead of `import`: importing one
// as an ES module makes node build its ES facade, which reads every export, lazy ones included, so
// `import { readFileSync } from 'node:fs'` also loads the file streams' module (about 15 ms of CPU
// at every start for node:fs alone). The same module objects either way.
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.namespace === 'builtin-require' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin-require' },
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
common.plugins = [precompiledValidator, lazyEtcdClient, builtinsByRequire];

mkdirSync('dist', { recursive: true });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
// The command line is two files: dist/cli.js is bin.ts alone (it answers --version and --help and
// supervises `check`), and loads dist/cli-main.js, the rest of the program, for everything else:
// a start-up that does not parse a megabyte of code it does not run.
const CLI_MAIN_FILE = 'cli-main.js';
await build({
  ...common,
  entryPoints: ['src/shells/cli/bin.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
  plugins: [
    ...common.plugins,
    {
      name: 'lazy-cli-main',
      setup(b) {
        b.onResolve({ filter: /^\.\/main\.js$/ }, (args) =>
          /[\\/]bin\.ts$/.test(args.importer) ? { path: `./${CLI_MAIN_FILE}`, external: true } : undefined,
        );
      },
    },
  ],
});
await build({ ...common, entryPoints: ['src/shells/cli/main.ts'], outfile: `dist/${CLI_MAIN_FILE}` });
const etcdRoot = dirname(fileURLToPath(import.meta.resolve('etcd3/package.json')));
await build({
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  entryPoints: [join(etcdRoot, 'lib/index.js')],
  outfile: `dist/${ETCD_CLIENT_FILE}`,
  plugins: [
    {
      name: 'etcd-proto-path',
      setup(b) {
        b.onLoad({ filter: /[\\/]etcd3[\\/]lib[\\/]connection-pool\.js$/ }, (args) => {
          const text = readFileSync(args.path, 'utf8');
          const from = '`${__dirname}/../proto/rpc.proto`';
          if (!text.includes(from)) throw new Error('etcd3: the .proto path moved; update scripts/build.mjs');
          return { contents: text.replace(from, '`${__dirname}/etcd-proto/rpc.proto`'), loader: 'js' };
        });
      },
    },
  ],
});
mkdirSync('dist/etcd-proto', { recursive: true });
for (const name of readdirSync(join(etcdRoot, 'proto'))
  .filter((n) => n.endsWith('.proto'))
  .sort()) {
  copyFileSync(join(etcdRoot, 'proto', name), join('dist/etcd-proto', name));
}
writeFileSync('dist/package.json', '{ "type": "module" }\n');

// esbuild escapes non-ASCII characters in strings and identifiers but leaves them in regular
// expression literals and comments. One such character makes node read the whole bundle as a
// two-byte string (twice the memory, and slower to decode and parse at every start), so they are
// escaped here as well. An identity escape in front of one (`\µ`) is dropped: `µ` and `\u00b5`
// mean the same in a string or a regular expression.
for (const file of ['dist/index.js', 'dist/cli.js', `dist/${CLI_MAIN_FILE}`]) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const escaped = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escaped;
  });
  if (ascii !== text) writeFileSync(file, ascii);
}
