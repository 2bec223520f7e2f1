import pino from 'pino';
import { buildApp } from '../server/app.js';
import { cadenceSettingsFrom, createCadence } from '../server/cadence.js';
import { systemClock } from '../server/platform/clock.js';
import { loadConfig } from '../server/platform/config.js';
import { createDb, DataDirLockedError } from '../server/platform/db.js';
import { createMailer } from '../server/platform/mail.js';

/**
 * `npm run demo`: a demo account owning a lived-in demo workspace, created through the same HTTP
 * API the web app uses (in-process, no server needed). Safe to run twice.
 */
const demoAccount = { email: 'demo@example.com', password: 'cadence-demo', name: 'Camille Demo' };

async function main() {
  const { config } = loadConfig();
  const logger = pino({ level: 'warn' });
  const database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const cadence = createCadence({
    database,
    logger,
    clock: systemClock,
    mailer: createMailer({ smtpUrl: undefined, from: config.mailFrom, logger }),
    secret: config.secret,
    settings: cadenceSettingsFrom(config),
  });
  const app = await buildApp(cadence);
  try {
    const headers = { origin: config.baseUrl };
    let auth = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers,
      payload: demoAccount,
    });
    if (auth.statusCode !== 200) {
      auth = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers,
        payload: demoAccount,
      });
      if (auth.statusCode !== 200) throw new Error(`Could not create the demo account: ${auth.body}`);
      // Sign-up does not sign in by itself.
      auth = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers,
        payload: demoAccount,
      });
      if (auth.statusCode !== 200) throw new Error(`Could not sign in to the demo account: ${auth.body}`);
    }
    const cookieHeader = auth.headers['set-cookie'];
    const cookie = (Array.isArray(cookieHeader) ? cookieHeader : [cookieHeader ?? ''])
      .map((line) => line.split(';')[0])
      .join('; ');
    const workspaces = (
      await app.inject({ method: 'GET', url: '/api/workspaces', headers: { cookie } })
    ).json() as { isDemo: boolean }[];
    if (!workspaces.some((workspace) => workspace.isDemo)) {
      const locale = (process.env.LANG ?? 'fr').startsWith('en') ? 'en' : 'fr';
      const created = await app.inject({
        method: 'POST',
        url: '/api/demo-workspace',
        headers: { cookie },
        payload: { locale, timeZone: 'Europe/Paris' },
      });
      if (created.statusCode !== 201) throw new Error(`Could not create the demo workspace: ${created.body}`);
    }
    console.log(`Demo workspace ready. Start Cadence (npm start), open ${config.baseUrl} and sign in with:`);
    console.log(`  email:    ${demoAccount.email}`);
    console.log(`  password: ${demoAccount.password}`);
  } finally {
    await app.close();
    await cadence.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError)
    console.error(`${error.message}\nOr, in the running app, use "Try the demo workspace".`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
