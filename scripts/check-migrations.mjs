#!/usr/bin/env node
// Fails when the Drizzle schema and the committed migrations disagree: generates into a scratch
// copy of db/migrations and checks that nothing new appears.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// drizzle-kit wants a path relative to the working directory.
const scratch = 'node_modules/.cache/cadence-migrations-check';
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
cpSync('db/migrations', scratch, { recursive: true });
const config = path.join(scratch, 'drizzle.check.config.ts');
writeFileSync(
  config,
  `export default { dialect: 'postgresql', schema: '${path.resolve('src/server/platform/schema.ts')}', out: './${scratch}' };\n`,
);
const countSql = () => readdirSync(scratch).filter((name) => name.endsWith('.sql')).length;
const before = countSql();
const result = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config], { encoding: 'utf8' });
const after = countSql();
rmSync(scratch, { recursive: true, force: true });
if (result.status !== 0 || /error/i.test(result.stderr ?? '')) {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
if (after !== before) {
  console.error(
    'The schema has changes without a migration: run `npm run db:generate` and commit db/migrations.',
  );
  process.exit(1);
}
console.log('Migrations match the schema.');
