/** Browser persistence for "My machines"; takes a Storage so it runs anywhere. */
export { createLibrary, type Library, type LoadResult } from './library';
export type { LibraryEntry } from './libraryIndex';
export { LibraryError } from './libraryError';
export { MemoryStorage } from './memoryStorage';
export { PREFIX, INDEX_KEY, CURRENT_KEY, machineKey, type LibraryStorage } from './keys';
