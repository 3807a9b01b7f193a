import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPI, OpenAPIV3_1 } from 'openapi-types';

/**
 * The ways a caller can prove who it is, by the names routes use in `security` (route.ts). The
 * web app signs in with a cookie; scripts send a bearer token.
 */
export const SECURITY_SCHEMES = {
  cookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'plenary_session',
    description: 'The session cookie the web app gets when a user signs in',
  },
  bearer: { type: 'http', scheme: 'bearer', description: 'An API token, sent as `Authorization: Bearer <token>`' },
} as const satisfies Record<string, OpenAPIV3_1.SecuritySchemeObject>;

export type SecurityScheme = keyof typeof SECURITY_SCHEMES;

/**
 * Routes Fastify serves that the OpenAPI document deliberately leaves out (registered with
 * `schema: { hide: true }`), with the reason. Every other route is documented: the API tests hold
 * the document against Fastify's route table, both ways.
 */
export const UNDOCUMENTED_ROUTES: ReadonlyArray<{
  readonly method: string;
  readonly url: string;
  readonly why: string;
}> = [
  { method: 'GET', url: '/api/v1/openapi.json', why: 'the document itself' },
  { method: 'GET', url: '/api/docs', why: 'the same document as a page to read' },
  { method: 'GET', url: '/assets/*', why: "the web app's built files" },
];

const DESCRIPTION =
  'The record of intergovernmental councils: drafts, sponsors, amendments, recorded votes, outcomes and mandates, each fact with its sources. Where the sources give no country lists, `ballots` is null; partial lists say so.';

/**
 * Registers @fastify/swagger, which builds the OpenAPI 3.1 document from the routes' zod schemas
 * (through the type provider's transforms) as they are registered: call it before any route.
 * `app.swagger()` gives the document once the server is ready.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Plenary API', version, description: DESCRIPTION, license: { name: 'MIT', identifier: 'MIT' } },
      servers: [{ url: '/' }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: jsonSchemaTransform,
    // The provider lists every named zod schema of the process, each as input and output: the
    // document keeps those its operations use.
    transformObject: (document) => withUsedSchemasOnly(jsonSchemaTransformObject(document)),
  });
}

/** The document without component schemas that no operation reaches (directly or through other schemas). */
function withUsedSchemasOnly<D extends { paths?: unknown; components?: { schemas?: Record<string, unknown> } }>(
  doc: D,
): D {
  const schemas = doc.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const name =
        key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')
          ? child.slice('#/components/schemas/'.length)
          : null;
      if (name !== null && !used.has(name)) {
        used.add(name);
        visit(schemas[name]);
      }
      visit(child);
    }
  };
  visit(doc.paths);
  return {
    ...doc,
    components: {
      ...doc.components,
      schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name))),
    },
  };
}

/** A readable page of the document (`app.swagger()`, OpenAPI 3.1 as registered above), with no script and nothing fetched from elsewhere. */
export function docsPage(document: OpenAPI.Document): string {
  const doc = document as OpenAPIV3_1.Document;
  const esc = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
  const rows = Object.entries(doc.paths ?? {})
    .flatMap(([path, item]) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((method) => {
        const op = item?.[method];
        if (!op) return [];
        const parameters = (op.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
        const params = parameters
          .map(
            (p) =>
              `<li><code>${esc(p.name)}</code> <small>(${p.in}${p.required ? ', required' : ''})</small>${p.description ? ` — ${esc(p.description)}` : ''}</li>`,
          )
          .join('');
        const types = Object.keys(
          (op.responses?.['200'] as OpenAPIV3_1.ResponseObject | undefined)?.content ?? {},
        ).filter((t) => t !== 'application/json');
        return [
          `<section><h2><span class="verb">${method.toUpperCase()}</span> <code>${esc(path)}</code></h2><p>${esc(op.summary ?? '')}${types.length ? ` <small>(also as ${types.map(esc).join(', ')})</small>` : ''}</p>${params ? `<ul>${params}</ul>` : ''}</section>`,
        ];
      }),
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plenary API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{margin-bottom:0}code{background:#f2f2f2;padding:0 .25rem}section{border-top:1px solid #ccc;padding:.5rem 0}h2{font-size:1.1rem}.verb{color:#0b5d1e}a{color:#0645ad}</style></head>
<body><h1>Plenary API <small>v${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code>. Lists take <code>page</code> and <code>pageSize</code>. Responses carry ETags.</p>
${rows}</body></html>`;
}
