import { z } from 'zod';
import { ProblemSchema } from './problem.js';
import type { AnyRoute } from './route.js';

/** Named shapes (zod `.meta({ id })`) of one document, shared by every operation that uses them. */
type Components = Record<string, unknown>;

function schemaOf(components: Components, type: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(type, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as Record<string, unknown>;
  delete json.$schema;
  const defs = (json.$defs ?? {}) as Record<string, unknown>;
  delete json.$defs;
  const hoist = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as Record<string, unknown>;
  for (const [id, def] of Object.entries(defs)) components[id] ??= hoist(def);
  // A schema that is itself named is referenced, not repeated.
  const id = (z.globalRegistry.get(type) as { id?: string } | undefined)?.id;
  if (id) {
    components[id] ??= hoist(json);
    return { $ref: `#/components/schemas/${id}` };
  }
  return hoist(json);
}

function parametersOf(components: Components, type: z.ZodType | undefined, where: 'query' | 'path') {
  if (!type) return [];
  const json = schemaOf(components, type, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    schema,
  }));
}

/** The OpenAPI 3.1 document, generated from the zod schemas the routes validate with. */
export function openApiDocument(version: string, routes: readonly AnyRoute[]) {
  const components: Components = {};
  const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: schemaOf(components, ProblemSchema, 'output') } } };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    paths[r.path] = {
      get: {
        summary: r.summary,
        tags: [r.tag],
        operationId: r.path.replace(/^\/api\/v1\//, '').replace(/[{}]/g, '').replace(/[^\w]+(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, ''),
        parameters: [...parametersOf(components, r.params, 'path'), ...parametersOf(components, r.query, 'query')],
        responses: {
          '200': {
            description: 'OK. Carries an ETag; send it back in If-None-Match to get 304 while the data is unchanged.',
            content: {
              'application/json': { schema: r.response ? schemaOf(components, r.response, 'output') : {} },
              ...Object.fromEntries((r.produces ?? []).map((type) => [type, { schema: { type: 'string' } }])),
            },
          },
          '304': { description: 'Not modified' },
          '400': problem,
          '404': problem,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plenary API',
      version,
      description: 'The record of intergovernmental councils: drafts, sponsors, amendments, recorded votes, outcomes and mandates, each fact with its sources. Where the sources give no country lists, `ballots` is null; partial lists say so.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: components },
  };
}

type Doc = ReturnType<typeof openApiDocument>;

/** A readable page of the same document, with no script and nothing fetched from elsewhere. */
export function docsPage(doc: Doc): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
  const rows = Object.entries(doc.paths)
    .map(([path, ops]) => {
      const op = ops.get as { summary: string; parameters: Array<{ name: string; in: string; required: boolean; description?: string }> };
      const params = op.parameters.map((p) => `<li><code>${esc(p.name)}</code> <small>(${p.in}${p.required ? ', required' : ''})</small>${p.description ? ` — ${esc(p.description)}` : ''}</li>`).join('');
      return `<section><h2><span class="verb">GET</span> <code>${esc(path)}</code></h2><p>${esc(op.summary)}</p>${params ? `<ul>${params}</ul>` : ''}</section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plenary API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{margin-bottom:0}code{background:#f2f2f2;padding:0 .25rem}section{border-top:1px solid #ccc;padding:.5rem 0}h2{font-size:1.1rem}.verb{color:#0b5d1e}a{color:#0645ad}</style></head>
<body><h1>Plenary API <small>v${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description)}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code>. Lists take <code>page</code> and <code>pageSize</code>. Responses carry ETags.</p>
${rows}</body></html>`;
}
