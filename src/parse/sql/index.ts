/** The SQL reader: hand-written lexer, statement splitter and IMPORT INTO parser/validator. */
export type * from './ast.js';
export { parseSql } from './parse.js';
export { parseTableSchema } from './create-table.js';
export {
  validateImportInto,
  parseByteSize,
  KNOWN_IMPORT_OPTIONS,
  type ImportIntoProblem,
} from './validate-import-into.js';
export { tokenize, type Token, type TokenKind } from './lexer.js';
