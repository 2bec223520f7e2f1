// The fourth stage of the boot (main.tsx): zod, whose code the app's contracts and i18n's
// validation messages use at start, evaluated in a task of its own before the app's modules.
import { config, ZodType } from 'zod';

// No compiled parsers, set before any schema exists (the app's modules come in the next stage):
// zod probes `new Function` when it builds its first object schema; the CSP forbids it
// (script-src 'self') and Chrome lists the refused probe as an issue on every page. Set here, not
// in a script of its own that ran before any module: one request less on the page's first load.
config({ jitless: true });

// One name besides: the file holds what the app uses of zod (re-exporting `z` would keep all of it).
export { ZodType };
