/**
 * Service worker (Chrome) / background script (Firefox) entry. It only wires: the real browser port
 * into the worker, whose listeners are registered synchronously on every start.
 */
import { createBrowserPort } from './browser.ts';
import { startWorker } from './worker.ts';

startWorker(createBrowserPort());
