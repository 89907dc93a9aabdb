import { createHash } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests per second across all bot-authenticated routes (Discord's default global limit is 50/s). */
  global?: number;
  /** One fixed window per bucket (route template) and major parameter (channel, guild, webhook). */
  perRoute?: { limit: number; windowMs: number };
}

export type RateLimitVerdict =
  | { ok: true; headers: Record<string, string> }
  | {
      ok: false;
      headers: Record<string, string>;
      body: { message: string; retry_after: number; global: boolean };
    };

interface Window {
  start: number;
  count: number;
}

/**
 * The bucket a path falls in, as Discord groups them: ids become `:id` except the major parameter
 * (channel, guild, or webhook id + token), which gets its own counter within the same bucket.
 */
export function bucketOf(method: string, path: string): { bucket: string; major: string } {
  const parts = path.split('/').filter(Boolean);
  const head = parts[0] ?? '';
  let major = 'global';
  const generic = parts.map((part, i) => {
    const isMajor =
      (i === 1 && (head === 'channels' || head === 'guilds' || head === 'webhooks')) ||
      (i === 2 && head === 'webhooks');
    if (isMajor) {
      major = i === 1 ? part : `${major}/${part}`;
      return ':major';
    }
    return /^\d{5,}$/.test(part) ? ':id' : part;
  });
  const bucket = createHash('sha1')
    .update(`${method} /${generic.join('/')}`)
    .digest('hex')
    .slice(0, 16);
  return { bucket, major };
}

function secs(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

/** Counts requests in fixed windows and answers like Discord: headers on every reply, 429 when over. */
export class RateLimiter {
  private globalWindow: Window = { start: 0, count: 0 };
  private readonly routeWindows = new Map<string, Window>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  check(method: string, path: string): RateLimitVerdict {
    const now = this.now();
    const perRoute = this.options.perRoute;
    const { bucket, major } = bucketOf(method, path);
    const headers: Record<string, string> = {};
    let route: Window | undefined;
    if (perRoute) {
      const key = `${bucket}:${major}`;
      route = this.routeWindows.get(key);
      if (!route || now >= route.start + perRoute.windowMs) {
        route = { start: now, count: 0 };
        this.routeWindows.set(key, route);
      }
      const resetAt = route.start + perRoute.windowMs;
      Object.assign(headers, {
        'x-ratelimit-limit': String(perRoute.limit),
        'x-ratelimit-remaining': String(Math.max(0, perRoute.limit - route.count - 1)),
        'x-ratelimit-reset': secs(resetAt),
        'x-ratelimit-reset-after': secs(resetAt - now),
        'x-ratelimit-bucket': bucket,
      });
      if (route.count >= perRoute.limit) {
        const retryAfter = (resetAt - now) / 1000;
        headers['x-ratelimit-remaining'] = '0';
        headers['retry-after'] = retryAfter.toFixed(3);
        headers['x-ratelimit-scope'] = 'user';
        return {
          ok: false,
          headers,
          body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
        };
      }
    }
    if (this.options.global) {
      if (now >= this.globalWindow.start + 1000) this.globalWindow = { start: now, count: 0 };
      if (this.globalWindow.count >= this.options.global) {
        const retryAfter = (this.globalWindow.start + 1000 - now) / 1000;
        return {
          ok: false,
          headers: {
            'retry-after': retryAfter.toFixed(3),
            'x-ratelimit-global': 'true',
            'x-ratelimit-scope': 'global',
          },
          body: { message: 'You are being rate limited.', retry_after: retryAfter, global: true },
        };
      }
      this.globalWindow.count++;
    }
    if (route) route.count++;
    return { ok: true, headers };
  }
}

export interface FailureSpec {
  /** HTTP method; any when omitted. */
  method?: string;
  /** Path after `/api/v10`: a RegExp, or a string where `:name` segments match any id (`/channels/:id/messages`). */
  route: string | RegExp;
  status: 400 | 401 | 403 | 404 | 429 | 500 | 502 | 503;
  /** Discord JSON error code; a sensible one per status when omitted. */
  code?: number;
  message?: string;
  /** How many matching requests fail; 1 when omitted. */
  times?: number;
  /** Seconds, for 429. */
  retryAfter?: number;
  /** For 429: a global rate limit instead of a per-route one. */
  global?: boolean;
}

interface PendingFailure {
  spec: FailureSpec;
  pattern: RegExp;
  remaining: number;
}

const DEFAULT_ERRORS: Record<number, { code: number; message: string }> = {
  400: { code: 50035, message: 'Invalid Form Body' },
  401: { code: 0, message: '401: Unauthorized' },
  403: { code: 50013, message: 'Missing Permissions' },
  404: { code: 10003, message: 'Unknown Channel' },
  500: { code: 0, message: '500: Internal Server Error' },
  502: { code: 0, message: '502: Bad Gateway' },
  503: { code: 0, message: '503: Service Unavailable' },
};

export function routePattern(route: string | RegExp): RegExp {
  if (route instanceof RegExp) return route;
  const escaped = route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]\w*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

export type InjectedFailure = { status: number; headers: Record<string, string>; body: unknown };

/** Errors queued by tests; each matching request consumes one. */
export class FailureQueue {
  private readonly pending: PendingFailure[] = [];

  add(spec: FailureSpec): void {
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`fake-discord: failNext times must be >= 1`);
    this.pending.push({ spec, pattern: routePattern(spec.route), remaining: times });
  }

  clear(): void {
    this.pending.length = 0;
  }

  take(method: string, path: string): InjectedFailure | null {
    const i = this.pending.findIndex(
      (p) => (!p.spec.method || p.spec.method.toUpperCase() === method) && p.pattern.test(path),
    );
    const hit = this.pending[i];
    if (!hit) return null;
    if (--hit.remaining === 0) this.pending.splice(i, 1);
    const { spec } = hit;
    if (spec.status === 429) {
      const retryAfter = spec.retryAfter ?? 0.1;
      const headers: Record<string, string> = {
        'retry-after': retryAfter.toFixed(3),
        'x-ratelimit-scope': spec.global ? 'global' : 'user',
      };
      if (spec.global) headers['x-ratelimit-global'] = 'true';
      else {
        const { bucket } = bucketOf(method, path);
        Object.assign(headers, {
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': secs(Date.now() + retryAfter * 1000),
          'x-ratelimit-reset-after': retryAfter.toFixed(3),
          'x-ratelimit-bucket': bucket,
        });
      }
      return {
        status: 429,
        headers,
        body: {
          message: spec.message ?? 'You are being rate limited.',
          retry_after: retryAfter,
          global: !!spec.global,
        },
      };
    }
    const fallback = DEFAULT_ERRORS[spec.status] ?? { code: 0, message: `${spec.status}` };
    return {
      status: spec.status,
      headers: {},
      body: { message: spec.message ?? fallback.message, code: spec.code ?? fallback.code },
    };
  }
}
