// The fourth stage of the boot (main.tsx): zod, whose code the app's contracts and i18n's
// validation messages use at start, evaluated in a task of its own before the app's modules. One
// name only: the file holds what the app uses of zod (re-exporting `z` would keep all of it).
import { ZodType } from 'zod';

export { ZodType };
