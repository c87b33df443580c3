/** A minimal cookie-keeping client for the benchmarks (the tests use Fastify's inject instead). */
export class HttpSession {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get csrfToken(): string {
    return this.csrf;
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    if (!this.csrf) await this.refresh();
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        cookie: this.cookieHeader,
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    this.keep(response);
    return response;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.refresh();
    const result = await this.json<{ csrfToken: string }>('POST', '/api/auth/sign-in', {
      username,
      password,
    });
    this.csrf = result.csrfToken;
  }

  private async refresh(): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/auth/session`, {
      headers: { cookie: this.cookieHeader },
    });
    this.keep(response);
    this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  private keep(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }
}
