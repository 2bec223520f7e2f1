// First, before the modules below are evaluated: the young generation stays small while they start.
import { letYoungGenerationGrow } from './platform/start-heap.js';
import { runCadence } from './process.js';

/** `npm start`: web and worker in one process, or the role CADENCE_ROLE names (PostgreSQL only). */
runCadence(undefined, letYoungGenerationGrow).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
