import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import type { LogEvent } from '../logger.js';

/** The operator's counters, in Prometheus text format at /metrics. */
export interface BotMetrics {
  readonly registry: Registry;
  interaction(kind: string, command: string, outcome: string): void;
  delivery(outcome: string, n?: number): void;
  ingest(pages: number, failures: number): void;
  rateLimitWait(seconds: number, scope: 'route' | 'global'): void;
  /** Feeds the counters from the events the router and the scheduler already log (see createLogger's observe). */
  observe(event: LogEvent): void;
}

const DELIVERY_OUTCOMES = ['sent', 'empty', 'skipped', 'paused', 'failed'] as const;

/**
 * A component's custom id carries article ids and dates; only its prefix (`read`, `headlines`, …) is a
 * label, so the number of series stays small.
 */
function commandLabel(kind: string, name: unknown): string {
  const s = typeof name === 'string' && name ? name : 'unknown';
  return kind === 'component' ? (s.split(':')[0] ?? s) : s;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): BotMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'paperboy_' });
  const interactions = new Counter({
    name: 'paperboy_interactions_total',
    help: 'Interactions answered, by kind (command, autocomplete, component), command and outcome.',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'paperboy_digest_deliveries_total',
    help: 'Digest deliveries to a channel, by outcome (sent, empty, skipped, paused, failed).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const ingestPages = new Counter({
    name: 'paperboy_ingest_pages_total',
    help: 'Page files ingested (stored or updated).',
    registers: [registry],
  });
  const ingestFailures = new Counter({
    name: 'paperboy_ingest_failures_total',
    help: 'Page files or folders an ingest could not read or parse.',
    registers: [registry],
  });
  const waits = new Counter({
    name: 'paperboy_rate_limit_waits_total',
    help: 'Times a Discord request waited for a rate limit, by scope (route or global).',
    labelNames: ['scope'] as const,
    registers: [registry],
  });
  const waitSeconds = new Counter({
    name: 'paperboy_rate_limit_wait_seconds_total',
    help: 'Seconds Discord requests spent waiting for rate limits.',
    registers: [registry],
  });
  // Zero series exist from the start, so a dashboard's rate() has something to read before the first event.
  for (const o of DELIVERY_OUTCOMES) deliveries.inc({ outcome: o }, 0);
  for (const scope of ['route', 'global'] as const) waits.inc({ scope }, 0);

  const metrics: BotMetrics = {
    registry,
    interaction: (kind, command, outcome) => interactions.inc({ kind, command, outcome }),
    delivery: (outcome, n = 1) => deliveries.inc({ outcome }, n),
    ingest(pages, failures) {
      ingestPages.inc(pages);
      ingestFailures.inc(failures);
    },
    rateLimitWait(seconds, scope) {
      waits.inc({ scope });
      waitSeconds.inc(Math.max(0, seconds));
    },
    observe({ msg, fields }) {
      // The router logs one 'interaction' line per interaction (src/discord/router.ts).
      if (msg === 'interaction' && typeof fields.outcome === 'string') {
        const kind = typeof fields.kind === 'string' ? fields.kind : 'interaction';
        metrics.interaction(kind, commandLabel(kind, fields.command), fields.outcome);
      }
      // The scheduler logs one 'digest run finished' line with the count of each outcome (src/delivery/scheduler.ts).
      if (msg === 'digest run finished')
        for (const o of DELIVERY_OUTCOMES) {
          const n = fields[o];
          if (typeof n === 'number' && n > 0) metrics.delivery(o, n);
        }
    },
  };
  return metrics;
}
