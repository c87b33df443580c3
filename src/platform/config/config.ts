/**
 * Runtime configuration from the environment, with the defaults a district installation
 * starts with. Security numbers (idle timeout, lock-out, password policy) live here, not in code.
 */
export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  /** How many of lower case, upper case, digits and symbols a password must mix. */
  minCharacterClasses: number;
  /** The lowest zxcvbn score (0–4) accepted; 3 refuses what an offline guesser finds quickly. */
  minStrength: number;
}

export interface SignInPolicy {
  maxFailedAttempts: number;
  lockoutMinutes: number;
}

export interface SessionPolicy {
  idleTimeoutMinutes: number;
  maxLifetimeHours: number;
  /**
   * Cookies marked Secure, with HSTS (default). Plain HTTP only when explicitly configured for
   * development: SECURE_COOKIES=false, or the embedded quick start (`npm start` without
   * DATABASE_URL and without SECURE_COOKIES).
   */
  secureCookies: boolean;
}

/** A limit of `max` requests per `windowSeconds`, counted in the shared rate_limit_hits table. */
export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export interface RateLimits {
  /** Per client address and user name. */
  signIn: RateLimit;
  /** Account and organisation registration, per client address. */
  registration: RateLimit;
  /** File uploads, per signed-in user. */
  uploads: RateLimit;
  /** Every other form reachable without a session, per client address. */
  publicForms: RateLimit;
}

/** Clearing what crashed uploads leave in file storage. */
export interface FileSweepPolicy {
  /** Files last written less than this long ago are never swept (an upload may be in progress). */
  graceMinutes: number;
  /** How often each instance sweeps, besides at start; 0: only at start. */
  intervalMinutes: number;
}

