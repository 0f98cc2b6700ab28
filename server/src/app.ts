import express, { Router } from 'express';
import cookieParser from 'cookie-parser';
import { pinoHttp } from 'pino-http';
import { answersArePrivate } from './http/cache-policy.ts';
import { clientApp } from './http/client-app.ts';
import { compressResponses } from './http/compress-responses.ts';
import { crossSiteProtection } from './http/cross-site-protection.ts';
import { jsonBody } from './http/json-body.ts';
import { createMetrics } from './http/metrics.ts';
import { createInProcessApi } from './http/in-process-api.ts';
import { createPageStatus } from './http/page-status.ts';
import { apiNotFound, createErrorHandler } from './http/problem.ts';
import { refuseNulBytes } from './http/refuse-nul-bytes.ts';
import { createInlinePictures } from './http/inline-pictures.ts';
import { createRenderedPages } from './http/rendered-pages.ts';
import { assignRequestId } from './http/request-context.ts';
import { securityHeaders } from './http/security-headers.ts';
import { createSessionCookie, loadActor } from './http/session-cookie.ts';
import { createLoggingSmsSender, type SmsSender } from './integrations/sms.ts';
import type { JobRunner } from './jobs/jobs.port.ts';
import { createHealthModule } from './modules/health/health.module.ts';
import { composeModules, type ModuleDeps } from './modules.ts';

export type AppDeps = Omit<ModuleDeps, 'smsSender' | 'cookie' | 'now'> & {
  /** Text messages; a logging stand-in until an SMS provider is chosen. */
  smsSender?: SmsSender;
  /** The built storefront to serve, or null for an API-only app (as API tests build it). */
  clientDir: string | null;
  now?: () => number;
  /**
   * The runner the modules' jobs are registered with (main.ts starts it); none in API tests,
   * which drive `jobs` and services directly.
   */
  jobRunner?: JobRunner;
};

/** The HTTP app over the module graph (modules.ts). No listening, no globals: tests build their own. */
export function createApp(deps: AppDeps) {
  const { config, logger } = deps;
  const isProduction = config.env === 'production';
  const cookie = createSessionCookie(isProduction);
  const modules = composeModules({
    ...deps,
    smsSender: deps.smsSender ?? createLoggingSmsSender(logger),
    cookie,
    now: deps.now ?? Date.now,
  });

  const jobRunner = deps.jobRunner ?? null;
  if (jobRunner) for (const definition of modules.jobDefinitions) jobRunner.register(definition);
  const metrics = createMetrics({ token: config.metricsToken, database: deps.database, jobRunner });

  const api = Router();
  // The storefront's server render reads the API in-process: the API alone, without the
  // page-level logging and headers, answering errors as the browser would get them.
  const apiOnly = express();
  apiOnly.disable('x-powered-by');
  apiOnly.set('trust proxy', config.trustProxy);
  apiOnly.use('/api', api);
  apiOnly.use(createErrorHandler(logger));
  const renderedPages = createRenderedPages({
    clientDir: deps.clientDir,
    api: createInProcessApi(apiOnly),
    sessionCookieName: cookie.name,
    keep: modules.publicReads,
    inlinePictures: createInlinePictures(deps.files, (error) =>
      logger.error({ err: error }, 'a main picture could not be read to go inside its page'),
    ),
    logError: (error) => logger.error({ err: error }, 'a storefront page could not be rendered'),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(assignRequestId);
  if (metrics.recordRequests) app.use(metrics.recordRequests);
  // Before logging and the storefront: scrapes are frequent and never a page.
  app.use(metrics.router);
  app.use(
    pinoHttp({
      logger,
      genReqId: (request) => (request as express.Request).requestId,
      // Never log headers: they carry session cookies.
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500
          ? 'error'
          : response.statusCode >= 400
            ? 'warn'
            : 'info',
    }),
  );
  app.use(
    securityHeaders(
      isProduction,
      [config.map?.tileOrigin, deps.files.imageOrigin],
      renderedPages.inlineStyleSources,
    ),
  );
  app.use(compressResponses());

  const v1 = Router();
  for (const router of modules.routers) v1.use(router);

  // Before the API's JSON parser and cross-site check: Stripe signs the raw bytes.
  app.use(modules.webhookRouter);

  api.use(answersArePrivate);
  api.use(crossSiteProtection(config.publicUrl));
  api.use(jsonBody('64kb'));
  api.use(refuseNulBytes);
  api.use(cookieParser());
  api.use(loadActor(cookie, modules.sessions));
  api.use(createHealthModule({ database: deps.database }).router);
  api.use('/v1', v1);
  api.use(apiNotFound);
  app.use('/api', api);

  app.use('/files', deps.files.serve);
  if (deps.clientDir)
    app.use(
      clientApp(
        deps.clientDir,
        createPageStatus({ ...modules.pages, isDemo: config.isDemo }),
        renderedPages.renderedPage,
      ),
    );
  app.use(createErrorHandler(logger));

  return { app, jobs: modules.jobs, services: modules.services };
}
