import { afterAll } from 'vitest';
import { removeLaunchData } from './harness';

// Every e2e test file leaves no data folders behind in the temp directory.
afterAll(removeLaunchData);
