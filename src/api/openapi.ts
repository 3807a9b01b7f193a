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
  { method: 'GET', url: '/api/docs', why: 'the same document as a reference to read and try (Swagger UI)' },
  { method: 'GET', url: '/api/docs/', why: 'the reference, its address with a slash' },
  { method: 'GET', url: '/api/docs/json', why: 'the document, as the reference reads it' },
  { method: 'GET', url: '/api/docs/yaml', why: 'the document in YAML' },
  { method: 'GET', url: '/api/docs/static/*', why: "Swagger UI's files, served from here" },
  { method: 'GET', url: '/api/docs/static/index.html', why: 'sends on to the reference' },
  { method: 'GET', url: '/api/docs/static/swagger-initializer.js', why: "the reference's start-up script" },
  { method: 'GET', url: '/api/docs/static/theme/plenary.css', why: "the reference's fit to a phone" },
  { method: 'GET', url: '/api/docs/static/theme/viewport.js', why: "the reference's viewport" },
  { method: 'GET', url: '/api/docs/text', why: 'the same document as a page with no script' },
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
    transformObject: (document) => withParameterDescriptions(withUsedSchemasOnly(jsonSchemaTransformObject(document))),
  });
}

/**
 * What a parameter means where its route's schema says nothing (the shared path and filter
 * parameters: a body's code, a session, a symbol): by where it is and its name, a route's own
 * description first. Allowed values and patterns stay the schema's; these say what to put there.
 */
const PARAMETER_MEANINGS: Readonly<Record<string, string>> = {
  'query:body':
    'a body the record holds, by its code: HRC (Human Rights Council), CHR (Commission on Human Rights), UNGA',
  'path:body': 'the body, by its code: HRC, CHR or UNGA',
  'query:session': 'a session of the body: its number (34) or a special session (S-16)',
  'path:session': 'the session: its number (34) or a special session (S-16)',
  'path:symbol':
    'a draft or amendment by its symbol, URL-encoded (A%2FHRC%2F34%2FL.5), or the resolution it became (34%2F5)',
  'query:draft': 'a draft by its symbol (A/HRC/34/L.5)',
  'path:id': "the vote's id, as the record gives it (hrc-34-l-42-2017-03-23)",
  'path:code': 'a State by its ISO 3166-1 alpha-3 code (NOR)',
  'path:state': 'a State by its ISO 3166-1 alpha-3 code (NOR)',
  'query:state': 'a State by its ISO 3166-1 alpha-3 code (NOR)',
  'query:with': 'the other State, by its ISO 3166-1 alpha-3 code (CHN)',
  'query:group': 'a regional group: AFRICAN, APG (Asia-Pacific), EEG (Eastern European), GRULAC or WEOG',
  'query:q': 'the words to find (two characters at least) in symbols, titles, State names, mandates and paragraphs',
  'query:vote': "a vote by its id: only that vote's events",
  'query:lastEventId': 'resume after this event (its id, as the last one received gave it)',
  'header:last-event-id': "resume after this event (the browser's EventSource sends it on reconnecting)",
};
/** Per path, where a parameter means something else there. */
const PATH_MEANINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '/api/v1/mandates/{id}': { 'path:id': 'a mandate by its id (human-rights-defenders, belarus): see /api/v1/mandates' },
  '/api/v1/events': { 'query:session': 'a session as BODY/SESSION (HRC/34): only its events' },
  '/api/v1/export/sessions/{body}/{session}': {
    'path:session': 'the session (34 or S-16), optionally with .csv or .json for the format',
  },
};

/** The document with a meaning for each parameter whose route gave none. */
function withParameterDescriptions<D extends { paths?: unknown }>(doc: D): D {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, { parameters?: unknown }>>;
  for (const [path, item] of Object.entries(paths))
    for (const op of Object.values(item)) {
      if (!op || typeof op !== 'object' || !Array.isArray(op.parameters)) continue;
      for (const p of op.parameters as Array<{ in?: string; name?: string; description?: string }>) {
        if (p.description) continue;
        const key = `${p.in}:${p.name}`;
        const meaning = PATH_MEANINGS[path]?.[key] ?? PARAMETER_MEANINGS[key];
        if (meaning) p.description = meaning;
      }
    }
  return doc;
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
