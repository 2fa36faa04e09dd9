import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../electron/cli/nodeVersion';

describe('the Node.js the CLI runs on', () => {
  it('accepts 22.12 and later, and refuses older ones in the user language', () => {
    for (const ok of ['22.12.0', '22.20.1', '23.0.0', '24.21.0', '30.1.2']) expect(nodeVersionProblem(ok, 'en'), ok).toBeNull();
    expect(nodeVersionProblem('20.20.2', 'en')).toBe(
      'Préséance needs Node.js 22.12 or later; this is Node.js 20.20.2. Install Node.js 24 LTS and run the command again.',
    );
    expect(nodeVersionProblem('22.11.9', 'vi')).toBe('Préséance cần Node.js 22.12 trở lên; máy đang chạy Node.js 22.11.9. Hãy cài Node.js 24 LTS rồi chạy lại lệnh.');
  });
});
