// The CLI's entry (out/main/cli.js): the Node.js version is checked before the rest of the CLI,
// and with it better-sqlite3, is loaded (a dynamic import: static ones would load it first).
import { nodeVersionProblem } from './nodeVersion';

const env = process.env;
const argv = process.argv.slice(2);
const asked = argv.find((a, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7);
const lang = (asked ?? env.PRESEANCE_LANG ?? env.LANG ?? '').startsWith('vi') ? 'vi' : 'en';
const problem = nodeVersionProblem(process.versions.node, lang);
if (problem) {
  process.stderr.write(problem + '\n');
  process.exitCode = 1;
} else {
  void import('./index').then(({ runCli }) =>
    runCli(argv, { out: (text) => process.stdout.write(text + '\n'), err: (text) => process.stderr.write(text + '\n') }, env),
  ).then((code) => {
    process.exitCode = code;
  });
}
