import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/*
 * /api/docs: Swagger UI, served from this server's own files (@fastify/swagger-ui ships them; nothing
 * is fetched from elsewhere), under the same Content-Security-Policy as every answer (scripts from
 * this origin only). Each operation with its parameters (descriptions, allowed values), request
 * bodies, examples and "Try it out", read from /api/docs/json (the same document as
 * /api/v1/openapi.json). A page with no script at all stays at /api/docs/text.
 */

/**
 * Swagger UI's page has no viewport of its own (a phone would lay it out 980 px wide) and no h1:
 * both added, with a link to the page that needs no script.
 */
const VIEWPORT_JS = `(function () {
  var meta = document.createElement('meta');
  meta.name = 'viewport';
  meta.content = 'width=device-width, initial-scale=1';
  document.head.appendChild(meta);
  var header = document.createElement('header');
  header.className = 'plenary-docs';
  var h1 = document.createElement('h1');
  h1.textContent = 'Plenary API reference';
  var p = document.createElement('p');
  var a = document.createElement('a');
  a.href = '/api/docs/text';
  a.textContent = 'The same reference as a page with no script';
  p.appendChild(a);
  header.appendChild(h1);
  header.appendChild(p);
  document.body.insertBefore(header, document.body.firstChild);
})();
`;

/** Fits the page to a phone: long paths and code wrap, wide tables scroll in their own box. */
const DOCS_CSS = `
.plenary-docs { max-width: 1460px; margin: 0 auto; padding: 12px 20px 0; font-family: sans-serif; color: #3b4151; }
.plenary-docs h1 { font-size: 20px; margin: 0; }
.plenary-docs p { margin: 4px 0 0; }
.swagger-ui .topbar { display: none; }
.swagger-ui .opblock .opblock-summary-path { word-break: break-all; }
.swagger-ui .markdown p, .swagger-ui .renderedMarkdown p { overflow-wrap: anywhere; }
.swagger-ui .highlight-code, .swagger-ui .microlight, .swagger-ui pre { max-width: 100%; overflow-x: auto; }
.swagger-ui .model-box, .swagger-ui .responses-inner, .swagger-ui .table-container { max-width: 100%; overflow-x: auto; }
@media (max-width: 700px) {
  .plenary-docs { padding: 8px 8px 0; }
  .swagger-ui .wrapper { padding: 0 8px; }
  .swagger-ui .info { margin: 16px 0; }
  .swagger-ui .info .title { font-size: 24px; }
  .swagger-ui .opblock .opblock-summary { flex-wrap: wrap; }
  .swagger-ui .opblock .opblock-summary-path { flex: 1 1 60%; max-width: calc(100% - 90px); }
  .swagger-ui .opblock .opblock-summary-description { flex: 1 1 100%; padding-top: 4px; }
  .swagger-ui .opblock-tag { flex-wrap: wrap; font-size: 20px; }
  .swagger-ui .opblock-tag small { flex: 1 1 100%; padding: 0; }
  .swagger-ui table.parameters, .swagger-ui table.responses-table { display: block; overflow-x: auto; }
  .swagger-ui .parameters-col_name { width: auto; min-width: 7em; }
  .swagger-ui .opblock-section-header { flex-wrap: wrap; }
  .swagger-ui .scheme-container .schemes { flex-wrap: wrap; }
  .swagger-ui .btn { padding: 5px 12px; }
}
`;

export async function registerDocsUi(app: FastifyInstance): Promise<void> {
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: false,
    validatorUrl: false,
    uiConfig: {
      docExpansion: 'list',
      deepLinking: true,
      defaultModelsExpandDepth: 0,
      displayRequestDuration: true,
      filter: true,
      showExtensions: false,
    },
    theme: {
      title: 'Plenary API',
      css: [{ filename: 'plenary.css', content: DOCS_CSS }],
      js: [{ filename: 'viewport.js', content: VIEWPORT_JS }],
    },
  });
}
