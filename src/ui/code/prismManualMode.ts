/**
 * Runs before Prism's core: tells it not to highlight the page by itself.
 * Without `manual`, Prism rewrites every `code.language-*` element on load,
 * which would fight React for the DOM it renders.
 */
const scope = globalThis as { Prism?: { manual?: boolean } };
scope.Prism = { ...scope.Prism, manual: true };

export {};
