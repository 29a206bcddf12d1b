#!/usr/bin/env node
import { createRequire as __tig_createRequire } from 'node:module';
const require = __tig_createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// builtin-require:node:module
var require_node_module = __commonJS({
  "builtin-require:node:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

// builtin-require:node:url
var require_node_url = __commonJS({
  "builtin-require:node:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

// builtin-require:node:fs
var require_node_fs = __commonJS({
  "builtin-require:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin-require:node:os
var require_node_os = __commonJS({
  "builtin-require:node:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin-require:node:path
var require_node_path = __commonJS({
  "builtin-require:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// src/shells/cli/bin.ts
var import_node_module = __toESM(require_node_module(), 1);
var import_node_url = __toESM(require_node_url(), 1);

// src/core/scrub-paths.ts
var ABSOLUTE_PATH = /(?<![\w:/.~-])\/(?:[^\s'"`(),:<>]+)|\b[A-Za-z]:\\[^\s'"`(),<>]*/g;
function scrubAbsolutePaths(text, known = []) {
  let out = text;
  for (const place of [...known].filter((k) => k.path.length > 1).sort((a, b) => b.path.length - a.path.length)) {
    out = out.split(place.path).join(place.as);
  }
  return out.replace(ABSOLUTE_PATH, "<path>");
}

// src/core/tool-version.ts
var TOOL_VERSION = "1.0.0";

// src/shells/cli/usage.ts
var USAGE = `Usage:
  tidb-import-guard check [PATH...] [options]   lint Lightning configs and SQL against the policy
  tidb-import-guard posture fetch|verify ...    read the clusters' real posture, compare the policy with it
  tidb-import-guard init [--posture FILE...]     write a draft policy from the repository (and snapshots)
  tidb-import-guard explain RULE-ID             show a rule's documentation
  tidb-import-guard rules                       list the rules
  tidb-import-guard --version | --help

Options of check:
  --policy FILE        the policy (default: .github/tidb-import-guard.yml, then tidb-import-guard.yml; .yaml too)
  --format FORMAT      text (default: grouped, with source excerpts), compact (one line each),
                       json, sarif, github (workflow annotations) or gitlab (Code Quality)
  --output FILE        write the report to FILE instead of standard output
  --fail-on LEVEL      error (default), warning, notice or never
  --base-policy FILE   the policy before the change (enables policy-weakened)
  --root DIR           the repository root (default: the git top level of the current directory)
  --quiet              report errors only
  --max-warnings N     also fail (exit 1) when more than N warnings remain
  --baseline FILE      findings recorded in FILE do not fail (default: the policy's baseline: key)
  --update-baseline    write the baseline from the current findings (whole repository only)
  --color, --no-color  colour the text output (default: on a terminal, unless NO_COLOR is set;
                       FORCE_COLOR forces it); rule ids link to their docs on terminals known to
                       support hyperlinks (FORCE_HYPERLINK=1/0 overrides)
  --changed-since REF  lint only the files changed since the merge base of REF and HEAD (needs git;
                       everything when the policy changed, and the base policy is compared)
  --stdin              lint standard input as if it were the file of --stdin-filename PATH

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the tool could not do its job.
`;
function quickAnswer(command) {
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    return { stdout: USAGE, code: command === void 0 ? 2 : 0 };
  }
  if (command === "--version" || command === "-v") return { stdout: `tidb-import-guard ${TOOL_VERSION}
`, code: 0 };
  return void 0;
}

// src/shells/cli/child-flags.ts
function childHeapFlags(execArgv, nodeOptions) {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)];
  const sized = given.some((f) => /^--(?:(?:max|min)[-_]semi[-_]space[-_]size|max[-_]heap[-_]size)\b/.test(f));
  const sizeOptimized = given.some((f) => /^--(?:no[-_])?optimize[-_]for[-_]size\b/.test(f));
  return [...sized ? [] : ["--max-semi-space-size=4"], ...sizeOptimized ? [] : ["--optimize-for-size"]];
}

// src/shells/cli/compile-cache.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var nodeModule = __toESM(require_node_module(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function privateCacheDirectory(base, uid) {
  const directory = (0, import_node_path.join)(base, uid === void 0 ? "tidb-import-guard-cache" : `tidb-import-guard-cache-${uid}`);
  try {
    const parent = (0, import_node_fs.statSync)(base);
    if (uid !== void 0 && (parent.mode & 18) !== 0 && (parent.mode & 512) === 0) return void 0;
  } catch {
    return void 0;
  }
  try {
    (0, import_node_fs.mkdirSync)(directory, { mode: 448 });
  } catch (error) {
    if (error.code !== "EEXIST") return void 0;
  }
  try {
    const stat = (0, import_node_fs.lstatSync)(directory);
    if (!stat.isDirectory()) return void 0;
    if (uid !== void 0 && (stat.uid !== uid || (stat.mode & 18) !== 0)) return void 0;
    return directory;
  } catch {
    return void 0;
  }
}
function enableCompileCache2(env) {
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== "function" || env["NODE_DISABLE_COMPILE_CACHE"]) return;
  try {
    const directory = privateCacheDirectory((0, import_node_os.tmpdir)(), typeof process.getuid === "function" ? process.getuid() : void 0);
    if (directory !== void 0) enable(directory);
  } catch {
  }
}

// src/shells/cli/bin.ts
var IN_CHILD_ENV = "TIDB_IMPORT_GUARD_NO_SUPERVISOR";
var V8_FATAL_REPORT = /^(?:<--- Last few GCs --->|<--- JS stacktrace --->|FATAL ERROR:|#\s*Fatal|----- Native stack trace -----)/;
var OUT_OF_MEMORY = "tidb-import-guard: out of memory: the check needed more memory than node allows it, so nothing was decided. Lint fewer files at once, exclude generated data from `scan`, or raise the limit with NODE_OPTIONS=--max-old-space-size=<MiB>.\n";
function knownPlaces() {
  const home = process.env["HOME"];
  return [{ path: process.cwd(), as: "." }, ...home ? [{ path: home, as: "~" }] : []];
}
function guardedWriter(stream) {
  let closed = false;
  stream.on("error", (error) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") closed = true;
    else closed = true;
  });
  return (text) => {
    if (closed || stream.destroyed) return;
    try {
      stream.write(text);
    } catch {
      closed = true;
    }
  };
}
async function runInProcess(argv2) {
  const stdout = guardedWriter(process.stdout);
  const stderr = guardedWriter(process.stderr);
  try {
    enableCompileCache2(process.env);
    const { main } = await import("./cli-main.js");
    process.exitCode = await main(argv2, {
      stdout,
      stderr,
      cwd: process.cwd(),
      env: process.env,
      isTTY: process.stdout.isTTY === true
    });
  } catch (error) {
    const debug = process.env["TIDB_IMPORT_GUARD_DEBUG"] === "1";
    const text = error instanceof Error ? debug ? error.stack ?? error.message : error.message : String(error);
    stderr(`tidb-import-guard: internal error: ${debug ? text : scrubAbsolutePaths(text, knownPlaces())}
`);
    if (!debug) stderr("(set TIDB_IMPORT_GUARD_DEBUG=1 for the stack trace)\n");
    process.exitCode = 2;
  }
}
function supervise(argv2) {
  const stderr = guardedWriter(process.stderr);
  const { spawn } = (0, import_node_module.createRequire)(import.meta.url)("node:child_process");
  const child = spawn(
    process.execPath,
    [...childHeapFlags(process.execArgv, process.env["NODE_OPTIONS"]), ...process.execArgv, (0, import_node_url.fileURLToPath)(import.meta.url), ...argv2],
    {
      stdio: ["inherit", "inherit", "pipe"],
      env: { ...process.env, [IN_CHILD_ENV]: "1" }
    }
  );
  let pending = "";
  let dropping = false;
  let blankLines = 0;
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    pending += chunk;
    let nl;
    while (!dropping && (nl = pending.indexOf("\n")) >= 0) {
      const line = pending.slice(0, nl + 1);
      pending = pending.slice(nl + 1);
      if (V8_FATAL_REPORT.test(line)) dropping = true;
      else if (line.trim() === "") blankLines++;
      else {
        stderr("\n".repeat(blankLines) + line);
        blankLines = 0;
      }
    }
    if (dropping) pending = "";
  });
  const forward = (signal) => {
    child.kill(signal);
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, forward);
  child.on("error", (error) => {
    stderr(`tidb-import-guard: cannot start the check: ${scrubAbsolutePaths(error.message, knownPlaces())}
`);
    process.exitCode = 2;
  });
  child.on("close", (code, signal) => {
    if (!dropping && pending && !V8_FATAL_REPORT.test(pending)) stderr(pending);
    for (const s of signals) process.off(s, forward);
    if (signal === "SIGABRT" || signal === "SIGKILL" || code === 134 || code === 137 || dropping && code !== 0 && code !== 1) {
      stderr(
        signal === "SIGKILL" || code === 137 ? `tidb-import-guard: the check was killed (SIGKILL), most likely by the system running out of memory; nothing was decided.
` : OUT_OF_MEMORY
      );
      process.exitCode = 2;
    } else if (signal) {
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 2;
  });
}
var argv = process.argv.slice(2);
var quick = quickAnswer(argv[0]);
if (quick) {
  guardedWriter(process.stdout)(quick.stdout);
  process.exitCode = quick.code;
} else if (argv[0] === "check" && process.env[IN_CHILD_ENV] === void 0) supervise(argv);
else await runInProcess(argv);
export {
  IN_CHILD_ENV
};
