// `npm start`: runs the freshly built CLI on the sample connector, which has deliberate problems, and explains the
// result. Findings (CLI exit code 1) are the expected outcome and make this script succeed; a crash or a usage
// error (exit code 2, or a signal) makes it fail.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = ['dist/cli.js', 'check', 'samples/sample-connector'];
console.log(`$ node ${args.join(' ')}\n`);
const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

let explanation;
let exitCode;
if (result.error) {
	explanation = `could not start the CLI: ${result.error.message}`;
	exitCode = 2;
} else if (result.signal) {
	explanation = `the CLI was stopped by ${result.signal}.`;
	exitCode = 2;
} else if (result.status === 1) {
	explanation = 'exit code 1: the CLI found errors, as expected for this sample (see samples/sample-connector/README.md).';
	exitCode = 0;
} else if (result.status === 0) {
	explanation = 'exit code 0: no errors found. The sample is meant to have some; was it edited?';
	exitCode = 0;
} else {
	explanation = `exit code ${result.status}: the CLI could not check the sample (usage error, unreadable input or crash; see above).`;
	exitCode = result.status ?? 2;
}
console.log(`\n${explanation}`);
process.exit(exitCode);
