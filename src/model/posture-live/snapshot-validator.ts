/**
 * The snapshot JSON Schema's validator (policies/posture-snapshot.schema.json). Compiled by ajv at
 * run time here, as src/model/policy/validator.ts does for the policy; the bundles swap in the same
 * validator generated at build time (snapshot-validator-code.ts, scripts/build.mjs).
 */
import AjvModule from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import schemaJson from '../../../policies/posture-snapshot.schema.json' with { type: 'json' };

export function snapshotAjv(source = false): InstanceType<typeof AjvModule.default> {
  const Ajv2020 = AjvModule.default;
  return new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    meta: false,
    validateSchema: false,
    ...(source ? { code: { source: true, esm: true } } : {}),
  });
}

export const snapshotSchemaJson: object = schemaJson;

let compiled: ValidateFunction | undefined;

export function snapshotValidator(): ValidateFunction {
  compiled ??= snapshotAjv().compile(schemaJson);
  return compiled;
}
