import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthProbe, type HealthServer } from '../../src/health/health-server.js';
import { createMetrics } from '../../src/health/metrics.js';
import { nextDigestRun } from '../../src/health/next-digest.js';
import { createLogger } from '../../src/logger.js';

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function probe(over: Partial<HealthProbe> = {}): HealthProbe {
  return {
    gatewayConnected: () => true,
    databaseWritable: () => true,
    lastIngest: () => ({ at: new Date('2026-12-02T08:00:00Z'), pages: 3, failed: 1 }),
    nextDigestRun: () => new Date('2026-12-03T00:00:00Z'),
    ...over,
  };
}

async function get(path: string): Promise<{ status: number; type: string | null; body: string }> {
  const res = await fetch(`http://127.0.0.1:${server!.port}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

describe('the health server', () => {
  it('reports gateway, database, last ingest and next digest run as JSON with 200 when all is well', async () => {
    server = await startHealthServer({ port: 0, probe: probe(), registry: createMetrics().registry });
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      gateway: 'connected',
      database: 'writable',
      lastIngest: { at: '2026-12-02T08:00:00.000Z', pages: 3, failed: 1 },
      nextDigestRun: '2026-12-03T00:00:00.000Z',
    });
  });

  it('answers 503 when the gateway is down or the database cannot be written, and says which', async () => {
    server = await startHealthServer({
      port: 0,
      probe: probe({ gatewayConnected: () => false, databaseWritable: () => false, lastIngest: () => null }),
      registry: createMetrics().registry,
    });
    const res = await get('/healthz');
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      gateway: 'disconnected',
      database: 'not writable',
      lastIngest: null,
    });
  });

  it('treats the console (no gateway) as healthy when the database is writable', async () => {
    server = await startHealthServer({
      port: 0,
      probe: probe({ gatewayConnected: () => null, nextDigestRun: () => null }),
      registry: createMetrics().registry,
    });
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, gateway: 'none', nextDigestRun: null });
  });

  it('serves counters fed from log events in Prometheus text format, and 404 elsewhere', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    // The logger runs at warn, as the console does: the observer still sees the info events.
    const written: string[] = [];
    const logger = createLogger('warn', {
      observe: metrics.observe,
      sink: { write: (l) => written.push(l) },
    });
    logger.info({ kind: 'command', command: 'search', outcome: 'ok', durationMs: 3 }, 'interaction');
    logger.info({ kind: 'command', command: 'search', outcome: 'ok', durationMs: 4 }, 'interaction');
    logger.info({ kind: 'component', command: 'read:ab12cd:2', outcome: 'user-error' }, 'interaction');
    logger
      .child({ job: 'digest-scheduler' })
      .info({ due: 3, sent: 2, empty: 0, skipped: 0, paused: 0, failed: 1 }, 'digest run finished');
    metrics.ingest(5, 2);
    metrics.rateLimitWait(1.5, 'route');
    expect(written).toEqual([]);
    server = await startHealthServer({ port: 0, probe: probe(), registry: metrics.registry });
    const res = await get('/metrics');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const line of [
      'paperboy_interactions_total{kind="command",command="search",outcome="ok"} 2',
      'paperboy_interactions_total{kind="component",command="read",outcome="user-error"} 1',
      'paperboy_digest_deliveries_total{outcome="sent"} 2',
      'paperboy_digest_deliveries_total{outcome="failed"} 1',
      'paperboy_digest_deliveries_total{outcome="empty"} 0',
      'paperboy_ingest_pages_total 5',
      'paperboy_ingest_failures_total 2',
      'paperboy_rate_limit_waits_total{scope="route"} 1',
      'paperboy_rate_limit_wait_seconds_total 1.5',
    ])
      expect(res.body.split('\n')).toContain(line);
    expect((await get('/other')).status).toBe(404);
  });
});

describe('the next digest run', () => {
  it('is the soonest among the subscriptions, skipping paused ones (null)', () => {
    const at: Record<string, Date | null> = {
      a: new Date('2026-12-03T08:00:00Z'),
      b: new Date('2026-12-02T23:00:00Z'),
      c: null,
    };
    const subs = Object.keys(at).map((channelId) => ({ channelId }));
    expect(nextDigestRun(subs, (id) => at[id] ?? null)).toEqual(new Date('2026-12-02T23:00:00Z'));
    expect(nextDigestRun([], () => new Date())).toBeNull();
  });
});

describe('HEALTH_PORT', () => {
  it('is off by default, a port when set, and a clear problem when it is not a port', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(loadConfig({}).healthPort).toBeNull();
    expect(loadConfig({ HEALTH_PORT: '9464' })).toMatchObject({ healthPort: 9464, healthHost: '127.0.0.1' });
    expect(() => loadConfig({ HEALTH_PORT: 'http' })).toThrow(
      'HEALTH_PORT must be a whole number from 0 to 65535 (got "http")',
    );
  });
});
