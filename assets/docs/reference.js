/* global window -- a browser script */
// Starts Swagger UI (swagger-ui-dist, served from node_modules) on the OpenAPI document. A file, not an
// inline script, so the docs' Content-Security-Policy can forbid inline scripts.
window.addEventListener('load', () => {
  window.SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#reference',
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    persistAuthorization: false,
    tryItOutEnabled: false,
  });
});
