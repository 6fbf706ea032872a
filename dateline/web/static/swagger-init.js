// Starts the bundled Swagger UI (no inline script, so the page keeps a strict policy).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = window.SwaggerUIBundle({
    url: root.getAttribute("data-openapi-url"),
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null, // the online validator badge would be a request to another host
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
