export * from './step';
export * from './transitionIndex';
