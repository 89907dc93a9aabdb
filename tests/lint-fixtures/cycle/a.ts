// Half of an import cycle, for tests/lint/architecture.test.ts: a.ts and b.ts import each other.
import { b } from './b.js';

export const a = (): number => b() + 1;
