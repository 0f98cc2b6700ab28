import type { LegalDocumentName } from '../../i18n/legal-texts.ts';

/** Where each legal page lives (shared/src/page-paths.ts names them for the server too). */
export const legalPaths: Record<LegalDocumentName, string> = {
  terms: '/kopvillkor',
  privacy: '/integritet',
  withdrawal: '/angerratt',
  cookies: '/kakor',
};
