export * from './types';
export * from './alphabet';
export * from './problems';
export { restore, restoreText, describe, type RestoreResult } from './restore';
export { serialize, toDocument } from './serialize';
