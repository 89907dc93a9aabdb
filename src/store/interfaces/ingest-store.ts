import type { Store } from '../types.js';

/** What ingest needs: skip a page whose content hash is known, save a page, and save a chunk in one transaction. */
export type IngestStore = Pick<Store, 'pageHash' | 'savePage' | 'batch'>;
