/**
 * The fuzzer's view of the contract: every operation of `openapi/unionkit.yaml` (paths × methods,
 * read at test time, so a new operation is fuzzed as soon as it is written down), with its
 * parameters and request body resolved, and checks of request parts against the contract's schemas.
 */
import { contract, resolve, valueErrors } from './contract.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface FuzzOperation {
  operationId: string;
  /** Upper case, as sent. */
  method: string;
  /** The path template: `/events/{id}`. */
  template: string;
  /** What the template is below: `/v1`, or `` for `/healthz`. */
  base: string;
  parameters: Parameter[];
  body: { schema: JsonSchema; required: boolean; examples: unknown[] } | null;
  /** The credentials the operation declares (empty: none needed). */
  security: ('secretKey' | 'clientToken')[];
}

interface RawOperation {
  operationId?: string;
  parameters?: unknown[];
  security?: Record<string, unknown>[];
  requestBody?: { $ref?: string; required?: boolean; content?: Record<string, { schema?: JsonSchema; example?: unknown; examples?: Record<string, { value?: unknown }> }> };
}

const apiBase = new URL(contract.servers?.[0]?.url ?? 'http://localhost/v1').pathname.replace(/\/$/, '');

/** Every operation of the contract. */
export function contractOperations(): FuzzOperation[] {
  const out: FuzzOperation[] = [];
  for (const [template, item] of Object.entries(contract.paths)) {
    const serverUrl = item.servers?.[0]?.url;
    const base = (serverUrl ? new URL(serverUrl).pathname : apiBase).replace(/\/$/, '');
    const shared = (item['parameters'] as unknown[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const op = item[method] as RawOperation | undefined;
      if (!op) continue;
      const byKey = new Map<string, Parameter>();
      for (const p of [...shared, ...(op.parameters ?? [])].map((p) => resolve(p as Parameter))) byKey.set(`${p.in}:${p.name}`, { ...p, required: p.required ?? false });
      const requestBody = op.requestBody ? resolve(op.requestBody) : undefined;
      const media = requestBody?.content?.['application/json'];
      const security = (op.security ?? (contract as { security?: Record<string, unknown>[] }).security ?? []).flatMap((s) => Object.keys(s)) as FuzzOperation['security'];
      out.push({
        operationId: op.operationId ?? `${method} ${template}`,
        method: method.toUpperCase(),
        template,
        base,
        parameters: [...byKey.values()],
        body: media?.schema
          ? {
              schema: media.schema,
              required: requestBody?.required ?? false,
              examples: [...(media.example !== undefined ? [media.example] : []), ...Object.values(media.examples ?? {}).map((e) => resolve(e).value)].filter((v) => v !== undefined),
            }
          : null,
        security,
      });
    }
  }
  return out;
}

/** The methods the contract declares at each path template. */
export function declaredMethods(): Map<string, { base: string; methods: string[] }> {
  const out = new Map<string, { base: string; methods: string[] }>();
  for (const op of contractOperations()) {
    const entry = out.get(op.template) ?? { base: op.base, methods: [] };
    entry.methods.push(op.method);
    out.set(op.template, entry);
  }
  return out;
}

/** Problems of `value` against a schema node of the contract (empty when valid). */
export function schemaProblems(schema: JsonSchema, value: unknown): string[] {
  return valueErrors(schema, value);
}

export { resolve };
