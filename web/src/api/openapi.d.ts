/**
 * Generated from the API’s OpenAPI document by scripts/generate-api-types.ts
 * (`npm run api:types`). Do not edit: change the route schemas and regenerate.
 */

export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness, database engine and migration level */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
              database: {
                engine: 'pglite' | 'postgresql';
                migration: string | null;
                migrationsApplied: number;
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/site': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The site's footer lines: contact, help and filing numbers (each null when not configured) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contactPhone: string | null;
              contactEmail: string | null;
              contactAddress: string | null;
              helpUrl: string | null;
              icpFiling: string | null;
              policeFiling: string | null;
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current session and the CSRF token to echo in x-csrf-token */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authenticated: boolean;
              csrfToken: string;
              idleTimeoutMinutes: number;
              user?: {
                id: string;
                username: string;
                displayName: string;
                roles: (
                  | 'applicant'
                  | 'locality_endorser'
                  | 'department_endorser'
                  | 'office_staff'
                  | 'expert'
                  | 'committee_member'
                  | 'committee_chair'
                  | 'government_approver'
                  | 'auditor'
                  | 'system_admin'
                )[];
                locale: string;
                mustChangePassword: boolean;
                abilities: string[];
              };
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in; sets the HttpOnly session cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                username: string;
                displayName: string;
                roles: (
                  | 'applicant'
                  | 'locality_endorser'
                  | 'department_endorser'
                  | 'office_staff'
                  | 'expert'
                  | 'committee_member'
                  | 'committee_chair'
                  | 'government_approver'
                  | 'auditor'
                  | 'system_admin'
                )[];
                locale: string;
                mustChangePassword: boolean;
                abilities: string[];
              };
              csrfToken: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out and end the session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change one's own password (other sessions end; this one gets a new token) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set one’s own first password with the one-time activation code one was handed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            code: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How a forgotten password is reset here: by e-mail when mail is configured, else through the Office */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byMail: boolean;
              codeHours: number;
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Ask for a password reset by user name: the same answer whether the name exists or not; with a mailbox on the account a one-time reset link is mailed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              byMail: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The Office issues a one-time reset code for an organisation's account, found by its credit code (shown once; audited with how the request was checked) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            creditCode: string;
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              username: string;
              organisationName: string;
              activation: {
                code: string;
                expiresAt: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The password rules, to show before anyone types a new password */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              minLength: number;
              maxLength: number;
              minCharacterClasses: number;
              minStrength: number;
              rules: {
                zh: string;
                en: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts, for the system administrator */
    get: {
      parameters: {
        query?: {
          search?: string;
          role?:
            | 'applicant'
            | 'locality_endorser'
            | 'department_endorser'
            | 'office_staff'
            | 'expert'
            | 'committee_member'
            | 'committee_chair'
            | 'government_approver'
            | 'auditor'
            | 'system_admin';
          status?: 'active' | 'disabled';
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                username: string;
                displayName: string;
                email: string | null;
                phone: string | null;
                status: 'active' | 'disabled';
                roles: {
                  /** @enum {unknown} */
                  role:
                    | 'applicant'
                    | 'locality_endorser'
                    | 'department_endorser'
                    | 'office_staff'
                    | 'expert'
                    | 'committee_member'
                    | 'committee_chair'
                    | 'government_approver'
                    | 'auditor'
                    | 'system_admin';
                  programmeId?: string | null;
                  townId?: number | null;
                  departmentId?: number | null;
                }[];
                lockedUntil: string | null;
                createdAt: string;
                pendingRoles: {
                  /** @enum {unknown} */
                  role:
                    | 'applicant'
                    | 'locality_endorser'
                    | 'department_endorser'
                    | 'office_staff'
                    | 'expert'
                    | 'committee_member'
                    | 'committee_chair'
                    | 'government_approver'
                    | 'auditor'
                    | 'system_admin';
                  programmeId?: string | null;
                  townId?: number | null;
                  departmentId?: number | null;
                }[];
                activationExpiresAt: string | null;
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a staff, expert, committee, endorser, approver or auditor account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            displayName: string;
            /** Format: email */
            email?: string;
            phone?: string;
            roles: {
              /** @enum {unknown} */
              role:
                | 'applicant'
                | 'locality_endorser'
                | 'department_endorser'
                | 'office_staff'
                | 'expert'
                | 'committee_member'
                | 'committee_chair'
                | 'government_approver'
                | 'auditor'
                | 'system_admin';
              programmeId?: string | null;
              townId?: number | null;
              departmentId?: number | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                id: string;
                username: string;
                displayName: string;
                email: string | null;
                phone: string | null;
                status: 'active' | 'disabled';
                roles: {
                  /** @enum {unknown} */
                  role:
                    | 'applicant'
                    | 'locality_endorser'
                    | 'department_endorser'
                    | 'office_staff'
                    | 'expert'
                    | 'committee_member'
                    | 'committee_chair'
                    | 'government_approver'
                    | 'auditor'
                    | 'system_admin';
                  programmeId?: string | null;
                  townId?: number | null;
                  departmentId?: number | null;
                }[];
                lockedUntil: string | null;
                createdAt: string;
                pendingRoles: {
                  /** @enum {unknown} */
                  role:
                    | 'applicant'
                    | 'locality_endorser'
                    | 'department_endorser'
                    | 'office_staff'
                    | 'expert'
                    | 'committee_member'
                    | 'committee_chair'
                    | 'government_approver'
                    | 'auditor'
                    | 'system_admin';
                  programmeId?: string | null;
                  townId?: number | null;
                  departmentId?: number | null;
                }[];
                activationExpiresAt: string | null;
              };
              activation: {
                code: string;
                expiresAt: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}/activation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reset a lost password: the password is void, sessions end, a new one-time activation code is issued (shown once); roles a second person confirms wait again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                id: string;
                username: string;
                displayName: string;
                email: string | null;
                phone: string | null;
                status: 'active' | 'disabled';
                roles: {
                  /** @enum {unknown} */
                  role:
                    | 'applicant'
                    | 'locality_endorser'
                    | 'department_endorser'
                    | 'office_staff'
                    | 'expert'
                    | 'committee_member'
                    | 'committee_chair'
                    | 'government_approver'
                    | 'auditor'
                    | 'system_admin';
                  programmeId?: string | null;
                  townId?: number | null;
                  departmentId?: number | null;
                }[];
                lockedUntil: string | null;
                createdAt: string;
                pendingRoles: {
                  /** @enum {unknown} */
                  role:
                    | 'applicant'
                    | 'locality_endorser'
                    | 'department_endorser'
                    | 'office_staff'
                    | 'expert'
                    | 'committee_member'
                    | 'committee_chair'
                    | 'government_approver'
                    | 'auditor'
                    | 'system_admin';
                  programmeId?: string | null;
                  townId?: number | null;
                  departmentId?: number | null;
                }[];
                activationExpiresAt: string | null;
              };
              activation: {
                code: string;
                expiresAt: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/role-grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Role grants waiting for a second person: for the administrator and for those who confirm */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                userId: string;
                username: string;
                displayName: string;
                /** @enum {unknown} */
                role:
                  | 'applicant'
                  | 'locality_endorser'
                  | 'department_endorser'
                  | 'office_staff'
                  | 'expert'
                  | 'committee_member'
                  | 'committee_chair'
                  | 'government_approver'
                  | 'auditor'
                  | 'system_admin';
                programmeId: string | null;
                townId: number | null;
                departmentId: number | null;
                requestedByName: string | null;
                requestedAt: string;
                canConfirm: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/role-grants/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a role grant the administrator asked for (the second person); audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              userId: string;
              username: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                | 'applicant'
                | 'locality_endorser'
                | 'department_endorser'
                | 'office_staff'
                | 'expert'
                | 'committee_member'
                | 'committee_chair'
                | 'government_approver'
                | 'auditor'
                | 'system_admin';
              programmeId: string | null;
              townId: number | null;
              departmentId: number | null;
              requestedByName: string | null;
              requestedAt: string;
              canConfirm: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              email: string | null;
              phone: string | null;
              status: 'active' | 'disabled';
              roles: {
                /** @enum {unknown} */
                role:
                  | 'applicant'
                  | 'locality_endorser'
                  | 'department_endorser'
                  | 'office_staff'
                  | 'expert'
                  | 'committee_member'
                  | 'committee_chair'
                  | 'government_approver'
                  | 'auditor'
                  | 'system_admin';
                programmeId?: string | null;
                townId?: number | null;
                departmentId?: number | null;
              }[];
              lockedUntil: string | null;
              createdAt: string;
              pendingRoles: {
                /** @enum {unknown} */
                role:
                  | 'applicant'
                  | 'locality_endorser'
                  | 'department_endorser'
                  | 'office_staff'
                  | 'expert'
                  | 'committee_member'
                  | 'committee_chair'
                  | 'government_approver'
                  | 'auditor'
                  | 'system_admin';
                programmeId?: string | null;
                townId?: number | null;
                departmentId?: number | null;
              }[];
              activationExpiresAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable or re-enable an account, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            status: 'active' | 'disabled';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              email: string | null;
              phone: string | null;
              status: 'active' | 'disabled';
              roles: {
                /** @enum {unknown} */
                role:
                  | 'applicant'
                  | 'locality_endorser'
                  | 'department_endorser'
                  | 'office_staff'
                  | 'expert'
                  | 'committee_member'
                  | 'committee_chair'
                  | 'government_approver'
                  | 'auditor'
                  | 'system_admin';
                programmeId?: string | null;
                townId?: number | null;
                departmentId?: number | null;
              }[];
              lockedUntil: string | null;
              createdAt: string;
              pendingRoles: {
                /** @enum {unknown} */
                role:
                  | 'applicant'
                  | 'locality_endorser'
                  | 'department_endorser'
                  | 'office_staff'
                  | 'expert'
                  | 'committee_member'
                  | 'committee_chair'
                  | 'government_approver'
                  | 'auditor'
                  | 'system_admin';
                programmeId?: string | null;
                townId?: number | null;
                departmentId?: number | null;
              }[];
              activationExpiresAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reference/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A programme's towns / sub-districts or competent departments */
    get: {
      parameters: {
        query?: {
          /** @description the programme's slug; the default programme's when absent */
          programme?: string;
        };
        header?: never;
        path: {
          kind: 'towns' | 'departments';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                programmeId: string;
                code: string;
                name: {
                  zh: string;
                  en: string;
                };
                active: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: {
          /** @description the programme's slug; the default programme's when absent */
          programme?: string;
        };
        header?: never;
        path: {
          kind: 'towns' | 'departments';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            name: {
              zh: string;
              en: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              programmeId: string;
              code: string;
              name: {
                zh: string;
                en: string;
              };
              active: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reference/{kind}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kind: 'towns' | 'departments';
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: {
              zh: string;
              en: string;
            };
            active?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              programmeId: string;
              code: string;
              name: {
                zh: string;
                en: string;
              };
              active: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the audit entries, newest first, filtered by person, action, record and Beijing dates */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
          /** @description First day, YYYY-MM-DD in Beijing time (included) */
          from?: string;
          /** @description Last day, YYYY-MM-DD in Beijing time (included) */
          to?: string;
          action?: string;
          recordType?: string;
          recordId?: string;
          /** @description Part of the username or name of the actor (or of the real actor) */
          person?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                at: string;
                actor: {
                  id: string;
                  displayName: string;
                } | null;
                realActor: {
                  id: string;
                  displayName: string;
                } | null;
                action: string;
                recordType: string;
                recordId: string | null;
                /** @description JSON snapshot of the record (open-ended, as hashed into the chain), or null */
                before: unknown;
                /** @description JSON snapshot of the record (open-ended, as hashed into the chain), or null */
                after: unknown;
                clientIp: string | null;
                programmeId: string | null;
                prevHash: string;
                hash: string;
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit entries matching the filters (those of GET /api/audit), newest first, as an Excel sheet written as it is read; the export is logged in the access log */
    get: {
      parameters: {
        query?: {
          /** @description First day, YYYY-MM-DD in Beijing time (included) */
          from?: string;
          /** @description Last day, YYYY-MM-DD in Beijing time (included) */
          to?: string;
          action?: string;
          recordType?: string;
          recordId?: string;
          /** @description Part of the username or name of the actor (or of the real actor) */
          person?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The audit trail (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the SHA-256 chain, name the first broken entry, and check it passes through every published head */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              checked: number;
              firstBroken?: {
                id: number;
                reason: string;
              };
              head?: {
                id: number;
                hash: string;
              };
              publishedHeads: {
                /** @description Published heads compared against */
                given: number;
                /** @description Heads the chain was found to pass through */
                checked: number;
                breach?: {
                  reason: 'head-missing' | 'head-mismatch';
                  head: {
                    /**
                     * Format: date
                     * @description Beijing date it was published for
                     */
                    day: string;
                    entryId: number;
                    /** @description Entries in the chain up to and including entryId */
                    entryCount: number;
                    /** @description SHA-256 of entry entryId, hex */
                    hash: string;
                  };
                  /** @description head-missing: entries the chain has now */
                  chainCount?: number;
                  /** @description head-mismatch: the entry there now */
                  found?: {
                    id: number;
                    hash: string;
                  };
                  lastMatched?: {
                    /**
                     * Format: date
                     * @description Beijing date it was published for
                     */
                    day: string;
                    entryId: number;
                    /** @description Entries in the chain up to and including entryId */
                    entryCount: number;
                    /** @description SHA-256 of entry entryId, hex */
                    hash: string;
                  };
                };
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/audit-heads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every published head of the audit chain, oldest first: keep a copy, then `npm run audit:verify -- --heads <file|url>` */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /**
                 * Format: date
                 * @description Beijing date it was published for
                 */
                day: string;
                entryId: number;
                /** @description Entries in the chain up to and including entryId */
                entryCount: number;
                /** @description SHA-256 of entry entryId, hex */
                hash: string;
                /** Format: date-time */
                publishedAt: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the sign-ins, sign-outs, reads and exports of protected material, newest first, by event, person, record and Beijing dates */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
          /** @description First day, YYYY-MM-DD in Beijing time (included) */
          from?: string;
          /** @description Last day, YYYY-MM-DD in Beijing time (included) */
          to?: string;
          event?:
            | 'sign-in'
            | 'sign-in-failed'
            | 'sign-in-locked'
            | 'sign-out'
            | 'read'
            | 'export'
            | 'activated'
            | 'activation-failed';
          /** @description Part of a username or name */
          search?: string;
          recordType?: string;
          recordId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                at: string;
                user: {
                  id: string;
                  displayName: string;
                } | null;
                username: string | null;
                event: string;
                recordType: string | null;
                recordId: string | null;
                clientIp: string | null;
                userAgent: string | null;
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/access-log/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The access-log entries matching the filters (those of GET /api/access-log), newest first, as an Excel sheet written as it is read; the export is itself logged */
    get: {
      parameters: {
        query?: {
          /** @description First day, YYYY-MM-DD in Beijing time (included) */
          from?: string;
          /** @description Last day, YYYY-MM-DD in Beijing time (included) */
          to?: string;
          event?:
            | 'sign-in'
            | 'sign-in-failed'
            | 'sign-in-locked'
            | 'sign-out'
            | 'read'
            | 'export'
            | 'activated'
            | 'activation-failed';
          /** @description Part of a username or name */
          search?: string;
          recordType?: string;
          recordId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The access log (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Approved award programme rules versions (stored documents, see /api/rules-versions) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                family: string;
                title: {
                  zh: string;
                  en: string;
                };
                effectiveDate: string;
                documentNumber: string;
                sha256: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One approved programme rules version: chapters, articles, parameters and clauses with their source articles */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: {
                zh: string;
                en: string;
              };
              issuer: {
                zh: string;
                en: string;
              };
              documentNumber: string;
              effectiveDate: string;
              defaultFrameworkId: string;
              chapters: {
                number: number;
                title: {
                  zh: string;
                  en: string;
                };
              }[];
              articles: {
                number: number;
                chapter: number;
                title: {
                  zh: string;
                  en: string;
                };
                text: {
                  zh: string;
                  en: string;
                };
                platform: {
                  zh: string;
                  en: string;
                };
              }[];
              parameters: {
                jurisdiction: {
                  value: string;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                jurisdictionRegionCode: {
                  value: string;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                maxWinnersPerYear: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                minimumQualifyingScorePercent: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                minYearsInOperation: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                minYearsQmsEffective: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                accidentFreeYears: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                lossFreeYears: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                exclusionLookbackYears: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                fraudLookbackYears: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                panelSizeMin: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                panelSizeMax: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                leadersPerPanel: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                publicNoticeMinDays: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                prizePerWinnerYuan: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                titleValidityYears: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
                overviewMaxChars: {
                  value: number;
                  /** @enum {unknown} */
                  unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                  label: {
                    zh: string;
                    en: string;
                  };
                  source: {
                    article: number;
                    clause?: number;
                  };
                };
              };
              clauses: {
                'years-operating': {
                  article: number;
                  clause?: number;
                };
                'quality-system': {
                  article: number;
                  clause?: number;
                };
                'no-major-accident': {
                  article: number;
                  clause?: number;
                };
                'no-loss': {
                  article: number;
                  clause?: number;
                };
                'standards-and-reputation': {
                  article: number;
                  clause?: number;
                };
                'department-recommendation': {
                  article: number;
                  clause?: number;
                };
                'against-policy': {
                  article: number;
                  clause?: number;
                };
                'missing-licence': {
                  article: number;
                  clause?: number;
                };
                'liability-accident': {
                  article: number;
                  clause?: number;
                };
                'failed-spot-check': {
                  article: number;
                  clause?: number;
                };
                'award-fraud': {
                  article: number;
                  clause?: number;
                };
                'public-order-violation': {
                  article: number;
                  clause?: number;
                };
                'tax-evasion': {
                  article: number;
                  clause?: number;
                };
                'wage-arrears': {
                  article: number;
                  clause?: number;
                };
                'other-violations': {
                  article: number;
                  clause?: number;
                };
                'title-validity': {
                  article: number;
                  clause?: number;
                };
              };
              localities: {
                zh: string;
                en: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scoring framework versions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                title: {
                  zh: string;
                  en: string;
                };
                totalPoints: number;
                sha256: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One scoring framework version: categories, items, points, bands */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: {
                zh: string;
                en: string;
              };
              standard: string;
              totalPoints: number;
              percentStep: number;
              categories: {
                code: string;
                title: {
                  zh: string;
                  en: string;
                };
                points: number;
                items: {
                  code: string;
                  title: {
                    zh: string;
                    en: string;
                  };
                  points: number;
                  /** @enum {unknown} */
                  kind: 'process' | 'results';
                }[];
              }[];
              bands: {
                minPercent: number;
                maxPercent: number;
                process: {
                  zh: string;
                  en: string;
                };
                results: {
                  zh: string;
                  en: string;
                };
              }[];
              dimensions: {
                process: {
                  key: string;
                  title: {
                    zh: string;
                    en: string;
                  };
                }[];
                results: {
                  key: string;
                  title: {
                    zh: string;
                    en: string;
                  };
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rules-versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Programme rules versions, drafts included, newest first */
    get: {
      parameters: {
        query?: {
          status?: 'draft' | 'approved';
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @description The award the version belongs to; a draft inherits it */
                family: string;
                /** @enum {unknown} */
                status: 'draft' | 'approved';
                title: {
                  zh: string;
                  en: string;
                };
                documentNumber: string;
                /** @description SHA-256 of the canonical JSON of the document */
                sha256: string;
                revision: number;
                basedOn: string | null;
                createdBy: {
                  id: string;
                  name: string;
                } | null;
                /** @description ISO 8601 date-time */
                createdAt: string;
                approvedBy: {
                  id: string;
                  name: string;
                } | null;
                /** @description ISO 8601 date-time */
                approvedAt: string | null;
                /** @description What the caller may do with this version, as the server decides */
                abilities: {
                  edit: boolean;
                  approve: boolean;
                  draftFrom: boolean;
                };
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Draft a new rules version from an existing one (the Office): its own programme's, or another programme's approved version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            basedOn: string;
            id: string;
            /** @description the programme the draft is for; the base version’s when absent */
            programmeId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The award the version belongs to; a draft inherits it */
              family: string;
              /** @enum {unknown} */
              status: 'draft' | 'approved';
              title: {
                zh: string;
                en: string;
              };
              documentNumber: string;
              /** @description SHA-256 of the canonical JSON of the document */
              sha256: string;
              revision: number;
              basedOn: string | null;
              createdBy: {
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 date-time */
              createdAt: string;
              approvedBy: {
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 date-time */
              approvedAt: string | null;
              /** @description What the caller may do with this version, as the server decides */
              abilities: {
                edit: boolean;
                approve: boolean;
                draftFrom: boolean;
              };
              document: {
                id: string;
                title: {
                  zh: string;
                  en: string;
                };
                issuer: {
                  zh: string;
                  en: string;
                };
                documentNumber: string;
                effectiveDate: string;
                defaultFrameworkId: string;
                chapters: {
                  number: number;
                  title: {
                    zh: string;
                    en: string;
                  };
                }[];
                articles: {
                  number: number;
                  chapter: number;
                  title: {
                    zh: string;
                    en: string;
                  };
                  text: {
                    zh: string;
                    en: string;
                  };
                  platform: {
                    zh: string;
                    en: string;
                  };
                }[];
                parameters: {
                  jurisdiction: {
                    value: string;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  jurisdictionRegionCode: {
                    value: string;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  maxWinnersPerYear: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minimumQualifyingScorePercent: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minYearsInOperation: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minYearsQmsEffective: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  accidentFreeYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  lossFreeYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  exclusionLookbackYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  fraudLookbackYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  panelSizeMin: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  panelSizeMax: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  leadersPerPanel: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  publicNoticeMinDays: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  prizePerWinnerYuan: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  titleValidityYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  overviewMaxChars: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                };
                clauses: {
                  'years-operating': {
                    article: number;
                    clause?: number;
                  };
                  'quality-system': {
                    article: number;
                    clause?: number;
                  };
                  'no-major-accident': {
                    article: number;
                    clause?: number;
                  };
                  'no-loss': {
                    article: number;
                    clause?: number;
                  };
                  'standards-and-reputation': {
                    article: number;
                    clause?: number;
                  };
                  'department-recommendation': {
                    article: number;
                    clause?: number;
                  };
                  'against-policy': {
                    article: number;
                    clause?: number;
                  };
                  'missing-licence': {
                    article: number;
                    clause?: number;
                  };
                  'liability-accident': {
                    article: number;
                    clause?: number;
                  };
                  'failed-spot-check': {
                    article: number;
                    clause?: number;
                  };
                  'award-fraud': {
                    article: number;
                    clause?: number;
                  };
                  'public-order-violation': {
                    article: number;
                    clause?: number;
                  };
                  'tax-evasion': {
                    article: number;
                    clause?: number;
                  };
                  'wage-arrears': {
                    article: number;
                    clause?: number;
                  };
                  'other-violations': {
                    article: number;
                    clause?: number;
                  };
                  'title-validity': {
                    article: number;
                    clause?: number;
                  };
                };
                localities: {
                  zh: string;
                  en: string;
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rules-versions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One rules version with its document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The award the version belongs to; a draft inherits it */
              family: string;
              /** @enum {unknown} */
              status: 'draft' | 'approved';
              title: {
                zh: string;
                en: string;
              };
              documentNumber: string;
              /** @description SHA-256 of the canonical JSON of the document */
              sha256: string;
              revision: number;
              basedOn: string | null;
              createdBy: {
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 date-time */
              createdAt: string;
              approvedBy: {
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 date-time */
              approvedAt: string | null;
              /** @description What the caller may do with this version, as the server decides */
              abilities: {
                edit: boolean;
                approve: boolean;
                draftFrom: boolean;
              };
              document: {
                id: string;
                title: {
                  zh: string;
                  en: string;
                };
                issuer: {
                  zh: string;
                  en: string;
                };
                documentNumber: string;
                effectiveDate: string;
                defaultFrameworkId: string;
                chapters: {
                  number: number;
                  title: {
                    zh: string;
                    en: string;
                  };
                }[];
                articles: {
                  number: number;
                  chapter: number;
                  title: {
                    zh: string;
                    en: string;
                  };
                  text: {
                    zh: string;
                    en: string;
                  };
                  platform: {
                    zh: string;
                    en: string;
                  };
                }[];
                parameters: {
                  jurisdiction: {
                    value: string;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  jurisdictionRegionCode: {
                    value: string;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  maxWinnersPerYear: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minimumQualifyingScorePercent: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minYearsInOperation: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minYearsQmsEffective: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  accidentFreeYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  lossFreeYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  exclusionLookbackYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  fraudLookbackYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  panelSizeMin: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  panelSizeMax: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  leadersPerPanel: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  publicNoticeMinDays: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  prizePerWinnerYuan: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  titleValidityYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  overviewMaxChars: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                };
                clauses: {
                  'years-operating': {
                    article: number;
                    clause?: number;
                  };
                  'quality-system': {
                    article: number;
                    clause?: number;
                  };
                  'no-major-accident': {
                    article: number;
                    clause?: number;
                  };
                  'no-loss': {
                    article: number;
                    clause?: number;
                  };
                  'standards-and-reputation': {
                    article: number;
                    clause?: number;
                  };
                  'department-recommendation': {
                    article: number;
                    clause?: number;
                  };
                  'against-policy': {
                    article: number;
                    clause?: number;
                  };
                  'missing-licence': {
                    article: number;
                    clause?: number;
                  };
                  'liability-accident': {
                    article: number;
                    clause?: number;
                  };
                  'failed-spot-check': {
                    article: number;
                    clause?: number;
                  };
                  'award-fraud': {
                    article: number;
                    clause?: number;
                  };
                  'public-order-violation': {
                    article: number;
                    clause?: number;
                  };
                  'tax-evasion': {
                    article: number;
                    clause?: number;
                  };
                  'wage-arrears': {
                    article: number;
                    clause?: number;
                  };
                  'other-violations': {
                    article: number;
                    clause?: number;
                  };
                  'title-validity': {
                    article: number;
                    clause?: number;
                  };
                };
                localities: {
                  zh: string;
                  en: string;
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    /** Save a draft's document at the revision read (the Office) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            revision: number;
            /** @description The whole rules document; checked against the rules schema, each problem named in zh/en */
            document: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The award the version belongs to; a draft inherits it */
              family: string;
              /** @enum {unknown} */
              status: 'draft' | 'approved';
              title: {
                zh: string;
                en: string;
              };
              documentNumber: string;
              /** @description SHA-256 of the canonical JSON of the document */
              sha256: string;
              revision: number;
              basedOn: string | null;
              createdBy: {
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 date-time */
              createdAt: string;
              approvedBy: {
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 date-time */
              approvedAt: string | null;
              /** @description What the caller may do with this version, as the server decides */
              abilities: {
                edit: boolean;
                approve: boolean;
                draftFrom: boolean;
              };
              document: {
                id: string;
                title: {
                  zh: string;
                  en: string;
                };
                issuer: {
                  zh: string;
                  en: string;
                };
                documentNumber: string;
                effectiveDate: string;
                defaultFrameworkId: string;
                chapters: {
                  number: number;
                  title: {
                    zh: string;
                    en: string;
                  };
                }[];
                articles: {
                  number: number;
                  chapter: number;
                  title: {
                    zh: string;
                    en: string;
                  };
                  text: {
                    zh: string;
                    en: string;
                  };
                  platform: {
                    zh: string;
                    en: string;
                  };
                }[];
                parameters: {
                  jurisdiction: {
                    value: string;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  jurisdictionRegionCode: {
                    value: string;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  maxWinnersPerYear: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minimumQualifyingScorePercent: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minYearsInOperation: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minYearsQmsEffective: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  accidentFreeYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  lossFreeYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  exclusionLookbackYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  fraudLookbackYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  panelSizeMin: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  panelSizeMax: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  leadersPerPanel: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  publicNoticeMinDays: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  prizePerWinnerYuan: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  titleValidityYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  overviewMaxChars: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                };
                clauses: {
                  'years-operating': {
                    article: number;
                    clause?: number;
                  };
                  'quality-system': {
                    article: number;
                    clause?: number;
                  };
                  'no-major-accident': {
                    article: number;
                    clause?: number;
                  };
                  'no-loss': {
                    article: number;
                    clause?: number;
                  };
                  'standards-and-reputation': {
                    article: number;
                    clause?: number;
                  };
                  'department-recommendation': {
                    article: number;
                    clause?: number;
                  };
                  'against-policy': {
                    article: number;
                    clause?: number;
                  };
                  'missing-licence': {
                    article: number;
                    clause?: number;
                  };
                  'liability-accident': {
                    article: number;
                    clause?: number;
                  };
                  'failed-spot-check': {
                    article: number;
                    clause?: number;
                  };
                  'award-fraud': {
                    article: number;
                    clause?: number;
                  };
                  'public-order-violation': {
                    article: number;
                    clause?: number;
                  };
                  'tax-evasion': {
                    article: number;
                    clause?: number;
                  };
                  'wage-arrears': {
                    article: number;
                    clause?: number;
                  };
                  'other-violations': {
                    article: number;
                    clause?: number;
                  };
                  'title-validity': {
                    article: number;
                    clause?: number;
                  };
                };
                localities: {
                  zh: string;
                  en: string;
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rules-versions/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a draft at the revision read (the committee chair, not its drafter) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            revision: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The award the version belongs to; a draft inherits it */
              family: string;
              /** @enum {unknown} */
              status: 'draft' | 'approved';
              title: {
                zh: string;
                en: string;
              };
              documentNumber: string;
              /** @description SHA-256 of the canonical JSON of the document */
              sha256: string;
              revision: number;
              basedOn: string | null;
              createdBy: {
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 date-time */
              createdAt: string;
              approvedBy: {
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 date-time */
              approvedAt: string | null;
              /** @description What the caller may do with this version, as the server decides */
              abilities: {
                edit: boolean;
                approve: boolean;
                draftFrom: boolean;
              };
              document: {
                id: string;
                title: {
                  zh: string;
                  en: string;
                };
                issuer: {
                  zh: string;
                  en: string;
                };
                documentNumber: string;
                effectiveDate: string;
                defaultFrameworkId: string;
                chapters: {
                  number: number;
                  title: {
                    zh: string;
                    en: string;
                  };
                }[];
                articles: {
                  number: number;
                  chapter: number;
                  title: {
                    zh: string;
                    en: string;
                  };
                  text: {
                    zh: string;
                    en: string;
                  };
                  platform: {
                    zh: string;
                    en: string;
                  };
                }[];
                parameters: {
                  jurisdiction: {
                    value: string;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  jurisdictionRegionCode: {
                    value: string;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  maxWinnersPerYear: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minimumQualifyingScorePercent: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minYearsInOperation: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  minYearsQmsEffective: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  accidentFreeYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  lossFreeYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  exclusionLookbackYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  fraudLookbackYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  panelSizeMin: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  panelSizeMax: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  leadersPerPanel: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  publicNoticeMinDays: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  prizePerWinnerYuan: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  titleValidityYears: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                  overviewMaxChars: {
                    value: number;
                    /** @enum {unknown} */
                    unit: 'count' | 'years' | 'days' | 'yuan' | 'experts' | 'percent' | 'text';
                    label: {
                      zh: string;
                      en: string;
                    };
                    source: {
                      article: number;
                      clause?: number;
                    };
                  };
                };
                clauses: {
                  'years-operating': {
                    article: number;
                    clause?: number;
                  };
                  'quality-system': {
                    article: number;
                    clause?: number;
                  };
                  'no-major-accident': {
                    article: number;
                    clause?: number;
                  };
                  'no-loss': {
                    article: number;
                    clause?: number;
                  };
                  'standards-and-reputation': {
                    article: number;
                    clause?: number;
                  };
                  'department-recommendation': {
                    article: number;
                    clause?: number;
                  };
                  'against-policy': {
                    article: number;
                    clause?: number;
                  };
                  'missing-licence': {
                    article: number;
                    clause?: number;
                  };
                  'liability-accident': {
                    article: number;
                    clause?: number;
                  };
                  'failed-spot-check': {
                    article: number;
                    clause?: number;
                  };
                  'award-fraud': {
                    article: number;
                    clause?: number;
                  };
                  'public-order-violation': {
                    article: number;
                    clause?: number;
                  };
                  'tax-evasion': {
                    article: number;
                    clause?: number;
                  };
                  'wage-arrears': {
                    article: number;
                    clause?: number;
                  };
                  'other-violations': {
                    article: number;
                    clause?: number;
                  };
                  'title-validity': {
                    article: number;
                    clause?: number;
                  };
                };
                localities: {
                  zh: string;
                  en: string;
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pool-shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The expert pools the caller's programmes share, and those shared with them (the Office) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description the programme whose pool is shared */
                poolProgrammeId: string;
                /** @description the programme that may draw from it */
                programmeId: string;
                sharedAt: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pool-shares/{programmeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Share the caller's programme's expert pool with another programme (the Office), which may then draw from it */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description the slug of /p/<slug>/… */
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    /** End a share of the caller’s programme’s pool; pools already frozen keep their experts */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description the slug of /p/<slug>/… */
          programmeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The installation's award programmes, its default (first) first: the installation home */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description the slug of /p/<slug>/… */
                id: string;
                name: {
                  zh: string;
                  en: string;
                };
                issuer: {
                  zh: string;
                  en: string;
                };
                /** @description GB/T 2260 */
                jurisdictionCode: string;
                /** @enum {unknown} */
                level: 'district' | 'city' | 'province';
                /** @description the approved rules version a new cycle starts from */
                rulesVersionId: string | null;
                receiptPrefix: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/programmes/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description the slug of /p/<slug>/… */
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the slug of /p/<slug>/… */
              id: string;
              name: {
                zh: string;
                en: string;
              };
              issuer: {
                zh: string;
                en: string;
              };
              /** @description GB/T 2260 */
              jurisdictionCode: string;
              /** @enum {unknown} */
              level: 'district' | 'city' | 'province';
              /** @description the approved rules version a new cycle starts from */
              rulesVersionId: string | null;
              receiptPrefix: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/installation/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an award programme (the administrator); then create its first Office account with POST /api/accounts in it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the slug of /p/<slug>/… */
            id: string;
            name: {
              zh: string;
              en: string;
            };
            issuer: {
              zh: string;
              en: string;
            };
            jurisdictionCode: string;
            /** @enum {unknown} */
            level: 'district' | 'city' | 'province';
            receiptPrefix: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the slug of /p/<slug>/… */
              id: string;
              name: {
                zh: string;
                en: string;
              };
              issuer: {
                zh: string;
                en: string;
              };
              /** @description GB/T 2260 */
              jurisdictionCode: string;
              /** @enum {unknown} */
              level: 'district' | 'city' | 'province';
              /** @description the approved rules version a new cycle starts from */
              rulesVersionId: string | null;
              receiptPrefix: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A programme's published cycles (the public announcement, Art. 13), newest first, with the server time; without `programme`, the installation's default programme's */
    get: {
      parameters: {
        query?: {
          programme?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              serverTime: string;
              items: {
                id: string;
                programmeId: string;
                rulesVersionId: string;
                frameworkId: string;
                year: number;
                /** @enum {unknown} */
                stage: 'draft' | 'criteria_approved' | 'published' | 'closed';
                announcementDate: string;
                applicationDeadline: string;
                plan: {
                  preliminaryCheckBy?: string;
                  materialReviewFrom?: string;
                  materialReviewTo?: string;
                  onSiteReviewFrom?: string;
                  onSiteReviewTo?: string;
                  committeeMeeting?: string;
                };
                announcement: {
                  introduction?: {
                    zh: string;
                    en: string;
                  };
                  contacts?: {
                    name: string;
                    phone: string;
                    /** Format: email */
                    email?: string;
                    address?: {
                      zh: string;
                      en: string;
                    };
                  }[];
                };
                criteriaApprovedAt: string | null;
                publishedAt: string | null;
                /**
                 * @description derived from the dates
                 * @enum {unknown}
                 */
                window: 'not-published' | 'announced' | 'open' | 'closed';
                /** @description stages the caller may move the cycle to now */
                transitions: ('draft' | 'criteria_approved' | 'published' | 'closed')[];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                programmeId: string;
                rulesVersionId: string;
                frameworkId: string;
                year: number;
                /** @enum {unknown} */
                stage: 'draft' | 'criteria_approved' | 'published' | 'closed';
                announcementDate: string;
                applicationDeadline: string;
                plan: {
                  preliminaryCheckBy?: string;
                  materialReviewFrom?: string;
                  materialReviewTo?: string;
                  onSiteReviewFrom?: string;
                  onSiteReviewTo?: string;
                  committeeMeeting?: string;
                };
                announcement: {
                  introduction?: {
                    zh: string;
                    en: string;
                  };
                  contacts?: {
                    name: string;
                    phone: string;
                    /** Format: email */
                    email?: string;
                    address?: {
                      zh: string;
                      en: string;
                    };
                  }[];
                };
                criteriaApprovedAt: string | null;
                publishedAt: string | null;
                /**
                 * @description derived from the dates
                 * @enum {unknown}
                 */
                window: 'not-published' | 'announced' | 'open' | 'closed';
                /** @description stages the caller may move the cycle to now */
                transitions: ('draft' | 'criteria_approved' | 'published' | 'closed')[];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Create the year's cycle (Office) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rulesVersionId: string;
            year: number;
            frameworkId: string;
            announcementDate: string;
            /**
             * Format: date-time
             * @description ISO 8601 with offset, e.g. 2027-03-31T17:00:00+08:00
             */
            applicationDeadline: string;
            plan: {
              preliminaryCheckBy?: string;
              materialReviewFrom?: string;
              materialReviewTo?: string;
              onSiteReviewFrom?: string;
              onSiteReviewTo?: string;
              committeeMeeting?: string;
            };
            announcement: {
              introduction?: {
                zh: string;
                en: string;
              };
              contacts?: {
                name: string;
                phone: string;
                /** Format: email */
                email?: string;
                address?: {
                  zh: string;
                  en: string;
                };
              }[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              programmeId: string;
              rulesVersionId: string;
              frameworkId: string;
              year: number;
              /** @enum {unknown} */
              stage: 'draft' | 'criteria_approved' | 'published' | 'closed';
              announcementDate: string;
              applicationDeadline: string;
              plan: {
                preliminaryCheckBy?: string;
                materialReviewFrom?: string;
                materialReviewTo?: string;
                onSiteReviewFrom?: string;
                onSiteReviewTo?: string;
                committeeMeeting?: string;
              };
              announcement: {
                introduction?: {
                  zh: string;
                  en: string;
                };
                contacts?: {
                  name: string;
                  phone: string;
                  /** Format: email */
                  email?: string;
                  address?: {
                    zh: string;
                    en: string;
                  };
                }[];
              };
              criteriaApprovedAt: string | null;
              publishedAt: string | null;
              /**
               * @description derived from the dates
               * @enum {unknown}
               */
              window: 'not-published' | 'announced' | 'open' | 'closed';
              /** @description stages the caller may move the cycle to now */
              transitions: ('draft' | 'criteria_approved' | 'published' | 'closed')[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              programmeId: string;
              rulesVersionId: string;
              frameworkId: string;
              year: number;
              /** @enum {unknown} */
              stage: 'draft' | 'criteria_approved' | 'published' | 'closed';
              announcementDate: string;
              applicationDeadline: string;
              plan: {
                preliminaryCheckBy?: string;
                materialReviewFrom?: string;
                materialReviewTo?: string;
                onSiteReviewFrom?: string;
                onSiteReviewTo?: string;
                committeeMeeting?: string;
              };
              announcement: {
                introduction?: {
                  zh: string;
                  en: string;
                };
                contacts?: {
                  name: string;
                  phone: string;
                  /** Format: email */
                  email?: string;
                  address?: {
                    zh: string;
                    en: string;
                  };
                }[];
              };
              criteriaApprovedAt: string | null;
              publishedAt: string | null;
              /**
               * @description derived from the dates
               * @enum {unknown}
               */
              window: 'not-published' | 'announced' | 'open' | 'closed';
              /** @description stages the caller may move the cycle to now */
              transitions: ('draft' | 'criteria_approved' | 'published' | 'closed')[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    /** Change a cycle before publication (approved criteria go back to draft) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            frameworkId: string;
            announcementDate: string;
            /**
             * Format: date-time
             * @description ISO 8601 with offset, e.g. 2027-03-31T17:00:00+08:00
             */
            applicationDeadline: string;
            plan: {
              preliminaryCheckBy?: string;
              materialReviewFrom?: string;
              materialReviewTo?: string;
              onSiteReviewFrom?: string;
              onSiteReviewTo?: string;
              committeeMeeting?: string;
            };
            announcement: {
              introduction?: {
                zh: string;
                en: string;
              };
              contacts?: {
                name: string;
                phone: string;
                /** Format: email */
                email?: string;
                address?: {
                  zh: string;
                  en: string;
                };
              }[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              programmeId: string;
              rulesVersionId: string;
              frameworkId: string;
              year: number;
              /** @enum {unknown} */
              stage: 'draft' | 'criteria_approved' | 'published' | 'closed';
              announcementDate: string;
              applicationDeadline: string;
              plan: {
                preliminaryCheckBy?: string;
                materialReviewFrom?: string;
                materialReviewTo?: string;
                onSiteReviewFrom?: string;
                onSiteReviewTo?: string;
                committeeMeeting?: string;
              };
              announcement: {
                introduction?: {
                  zh: string;
                  en: string;
                };
                contacts?: {
                  name: string;
                  phone: string;
                  /** Format: email */
                  email?: string;
                  address?: {
                    zh: string;
                    en: string;
                  };
                }[];
              };
              criteriaApprovedAt: string | null;
              publishedAt: string | null;
              /**
               * @description derived from the dates
               * @enum {unknown}
               */
              window: 'not-published' | 'announced' | 'open' | 'closed';
              /** @description stages the caller may move the cycle to now */
              transitions: ('draft' | 'criteria_approved' | 'published' | 'closed')[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{id}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the cycle: approve criteria (chair), publish or close (Office), withdraw approval */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            to: 'draft' | 'criteria_approved' | 'published' | 'closed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              programmeId: string;
              rulesVersionId: string;
              frameworkId: string;
              year: number;
              /** @enum {unknown} */
              stage: 'draft' | 'criteria_approved' | 'published' | 'closed';
              announcementDate: string;
              applicationDeadline: string;
              plan: {
                preliminaryCheckBy?: string;
                materialReviewFrom?: string;
                materialReviewTo?: string;
                onSiteReviewFrom?: string;
                onSiteReviewTo?: string;
                committeeMeeting?: string;
              };
              announcement: {
                introduction?: {
                  zh: string;
                  en: string;
                };
                contacts?: {
                  name: string;
                  phone: string;
                  /** Format: email */
                  email?: string;
                  address?: {
                    zh: string;
                    en: string;
                  };
                }[];
              };
              criteriaApprovedAt: string | null;
              publishedAt: string | null;
              /**
               * @description derived from the dates
               * @enum {unknown}
               */
              window: 'not-published' | 'announced' | 'open' | 'closed';
              /** @description stages the caller may move the cycle to now */
              transitions: ('draft' | 'criteria_approved' | 'published' | 'closed')[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register an organisation by its credit code, with its contact person's sign-in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            organisation: {
              /** @description Unified Social Credit Code, 18 characters */
              creditCode: string;
              name: string;
              /** @enum {unknown} */
              kind: 'enterprise' | 'non_profit';
              address: string;
              townId: number;
              departmentId: number;
              legalRepresentative: string;
              /** @enum {unknown} */
              industry:
                | 'A'
                | 'B'
                | 'C'
                | 'D'
                | 'E'
                | 'F'
                | 'G'
                | 'H'
                | 'I'
                | 'J'
                | 'K'
                | 'L'
                | 'M'
                | 'N'
                | 'O'
                | 'P'
                | 'Q'
                | 'R'
                | 'S'
                | 'T';
              registrationDate: string;
              contactName: string;
              contactPhone: string;
              /** Format: email */
              contactEmail: string | null;
            };
            account: {
              username: string;
              displayName: string;
              password: string;
              /** Format: email */
              email?: string;
              phone?: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description Unified Social Credit Code, 18 characters */
              creditCode: string;
              name: string;
              /** @enum {unknown} */
              kind: 'enterprise' | 'non_profit';
              address: string;
              townId: number;
              departmentId: number;
              legalRepresentative: string;
              /** @enum {unknown} */
              industry:
                | 'A'
                | 'B'
                | 'C'
                | 'D'
                | 'E'
                | 'F'
                | 'G'
                | 'H'
                | 'I'
                | 'J'
                | 'K'
                | 'L'
                | 'M'
                | 'N'
                | 'O'
                | 'P'
                | 'Q'
                | 'R'
                | 'S'
                | 'T';
              registrationDate: string;
              contactName: string;
              contactPhone: string;
              /** Format: email */
              contactEmail: string | null;
              createdAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description Unified Social Credit Code, 18 characters */
              creditCode: string;
              name: string;
              /** @enum {unknown} */
              kind: 'enterprise' | 'non_profit';
              address: string;
              townId: number;
              departmentId: number;
              legalRepresentative: string;
              /** @enum {unknown} */
              industry:
                | 'A'
                | 'B'
                | 'C'
                | 'D'
                | 'E'
                | 'F'
                | 'G'
                | 'H'
                | 'I'
                | 'J'
                | 'K'
                | 'L'
                | 'M'
                | 'N'
                | 'O'
                | 'P'
                | 'Q'
                | 'R'
                | 'S'
                | 'T';
              registrationDate: string;
              contactName: string;
              contactPhone: string;
              /** Format: email */
              contactEmail: string | null;
              createdAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Applications the caller may see: its own, its town’s or department’s, or (Office) all */
    get: {
      parameters: {
        query?: {
          cycleId?: string;
          status?:
            | 'draft'
            | 'awaiting_endorsement'
            | 'endorsed'
            | 'submitted'
            | 'accepted'
            | 'returned'
            | 'rejected'
            | 'not_recommended';
          search?: string;
          /** @description Only those a panel reviews (true) or none yet (false) */
          onPanel?: 'true' | 'false';
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                cycleId: string;
                cycleYear: number;
                organisationName: string;
                creditCode: string;
                townId: number;
                departmentId: number;
                /** @enum {unknown} */
                status:
                  | 'draft'
                  | 'awaiting_endorsement'
                  | 'endorsed'
                  | 'submitted'
                  | 'accepted'
                  | 'returned'
                  | 'rejected'
                  | 'not_recommended';
                /** @description ISO 8601 date-time */
                updatedAt: string;
                /** @description ISO 8601 date-time */
                deadline: string;
                /** @enum {unknown} */
                eligible: 'yes' | 'no' | 'pending';
                /** @description Labels of the clauses that fail */
                failing: {
                  zh: string;
                  en: string;
                }[];
                /** @description Clauses that need the Office’s check */
                needsCheck: number;
                priority: boolean;
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Open the organisation’s application in a cycle that accepts applications */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cycleId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'awaiting_endorsement'
                | 'endorsed'
                | 'submitted'
                | 'accepted'
                | 'returned'
                | 'rejected'
                | 'not_recommended';
              revision: number;
              form: {
                registeredInJurisdiction: boolean | null;
                legalPerson: boolean | null;
                employees: number | null;
                mainProducts: string;
                financials: {
                  year: number;
                  revenue: number | null;
                  profitAndTax: number | null;
                  totalAssets: number | null;
                  netProfit: number | null;
                }[];
                qms: {
                  certified: boolean | null;
                  standard: string;
                  certificateNumber: string;
                  certificationBody: string;
                  effectiveSince: string | null;
                };
                honours: (
                  | 'china_top_brand'
                  | 'china_well_known_trademark'
                  | 'high_tech_or_famous_service_brand'
                  | 'henan_famous_product'
                  | 'henan_famous_trademark'
                )[];
                declarations: {
                  'years-operating'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'quality-system'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-major-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-loss'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'standards-and-reputation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'department-recommendation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'against-policy'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'missing-licence'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'liability-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'failed-spot-check'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'award-fraud'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'public-order-violation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'tax-evasion'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'wage-arrears'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'other-violations'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                };
                overview: string;
                selfAssessment: {
                  [key: string]: string;
                };
                selfAssessmentReportFileId: string | null;
              };
              organisation: {
                id: string;
                /** @description Unified Social Credit Code, 18 characters */
                creditCode: string;
                name: string;
                /** @enum {unknown} */
                kind: 'enterprise' | 'non_profit';
                address: string;
                townId: number;
                departmentId: number;
                legalRepresentative: string;
                /** @enum {unknown} */
                industry:
                  | 'A'
                  | 'B'
                  | 'C'
                  | 'D'
                  | 'E'
                  | 'F'
                  | 'G'
                  | 'H'
                  | 'I'
                  | 'J'
                  | 'K'
                  | 'L'
                  | 'M'
                  | 'N'
                  | 'O'
                  | 'P'
                  | 'Q'
                  | 'R'
                  | 'S'
                  | 'T';
                registrationDate: string;
                contactName: string;
                contactPhone: string;
                /** Format: email */
                contactEmail: string | null;
                createdAt: string;
              } | null;
              cycle: {
                id: string;
                year: number;
                rulesVersionId: string;
                frameworkId: string;
                /** @description ISO 8601 date-time */
                applicationDeadline: string;
                /** @enum {unknown} */
                window: 'not-published' | 'announced' | 'open' | 'closed';
              };
              /** @description ISO 8601 date-time */
              deadline: string;
              extension: {
                /** @description ISO 8601 date-time */
                deadline: string;
                reason: string | null;
              } | null;
              /** @description ISO 8601 date-time */
              resubmitBy: string | null;
              lastDecision:
                | ({
                    /** @enum {unknown} */
                    decision: 'accepted' | 'returned' | 'rejected';
                    note: string;
                    clause: {
                      article: number;
                      clause?: number;
                    } | null;
                    /** @description ISO 8601 date-time */
                    resubmitBy: string | null;
                    overrides: {
                      key: string;
                      /** @enum {unknown} */
                      verdict: 'pass' | 'fail';
                      reason: string;
                    }[];
                    /** @description What the Office checked on each clause left 待核实 (absent in decisions before it was asked) */
                    acknowledgements?: {
                      key: string;
                      note: string;
                    }[];
                    /** @description Display name of the Office member */
                    decidedBy: string;
                    /** @description ISO 8601 date-time */
                    decidedAt: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              checklist: {
                key: string;
                label: {
                  zh: string;
                  en: string;
                };
                done: boolean;
                /** @description Form field to focus, dot-separated ('qms.effectiveSince') */
                field: string;
                detail?: {
                  zh: string;
                  en: string;
                };
              }[];
              complete: boolean;
              eligibility: {
                results: {
                  /**
                   * @description The rule kind (programmes/core/rule-kinds.ts); the article is in ref and label
                   * @enum {unknown}
                   */
                  key:
                    | 'years-operating'
                    | 'quality-system'
                    | 'no-major-accident'
                    | 'no-loss'
                    | 'standards-and-reputation'
                    | 'department-recommendation'
                    | 'against-policy'
                    | 'missing-licence'
                    | 'liability-accident'
                    | 'failed-spot-check'
                    | 'award-fraud'
                    | 'public-order-violation'
                    | 'tax-evasion'
                    | 'wage-arrears'
                    | 'other-violations'
                    | 'title-validity';
                  ref: {
                    article: number;
                    clause?: number;
                  };
                  label: {
                    zh: string;
                    en: string;
                  };
                  summary: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  verdict: 'pass' | 'fail' | 'needs-check';
                  reason: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  source: 'data' | 'platform-records' | 'declaration' | 'endorsement';
                }[];
                /** @enum {unknown} */
                eligible: 'yes' | 'no' | 'pending';
                priority: {
                  flagged: boolean;
                  honours: (
                    | 'china_top_brand'
                    | 'china_well_known_trademark'
                    | 'high_tech_or_famous_service_brand'
                    | 'henan_famous_product'
                    | 'henan_famous_trademark'
                  )[];
                  clause: {
                    article: number;
                    clause?: number;
                  };
                };
              };
              files: {
                id: string;
                /** @enum {unknown} */
                purpose: 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';
                originalName: string;
                sizeBytes: number;
                sha256: string;
                mediaType: string;
                /** @description ISO 8601 date-time */
                createdAt: string;
              }[];
              endorsementRound: number;
              endorsements: {
                /** @enum {unknown} */
                kind: 'locality' | 'department';
                /** @enum {unknown} */
                decision: 'agreed' | 'returned' | 'declined';
                comments: string;
                fileId: string | null;
                endorserId: string;
                endorserName: string;
                /** @description ISO 8601 date-time */
                decidedAt: string;
                round: number;
              }[];
              versions: {
                version: number;
                contentSha256: string;
                receiptNumber: string;
                /** @description ISO 8601 date-time */
                submittedAt: string;
              }[];
              /** @description ISO 8601 date-time */
              serverTime: string;
              abilities: {
                edit: boolean;
                transitions: (
                  | 'draft'
                  | 'awaiting_endorsement'
                  | 'endorsed'
                  | 'submitted'
                  | 'accepted'
                  | 'returned'
                  | 'rejected'
                  | 'not_recommended'
                )[];
                endorseAs: ('locality' | 'department')[];
                decide: boolean;
                extend: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One application with its checklist, eligibility, files, endorsements, versions and what the caller may do */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'awaiting_endorsement'
                | 'endorsed'
                | 'submitted'
                | 'accepted'
                | 'returned'
                | 'rejected'
                | 'not_recommended';
              revision: number;
              form: {
                registeredInJurisdiction: boolean | null;
                legalPerson: boolean | null;
                employees: number | null;
                mainProducts: string;
                financials: {
                  year: number;
                  revenue: number | null;
                  profitAndTax: number | null;
                  totalAssets: number | null;
                  netProfit: number | null;
                }[];
                qms: {
                  certified: boolean | null;
                  standard: string;
                  certificateNumber: string;
                  certificationBody: string;
                  effectiveSince: string | null;
                };
                honours: (
                  | 'china_top_brand'
                  | 'china_well_known_trademark'
                  | 'high_tech_or_famous_service_brand'
                  | 'henan_famous_product'
                  | 'henan_famous_trademark'
                )[];
                declarations: {
                  'years-operating'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'quality-system'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-major-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-loss'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'standards-and-reputation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'department-recommendation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'against-policy'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'missing-licence'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'liability-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'failed-spot-check'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'award-fraud'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'public-order-violation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'tax-evasion'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'wage-arrears'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'other-violations'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                };
                overview: string;
                selfAssessment: {
                  [key: string]: string;
                };
                selfAssessmentReportFileId: string | null;
              };
              organisation: {
                id: string;
                /** @description Unified Social Credit Code, 18 characters */
                creditCode: string;
                name: string;
                /** @enum {unknown} */
                kind: 'enterprise' | 'non_profit';
                address: string;
                townId: number;
                departmentId: number;
                legalRepresentative: string;
                /** @enum {unknown} */
                industry:
                  | 'A'
                  | 'B'
                  | 'C'
                  | 'D'
                  | 'E'
                  | 'F'
                  | 'G'
                  | 'H'
                  | 'I'
                  | 'J'
                  | 'K'
                  | 'L'
                  | 'M'
                  | 'N'
                  | 'O'
                  | 'P'
                  | 'Q'
                  | 'R'
                  | 'S'
                  | 'T';
                registrationDate: string;
                contactName: string;
                contactPhone: string;
                /** Format: email */
                contactEmail: string | null;
                createdAt: string;
              } | null;
              cycle: {
                id: string;
                year: number;
                rulesVersionId: string;
                frameworkId: string;
                /** @description ISO 8601 date-time */
                applicationDeadline: string;
                /** @enum {unknown} */
                window: 'not-published' | 'announced' | 'open' | 'closed';
              };
              /** @description ISO 8601 date-time */
              deadline: string;
              extension: {
                /** @description ISO 8601 date-time */
                deadline: string;
                reason: string | null;
              } | null;
              /** @description ISO 8601 date-time */
              resubmitBy: string | null;
              lastDecision:
                | ({
                    /** @enum {unknown} */
                    decision: 'accepted' | 'returned' | 'rejected';
                    note: string;
                    clause: {
                      article: number;
                      clause?: number;
                    } | null;
                    /** @description ISO 8601 date-time */
                    resubmitBy: string | null;
                    overrides: {
                      key: string;
                      /** @enum {unknown} */
                      verdict: 'pass' | 'fail';
                      reason: string;
                    }[];
                    /** @description What the Office checked on each clause left 待核实 (absent in decisions before it was asked) */
                    acknowledgements?: {
                      key: string;
                      note: string;
                    }[];
                    /** @description Display name of the Office member */
                    decidedBy: string;
                    /** @description ISO 8601 date-time */
                    decidedAt: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              checklist: {
                key: string;
                label: {
                  zh: string;
                  en: string;
                };
                done: boolean;
                /** @description Form field to focus, dot-separated ('qms.effectiveSince') */
                field: string;
                detail?: {
                  zh: string;
                  en: string;
                };
              }[];
              complete: boolean;
              eligibility: {
                results: {
                  /**
                   * @description The rule kind (programmes/core/rule-kinds.ts); the article is in ref and label
                   * @enum {unknown}
                   */
                  key:
                    | 'years-operating'
                    | 'quality-system'
                    | 'no-major-accident'
                    | 'no-loss'
                    | 'standards-and-reputation'
                    | 'department-recommendation'
                    | 'against-policy'
                    | 'missing-licence'
                    | 'liability-accident'
                    | 'failed-spot-check'
                    | 'award-fraud'
                    | 'public-order-violation'
                    | 'tax-evasion'
                    | 'wage-arrears'
                    | 'other-violations'
                    | 'title-validity';
                  ref: {
                    article: number;
                    clause?: number;
                  };
                  label: {
                    zh: string;
                    en: string;
                  };
                  summary: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  verdict: 'pass' | 'fail' | 'needs-check';
                  reason: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  source: 'data' | 'platform-records' | 'declaration' | 'endorsement';
                }[];
                /** @enum {unknown} */
                eligible: 'yes' | 'no' | 'pending';
                priority: {
                  flagged: boolean;
                  honours: (
                    | 'china_top_brand'
                    | 'china_well_known_trademark'
                    | 'high_tech_or_famous_service_brand'
                    | 'henan_famous_product'
                    | 'henan_famous_trademark'
                  )[];
                  clause: {
                    article: number;
                    clause?: number;
                  };
                };
              };
              files: {
                id: string;
                /** @enum {unknown} */
                purpose: 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';
                originalName: string;
                sizeBytes: number;
                sha256: string;
                mediaType: string;
                /** @description ISO 8601 date-time */
                createdAt: string;
              }[];
              endorsementRound: number;
              endorsements: {
                /** @enum {unknown} */
                kind: 'locality' | 'department';
                /** @enum {unknown} */
                decision: 'agreed' | 'returned' | 'declined';
                comments: string;
                fileId: string | null;
                endorserId: string;
                endorserName: string;
                /** @description ISO 8601 date-time */
                decidedAt: string;
                round: number;
              }[];
              versions: {
                version: number;
                contentSha256: string;
                receiptNumber: string;
                /** @description ISO 8601 date-time */
                submittedAt: string;
              }[];
              /** @description ISO 8601 date-time */
              serverTime: string;
              abilities: {
                edit: boolean;
                transitions: (
                  | 'draft'
                  | 'awaiting_endorsement'
                  | 'endorsed'
                  | 'submitted'
                  | 'accepted'
                  | 'returned'
                  | 'rejected'
                  | 'not_recommended'
                )[];
                endorseAs: ('locality' | 'department')[];
                decide: boolean;
                extend: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/form': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save the draft (based on the revision last read; a stale save is a conflict) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            revision: number;
            form: {
              registeredInJurisdiction: boolean | null;
              legalPerson: boolean | null;
              employees: number | null;
              mainProducts: string;
              financials: {
                year: number;
                revenue: number | null;
                profitAndTax: number | null;
                totalAssets: number | null;
                netProfit: number | null;
              }[];
              qms: {
                certified: boolean | null;
                standard: string;
                certificateNumber: string;
                certificationBody: string;
                effectiveSince: string | null;
              };
              honours: (
                | 'china_top_brand'
                | 'china_well_known_trademark'
                | 'high_tech_or_famous_service_brand'
                | 'henan_famous_product'
                | 'henan_famous_trademark'
              )[];
              declarations: {
                'years-operating'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'quality-system'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'no-major-accident'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'no-loss'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'standards-and-reputation'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'department-recommendation'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'against-policy'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'missing-licence'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'liability-accident'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'failed-spot-check'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'award-fraud'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'public-order-violation'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'tax-evasion'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'wage-arrears'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
                'other-violations'?: {
                  compliant: boolean | null;
                  note: string;
                  fileIds: string[];
                };
              };
              overview: string;
              selfAssessment: {
                [key: string]: string;
              };
              selfAssessmentReportFileId: string | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'awaiting_endorsement'
                | 'endorsed'
                | 'submitted'
                | 'accepted'
                | 'returned'
                | 'rejected'
                | 'not_recommended';
              revision: number;
              form: {
                registeredInJurisdiction: boolean | null;
                legalPerson: boolean | null;
                employees: number | null;
                mainProducts: string;
                financials: {
                  year: number;
                  revenue: number | null;
                  profitAndTax: number | null;
                  totalAssets: number | null;
                  netProfit: number | null;
                }[];
                qms: {
                  certified: boolean | null;
                  standard: string;
                  certificateNumber: string;
                  certificationBody: string;
                  effectiveSince: string | null;
                };
                honours: (
                  | 'china_top_brand'
                  | 'china_well_known_trademark'
                  | 'high_tech_or_famous_service_brand'
                  | 'henan_famous_product'
                  | 'henan_famous_trademark'
                )[];
                declarations: {
                  'years-operating'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'quality-system'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-major-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-loss'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'standards-and-reputation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'department-recommendation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'against-policy'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'missing-licence'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'liability-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'failed-spot-check'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'award-fraud'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'public-order-violation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'tax-evasion'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'wage-arrears'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'other-violations'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                };
                overview: string;
                selfAssessment: {
                  [key: string]: string;
                };
                selfAssessmentReportFileId: string | null;
              };
              organisation: {
                id: string;
                /** @description Unified Social Credit Code, 18 characters */
                creditCode: string;
                name: string;
                /** @enum {unknown} */
                kind: 'enterprise' | 'non_profit';
                address: string;
                townId: number;
                departmentId: number;
                legalRepresentative: string;
                /** @enum {unknown} */
                industry:
                  | 'A'
                  | 'B'
                  | 'C'
                  | 'D'
                  | 'E'
                  | 'F'
                  | 'G'
                  | 'H'
                  | 'I'
                  | 'J'
                  | 'K'
                  | 'L'
                  | 'M'
                  | 'N'
                  | 'O'
                  | 'P'
                  | 'Q'
                  | 'R'
                  | 'S'
                  | 'T';
                registrationDate: string;
                contactName: string;
                contactPhone: string;
                /** Format: email */
                contactEmail: string | null;
                createdAt: string;
              } | null;
              cycle: {
                id: string;
                year: number;
                rulesVersionId: string;
                frameworkId: string;
                /** @description ISO 8601 date-time */
                applicationDeadline: string;
                /** @enum {unknown} */
                window: 'not-published' | 'announced' | 'open' | 'closed';
              };
              /** @description ISO 8601 date-time */
              deadline: string;
              extension: {
                /** @description ISO 8601 date-time */
                deadline: string;
                reason: string | null;
              } | null;
              /** @description ISO 8601 date-time */
              resubmitBy: string | null;
              lastDecision:
                | ({
                    /** @enum {unknown} */
                    decision: 'accepted' | 'returned' | 'rejected';
                    note: string;
                    clause: {
                      article: number;
                      clause?: number;
                    } | null;
                    /** @description ISO 8601 date-time */
                    resubmitBy: string | null;
                    overrides: {
                      key: string;
                      /** @enum {unknown} */
                      verdict: 'pass' | 'fail';
                      reason: string;
                    }[];
                    /** @description What the Office checked on each clause left 待核实 (absent in decisions before it was asked) */
                    acknowledgements?: {
                      key: string;
                      note: string;
                    }[];
                    /** @description Display name of the Office member */
                    decidedBy: string;
                    /** @description ISO 8601 date-time */
                    decidedAt: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              checklist: {
                key: string;
                label: {
                  zh: string;
                  en: string;
                };
                done: boolean;
                /** @description Form field to focus, dot-separated ('qms.effectiveSince') */
                field: string;
                detail?: {
                  zh: string;
                  en: string;
                };
              }[];
              complete: boolean;
              eligibility: {
                results: {
                  /**
                   * @description The rule kind (programmes/core/rule-kinds.ts); the article is in ref and label
                   * @enum {unknown}
                   */
                  key:
                    | 'years-operating'
                    | 'quality-system'
                    | 'no-major-accident'
                    | 'no-loss'
                    | 'standards-and-reputation'
                    | 'department-recommendation'
                    | 'against-policy'
                    | 'missing-licence'
                    | 'liability-accident'
                    | 'failed-spot-check'
                    | 'award-fraud'
                    | 'public-order-violation'
                    | 'tax-evasion'
                    | 'wage-arrears'
                    | 'other-violations'
                    | 'title-validity';
                  ref: {
                    article: number;
                    clause?: number;
                  };
                  label: {
                    zh: string;
                    en: string;
                  };
                  summary: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  verdict: 'pass' | 'fail' | 'needs-check';
                  reason: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  source: 'data' | 'platform-records' | 'declaration' | 'endorsement';
                }[];
                /** @enum {unknown} */
                eligible: 'yes' | 'no' | 'pending';
                priority: {
                  flagged: boolean;
                  honours: (
                    | 'china_top_brand'
                    | 'china_well_known_trademark'
                    | 'high_tech_or_famous_service_brand'
                    | 'henan_famous_product'
                    | 'henan_famous_trademark'
                  )[];
                  clause: {
                    article: number;
                    clause?: number;
                  };
                };
              };
              files: {
                id: string;
                /** @enum {unknown} */
                purpose: 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';
                originalName: string;
                sizeBytes: number;
                sha256: string;
                mediaType: string;
                /** @description ISO 8601 date-time */
                createdAt: string;
              }[];
              endorsementRound: number;
              endorsements: {
                /** @enum {unknown} */
                kind: 'locality' | 'department';
                /** @enum {unknown} */
                decision: 'agreed' | 'returned' | 'declined';
                comments: string;
                fileId: string | null;
                endorserId: string;
                endorserName: string;
                /** @description ISO 8601 date-time */
                decidedAt: string;
                round: number;
              }[];
              versions: {
                version: number;
                contentSha256: string;
                receiptNumber: string;
                /** @description ISO 8601 date-time */
                submittedAt: string;
              }[];
              /** @description ISO 8601 date-time */
              serverTime: string;
              abilities: {
                edit: boolean;
                transitions: (
                  | 'draft'
                  | 'awaiting_endorsement'
                  | 'endorsed'
                  | 'submitted'
                  | 'accepted'
                  | 'returned'
                  | 'rejected'
                  | 'not_recommended'
                )[];
                endorseAs: ('locality' | 'department')[];
                decide: boolean;
                extend: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload one file (multipart/form-data, field "file"), streamed to storage and checked by content */
    post: {
      parameters: {
        query: {
          purpose: 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              purpose: 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';
              originalName: string;
              sizeBytes: number;
              sha256: string;
              mediaType: string;
              /** @description ISO 8601 date-time */
              createdAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file (logged in the access log) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file, with its own media type */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/endorsement-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the town / sub-district and the department for their opinions (Art. 14) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'awaiting_endorsement'
                | 'endorsed'
                | 'submitted'
                | 'accepted'
                | 'returned'
                | 'rejected'
                | 'not_recommended';
              revision: number;
              form: {
                registeredInJurisdiction: boolean | null;
                legalPerson: boolean | null;
                employees: number | null;
                mainProducts: string;
                financials: {
                  year: number;
                  revenue: number | null;
                  profitAndTax: number | null;
                  totalAssets: number | null;
                  netProfit: number | null;
                }[];
                qms: {
                  certified: boolean | null;
                  standard: string;
                  certificateNumber: string;
                  certificationBody: string;
                  effectiveSince: string | null;
                };
                honours: (
                  | 'china_top_brand'
                  | 'china_well_known_trademark'
                  | 'high_tech_or_famous_service_brand'
                  | 'henan_famous_product'
                  | 'henan_famous_trademark'
                )[];
                declarations: {
                  'years-operating'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'quality-system'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-major-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-loss'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'standards-and-reputation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'department-recommendation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'against-policy'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'missing-licence'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'liability-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'failed-spot-check'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'award-fraud'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'public-order-violation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'tax-evasion'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'wage-arrears'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'other-violations'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                };
                overview: string;
                selfAssessment: {
                  [key: string]: string;
                };
                selfAssessmentReportFileId: string | null;
              };
              organisation: {
                id: string;
                /** @description Unified Social Credit Code, 18 characters */
                creditCode: string;
                name: string;
                /** @enum {unknown} */
                kind: 'enterprise' | 'non_profit';
                address: string;
                townId: number;
                departmentId: number;
                legalRepresentative: string;
                /** @enum {unknown} */
                industry:
                  | 'A'
                  | 'B'
                  | 'C'
                  | 'D'
                  | 'E'
                  | 'F'
                  | 'G'
                  | 'H'
                  | 'I'
                  | 'J'
                  | 'K'
                  | 'L'
                  | 'M'
                  | 'N'
                  | 'O'
                  | 'P'
                  | 'Q'
                  | 'R'
                  | 'S'
                  | 'T';
                registrationDate: string;
                contactName: string;
                contactPhone: string;
                /** Format: email */
                contactEmail: string | null;
                createdAt: string;
              } | null;
              cycle: {
                id: string;
                year: number;
                rulesVersionId: string;
                frameworkId: string;
                /** @description ISO 8601 date-time */
                applicationDeadline: string;
                /** @enum {unknown} */
                window: 'not-published' | 'announced' | 'open' | 'closed';
              };
              /** @description ISO 8601 date-time */
              deadline: string;
              extension: {
                /** @description ISO 8601 date-time */
                deadline: string;
                reason: string | null;
              } | null;
              /** @description ISO 8601 date-time */
              resubmitBy: string | null;
              lastDecision:
                | ({
                    /** @enum {unknown} */
                    decision: 'accepted' | 'returned' | 'rejected';
                    note: string;
                    clause: {
                      article: number;
                      clause?: number;
                    } | null;
                    /** @description ISO 8601 date-time */
                    resubmitBy: string | null;
                    overrides: {
                      key: string;
                      /** @enum {unknown} */
                      verdict: 'pass' | 'fail';
                      reason: string;
                    }[];
                    /** @description What the Office checked on each clause left 待核实 (absent in decisions before it was asked) */
                    acknowledgements?: {
                      key: string;
                      note: string;
                    }[];
                    /** @description Display name of the Office member */
                    decidedBy: string;
                    /** @description ISO 8601 date-time */
                    decidedAt: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              checklist: {
                key: string;
                label: {
                  zh: string;
                  en: string;
                };
                done: boolean;
                /** @description Form field to focus, dot-separated ('qms.effectiveSince') */
                field: string;
                detail?: {
                  zh: string;
                  en: string;
                };
              }[];
              complete: boolean;
              eligibility: {
                results: {
                  /**
                   * @description The rule kind (programmes/core/rule-kinds.ts); the article is in ref and label
                   * @enum {unknown}
                   */
                  key:
                    | 'years-operating'
                    | 'quality-system'
                    | 'no-major-accident'
                    | 'no-loss'
                    | 'standards-and-reputation'
                    | 'department-recommendation'
                    | 'against-policy'
                    | 'missing-licence'
                    | 'liability-accident'
                    | 'failed-spot-check'
                    | 'award-fraud'
                    | 'public-order-violation'
                    | 'tax-evasion'
                    | 'wage-arrears'
                    | 'other-violations'
                    | 'title-validity';
                  ref: {
                    article: number;
                    clause?: number;
                  };
                  label: {
                    zh: string;
                    en: string;
                  };
                  summary: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  verdict: 'pass' | 'fail' | 'needs-check';
                  reason: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  source: 'data' | 'platform-records' | 'declaration' | 'endorsement';
                }[];
                /** @enum {unknown} */
                eligible: 'yes' | 'no' | 'pending';
                priority: {
                  flagged: boolean;
                  honours: (
                    | 'china_top_brand'
                    | 'china_well_known_trademark'
                    | 'high_tech_or_famous_service_brand'
                    | 'henan_famous_product'
                    | 'henan_famous_trademark'
                  )[];
                  clause: {
                    article: number;
                    clause?: number;
                  };
                };
              };
              files: {
                id: string;
                /** @enum {unknown} */
                purpose: 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';
                originalName: string;
                sizeBytes: number;
                sha256: string;
                mediaType: string;
                /** @description ISO 8601 date-time */
                createdAt: string;
              }[];
              endorsementRound: number;
              endorsements: {
                /** @enum {unknown} */
                kind: 'locality' | 'department';
                /** @enum {unknown} */
                decision: 'agreed' | 'returned' | 'declined';
                comments: string;
                fileId: string | null;
                endorserId: string;
                endorserName: string;
                /** @description ISO 8601 date-time */
                decidedAt: string;
                round: number;
              }[];
              versions: {
                version: number;
                contentSha256: string;
                receiptNumber: string;
                /** @description ISO 8601 date-time */
                submittedAt: string;
              }[];
              /** @description ISO 8601 date-time */
              serverTime: string;
              abilities: {
                edit: boolean;
                transitions: (
                  | 'draft'
                  | 'awaiting_endorsement'
                  | 'endorsed'
                  | 'submitted'
                  | 'accepted'
                  | 'returned'
                  | 'rejected'
                  | 'not_recommended'
                )[];
                endorseAs: ('locality' | 'department')[];
                decide: boolean;
                extend: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/endorsements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the town’s or department’s opinion: agree, return with comments, or decline to recommend with the reason (Art. 14) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description agreed; returned: back to draft for changes; declined (不同意推荐): ends the application for the cycle
             * @enum {unknown}
             */
            decision: 'agreed' | 'returned' | 'declined';
            comments: string;
            fileId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'awaiting_endorsement'
                | 'endorsed'
                | 'submitted'
                | 'accepted'
                | 'returned'
                | 'rejected'
                | 'not_recommended';
              revision: number;
              form: {
                registeredInJurisdiction: boolean | null;
                legalPerson: boolean | null;
                employees: number | null;
                mainProducts: string;
                financials: {
                  year: number;
                  revenue: number | null;
                  profitAndTax: number | null;
                  totalAssets: number | null;
                  netProfit: number | null;
                }[];
                qms: {
                  certified: boolean | null;
                  standard: string;
                  certificateNumber: string;
                  certificationBody: string;
                  effectiveSince: string | null;
                };
                honours: (
                  | 'china_top_brand'
                  | 'china_well_known_trademark'
                  | 'high_tech_or_famous_service_brand'
                  | 'henan_famous_product'
                  | 'henan_famous_trademark'
                )[];
                declarations: {
                  'years-operating'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'quality-system'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-major-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-loss'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'standards-and-reputation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'department-recommendation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'against-policy'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'missing-licence'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'liability-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'failed-spot-check'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'award-fraud'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'public-order-violation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'tax-evasion'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'wage-arrears'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'other-violations'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                };
                overview: string;
                selfAssessment: {
                  [key: string]: string;
                };
                selfAssessmentReportFileId: string | null;
              };
              organisation: {
                id: string;
                /** @description Unified Social Credit Code, 18 characters */
                creditCode: string;
                name: string;
                /** @enum {unknown} */
                kind: 'enterprise' | 'non_profit';
                address: string;
                townId: number;
                departmentId: number;
                legalRepresentative: string;
                /** @enum {unknown} */
                industry:
                  | 'A'
                  | 'B'
                  | 'C'
                  | 'D'
                  | 'E'
                  | 'F'
                  | 'G'
                  | 'H'
                  | 'I'
                  | 'J'
                  | 'K'
                  | 'L'
                  | 'M'
                  | 'N'
                  | 'O'
                  | 'P'
                  | 'Q'
                  | 'R'
                  | 'S'
                  | 'T';
                registrationDate: string;
                contactName: string;
                contactPhone: string;
                /** Format: email */
                contactEmail: string | null;
                createdAt: string;
              } | null;
              cycle: {
                id: string;
                year: number;
                rulesVersionId: string;
                frameworkId: string;
                /** @description ISO 8601 date-time */
                applicationDeadline: string;
                /** @enum {unknown} */
                window: 'not-published' | 'announced' | 'open' | 'closed';
              };
              /** @description ISO 8601 date-time */
              deadline: string;
              extension: {
                /** @description ISO 8601 date-time */
                deadline: string;
                reason: string | null;
              } | null;
              /** @description ISO 8601 date-time */
              resubmitBy: string | null;
              lastDecision:
                | ({
                    /** @enum {unknown} */
                    decision: 'accepted' | 'returned' | 'rejected';
                    note: string;
                    clause: {
                      article: number;
                      clause?: number;
                    } | null;
                    /** @description ISO 8601 date-time */
                    resubmitBy: string | null;
                    overrides: {
                      key: string;
                      /** @enum {unknown} */
                      verdict: 'pass' | 'fail';
                      reason: string;
                    }[];
                    /** @description What the Office checked on each clause left 待核实 (absent in decisions before it was asked) */
                    acknowledgements?: {
                      key: string;
                      note: string;
                    }[];
                    /** @description Display name of the Office member */
                    decidedBy: string;
                    /** @description ISO 8601 date-time */
                    decidedAt: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              checklist: {
                key: string;
                label: {
                  zh: string;
                  en: string;
                };
                done: boolean;
                /** @description Form field to focus, dot-separated ('qms.effectiveSince') */
                field: string;
                detail?: {
                  zh: string;
                  en: string;
                };
              }[];
              complete: boolean;
              eligibility: {
                results: {
                  /**
                   * @description The rule kind (programmes/core/rule-kinds.ts); the article is in ref and label
                   * @enum {unknown}
                   */
                  key:
                    | 'years-operating'
                    | 'quality-system'
                    | 'no-major-accident'
                    | 'no-loss'
                    | 'standards-and-reputation'
                    | 'department-recommendation'
                    | 'against-policy'
                    | 'missing-licence'
                    | 'liability-accident'
                    | 'failed-spot-check'
                    | 'award-fraud'
                    | 'public-order-violation'
                    | 'tax-evasion'
                    | 'wage-arrears'
                    | 'other-violations'
                    | 'title-validity';
                  ref: {
                    article: number;
                    clause?: number;
                  };
                  label: {
                    zh: string;
                    en: string;
                  };
                  summary: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  verdict: 'pass' | 'fail' | 'needs-check';
                  reason: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  source: 'data' | 'platform-records' | 'declaration' | 'endorsement';
                }[];
                /** @enum {unknown} */
                eligible: 'yes' | 'no' | 'pending';
                priority: {
                  flagged: boolean;
                  honours: (
                    | 'china_top_brand'
                    | 'china_well_known_trademark'
                    | 'high_tech_or_famous_service_brand'
                    | 'henan_famous_product'
                    | 'henan_famous_trademark'
                  )[];
                  clause: {
                    article: number;
                    clause?: number;
                  };
                };
              };
              files: {
                id: string;
                /** @enum {unknown} */
                purpose: 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';
                originalName: string;
                sizeBytes: number;
                sha256: string;
                mediaType: string;
                /** @description ISO 8601 date-time */
                createdAt: string;
              }[];
              endorsementRound: number;
              endorsements: {
                /** @enum {unknown} */
                kind: 'locality' | 'department';
                /** @enum {unknown} */
                decision: 'agreed' | 'returned' | 'declined';
                comments: string;
                fileId: string | null;
                endorserId: string;
                endorserName: string;
                /** @description ISO 8601 date-time */
                decidedAt: string;
                round: number;
              }[];
              versions: {
                version: number;
                contentSha256: string;
                receiptNumber: string;
                /** @description ISO 8601 date-time */
                submittedAt: string;
              }[];
              /** @description ISO 8601 date-time */
              serverTime: string;
              abilities: {
                edit: boolean;
                transitions: (
                  | 'draft'
                  | 'awaiting_endorsement'
                  | 'endorsed'
                  | 'submitted'
                  | 'accepted'
                  | 'returned'
                  | 'rejected'
                  | 'not_recommended'
                )[];
                endorseAs: ('locality' | 'department')[];
                decide: boolean;
                extend: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/submission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit within the deadline; freezes a version and issues the receipt */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: number;
              receiptNumber: string;
              contentSha256: string;
              submittedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/versions/{version}/receipt.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The receipt of a submitted version as PDF */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The receipt (PDF) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/document.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The application printed as a 申报书 (PDF, streamed): sections and answers, organisation, endorsements; for the organisation and the Office */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The application (PDF) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/extension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Extend the deadline for this applicant alone, with a written reason (Office) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            deadline: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'awaiting_endorsement'
                | 'endorsed'
                | 'submitted'
                | 'accepted'
                | 'returned'
                | 'rejected'
                | 'not_recommended';
              revision: number;
              form: {
                registeredInJurisdiction: boolean | null;
                legalPerson: boolean | null;
                employees: number | null;
                mainProducts: string;
                financials: {
                  year: number;
                  revenue: number | null;
                  profitAndTax: number | null;
                  totalAssets: number | null;
                  netProfit: number | null;
                }[];
                qms: {
                  certified: boolean | null;
                  standard: string;
                  certificateNumber: string;
                  certificationBody: string;
                  effectiveSince: string | null;
                };
                honours: (
                  | 'china_top_brand'
                  | 'china_well_known_trademark'
                  | 'high_tech_or_famous_service_brand'
                  | 'henan_famous_product'
                  | 'henan_famous_trademark'
                )[];
                declarations: {
                  'years-operating'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'quality-system'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-major-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-loss'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'standards-and-reputation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'department-recommendation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'against-policy'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'missing-licence'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'liability-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'failed-spot-check'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'award-fraud'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'public-order-violation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'tax-evasion'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'wage-arrears'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'other-violations'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                };
                overview: string;
                selfAssessment: {
                  [key: string]: string;
                };
                selfAssessmentReportFileId: string | null;
              };
              organisation: {
                id: string;
                /** @description Unified Social Credit Code, 18 characters */
                creditCode: string;
                name: string;
                /** @enum {unknown} */
                kind: 'enterprise' | 'non_profit';
                address: string;
                townId: number;
                departmentId: number;
                legalRepresentative: string;
                /** @enum {unknown} */
                industry:
                  | 'A'
                  | 'B'
                  | 'C'
                  | 'D'
                  | 'E'
                  | 'F'
                  | 'G'
                  | 'H'
                  | 'I'
                  | 'J'
                  | 'K'
                  | 'L'
                  | 'M'
                  | 'N'
                  | 'O'
                  | 'P'
                  | 'Q'
                  | 'R'
                  | 'S'
                  | 'T';
                registrationDate: string;
                contactName: string;
                contactPhone: string;
                /** Format: email */
                contactEmail: string | null;
                createdAt: string;
              } | null;
              cycle: {
                id: string;
                year: number;
                rulesVersionId: string;
                frameworkId: string;
                /** @description ISO 8601 date-time */
                applicationDeadline: string;
                /** @enum {unknown} */
                window: 'not-published' | 'announced' | 'open' | 'closed';
              };
              /** @description ISO 8601 date-time */
              deadline: string;
              extension: {
                /** @description ISO 8601 date-time */
                deadline: string;
                reason: string | null;
              } | null;
              /** @description ISO 8601 date-time */
              resubmitBy: string | null;
              lastDecision:
                | ({
                    /** @enum {unknown} */
                    decision: 'accepted' | 'returned' | 'rejected';
                    note: string;
                    clause: {
                      article: number;
                      clause?: number;
                    } | null;
                    /** @description ISO 8601 date-time */
                    resubmitBy: string | null;
                    overrides: {
                      key: string;
                      /** @enum {unknown} */
                      verdict: 'pass' | 'fail';
                      reason: string;
                    }[];
                    /** @description What the Office checked on each clause left 待核实 (absent in decisions before it was asked) */
                    acknowledgements?: {
                      key: string;
                      note: string;
                    }[];
                    /** @description Display name of the Office member */
                    decidedBy: string;
                    /** @description ISO 8601 date-time */
                    decidedAt: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              checklist: {
                key: string;
                label: {
                  zh: string;
                  en: string;
                };
                done: boolean;
                /** @description Form field to focus, dot-separated ('qms.effectiveSince') */
                field: string;
                detail?: {
                  zh: string;
                  en: string;
                };
              }[];
              complete: boolean;
              eligibility: {
                results: {
                  /**
                   * @description The rule kind (programmes/core/rule-kinds.ts); the article is in ref and label
                   * @enum {unknown}
                   */
                  key:
                    | 'years-operating'
                    | 'quality-system'
                    | 'no-major-accident'
                    | 'no-loss'
                    | 'standards-and-reputation'
                    | 'department-recommendation'
                    | 'against-policy'
                    | 'missing-licence'
                    | 'liability-accident'
                    | 'failed-spot-check'
                    | 'award-fraud'
                    | 'public-order-violation'
                    | 'tax-evasion'
                    | 'wage-arrears'
                    | 'other-violations'
                    | 'title-validity';
                  ref: {
                    article: number;
                    clause?: number;
                  };
                  label: {
                    zh: string;
                    en: string;
                  };
                  summary: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  verdict: 'pass' | 'fail' | 'needs-check';
                  reason: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  source: 'data' | 'platform-records' | 'declaration' | 'endorsement';
                }[];
                /** @enum {unknown} */
                eligible: 'yes' | 'no' | 'pending';
                priority: {
                  flagged: boolean;
                  honours: (
                    | 'china_top_brand'
                    | 'china_well_known_trademark'
                    | 'high_tech_or_famous_service_brand'
                    | 'henan_famous_product'
                    | 'henan_famous_trademark'
                  )[];
                  clause: {
                    article: number;
                    clause?: number;
                  };
                };
              };
              files: {
                id: string;
                /** @enum {unknown} */
                purpose: 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';
                originalName: string;
                sizeBytes: number;
                sha256: string;
                mediaType: string;
                /** @description ISO 8601 date-time */
                createdAt: string;
              }[];
              endorsementRound: number;
              endorsements: {
                /** @enum {unknown} */
                kind: 'locality' | 'department';
                /** @enum {unknown} */
                decision: 'agreed' | 'returned' | 'declined';
                comments: string;
                fileId: string | null;
                endorserId: string;
                endorserName: string;
                /** @description ISO 8601 date-time */
                decidedAt: string;
                round: number;
              }[];
              versions: {
                version: number;
                contentSha256: string;
                receiptNumber: string;
                /** @description ISO 8601 date-time */
                submittedAt: string;
              }[];
              /** @description ISO 8601 date-time */
              serverTime: string;
              abilities: {
                edit: boolean;
                transitions: (
                  | 'draft'
                  | 'awaiting_endorsement'
                  | 'endorsed'
                  | 'submitted'
                  | 'accepted'
                  | 'returned'
                  | 'rejected'
                  | 'not_recommended'
                )[];
                endorseAs: ('locality' | 'department')[];
                decide: boolean;
                extend: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Preliminary check (Art. 15): accept, return for correction, or reject citing the clause */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            decision: 'accepted' | 'returned' | 'rejected';
            note: string;
            resubmitBy?: string;
            clause?: {
              article: number;
              clause?: number;
            };
            overrides: {
              /** @enum {unknown} */
              key:
                | 'years-operating'
                | 'quality-system'
                | 'no-major-accident'
                | 'no-loss'
                | 'standards-and-reputation'
                | 'department-recommendation'
                | 'against-policy'
                | 'missing-licence'
                | 'liability-accident'
                | 'failed-spot-check'
                | 'award-fraud'
                | 'public-order-violation'
                | 'tax-evasion'
                | 'wage-arrears'
                | 'other-violations'
                | 'title-validity';
              /** @enum {unknown} */
              verdict: 'pass' | 'fail';
              reason: string;
            }[];
            /** @description What the Office checked on each clause left 待核实; an acceptance needs one per open clause (Art. 15) */
            acknowledgements?: {
              /** @enum {unknown} */
              key:
                | 'years-operating'
                | 'quality-system'
                | 'no-major-accident'
                | 'no-loss'
                | 'standards-and-reputation'
                | 'department-recommendation'
                | 'against-policy'
                | 'missing-licence'
                | 'liability-accident'
                | 'failed-spot-check'
                | 'award-fraud'
                | 'public-order-violation'
                | 'tax-evasion'
                | 'wage-arrears'
                | 'other-violations'
                | 'title-validity';
              note: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              status:
                | 'draft'
                | 'awaiting_endorsement'
                | 'endorsed'
                | 'submitted'
                | 'accepted'
                | 'returned'
                | 'rejected'
                | 'not_recommended';
              revision: number;
              form: {
                registeredInJurisdiction: boolean | null;
                legalPerson: boolean | null;
                employees: number | null;
                mainProducts: string;
                financials: {
                  year: number;
                  revenue: number | null;
                  profitAndTax: number | null;
                  totalAssets: number | null;
                  netProfit: number | null;
                }[];
                qms: {
                  certified: boolean | null;
                  standard: string;
                  certificateNumber: string;
                  certificationBody: string;
                  effectiveSince: string | null;
                };
                honours: (
                  | 'china_top_brand'
                  | 'china_well_known_trademark'
                  | 'high_tech_or_famous_service_brand'
                  | 'henan_famous_product'
                  | 'henan_famous_trademark'
                )[];
                declarations: {
                  'years-operating'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'quality-system'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-major-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'no-loss'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'standards-and-reputation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'department-recommendation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'against-policy'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'missing-licence'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'liability-accident'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'failed-spot-check'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'award-fraud'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'public-order-violation'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'tax-evasion'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'wage-arrears'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                  'other-violations'?: {
                    compliant: boolean | null;
                    note: string;
                    fileIds: string[];
                  };
                };
                overview: string;
                selfAssessment: {
                  [key: string]: string;
                };
                selfAssessmentReportFileId: string | null;
              };
              organisation: {
                id: string;
                /** @description Unified Social Credit Code, 18 characters */
                creditCode: string;
                name: string;
                /** @enum {unknown} */
                kind: 'enterprise' | 'non_profit';
                address: string;
                townId: number;
                departmentId: number;
                legalRepresentative: string;
                /** @enum {unknown} */
                industry:
                  | 'A'
                  | 'B'
                  | 'C'
                  | 'D'
                  | 'E'
                  | 'F'
                  | 'G'
                  | 'H'
                  | 'I'
                  | 'J'
                  | 'K'
                  | 'L'
                  | 'M'
                  | 'N'
                  | 'O'
                  | 'P'
                  | 'Q'
                  | 'R'
                  | 'S'
                  | 'T';
                registrationDate: string;
                contactName: string;
                contactPhone: string;
                /** Format: email */
                contactEmail: string | null;
                createdAt: string;
              } | null;
              cycle: {
                id: string;
                year: number;
                rulesVersionId: string;
                frameworkId: string;
                /** @description ISO 8601 date-time */
                applicationDeadline: string;
                /** @enum {unknown} */
                window: 'not-published' | 'announced' | 'open' | 'closed';
              };
              /** @description ISO 8601 date-time */
              deadline: string;
              extension: {
                /** @description ISO 8601 date-time */
                deadline: string;
                reason: string | null;
              } | null;
              /** @description ISO 8601 date-time */
              resubmitBy: string | null;
              lastDecision:
                | ({
                    /** @enum {unknown} */
                    decision: 'accepted' | 'returned' | 'rejected';
                    note: string;
                    clause: {
                      article: number;
                      clause?: number;
                    } | null;
                    /** @description ISO 8601 date-time */
                    resubmitBy: string | null;
                    overrides: {
                      key: string;
                      /** @enum {unknown} */
                      verdict: 'pass' | 'fail';
                      reason: string;
                    }[];
                    /** @description What the Office checked on each clause left 待核实 (absent in decisions before it was asked) */
                    acknowledgements?: {
                      key: string;
                      note: string;
                    }[];
                    /** @description Display name of the Office member */
                    decidedBy: string;
                    /** @description ISO 8601 date-time */
                    decidedAt: string;
                  } & {
                    [key: string]: unknown;
                  })
                | null;
              checklist: {
                key: string;
                label: {
                  zh: string;
                  en: string;
                };
                done: boolean;
                /** @description Form field to focus, dot-separated ('qms.effectiveSince') */
                field: string;
                detail?: {
                  zh: string;
                  en: string;
                };
              }[];
              complete: boolean;
              eligibility: {
                results: {
                  /**
                   * @description The rule kind (programmes/core/rule-kinds.ts); the article is in ref and label
                   * @enum {unknown}
                   */
                  key:
                    | 'years-operating'
                    | 'quality-system'
                    | 'no-major-accident'
                    | 'no-loss'
                    | 'standards-and-reputation'
                    | 'department-recommendation'
                    | 'against-policy'
                    | 'missing-licence'
                    | 'liability-accident'
                    | 'failed-spot-check'
                    | 'award-fraud'
                    | 'public-order-violation'
                    | 'tax-evasion'
                    | 'wage-arrears'
                    | 'other-violations'
                    | 'title-validity';
                  ref: {
                    article: number;
                    clause?: number;
                  };
                  label: {
                    zh: string;
                    en: string;
                  };
                  summary: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  verdict: 'pass' | 'fail' | 'needs-check';
                  reason: {
                    zh: string;
                    en: string;
                  };
                  /** @enum {unknown} */
                  source: 'data' | 'platform-records' | 'declaration' | 'endorsement';
                }[];
                /** @enum {unknown} */
                eligible: 'yes' | 'no' | 'pending';
                priority: {
                  flagged: boolean;
                  honours: (
                    | 'china_top_brand'
                    | 'china_well_known_trademark'
                    | 'high_tech_or_famous_service_brand'
                    | 'henan_famous_product'
                    | 'henan_famous_trademark'
                  )[];
                  clause: {
                    article: number;
                    clause?: number;
                  };
                };
              };
              files: {
                id: string;
                /** @enum {unknown} */
                purpose: 'evidence' | 'self-assessment-report' | 'endorsement' | 'other';
                originalName: string;
                sizeBytes: number;
                sha256: string;
                mediaType: string;
                /** @description ISO 8601 date-time */
                createdAt: string;
              }[];
              endorsementRound: number;
              endorsements: {
                /** @enum {unknown} */
                kind: 'locality' | 'department';
                /** @enum {unknown} */
                decision: 'agreed' | 'returned' | 'declined';
                comments: string;
                fileId: string | null;
                endorserId: string;
                endorserName: string;
                /** @description ISO 8601 date-time */
                decidedAt: string;
                round: number;
              }[];
              versions: {
                version: number;
                contentSha256: string;
                receiptNumber: string;
                /** @description ISO 8601 date-time */
                submittedAt: string;
              }[];
              /** @description ISO 8601 date-time */
              serverTime: string;
              abilities: {
                edit: boolean;
                transitions: (
                  | 'draft'
                  | 'awaiting_endorsement'
                  | 'endorsed'
                  | 'submitted'
                  | 'accepted'
                  | 'returned'
                  | 'rejected'
                  | 'not_recommended'
                )[];
                endorseAs: ('locality' | 'department')[];
                decide: boolean;
                extend: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/experts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The expert pool (identity numbers masked) */
    get: {
      parameters: {
        query?: {
          search?: string;
          industry?:
            | 'A'
            | 'B'
            | 'C'
            | 'D'
            | 'E'
            | 'F'
            | 'G'
            | 'H'
            | 'I'
            | 'J'
            | 'K'
            | 'L'
            | 'M'
            | 'N'
            | 'O'
            | 'P'
            | 'Q'
            | 'R'
            | 'S'
            | 'T';
          status?: 'active' | 'suspended' | 'disqualified';
          canLead?: 'true' | 'false';
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                programmeId: string;
                /** @description Pool code, E000001 */
                code: string;
                userId: string;
                username: string;
                name: string;
                /** @description Masked in lists, whole on the record */
                identityNumber: string;
                employer: string;
                employerCreditCode: string | null;
                title: string;
                qualifications: {
                  name: string;
                  certificateNumber: string;
                  expiresOn: string | null;
                }[];
                industries: (
                  | 'A'
                  | 'B'
                  | 'C'
                  | 'D'
                  | 'E'
                  | 'F'
                  | 'G'
                  | 'H'
                  | 'I'
                  | 'J'
                  | 'K'
                  | 'L'
                  | 'M'
                  | 'N'
                  | 'O'
                  | 'P'
                  | 'Q'
                  | 'R'
                  | 'S'
                  | 'T'
                )[];
                yearsInQualityWork: number;
                region: string;
                phone: string;
                email: string | null;
                canLead: boolean;
                formerEmployers: {
                  name: string;
                  creditCode: string | null;
                  leftIn: number;
                }[];
                /** @enum {unknown} */
                status: 'active' | 'suspended' | 'disqualified';
                statusReason: string | null;
                /** @description Bumped by every profile update; an update sends the one it read */
                revision: number;
                /** @description ISO 8601 date-time */
                createdAt: string;
                /** @description ISO 8601 date-time */
                updatedAt: string;
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            identityNumber: string;
            employer: string;
            employerCreditCode: string | null;
            title: string;
            qualifications: {
              name: string;
              certificateNumber: string;
              expiresOn: string | null;
            }[];
            industries: (
              | 'A'
              | 'B'
              | 'C'
              | 'D'
              | 'E'
              | 'F'
              | 'G'
              | 'H'
              | 'I'
              | 'J'
              | 'K'
              | 'L'
              | 'M'
              | 'N'
              | 'O'
              | 'P'
              | 'Q'
              | 'R'
              | 'S'
              | 'T'
            )[];
            yearsInQualityWork: number;
            region: string;
            phone: string;
            /** Format: email */
            email: string | null;
            canLead: boolean;
            formerEmployers: {
              name: string;
              creditCode: string | null;
              leftIn: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              programmeId: string;
              /** @description Pool code, E000001 */
              code: string;
              userId: string;
              username: string;
              name: string;
              /** @description Masked in lists, whole on the record */
              identityNumber: string;
              employer: string;
              employerCreditCode: string | null;
              title: string;
              qualifications: {
                name: string;
                certificateNumber: string;
                expiresOn: string | null;
              }[];
              industries: (
                | 'A'
                | 'B'
                | 'C'
                | 'D'
                | 'E'
                | 'F'
                | 'G'
                | 'H'
                | 'I'
                | 'J'
                | 'K'
                | 'L'
                | 'M'
                | 'N'
                | 'O'
                | 'P'
                | 'Q'
                | 'R'
                | 'S'
                | 'T'
              )[];
              yearsInQualityWork: number;
              region: string;
              phone: string;
              email: string | null;
              canLead: boolean;
              formerEmployers: {
                name: string;
                creditCode: string | null;
                leftIn: number;
              }[];
              /** @enum {unknown} */
              status: 'active' | 'suspended' | 'disqualified';
              statusReason: string | null;
              /** @description Bumped by every profile update; an update sends the one it read */
              revision: number;
              /** @description ISO 8601 date-time */
              createdAt: string;
              /** @description ISO 8601 date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/experts/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The import template */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The import template (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/experts/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The pool as a sheet (identity numbers masked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The expert pool (.xlsx) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/experts/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a filled-in template (multipart, field "file"): all rows or none */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              imported: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/experts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              programmeId: string;
              /** @description Pool code, E000001 */
              code: string;
              userId: string;
              username: string;
              name: string;
              /** @description Masked in lists, whole on the record */
              identityNumber: string;
              employer: string;
              employerCreditCode: string | null;
              title: string;
              qualifications: {
                name: string;
                certificateNumber: string;
                expiresOn: string | null;
              }[];
              industries: (
                | 'A'
                | 'B'
                | 'C'
                | 'D'
                | 'E'
                | 'F'
                | 'G'
                | 'H'
                | 'I'
                | 'J'
                | 'K'
                | 'L'
                | 'M'
                | 'N'
                | 'O'
                | 'P'
                | 'Q'
                | 'R'
                | 'S'
                | 'T'
              )[];
              yearsInQualityWork: number;
              region: string;
              phone: string;
              email: string | null;
              canLead: boolean;
              formerEmployers: {
                name: string;
                creditCode: string | null;
                leftIn: number;
              }[];
              /** @enum {unknown} */
              status: 'active' | 'suspended' | 'disqualified';
              statusReason: string | null;
              /** @description Bumped by every profile update; an update sends the one it read */
              revision: number;
              /** @description ISO 8601 date-time */
              createdAt: string;
              /** @description ISO 8601 date-time */
              updatedAt: string;
              conflicts: {
                id: string;
                expertId: string;
                expertName: string;
                expertCode: string;
                organisationId: string;
                organisationName: string;
                /** @enum {unknown} */
                kind:
                  | 'current_employer'
                  | 'former_employer'
                  | 'consulting'
                  | 'shareholding'
                  | 'close_relative'
                  | 'same_group'
                  | 'declared_by_applicant'
                  | 'declared_by_expert';
                /** @enum {unknown} */
                source: 'detected' | 'office' | 'applicant' | 'expert';
                /** @enum {unknown} */
                status: 'suggested' | 'confirmed' | 'dismissed';
                evidence: string;
                since: string | null;
                decisionReason: string | null;
                /** @description ISO 8601 date-time */
                decidedAt: string | null;
                /** @description ISO 8601 date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    /** Update the profile (based on the revision last read; a stale update is a conflict) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            identityNumber: string;
            employer: string;
            employerCreditCode: string | null;
            title: string;
            qualifications: {
              name: string;
              certificateNumber: string;
              expiresOn: string | null;
            }[];
            industries: (
              | 'A'
              | 'B'
              | 'C'
              | 'D'
              | 'E'
              | 'F'
              | 'G'
              | 'H'
              | 'I'
              | 'J'
              | 'K'
              | 'L'
              | 'M'
              | 'N'
              | 'O'
              | 'P'
              | 'Q'
              | 'R'
              | 'S'
              | 'T'
            )[];
            yearsInQualityWork: number;
            region: string;
            phone: string;
            /** Format: email */
            email: string | null;
            canLead: boolean;
            formerEmployers: {
              name: string;
              creditCode: string | null;
              leftIn: number;
            }[];
            revision: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              programmeId: string;
              /** @description Pool code, E000001 */
              code: string;
              userId: string;
              username: string;
              name: string;
              /** @description Masked in lists, whole on the record */
              identityNumber: string;
              employer: string;
              employerCreditCode: string | null;
              title: string;
              qualifications: {
                name: string;
                certificateNumber: string;
                expiresOn: string | null;
              }[];
              industries: (
                | 'A'
                | 'B'
                | 'C'
                | 'D'
                | 'E'
                | 'F'
                | 'G'
                | 'H'
                | 'I'
                | 'J'
                | 'K'
                | 'L'
                | 'M'
                | 'N'
                | 'O'
                | 'P'
                | 'Q'
                | 'R'
                | 'S'
                | 'T'
              )[];
              yearsInQualityWork: number;
              region: string;
              phone: string;
              email: string | null;
              canLead: boolean;
              formerEmployers: {
                name: string;
                creditCode: string | null;
                leftIn: number;
              }[];
              /** @enum {unknown} */
              status: 'active' | 'suspended' | 'disqualified';
              statusReason: string | null;
              /** @description Bumped by every profile update; an update sends the one it read */
              revision: number;
              /** @description ISO 8601 date-time */
              createdAt: string;
              /** @description ISO 8601 date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/experts/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend, reinstate or disqualify (Art. 26, final) with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            status: 'active' | 'suspended' | 'disqualified';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              programmeId: string;
              /** @description Pool code, E000001 */
              code: string;
              userId: string;
              username: string;
              name: string;
              /** @description Masked in lists, whole on the record */
              identityNumber: string;
              employer: string;
              employerCreditCode: string | null;
              title: string;
              qualifications: {
                name: string;
                certificateNumber: string;
                expiresOn: string | null;
              }[];
              industries: (
                | 'A'
                | 'B'
                | 'C'
                | 'D'
                | 'E'
                | 'F'
                | 'G'
                | 'H'
                | 'I'
                | 'J'
                | 'K'
                | 'L'
                | 'M'
                | 'N'
                | 'O'
                | 'P'
                | 'Q'
                | 'R'
                | 'S'
                | 'T'
              )[];
              yearsInQualityWork: number;
              region: string;
              phone: string;
              email: string | null;
              canLead: boolean;
              formerEmployers: {
                name: string;
                creditCode: string | null;
                leftIn: number;
              }[];
              /** @enum {unknown} */
              status: 'active' | 'suspended' | 'disqualified';
              statusReason: string | null;
              /** @description Bumped by every profile update; an update sends the one it read */
              revision: number;
              /** @description ISO 8601 date-time */
              createdAt: string;
              /** @description ISO 8601 date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/experts/{id}/activation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a one-time activation code for the expert's account (shown once); the expert sets their own password with it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              username: string;
              code: string;
              expiresAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/availability/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** An expert's availability for a cycle */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          cycleId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            available: boolean;
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conflicts of interest (回避), suggested ones first to review */
    get: {
      parameters: {
        query?: {
          status?: 'suggested' | 'confirmed' | 'dismissed';
          expertId?: string;
          organisationId?: string;
          search?: string;
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                expertId: string;
                expertName: string;
                expertCode: string;
                organisationId: string;
                organisationName: string;
                /** @enum {unknown} */
                kind:
                  | 'current_employer'
                  | 'former_employer'
                  | 'consulting'
                  | 'shareholding'
                  | 'close_relative'
                  | 'same_group'
                  | 'declared_by_applicant'
                  | 'declared_by_expert';
                /** @enum {unknown} */
                source: 'detected' | 'office' | 'applicant' | 'expert';
                /** @enum {unknown} */
                status: 'suggested' | 'confirmed' | 'dismissed';
                evidence: string;
                since: string | null;
                decisionReason: string | null;
                /** @description ISO 8601 date-time */
                decidedAt: string | null;
                /** @description ISO 8601 date-time */
                createdAt: string;
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Record a conflict of interest (Office) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            expertId: string;
            organisationId: string;
            /** @enum {unknown} */
            kind:
              | 'current_employer'
              | 'former_employer'
              | 'consulting'
              | 'shareholding'
              | 'close_relative'
              | 'same_group'
              | 'declared_by_applicant'
              | 'declared_by_expert';
            evidence: string;
            since?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/conflict-detection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Find likely conflicts between the pool and the cycle’s applicants, for review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          cycleId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              suggested: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conflicts/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm or dismiss a suggested conflict, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            status: 'confirmed' | 'dismissed';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/my/panels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The panels the signed-in expert was drawn onto, their seat's status and the undertaking */
    get: {
      parameters: {
        query?: {
          /** @description Only seats waiting on the expert (an answer, or the undertaking), or only the others */
          awaiting?: 'true' | 'false';
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                commitmentId: string;
                panel: {
                  id: string;
                  name: string;
                  industries: string[];
                  size: number;
                  cycleId: string;
                  cycleYear?: number;
                };
                /** @enum {unknown} */
                role: 'leader' | 'member';
                /** @enum {unknown} */
                status: 'invited' | 'confirmed' | 'declined';
                /** @description Shown once the seat is confirmed and the undertaking signed */
                applications: string[];
                /** @description ISO 8601 date-time */
                undertakingAcceptedAt: string | null;
                undertakingVersion: string;
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/my/panels/{commitmentId}/response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the seat, or decline it with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          commitmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            response: 'confirmed' | 'declined';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/my/undertakings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept the confidentiality and impartiality undertaking for a cycle (Art. 25) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cycleId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acceptedAt: string;
              version: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/my/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare a conflict of interest with an organisation (takes effect at once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            organisationId: string;
            /** @enum {unknown} */
            kind:
              | 'current_employer'
              | 'former_employer'
              | 'consulting'
              | 'shareholding'
              | 'close_relative'
              | 'same_group'
              | 'declared_by_applicant'
              | 'declared_by_expert';
            evidence: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/mine/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An applicant asks that an expert stand aside, with its reason (the Office decides) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            expertCode: string;
            evidence: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{cycleId}/panels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the cycle's panels, oldest first, each with its draws and seats */
    get: {
      parameters: {
        query?: {
          /** @description Only panels whose latest draw is made (true) or not yet (false) */
          drawn?: 'true' | 'false';
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
        };
        header?: never;
        path: {
          cycleId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                cycleId: string;
                name: string;
                industries: string[];
                size: number;
                reserves: number;
                applicationIds: string[];
                /** @description The applications reviewed, with their applicants’ names */
                applications: {
                  id: string;
                  organisationId: string | null;
                  organisationName: string | null;
                }[];
                /** @description Applicants’ names by organisation id (the pool’s conflict reasons name organisations) */
                organisations: {
                  [key: string]: string;
                };
                /** @description ISO 8601 date-time */
                createdAt: string;
                draws: {
                  id: string;
                  panel: {
                    id: string;
                    name: string;
                    industries: string[];
                    cycleYear: number;
                  };
                  sequence: number;
                  reason: string;
                  /** @description ISO 8601 date-time */
                  frozenAt: string;
                  /** @description The frozen pool document (docs/draw-algorithm.md); its format names the algorithm */
                  poolDocument:
                    | {
                        /** @enum {string} */
                        format: 'quality-award-draw/pool/v2';
                        panelId: string;
                        /** @description 1 for the first freeze, 2 for the first redraw, … */
                        sequence: number;
                        programme: {
                          id: string;
                          panelSizeMin: number;
                          panelSizeMax: number;
                        };
                        industrySections: string[];
                        /** @description YYYY-MM-DD, Beijing time */
                        asOf: string;
                        plan: {
                          /** @description Evaluators, the leader included */
                          size: number;
                          /** @enum {number} */
                          leaders: 1;
                          reserves: number;
                        };
                        eligible: string[];
                        /** @description The eligible experts who may lead */
                        canLead: string[];
                        excluded: {
                          count: number;
                          /** @description SHA-256 of the exclusions document (kept, not published) */
                          sha256: string;
                        };
                      }
                    | {
                        /** @enum {string} */
                        format: 'quality-award-draw/pool/v1';
                        panelId: string;
                        industrySections: string[];
                        organisationIds: string[];
                        /** @description YYYY-MM-DD, Beijing time */
                        asOf: string;
                        plan: {
                          /** @description Evaluators, the leader included */
                          size: number;
                          /** @enum {number} */
                          leaders: 1;
                          reserves: number;
                        };
                        eligible: {
                          /** @description Pool code, E000001 */
                          expertId: string;
                          canLead: boolean;
                        }[];
                        excluded: {
                          /** @description Pool code, E000001 */
                          expertId: string;
                          reasons: {
                            /** @description disqualified, status-suspended, unavailable, …, conflict */
                            code: string;
                            organisationId?: string;
                            /** @description The kind of conflict (conflict only) */
                            kind?: string;
                          }[];
                        }[];
                      };
                  poolHash: string;
                  commitment: string;
                  size: number;
                  reserves: number;
                  drawn: {
                    publicValue: string;
                    supervisorName: string;
                    secret: string;
                    seed: string;
                    outcome: {
                      /** @description Pool code, E000001 */
                      leader: string;
                      members: string[];
                      reserves: string[];
                    };
                    /** @description ISO 8601 date-time */
                    drawnAt: string;
                    events: (
                      | {
                          /** @enum {string} */
                          kind: 'confirmed';
                          /** @description Pool code, E000001 */
                          expert: string;
                        }
                      | {
                          /** @enum {string} */
                          kind: 'declined';
                          /** @description Pool code, E000001 */
                          expert: string;
                          /** @description Office only */
                          reason?: string;
                        }
                      | {
                          /** @enum {string} */
                          kind: 'replaced';
                          /** @description Pool code, E000001 */
                          expert: string;
                          /** @description Pool code, E000001 */
                          replacement: string;
                          /** @description Office only */
                          reason?: string;
                        }
                    )[];
                    current: {
                      seats: {
                        /** @enum {unknown} */
                        role: 'leader' | 'member';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @enum {unknown} */
                        status: 'invited' | 'confirmed' | 'declined';
                        previous: string[];
                      }[];
                      remainingReserves: string[];
                    };
                  } | null;
                }[];
                /** @description Names of the experts the panel shows, by pool code */
                experts: {
                  [key: string]: {
                    name: string;
                    employer: string;
                    canLead: boolean;
                  } | null;
                };
                /** @enum {unknown} */
                state: 'planned' | 'frozen' | 'drawn';
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Plan a panel: industry group, applications, size (5–7, Art. 7) and reserves */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          cycleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            industries: (
              | 'A'
              | 'B'
              | 'C'
              | 'D'
              | 'E'
              | 'F'
              | 'G'
              | 'H'
              | 'I'
              | 'J'
              | 'K'
              | 'L'
              | 'M'
              | 'N'
              | 'O'
              | 'P'
              | 'Q'
              | 'R'
              | 'S'
              | 'T'
            )[];
            applicationIds: string[];
            size: number;
            reserves: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              cycleId: string;
              name: string;
              industries: string[];
              size: number;
              reserves: number;
              applicationIds: string[];
              /** @description The applications reviewed, with their applicants’ names */
              applications: {
                id: string;
                organisationId: string | null;
                organisationName: string | null;
              }[];
              /** @description Applicants’ names by organisation id (the pool’s conflict reasons name organisations) */
              organisations: {
                [key: string]: string;
              };
              /** @description ISO 8601 date-time */
              createdAt: string;
              draws: {
                id: string;
                panel: {
                  id: string;
                  name: string;
                  industries: string[];
                  cycleYear: number;
                };
                sequence: number;
                reason: string;
                /** @description ISO 8601 date-time */
                frozenAt: string;
                /** @description The frozen pool document (docs/draw-algorithm.md); its format names the algorithm */
                poolDocument:
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v2';
                      panelId: string;
                      /** @description 1 for the first freeze, 2 for the first redraw, … */
                      sequence: number;
                      programme: {
                        id: string;
                        panelSizeMin: number;
                        panelSizeMax: number;
                      };
                      industrySections: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: string[];
                      /** @description The eligible experts who may lead */
                      canLead: string[];
                      excluded: {
                        count: number;
                        /** @description SHA-256 of the exclusions document (kept, not published) */
                        sha256: string;
                      };
                    }
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v1';
                      panelId: string;
                      industrySections: string[];
                      organisationIds: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        canLead: boolean;
                      }[];
                      excluded: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        reasons: {
                          /** @description disqualified, status-suspended, unavailable, …, conflict */
                          code: string;
                          organisationId?: string;
                          /** @description The kind of conflict (conflict only) */
                          kind?: string;
                        }[];
                      }[];
                    };
                poolHash: string;
                commitment: string;
                size: number;
                reserves: number;
                drawn: {
                  publicValue: string;
                  supervisorName: string;
                  secret: string;
                  seed: string;
                  outcome: {
                    /** @description Pool code, E000001 */
                    leader: string;
                    members: string[];
                    reserves: string[];
                  };
                  /** @description ISO 8601 date-time */
                  drawnAt: string;
                  events: (
                    | {
                        /** @enum {string} */
                        kind: 'confirmed';
                        /** @description Pool code, E000001 */
                        expert: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'declined';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Office only */
                        reason?: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'replaced';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Pool code, E000001 */
                        replacement: string;
                        /** @description Office only */
                        reason?: string;
                      }
                  )[];
                  current: {
                    seats: {
                      /** @enum {unknown} */
                      role: 'leader' | 'member';
                      /** @description Pool code, E000001 */
                      expert: string;
                      /** @enum {unknown} */
                      status: 'invited' | 'confirmed' | 'declined';
                      previous: string[];
                    }[];
                    remainingReserves: string[];
                  };
                } | null;
              }[];
              /** @description Names of the experts the panel shows, by pool code */
              experts: {
                [key: string]: {
                  name: string;
                  employer: string;
                  canLead: boolean;
                } | null;
              };
              /** @enum {unknown} */
              state: 'planned' | 'frozen' | 'drawn';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/panels/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              cycleId: string;
              name: string;
              industries: string[];
              size: number;
              reserves: number;
              applicationIds: string[];
              /** @description The applications reviewed, with their applicants’ names */
              applications: {
                id: string;
                organisationId: string | null;
                organisationName: string | null;
              }[];
              /** @description Applicants’ names by organisation id (the pool’s conflict reasons name organisations) */
              organisations: {
                [key: string]: string;
              };
              /** @description ISO 8601 date-time */
              createdAt: string;
              draws: {
                id: string;
                panel: {
                  id: string;
                  name: string;
                  industries: string[];
                  cycleYear: number;
                };
                sequence: number;
                reason: string;
                /** @description ISO 8601 date-time */
                frozenAt: string;
                /** @description The frozen pool document (docs/draw-algorithm.md); its format names the algorithm */
                poolDocument:
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v2';
                      panelId: string;
                      /** @description 1 for the first freeze, 2 for the first redraw, … */
                      sequence: number;
                      programme: {
                        id: string;
                        panelSizeMin: number;
                        panelSizeMax: number;
                      };
                      industrySections: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: string[];
                      /** @description The eligible experts who may lead */
                      canLead: string[];
                      excluded: {
                        count: number;
                        /** @description SHA-256 of the exclusions document (kept, not published) */
                        sha256: string;
                      };
                    }
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v1';
                      panelId: string;
                      industrySections: string[];
                      organisationIds: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        canLead: boolean;
                      }[];
                      excluded: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        reasons: {
                          /** @description disqualified, status-suspended, unavailable, …, conflict */
                          code: string;
                          organisationId?: string;
                          /** @description The kind of conflict (conflict only) */
                          kind?: string;
                        }[];
                      }[];
                    };
                poolHash: string;
                commitment: string;
                size: number;
                reserves: number;
                drawn: {
                  publicValue: string;
                  supervisorName: string;
                  secret: string;
                  seed: string;
                  outcome: {
                    /** @description Pool code, E000001 */
                    leader: string;
                    members: string[];
                    reserves: string[];
                  };
                  /** @description ISO 8601 date-time */
                  drawnAt: string;
                  events: (
                    | {
                        /** @enum {string} */
                        kind: 'confirmed';
                        /** @description Pool code, E000001 */
                        expert: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'declined';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Office only */
                        reason?: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'replaced';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Pool code, E000001 */
                        replacement: string;
                        /** @description Office only */
                        reason?: string;
                      }
                  )[];
                  current: {
                    seats: {
                      /** @enum {unknown} */
                      role: 'leader' | 'member';
                      /** @description Pool code, E000001 */
                      expert: string;
                      /** @enum {unknown} */
                      status: 'invited' | 'confirmed' | 'declined';
                      previous: string[];
                    }[];
                    remainingReserves: string[];
                  };
                } | null;
              }[];
              /** @description Names of the experts the panel shows, by pool code */
              experts: {
                [key: string]: {
                  name: string;
                  employer: string;
                  canLead: boolean;
                } | null;
              };
              /** @enum {unknown} */
              state: 'planned' | 'frozen' | 'drawn';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/panels/{id}/freeze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Step 1: freeze the eligible pool and publish its hash with a commitment to a secret (a redraw needs a reason); the pool’s names are in GET /api/panels/:id */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              cycleId: string;
              name: string;
              industries: string[];
              size: number;
              reserves: number;
              applicationIds: string[];
              /** @description The applications reviewed, with their applicants’ names */
              applications: {
                id: string;
                organisationId: string | null;
                organisationName: string | null;
              }[];
              /** @description Applicants’ names by organisation id (the pool’s conflict reasons name organisations) */
              organisations: {
                [key: string]: string;
              };
              /** @description ISO 8601 date-time */
              createdAt: string;
              draws: {
                id: string;
                panel: {
                  id: string;
                  name: string;
                  industries: string[];
                  cycleYear: number;
                };
                sequence: number;
                reason: string;
                /** @description ISO 8601 date-time */
                frozenAt: string;
                /** @description The frozen pool document (docs/draw-algorithm.md); its format names the algorithm */
                poolDocument:
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v2';
                      panelId: string;
                      /** @description 1 for the first freeze, 2 for the first redraw, … */
                      sequence: number;
                      programme: {
                        id: string;
                        panelSizeMin: number;
                        panelSizeMax: number;
                      };
                      industrySections: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: string[];
                      /** @description The eligible experts who may lead */
                      canLead: string[];
                      excluded: {
                        count: number;
                        /** @description SHA-256 of the exclusions document (kept, not published) */
                        sha256: string;
                      };
                    }
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v1';
                      panelId: string;
                      industrySections: string[];
                      organisationIds: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        canLead: boolean;
                      }[];
                      excluded: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        reasons: {
                          /** @description disqualified, status-suspended, unavailable, …, conflict */
                          code: string;
                          organisationId?: string;
                          /** @description The kind of conflict (conflict only) */
                          kind?: string;
                        }[];
                      }[];
                    };
                poolHash: string;
                commitment: string;
                size: number;
                reserves: number;
                drawn: {
                  publicValue: string;
                  supervisorName: string;
                  secret: string;
                  seed: string;
                  outcome: {
                    /** @description Pool code, E000001 */
                    leader: string;
                    members: string[];
                    reserves: string[];
                  };
                  /** @description ISO 8601 date-time */
                  drawnAt: string;
                  events: (
                    | {
                        /** @enum {string} */
                        kind: 'confirmed';
                        /** @description Pool code, E000001 */
                        expert: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'declined';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Office only */
                        reason?: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'replaced';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Pool code, E000001 */
                        replacement: string;
                        /** @description Office only */
                        reason?: string;
                      }
                  )[];
                  current: {
                    seats: {
                      /** @enum {unknown} */
                      role: 'leader' | 'member';
                      /** @description Pool code, E000001 */
                      expert: string;
                      /** @enum {unknown} */
                      status: 'invited' | 'confirmed' | 'declined';
                      previous: string[];
                    }[];
                    remainingReserves: string[];
                  };
                } | null;
              }[];
              /** @description Names of the experts the panel shows, by pool code */
              experts: {
                [key: string]: {
                  name: string;
                  employer: string;
                  canLead: boolean;
                } | null;
              };
              /** @enum {unknown} */
              state: 'planned' | 'frozen' | 'drawn';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/panels/{id}/draw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Steps 2–4: the supervisor's public value, the seed, the draw; the secret is revealed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            publicValue: string;
            supervisorName: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              cycleId: string;
              name: string;
              industries: string[];
              size: number;
              reserves: number;
              applicationIds: string[];
              /** @description The applications reviewed, with their applicants’ names */
              applications: {
                id: string;
                organisationId: string | null;
                organisationName: string | null;
              }[];
              /** @description Applicants’ names by organisation id (the pool’s conflict reasons name organisations) */
              organisations: {
                [key: string]: string;
              };
              /** @description ISO 8601 date-time */
              createdAt: string;
              draws: {
                id: string;
                panel: {
                  id: string;
                  name: string;
                  industries: string[];
                  cycleYear: number;
                };
                sequence: number;
                reason: string;
                /** @description ISO 8601 date-time */
                frozenAt: string;
                /** @description The frozen pool document (docs/draw-algorithm.md); its format names the algorithm */
                poolDocument:
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v2';
                      panelId: string;
                      /** @description 1 for the first freeze, 2 for the first redraw, … */
                      sequence: number;
                      programme: {
                        id: string;
                        panelSizeMin: number;
                        panelSizeMax: number;
                      };
                      industrySections: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: string[];
                      /** @description The eligible experts who may lead */
                      canLead: string[];
                      excluded: {
                        count: number;
                        /** @description SHA-256 of the exclusions document (kept, not published) */
                        sha256: string;
                      };
                    }
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v1';
                      panelId: string;
                      industrySections: string[];
                      organisationIds: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        canLead: boolean;
                      }[];
                      excluded: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        reasons: {
                          /** @description disqualified, status-suspended, unavailable, …, conflict */
                          code: string;
                          organisationId?: string;
                          /** @description The kind of conflict (conflict only) */
                          kind?: string;
                        }[];
                      }[];
                    };
                poolHash: string;
                commitment: string;
                size: number;
                reserves: number;
                drawn: {
                  publicValue: string;
                  supervisorName: string;
                  secret: string;
                  seed: string;
                  outcome: {
                    /** @description Pool code, E000001 */
                    leader: string;
                    members: string[];
                    reserves: string[];
                  };
                  /** @description ISO 8601 date-time */
                  drawnAt: string;
                  events: (
                    | {
                        /** @enum {string} */
                        kind: 'confirmed';
                        /** @description Pool code, E000001 */
                        expert: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'declined';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Office only */
                        reason?: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'replaced';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Pool code, E000001 */
                        replacement: string;
                        /** @description Office only */
                        reason?: string;
                      }
                  )[];
                  current: {
                    seats: {
                      /** @enum {unknown} */
                      role: 'leader' | 'member';
                      /** @description Pool code, E000001 */
                      expert: string;
                      /** @enum {unknown} */
                      status: 'invited' | 'confirmed' | 'declined';
                      previous: string[];
                    }[];
                    remainingReserves: string[];
                  };
                } | null;
              }[];
              /** @description Names of the experts the panel shows, by pool code */
              experts: {
                [key: string]: {
                  name: string;
                  employer: string;
                  canLead: boolean;
                } | null;
              };
              /** @enum {unknown} */
              state: 'planned' | 'frozen' | 'drawn';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/panels/{id}/replacements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fill a declined seat with the next reserve in drawn order */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            expertCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              cycleId: string;
              name: string;
              industries: string[];
              size: number;
              reserves: number;
              applicationIds: string[];
              /** @description The applications reviewed, with their applicants’ names */
              applications: {
                id: string;
                organisationId: string | null;
                organisationName: string | null;
              }[];
              /** @description Applicants’ names by organisation id (the pool’s conflict reasons name organisations) */
              organisations: {
                [key: string]: string;
              };
              /** @description ISO 8601 date-time */
              createdAt: string;
              draws: {
                id: string;
                panel: {
                  id: string;
                  name: string;
                  industries: string[];
                  cycleYear: number;
                };
                sequence: number;
                reason: string;
                /** @description ISO 8601 date-time */
                frozenAt: string;
                /** @description The frozen pool document (docs/draw-algorithm.md); its format names the algorithm */
                poolDocument:
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v2';
                      panelId: string;
                      /** @description 1 for the first freeze, 2 for the first redraw, … */
                      sequence: number;
                      programme: {
                        id: string;
                        panelSizeMin: number;
                        panelSizeMax: number;
                      };
                      industrySections: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: string[];
                      /** @description The eligible experts who may lead */
                      canLead: string[];
                      excluded: {
                        count: number;
                        /** @description SHA-256 of the exclusions document (kept, not published) */
                        sha256: string;
                      };
                    }
                  | {
                      /** @enum {string} */
                      format: 'quality-award-draw/pool/v1';
                      panelId: string;
                      industrySections: string[];
                      organisationIds: string[];
                      /** @description YYYY-MM-DD, Beijing time */
                      asOf: string;
                      plan: {
                        /** @description Evaluators, the leader included */
                        size: number;
                        /** @enum {number} */
                        leaders: 1;
                        reserves: number;
                      };
                      eligible: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        canLead: boolean;
                      }[];
                      excluded: {
                        /** @description Pool code, E000001 */
                        expertId: string;
                        reasons: {
                          /** @description disqualified, status-suspended, unavailable, …, conflict */
                          code: string;
                          organisationId?: string;
                          /** @description The kind of conflict (conflict only) */
                          kind?: string;
                        }[];
                      }[];
                    };
                poolHash: string;
                commitment: string;
                size: number;
                reserves: number;
                drawn: {
                  publicValue: string;
                  supervisorName: string;
                  secret: string;
                  seed: string;
                  outcome: {
                    /** @description Pool code, E000001 */
                    leader: string;
                    members: string[];
                    reserves: string[];
                  };
                  /** @description ISO 8601 date-time */
                  drawnAt: string;
                  events: (
                    | {
                        /** @enum {string} */
                        kind: 'confirmed';
                        /** @description Pool code, E000001 */
                        expert: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'declined';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Office only */
                        reason?: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'replaced';
                        /** @description Pool code, E000001 */
                        expert: string;
                        /** @description Pool code, E000001 */
                        replacement: string;
                        /** @description Office only */
                        reason?: string;
                      }
                  )[];
                  current: {
                    seats: {
                      /** @enum {unknown} */
                      role: 'leader' | 'member';
                      /** @description Pool code, E000001 */
                      expert: string;
                      /** @enum {unknown} */
                      status: 'invited' | 'confirmed' | 'declined';
                      previous: string[];
                    }[];
                    remainingReserves: string[];
                  };
                } | null;
              }[];
              /** @description Names of the experts the panel shows, by pool code */
              experts: {
                [key: string]: {
                  name: string;
                  employer: string;
                  canLead: boolean;
                } | null;
              };
              /** @enum {unknown} */
              state: 'planned' | 'frozen' | 'drawn';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/draws': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of a programme's frozen pools and draws, newest first; without `programme`, the installation's default programme's */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: string;
          /** @description Rows a page, 1–200 */
          pageSize?: string;
          programme?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                panelName: string;
                industries: string[];
                cycleYear: number;
                sequence: number;
                /** @description ISO 8601 date-time */
                frozenAt: string;
                /** @description ISO 8601 date-time */
                drawnAt: string | null;
              }[];
              /** @description Rows in the whole list, all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/draws/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published inputs and outcome of one draw */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              panel: {
                id: string;
                name: string;
                industries: string[];
                cycleYear: number;
              };
              sequence: number;
              reason: string;
              /** @description ISO 8601 date-time */
              frozenAt: string;
              /** @description The frozen pool document (docs/draw-algorithm.md); its format names the algorithm */
              poolDocument:
                | {
                    /** @enum {string} */
                    format: 'quality-award-draw/pool/v2';
                    panelId: string;
                    /** @description 1 for the first freeze, 2 for the first redraw, … */
                    sequence: number;
                    programme: {
                      id: string;
                      panelSizeMin: number;
                      panelSizeMax: number;
                    };
                    industrySections: string[];
                    /** @description YYYY-MM-DD, Beijing time */
                    asOf: string;
                    plan: {
                      /** @description Evaluators, the leader included */
                      size: number;
                      /** @enum {number} */
                      leaders: 1;
                      reserves: number;
                    };
                    eligible: string[];
                    /** @description The eligible experts who may lead */
                    canLead: string[];
                    excluded: {
                      count: number;
                      /** @description SHA-256 of the exclusions document (kept, not published) */
                      sha256: string;
                    };
                  }
                | {
                    /** @enum {string} */
                    format: 'quality-award-draw/pool/v1';
                    panelId: string;
                    industrySections: string[];
                    organisationIds: string[];
                    /** @description YYYY-MM-DD, Beijing time */
                    asOf: string;
                    plan: {
                      /** @description Evaluators, the leader included */
                      size: number;
                      /** @enum {number} */
                      leaders: 1;
                      reserves: number;
                    };
                    eligible: {
                      /** @description Pool code, E000001 */
                      expertId: string;
                      canLead: boolean;
                    }[];
                    excluded: {
                      /** @description Pool code, E000001 */
                      expertId: string;
                      reasons: {
                        /** @description disqualified, status-suspended, unavailable, …, conflict */
                        code: string;
                        organisationId?: string;
                        /** @description The kind of conflict (conflict only) */
                        kind?: string;
                      }[];
                    }[];
                  };
              poolHash: string;
              commitment: string;
              size: number;
              reserves: number;
              drawn: {
                publicValue: string;
                supervisorName: string;
                secret: string;
                seed: string;
                outcome: {
                  /** @description Pool code, E000001 */
                  leader: string;
                  members: string[];
                  reserves: string[];
                };
                /** @description ISO 8601 date-time */
                drawnAt: string;
                events: (
                  | {
                      /** @enum {string} */
                      kind: 'confirmed';
                      /** @description Pool code, E000001 */
                      expert: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'declined';
                      /** @description Pool code, E000001 */
                      expert: string;
                      /** @description Office only */
                      reason?: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'replaced';
                      /** @description Pool code, E000001 */
                      expert: string;
                      /** @description Pool code, E000001 */
                      replacement: string;
                      /** @description Office only */
                      reason?: string;
                    }
                )[];
                current: {
                  seats: {
                    /** @enum {unknown} */
                    role: 'leader' | 'member';
                    /** @description Pool code, E000001 */
                    expert: string;
                    /** @enum {unknown} */
                    status: 'invited' | 'confirmed' | 'declined';
                    previous: string[];
                  }[];
                  remainingReserves: string[];
                };
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/draws/{id}/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the draw from its published inputs alone and compare with the recorded outcome */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  /** @enum {boolean} */
                  ok: true;
                  seed: string;
                  outcome: {
                    /** @description Pool code, E000001 */
                    leader: string;
                    members: string[];
                    reserves: string[];
                  };
                  /** @description The inputs the verification recomputed from */
                  inputs: {
                    /** @description The published inputs: GET /api/public/draws/{id} */
                    href: string;
                    /** @description quality-award-draw/v1 or quality-award-draw/v2 */
                    algorithm: string;
                    /** @description Where the algorithm is specified */
                    specification: string;
                  };
                }
              | {
                  /** @enum {boolean} */
                  ok: false;
                  /** @description The inputs the verification recomputed from */
                  inputs: {
                    /** @description The published inputs: GET /api/public/draws/{id} */
                    href: string;
                    /** @description quality-award-draw/v1 or quality-award-draw/v2 */
                    algorithm: string;
                    /** @description Where the algorithm is specified */
                    specification: string;
                  };
                  /** @enum {unknown} */
                  step:
                    'pool-hash' | 'pool-document' | 'commitment' | 'seed' | 'plan' | 'exclusions' | 'outcome';
                  detail: {
                    zh: string;
                    en: string;
                  };
                  expected?: string;
                  actual?: string;
                  differences?: {
                    position: string;
                    expected: string | null;
                    recorded: string | null;
                  }[];
                };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/draws/{id}/excluded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A v2 draw's excluded list with every reason — committed by its SHA-256 in the public pool document, shown to the Office and the auditor only */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sequence: number;
              poolHash: string;
              /** @description Null for a v1 draw, whose public pool document lists its excluded experts itself */
              exclusions: {
                /** @enum {string} */
                format: 'quality-award-draw/exclusions/v2';
                panelId: string;
                sequence: number;
                organisationIds: string[];
                excluded: {
                  /** @description Pool code, E000001 */
                  expertId: string;
                  reasons: {
                    /** @description disqualified, status-suspended, unavailable, …, conflict */
                    code: string;
                    organisationId?: string;
                    /** @description The kind of conflict (conflict only) */
                    kind?: string;
                  }[];
                }[];
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description namespace/name, e.g. 'auth/locked' */
              code: string;
              /** @description In the request's Accept-Language (zh-CN default, or English) */
              message: string;
              /** @description The rule enforced, e.g. 第九条(五) / Art. 9(5) */
              clause?: string;
              details?: {
                path: string;
                message: string;
              }[];
              /** @description The request id, as logged with the error */
              requestId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
