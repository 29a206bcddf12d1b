/** Generates the bundles' snapshot validator (scripts/build.mjs), as policy/validator-code.ts does for the policy. */
import standaloneModule from 'ajv/dist/standalone/index.js';
import { snapshotAjv, snapshotSchemaJson } from './snapshot-validator.js';

export function snapshotValidatorModule(): string {
  const ajv = snapshotAjv(true);
  const validate = ajv.compile(snapshotSchemaJson);
  const code = standaloneModule.default(ajv, validate);
  return `${code}\nexport function snapshotValidator() { return validate; }\n`;
}
