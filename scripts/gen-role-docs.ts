import { readFileSync, writeFileSync } from 'node:fs';
import { DOC_FILE, withRoleDocs } from './role-docs.js';

writeFileSync(DOC_FILE, withRoleDocs(readFileSync(DOC_FILE, 'utf8')));
