import { writeFileSync } from 'node:fs';
import { renderCatalog } from './command-catalog.js';

writeFileSync('src/commands/catalog.ts', renderCatalog());
