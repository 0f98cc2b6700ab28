import helmet from 'helmet';

/**
 * A strict Content-Security-Policy: our own scripts only, never inline, so a shop's text can
 * never run as script in a resident's browser. Styles may be set from script (React's style
 * prop goes through CSSOM, which CSP allows), never as inline <style> or style="".
 */
export function securityHeaders(
  isProduction: boolean,
  imageOrigins: readonly (string | null | undefined)[] = [],
  /** Hashes of the inline styles the server itself writes (inline-stylesheet.ts), no other. */
  inlineStyleSources: readonly string[] = [],
) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", ...inlineStyleSources],
        // The map's tile server and the bucket or CDN of stored files (S3_PUBLIC_URL), and no
        // other host: the only image sources from outside.
        imgSrc: [
          "'self'",
          'data:',
          'blob:',
          ...imageOrigins.filter((origin): origin is string => Boolean(origin)),
        ],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}
