import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response (@fastify/helmet). The content security policy fits the
 * web app and the Swagger UI at /api/docs as built: scripts only from this origin (both load
 * theirs as files, no inline script); styles also inline, because Ant Design writes its CSS-in-JS
 * into <style> elements and some components set style attributes, which a nonce does not cover
 * (antd's ConfigProvider `csp.nonce` reaches only the former); images also from data: and blob:
 * (icons, previews); no framing by anyone. HSTS with Secure cookies (the default); none when
 * configured for development over plain HTTP (SECURE_COOKIES=false, the embedded quick start).
 */
export async function registerSecurityHeaders(app: FastifyInstance, secure: boolean): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(secure ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    hsts: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Downloads and the PDF receipts are opened from this origin only; nothing cross-origin to embed.
    crossOriginEmbedderPolicy: false,
  });
}
