import type { Services } from '../context.js';
import type { Locale } from '../i18n/localized.js';

// What the platform adds to every Fastify request and instance; domains add their own (the
// signed-in actor and the session: src/accounts/http/authorize.ts).
declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
  }
  interface FastifyInstance {
    services: Services;
  }
}
