/**
 * The built package (dist/), as users get it, loaded at run time; typed from the source so that the type-check
 * of a fresh checkout (before any build) does not need dist/ to exist.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Vnclean from '../src/index.js';

const entry = new URL('../dist/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) throw new Error('dist/index.js is missing: run `npm run build` first');

export const vnclean = (await import(entry.href)) as typeof Vnclean;
