import 'i18next';
import type { sv } from './sv.ts';

// Type-checked keys: `t('auth.login.title')` compiles, a typo does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
    // Our keys are API codes and role names with underscores (`not_found`, `region_admin`).
    // With the default `_` they would be read as context variants; we use no contexts.
    contextSeparator: '^';
  }
}
