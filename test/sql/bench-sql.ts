/**
 * Throughput of parseSql on a generated 30 MB migration file (not a test; run by hand):
 *   npx esbuild test/sql/bench-sql.ts --bundle --platform=node --format=esm --outfile=/tmp/bench-sql.mjs && node /tmp/bench-sql.mjs
 */
import { parseSql } from '../../src/parse/sql/parse.js';
import { validateImportInto } from '../../src/parse/sql/validate-import-into.js';

function generate(targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  // A fixed linear congruential sequence keeps the file identical from run to run.
  let seed = 42;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  while (size < targetBytes) {
    n++;
    let chunk: string;
    switch ((next() >>> 16) % 8) {
      case 0:
        chunk = `-- migration ${n}: add table\nCREATE TABLE IF NOT EXISTS \`app\`.\`t_${n}\` (\n  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  name VARCHAR(255) NOT NULL DEFAULT '',\n  note TEXT COMMENT 'it''s a note; with a semicolon',\n  created_at DATETIME DEFAULT CURRENT_TIMESTAMP\n) ENGINE=InnoDB /*!40101 DEFAULT CHARSET=utf8mb4 */;\n`;
        break;
      case 1:
      case 2:
      case 3: {
        const rows: string[] = [];
        for (let r = 0; r < 20; r++) rows.push(`(${n * 100 + r}, 'name ${r} \\'quoted\\'', "x;y", ${next() % 1000}.5, NULL)`);
        chunk = `INSERT INTO orders (id, name, tag, amount, deleted_at) VALUES\n  ${rows.join(',\n  ')};\n`;
        break;
      }
      case 4:
        chunk = `ALTER TABLE t_${n % 97} ADD COLUMN c_${n} INT NULL, ADD INDEX idx_${n} (c_${n}); # index for lookups\n`;
        break;
      case 5:
        chunk = `/* data fix ${n} */\nUPDATE accounts SET balance = balance - 1 WHERE id = ${n} AND status IN ('a', 'b');\nDELETE FROM sessions WHERE expires_at < NOW() - INTERVAL 7 DAY;\n`;
        break;
      case 6:
        chunk = `SELECT a.id, b.name FROM a JOIN b ON a.id = b.a_id WHERE a.x LIKE '%;%' -- trailing comment\n  AND b.y = "--not a comment";\n`;
        break;
      default:
        chunk =
          n % 50 === 0
            ? `USE app;\nIMPORT INTO app.t_${n} (id, name, @v) SET note = UPPER(@v) FROM 's3://bucket/data/t_${n}.*.csv' WITH thread=4, skip_rows=1, detached;\n`
            : `SET @@session.sql_mode = 'STRICT_TRANS_TABLES';\nBEGIN;\nINSERT INTO audit VALUES (${n}, 'ok');\nCOMMIT;\n`;
    }
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('');
}

const text = generate(30 * 1024 * 1024);
const mb = text.length / (1024 * 1024);
const runs: number[] = [];
let statements = 0;
let imports = 0;
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  const doc = parseSql(text);
  for (const s of doc.statements) if (s.kind === 'import-into') validateImportInto(s);
  runs.push(performance.now() - started);
  statements = doc.statements.length;
  imports = doc.statements.filter((s) => s.kind === 'import-into').length;
}
const best = Math.min(...runs);
const median = [...runs].sort((a, b) => a - b)[2] as number;
console.log(`${mb.toFixed(1)} MB, ${statements} statements, ${imports} IMPORT INTO`);
console.log(
  `best ${best.toFixed(0)} ms (${(mb / (best / 1000)).toFixed(0)} MB/s), median ${median.toFixed(0)} ms (${(mb / (median / 1000)).toFixed(0)} MB/s)`,
);
