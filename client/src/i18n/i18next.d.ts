import 'i18next';
import type { svStatistics } from './sv-statistics.ts';
import type { sv } from './sv.ts';

// Type-checked keys: `t('auth.login.title')` compiles, a typo does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Statistics' texts are a namespace of their own, loaded with its pages (decision 0037).
    resources: { translation: typeof sv; statistics: typeof svStatistics };
    // Our keys are API codes and role names with underscores (`not_found`, `region_admin`).
    // With the default `_` they would be read as context variants; we use no contexts.
    contextSeparator: '^';
  }
}
