// Interactive explorer for the OpenAPI document this server describes itself with. Use
// "Authorize" with a device password (Bearer) to try calls; nothing is stored by this page.
window.ui = SwaggerUIBundle({
  url: "../openapi",
  dom_id: "#swagger-ui",
  deepLinking: true,
  persistAuthorization: false,
  tryItOutEnabled: true,
});
