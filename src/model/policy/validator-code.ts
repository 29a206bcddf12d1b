/**
 * Generates the bundles' policy validator (scripts/build.mjs, at every build): ajv's standalone
 * code for exactly the validator validator.ts compiles, as an ES module with the same
 * `policyValidator` export. The generated code requires ajv's small run-time helpers, which the
 * bundler inlines.
 */
import standaloneModule from 'ajv/dist/standalone/index.js';
import { policyAjv, policySchemaJson } from './validator.js';

export function policyValidatorModule(): string {
  const ajv = policyAjv(true);
  const validate = ajv.compile(policySchemaJson);
  const code = standaloneModule.default(ajv, validate);
  return `${code}\nexport function policyValidator() { return validate; }\n`;
}
