import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyInstance } from 'fastify';
import { accountRoutes } from '../accounts/account-routes.js';
import { applicationRoutes } from '../applications/application-routes.js';
import { sweepStoredFiles } from '../applications/use-cases/sweep-stored-files.js';
import { auditRoutes } from '../audit/audit-routes.js';
import { cycleRoutes } from '../cycles/cycle-routes.js';
import { drawRoutes } from '../draws/draw-routes.js';
import { expertRoutes } from '../experts/expert-routes.js';
import { expertSelfRoutes } from '../experts/expert-self-routes.js';
import { organisationRoutes } from '../organisations/organisation-routes.js';
import { programmeRoutes } from '../programmes/programme-routes.js';
import { rulesVersionRoutes } from '../programmes/rules-version-routes.js';
import { programmeTenantRoutes } from '../programmes/programme-tenant-routes.js';
import { referenceRoutes } from '../reference/reference-routes.js';
import { registerSessionHooks } from '../accounts/http/session-hooks.js';
import { registerPasswordChangeGate } from '../accounts/http/password-change-gate.js';
import type { Services } from '../platform/context.js';
import { checkResponseSchemas } from '../platform/http/response-schema-check.js';
import { registerErrorHandler } from '../platform/http/error-handler.js';
import { registerNulCharacterCheck } from '../platform/http/nul-characters.js';
import { declareCommonResponses } from '../platform/http/common-responses.js';
import { healthRoutes } from '../platform/http/health-routes.js';
import { loggerOptions, requestIdOptions, type LogDestination } from '../platform/http/logging.js';
import { isApiPath } from '../platform/http/request-path.js';
import { registerRateLimits } from '../platform/http/rate-limits.js';
import { registerSecurityHeaders } from '../platform/http/security-headers.js';

/** A year, the most HTTP caches keep anything; the name changes when the content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface AppOptions {
  /** Folder of the built web app (index.html); not served when absent. */
  webRoot?: string | undefined;
  /** Where the JSON log goes (default standard output); its level is config.logLevel. */
  logDestination?: LogDestination;
  /** Tests: fail a request whose response schema dropped or changed part of the body. */
  checkResponseSchemas?: boolean;
}

export async function buildApp(services: Services, options: AppOptions = {}) {
  const app = Fastify({
    logger: loggerOptions(services.config.logLevel, options.logDestination),
    ...requestIdOptions,
    bodyLimit: services.config.bodyLimitBytes,
    trustProxy: services.config.trustProxy,
    ajv: {
      // Unknown fields and wrong types are refused, never dropped or coerced.
      customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true, useDefaults: false },
      // ajv-formats types its options more narrowly than Fastify's plugin slot.
      plugins: [addFormats as never],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('services', services);
  await app.register(cookie);
  // Files stream through request.file(); nothing is buffered or written to temp by the plugin.
  await app.register(multipart, { limits: { files: 1, fields: 10, fieldSize: 10_000 } });
  registerErrorHandler(app);
  declareCommonResponses(app, { locked: ['/api/auth/sign-in'] });
  registerNulCharacterCheck(app);
  if (options.checkResponseSchemas) checkResponseSchemas(app);
  registerSessionHooks(app);
  registerPasswordChangeGate(app);
  await registerSecurityHeaders(app, services.config.session.secureCookies);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });
  await registerRateLimits(app, {
    signIn: '/api/auth/sign-in',
    passwordReset: '/api/auth/password-reset',
    registration: ['/api/organisations/register'],
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: '质量奖评审管理平台 API · Quality Award Platform API',
        version: '0.1.0',
        description:
          'Errors answer `{ code, message, clause?, details? }`, the message in the language of Accept-Language ' +
          '(zh-CN by default, or English). State-changing requests carry the x-csrf-token header from GET /api/auth/session.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'qa_session' } },
      },
    },
  });
  // No validator badge: it would load an image from elsewhere, which the CSP refuses.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(accountRoutes);
  await app.register(referenceRoutes);
  await app.register(auditRoutes);
  await app.register(programmeRoutes);
  await app.register(rulesVersionRoutes);
  await app.register(programmeTenantRoutes);
  await app.register(cycleRoutes);
  await app.register(organisationRoutes);
  await app.register(applicationRoutes);
  await app.register(expertRoutes);
  await app.register(expertSelfRoutes);
  await app.register(drawRoutes);

  scheduleFileSweep(app, services);

  const webRoot = options.webRoot && resolve(options.webRoot);
  if (webRoot && existsSync(resolve(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each asset: sent by Accept-Encoding, with Vary.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz', '**/.*'],
      dotfiles: 'ignore',
      cacheControl: false,
      setHeaders: (reply, path) => {
        // Files under /assets/ carry a content hash in their name: a new build gets new names.
        const hashed = path.startsWith(resolve(webRoot, 'assets') + sep);
        reply.header('cache-control', hashed ? IMMUTABLE : 'no-cache');
      },
    });
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      // However the path is spelled (`/%61pi/…`, `//api`, `/API`), an unknown API path is a 404, not the shell.
      if (isApiPath(request.url)) return reply.callNotFound();
      // The single-page app routes in the browser; every page path gets its shell, revalidated each time.
      return reply.type('text/html').sendFile('index.html');
    });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

/**
 * What crashed uploads left in file storage is swept once the app is ready, then every
 * `fileSweep.intervalMinutes`; a failed sweep is logged and tried again at the next turn.
 */
function scheduleFileSweep(app: FastifyInstance, services: Services): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const sweep = () => {
    running ??= sweepStoredFiles(services)
      .then((report) => {
        if (report.placed + report.deleted > 0) app.log.info({ fileSweep: report }, 'file storage swept');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'file storage sweep failed'))
      .finally(() => (running = undefined));
    return running;
  };
  app.addHook('onReady', async () => {
    await sweep();
    const minutes = services.config.fileSweep.intervalMinutes;
    if (minutes > 0) timer = setInterval(() => void sweep(), minutes * 60_000).unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
