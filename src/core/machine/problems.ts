/** A reason an input was refused, located by its JSON path (`transitions[3].to`). */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

/** `transitions[3].to: expected a string`; the document itself is called `(document)`. */
export function formatInputProblem(problem: InputProblem): string {
  return `${problem.path || '(document)'}: ${problem.message}`;
}

/** Appends a key to a JSON path, quoting keys that are not plain identifiers. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}
