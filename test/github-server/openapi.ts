/**
 * Checks requests against GitHub's published OpenAPI description (the `@octokit/openapi`
 * package's api.github.com.json): the method and path must match an operation, query parameters
 * must be declared by it and fit their schemas, and a JSON body must validate against the
 * operation's requestBody schema (ajv, strict: false for the OpenAPI-only keywords).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly schema?: object;
  readonly 'x-multi-segment'?: boolean;
  readonly $ref?: string;
}
interface Operation {
  readonly operationId: string;
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly required?: boolean; readonly content?: Record<string, { readonly schema?: object }> };
}
interface OpenApi {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly parameters: Record<string, Parameter> };
}

export interface MatchedOperation {
  readonly operationId: string;
  readonly template: string;
  readonly params: Readonly<Record<string, string>>;
}

export interface OpenApiValidator {
  /** The operation for a method and path, or undefined for a route GitHub does not have. */
  match(method: string, pathname: string): MatchedOperation | undefined;
  /** Problems with the query and body of a matched request (empty when valid). */
  validate(method: string, match: MatchedOperation, query: URLSearchParams, body: unknown): string[];
}

interface Route {
  readonly method: string;
  readonly template: string;
  readonly segments: readonly string[];
  readonly operation: Operation;
  readonly literalCount: number;
}

const REF_PREFIX = '#/components/';

/** Rewrites local refs so they resolve against the components registered under `gh`. */
function rebase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebase);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = key === '$ref' && typeof inner === 'string' && inner.startsWith(REF_PREFIX) ? `gh${inner}` : rebase(inner);
    }
    return out;
  }
  return value;
}

let cached: OpenApiValidator | undefined;

export function loadOpenApiValidator(): OpenApiValidator {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApi;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes: false });
  ajv.addSchema({ $id: 'gh', components: doc.components }, undefined, undefined, false);

  const routes: Route[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!operation || typeof operation !== 'object' || !('operationId' in operation)) continue;
      const segments = template.split('/').filter(Boolean);
      routes.push({
        method: method.toUpperCase(),
        template,
        segments,
        operation,
        literalCount: segments.filter((s) => !s.startsWith('{')).length,
      });
    }
  }
  // Most literal segments first, so `/pulls/comments/{id}` wins over `/pulls/{number}/comments`.
  routes.sort((a, b) => b.literalCount - a.literalCount);

  const resolveParameter = (parameter: Parameter): Parameter => {
    if (parameter.$ref?.startsWith(`${REF_PREFIX}parameters/`)) {
      return doc.components.parameters[parameter.$ref.slice(`${REF_PREFIX}parameters/`.length)] ?? parameter;
    }
    return parameter;
  };
  const compiled = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: object): ValidateFunction => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(rebase(schema) as object);
      compiled.set(key, validate);
    }
    return validate;
  };

  cached = {
    match(method, pathname) {
      const parts = pathname
        .split('/')
        .filter(Boolean)
        .map((part) => decodeURIComponent(part));
      for (const route of routes) {
        if (route.method !== method) continue;
        const params: Record<string, string> = {};
        let ok = true;
        let i = 0;
        for (let s = 0; s < route.segments.length && ok; s++) {
          const segment = route.segments[s] as string;
          if (segment.startsWith('{')) {
            const name = segment.slice(1, -1);
            const multi = route.operation.parameters?.map(resolveParameter).find((p) => p.name === name)?.['x-multi-segment'];
            if (i >= parts.length) ok = false;
            else if (multi && s === route.segments.length - 1) {
              params[name] = parts.slice(i).join('/');
              i = parts.length;
            } else params[name] = parts[i++] as string;
          } else if (parts[i++] !== segment) ok = false;
        }
        if (ok && i === parts.length) return { operationId: route.operation.operationId, template: route.template, params };
      }
      return undefined;
    },
    validate(method, match, query, body) {
      const route = routes.find((r) => r.method === method && r.template === match.template);
      if (!route) return [`no route ${method} ${match.template}`];
      const problems: string[] = [];
      const declared = (route.operation.parameters ?? []).map(resolveParameter);
      for (const name of new Set(query.keys())) {
        const parameter = declared.find((p) => p.in === 'query' && p.name === name);
        if (!parameter) {
          problems.push(`${match.operationId}: undeclared query parameter ${name}`);
          continue;
        }
        const raw = query.get(name) as string;
        const schema = parameter.schema as { type?: string } | undefined;
        const value =
          schema?.type === 'integer' || schema?.type === 'number' ? Number(raw) : schema?.type === 'boolean' ? raw === 'true' : raw;
        if (schema && !compile(`${match.operationId}?${name}`, schema)(value))
          problems.push(`${match.operationId}: bad query parameter ${name}=${raw}`);
      }
      for (const parameter of declared) {
        if (parameter.in === 'query' && parameter.required && !query.has(parameter.name))
          problems.push(`${match.operationId}: missing query parameter ${parameter.name}`);
      }
      const schema = route.operation.requestBody?.content?.['application/json']?.schema;
      if (body === undefined) {
        if (route.operation.requestBody?.required) problems.push(`${match.operationId}: missing request body`);
      } else if (!schema) {
        problems.push(`${match.operationId}: takes no JSON body`);
      } else {
        const validate = compile(`${match.operationId}#body`, schema);
        if (!validate(body)) problems.push(`${match.operationId}: invalid body: ${ajv.errorsText(validate.errors)}`);
      }
      return problems;
    },
  };
  return cached;
}
