import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** What /healthz reports; main.ts answers each question from the live pieces. */
export interface HealthProbe {
  /** Null when there is no gateway (the local console). */
  gatewayConnected(): boolean | null;
  databaseWritable(): boolean;
  lastIngest(): { at: Date; pages: number; failed: number } | null;
  nextDigestRun(): Date | null;
}

export interface HealthReport {
  ok: boolean;
  gateway: 'connected' | 'disconnected' | 'none';
  database: 'writable' | 'not writable';
  lastIngest: { at: string; pages: number; failed: number } | null;
  nextDigestRun: string | null;
}

export function healthReport(probe: HealthProbe): HealthReport {
  const gateway = probe.gatewayConnected();
  const writable = probe.databaseWritable();
  const last = probe.lastIngest();
  const next = probe.nextDigestRun();
  return {
    ok: gateway !== false && writable,
    gateway: gateway === null ? 'none' : gateway ? 'connected' : 'disconnected',
    database: writable ? 'writable' : 'not writable',
    lastIngest: last ? { at: last.at.toISOString(), pages: last.pages, failed: last.failed } : null,
    nextDigestRun: next ? next.toISOString() : null,
  };
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The operator's HTTP view: `GET /healthz` (JSON, 200 when the gateway is connected and the database writable,
 * 503 otherwise, so a container or load balancer can act on it) and `GET /metrics` (Prometheus text format).
 */
export async function startHealthServer(opts: {
  port: number;
  host?: string;
  probe: HealthProbe;
  registry: Registry;
}): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url === '/healthz') {
      let report: HealthReport;
      try {
        report = healthReport(opts.probe);
      } catch (err) {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: err instanceof Error ? err.message : String(err) }));
        return;
      }
      res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(`${JSON.stringify(report)}\n`);
      return;
    }
    if (url === '/metrics') {
      opts.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': opts.registry.contentType }).end(text),
        (err: unknown) => res.writeHead(500).end(String(err)),
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: try /healthz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
