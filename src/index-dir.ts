// Where the documents and word lists live. Kept in a module of its own, one
// folder below the root as the bundles in dist/ are, so this one URL finds
// index/ from the sources and from a bundle alike, and a tool that needs only
// the folder (npm run report) does not load the search engine to learn it.
import { fileURLToPath } from 'node:url';

export const DEFAULT_INDEX_DIR = fileURLToPath(new URL('../index/', import.meta.url));
