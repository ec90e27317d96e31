import { afterAll, afterEach } from 'vitest';
import { checkAndClosePages, disconnect } from './browser';

// Setup file of the browser tests (vitest.config.ts, project "browser"): runs in every browser test
// file, so that no test can skip the CSP and other-origin checks or leave a page open.
afterEach(checkAndClosePages);
afterAll(disconnect);