/** An SMTP relay for the mail the platform sends (password reset links); null when none is set. */
export interface MailSettings {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
  /** The platform's address as people reach it, for links in mail (PUBLIC_URL). */
  publicUrl: string;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * What the public pages' footer says about the site's owner (a government site shows its contact,
 * where to find help and its 备案 numbers). Each is optional: a line not configured is not shown.
 */
export interface SiteInfo {
  /** SITE_CONTACT_PHONE, e.g. 0371-00000000. */
  contactPhone: string | null;
  /** SITE_CONTACT_EMAIL. */
  contactEmail: string | null;
  /** SITE_CONTACT_ADDRESS: the Office's postal address. */
  contactAddress: string | null;
  /** SITE_HELP_URL: where the help (guide, FAQ) is published. */
  helpUrl: string | null;
  /** SITE_ICP_FILING: the ICP filing number (ICP备案号), linked to the MIIT filing system. */
  icpFiling: string | null;
  /** SITE_POLICE_FILING: the public-security filing number (公安机关备案号). */
  policeFiling: string | null;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /**
   * The role that owns the tables and runs the migrations (MIGRATION_DATABASE_URL; default
   * DATABASE_URL). When it differs, the application connects as DATABASE_URL's role with only
   * the grants it needs: it cannot truncate the logs, alter them or switch their triggers off.
   */
  migrationDatabaseUrl: string | undefined;
  /** How often each instance checks that today's audit head is published (AUDIT_HEAD_CHECK_MINUTES). */
  auditHeadCheckMinutes: number;
  dataDir: string;
  /** Root folder of uploaded files (default: <dataDir>/files). */
  filesRoot: string;
  uploadMaxBytes: number;
  fileSweep: FileSweepPolicy;
  /** A former employer within this many years is a conflict of interest (回避). */
  conflictFormerEmployerYears: number;
  bodyLimitBytes: number;
  trustProxy: boolean;
  session: SessionPolicy;
  signIn: SignInPolicy;
  password: PasswordPolicy;
  /** pino level of the JSON log on standard output (LOG_LEVEL, default info). */
  logLevel: LogLevel;
  rateLimits: RateLimits;
  /**
   * The demo installation: demo accounts with the published demo password. Only the embedded
   * quick start (`npm start` without DATABASE_URL) or SEED_DEMO=true turns it on.
   */
  demoMode: boolean;
  /** How long an activation code (a new account's, or the first administrator's) stays valid. */
  activationCodeHours: number;
  /**
   * How long a reset link sent by mail stays valid (RESET_CODE_HOURS). A code the Office hands over
   * in person lasts as long as an activation code (ACTIVATION_CODE_HOURS).
   */
  resetCodeHours: number;
  /** SMTP_HOST and friends: with it, people reset their own password by e-mail. */
  mail: MailSettings | null;
  site: SiteInfo;
}

function textFrom(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value.slice(0, 300) : null;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function limitFrom(env: NodeJS.ProcessEnv, name: string, max: number, windowSeconds: number): RateLimit {
  return {
    max: intFrom(env, `${name}_MAX`, max),
    windowSeconds: intFrom(env, `${name}_WINDOW_SECONDS`, windowSeconds),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = readConfig(env);
  const problems = [
    config.signIn.maxFailedAttempts < 1 && 'SIGN_IN_MAX_FAILURES must be at least 1',
    config.session.idleTimeoutMinutes < 1 && 'SESSION_IDLE_MINUTES must be at least 1',
    (config.password.minCharacterClasses < 1 || config.password.minCharacterClasses > 4) &&
      'PASSWORD_MIN_CLASSES must be between 1 and 4',
    config.password.minLength > config.password.maxLength &&
      'PASSWORD_MIN_LENGTH exceeds PASSWORD_MAX_LENGTH',
    config.password.minLength < 8 && 'PASSWORD_MIN_LENGTH must be at least 8',
    config.password.minStrength > 4 && 'PASSWORD_MIN_STRENGTH must be between 0 and 4',
    config.activationCodeHours < 1 && 'ACTIVATION_CODE_HOURS must be at least 1',
    config.resetCodeHours < 1 && 'RESET_CODE_HOURS must be at least 1',
    config.auditHeadCheckMinutes < 1 && 'AUDIT_HEAD_CHECK_MINUTES must be at least 1',
    Boolean(config.migrationDatabaseUrl && !config.databaseUrl) &&
      'MIGRATION_DATABASE_URL needs DATABASE_URL (the application’s own role)',
    !['true', 'false', '', undefined].includes(env.SECURE_COOKIES) &&
      `SECURE_COOKIES must be true or false, got "${env.SECURE_COOKIES}"`,
    config.fileSweep.graceMinutes < 1 && 'FILES_SWEEP_GRACE_MINUTES must be at least 1',
    !LOG_LEVELS.includes(config.logLevel) && `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`,
    Boolean(config.site.helpUrl && !/^(https?:\/\/|\/)/.test(config.site.helpUrl)) &&
      'SITE_HELP_URL must start with https://, http:// or /',
    Object.values(config.rateLimits).some((l) => l.max < 1 || l.windowSeconds < 1) &&
      'rate limits (RATE_LIMIT_*_MAX, RATE_LIMIT_*_WINDOW_SECONDS) must be at least 1',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`Configuration: ${problems.join('; ')}`);
  return config;
}

function readConfig(env: NodeJS.ProcessEnv): Config {
  return {
    port: intFrom(env, 'PORT', 3000),
    // Only this machine unless HOST says otherwise (e.g. HOST=0.0.0.0 behind a reverse proxy elsewhere).
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || env.DATABASE_URL || undefined,
    auditHeadCheckMinutes: intFrom(env, 'AUDIT_HEAD_CHECK_MINUTES', 60),
    dataDir: env.DATA_DIR ?? './data',
    filesRoot: env.FILES_ROOT ?? `${env.DATA_DIR ?? './data'}/files`,
    uploadMaxBytes: intFrom(env, 'UPLOAD_MAX_BYTES', 50 * 1024 * 1024),
    fileSweep: {
      graceMinutes: intFrom(env, 'FILES_SWEEP_GRACE_MINUTES', 60),
      intervalMinutes: intFrom(env, 'FILES_SWEEP_INTERVAL_MINUTES', 60),
    },
    conflictFormerEmployerYears: intFrom(env, 'CONFLICT_FORMER_EMPLOYER_YEARS', 3),
    bodyLimitBytes: intFrom(env, 'BODY_LIMIT_BYTES', 1024 * 1024),
    trustProxy: env.TRUST_PROXY === 'true',
    session: {
      idleTimeoutMinutes: intFrom(env, 'SESSION_IDLE_MINUTES', 30),
      maxLifetimeHours: intFrom(env, 'SESSION_MAX_HOURS', 12),
      secureCookies: env.SECURE_COOKIES !== 'false',
    },
    signIn: {
      maxFailedAttempts: intFrom(env, 'SIGN_IN_MAX_FAILURES', 5),
      lockoutMinutes: intFrom(env, 'SIGN_IN_LOCKOUT_MINUTES', 15),
    },
    password: {
      minLength: intFrom(env, 'PASSWORD_MIN_LENGTH', 10),
      maxLength: intFrom(env, 'PASSWORD_MAX_LENGTH', 128),
      minCharacterClasses: intFrom(env, 'PASSWORD_MIN_CLASSES', 3),
      minStrength: intFrom(env, 'PASSWORD_MIN_STRENGTH', 3),
    },
    logLevel: (env.LOG_LEVEL || 'info') as LogLevel,
    rateLimits: {
      signIn: limitFrom(env, 'RATE_LIMIT_SIGN_IN', 10, 60),
      registration: limitFrom(env, 'RATE_LIMIT_REGISTRATION', 5, 600),
      uploads: limitFrom(env, 'RATE_LIMIT_UPLOADS', 60, 60),
      publicForms: limitFrom(env, 'RATE_LIMIT_PUBLIC_FORMS', 20, 60),
    },
    demoMode: env.SEED_DEMO === 'true' || (!env.DATABASE_URL && env.SEED_DEMO !== 'false'),
    activationCodeHours: intFrom(env, 'ACTIVATION_CODE_HOURS', 72),
    site: {
      contactPhone: textFrom(env, 'SITE_CONTACT_PHONE'),
      contactEmail: textFrom(env, 'SITE_CONTACT_EMAIL'),
      contactAddress: textFrom(env, 'SITE_CONTACT_ADDRESS'),
      helpUrl: textFrom(env, 'SITE_HELP_URL'),
      icpFiling: textFrom(env, 'SITE_ICP_FILING'),
      policeFiling: textFrom(env, 'SITE_POLICE_FILING'),
    },
    resetCodeHours: intFrom(env, 'RESET_CODE_HOURS', 2),
    mail: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: intFrom(env, 'SMTP_PORT', 587),
          secure: env.SMTP_SECURE === 'true',
          user: env.SMTP_USER || undefined,
          password: env.SMTP_PASSWORD || undefined,
          from: env.MAIL_FROM ?? `质量奖评审管理平台 <no-reply@${env.SMTP_HOST}>`,
          publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
        }
      : null,
  };
}
