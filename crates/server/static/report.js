// The printable incident report: its print button (the CSP forbids inline handlers).
for (const button of document.querySelectorAll("[data-print]")) {
  button.addEventListener("click", () => window.print());
}
