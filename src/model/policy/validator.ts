/**
 * The policy JSON Schema's validator. Compiled by ajv at run time here: this module is the source
 * of truth, and what runs from source and in the tests. The bundles (scripts/build.mjs) replace it
 * with the same validator generated at build time by ajv's standalone code
 * (validator-code.ts), which saves compiling the schema on every start.
 */
import AjvModule from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import schemaJson from '../../../policies/policy.schema.json' with { type: 'json' };

/** An ajv instance with the policy's options; `source` keeps generated code (standalone). */
export function policyAjv(source = false): InstanceType<typeof AjvModule.default> {
  const Ajv2020 = AjvModule.default;
  // strictRequired off: the `if` branch names `extends` without redefining it; union types are
  // intended (max_file_bytes is a number or a size string). No meta-schema at run time: checking
  // our own schema costs ~130 ms of start-up, and test/policy/schema.test.ts does it instead.
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    meta: false,
    validateSchema: false,
    ...(source ? { code: { source: true, esm: true } } : {}),
  });
  ajv.addVocabulary(['x-expected', 'x-conflict']);
  return ajv;
}

export const policySchemaJson: object = schemaJson;

let compiled: ValidateFunction | undefined;

export function policyValidator(): ValidateFunction {
  compiled ??= policyAjv().compile(schemaJson);
  return compiled;
}
