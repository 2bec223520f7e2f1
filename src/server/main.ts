import { letYoungGenerationGrow } from './platform/start-heap.js';

// Imported once start-heap.ts has held the young generation small: the modules of a static import
// would be loaded and run before it.
const { runCadence } = await import('./process.js');

/** `npm start`: web and worker in one process, or the role CADENCE_ROLE names (PostgreSQL only). */
runCadence(undefined, letYoungGenerationGrow).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
