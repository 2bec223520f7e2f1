import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { toLoggableArguments, toLoggableError } from './loggable-error.js';

describe('errors written to the log', () => {
  it('keep the SQL and the codes, never the parameters or the database’s detail', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: 'Key (email)=(camille@example.com) already exists.',
    });
    const error = new DrizzleQueryError(
      'insert into "user" ("name", "email") values ($1, $2)',
      ['Camille', 'camille@example.com'],
      cause,
    );
    const logged = JSON.stringify(toLoggableError(error));
    expect(logged).toContain('insert into \\"user\\"');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('Camille');
    expect(logged).not.toContain('camille@example.com');
  });

  it('keeps only errors among a library’s log arguments', () => {
    expect(JSON.stringify(toLoggableArguments([{ password: 'secret' }, 'token-abc']))).not.toMatch(
      /secret|token-abc/,
    );
  });
});
