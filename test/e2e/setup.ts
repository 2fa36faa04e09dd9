import { afterAll, afterEach } from 'vitest';
import { closeLaunchedApps, removeLaunchData } from './harness';

// Every app a test launched is closed after it, even when the test fails midway. Vitest runs
// afterEach hooks in reverse order of registration, and this file registers before the test
// file does: a test file's own afterEach runs BEFORE this one, so one that removes a folder an
// app still uses calls closeLaunchedApps() first.
afterEach(closeLaunchedApps);
// Every e2e test file leaves no data folders behind in the temp directory.
afterAll(removeLaunchData);
