import { writeFileSync } from 'node:fs';
import { renderActionYml } from './action-yml.js';

writeFileSync('action.yml', renderActionYml());
