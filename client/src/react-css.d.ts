import 'react';

// The custom properties our components set through the style prop (see municipality-page).
declare module 'react' {
  interface CSSProperties {
    '--accent'?: string;
    '--on-accent'?: string;
  }
}
