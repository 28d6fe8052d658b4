export * from './step';
export * from './transitionIndex';
export * from './session';
export * from './availableEvents';
export * from './coverage';
export * from './randomWalk';
export * from './eventScript';
export { rejectionMessage } from './rejectionMessage';
export { seededRandom, randomInt, type Random } from './seededRandom';
