import { writeFileSync } from 'node:fs';
import { renderWorkflowTemplates, TEMPLATES_MODULE } from './workflow-templates.js';

writeFileSync(TEMPLATES_MODULE, renderWorkflowTemplates('.'));
