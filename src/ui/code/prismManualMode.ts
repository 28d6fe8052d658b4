/**
 * Runs before Prism's core. `manual`: Prism must not highlight the page by
 * itself (it would rewrite `code.language-*` elements React renders).
 * `disableWorkerMessageHandler`: inside our highlight worker, Prism must not
 * install its own message protocol next to ours.
 */
const scope = globalThis as { Prism?: { manual?: boolean; disableWorkerMessageHandler?: boolean } };
scope.Prism = { ...scope.Prism, manual: true, disableWorkerMessageHandler: true };

export {};
