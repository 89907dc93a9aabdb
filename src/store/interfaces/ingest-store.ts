import type { Store } from '../types.js';

/**
 * What ingest needs: skip a page whose content hash is known, save a page, save a chunk in one transaction, and
 * find (and, with `--prune`, remove) pages whose file is gone.
 */
export type IngestStore = Pick<Store, 'pageHash' | 'savePage' | 'batch' | 'pageSources' | 'removePage'>;
