import { z } from 'zod';
import { deferred } from '../../app/deferred-schema.js';
import { i18n } from '../../app/i18n/index.js';

/** The length rule, checked before asking the server (which also refuses common passwords). */
export const newPasswordSchema = deferred(() =>
  z.object({
    password: z
      .string()
      .min(8, { error: () => i18n.t('auth.passwordTooShort') })
      .max(128),
  }),
);
