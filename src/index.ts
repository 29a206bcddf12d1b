// The GitHub Action's entry (action.yml: runs.using node24, main dist/index.js). All logic is in run().
import { run } from './shells/action/run.js';

await run();
