import { runCadence } from './process.js';

/** `npm start`: web and worker in one process, or the role CADENCE_ROLE names (PostgreSQL only). */
runCadence().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
