// Prepares what the end-to-end suite needs and prints it as JSON on the last line of stdout:
//   - Debian's chromium (and the headers code-server's native modules build against), with apt-get when missing;
//   - Node 24 and code-server from the npm registry, in a cache outside the repository that later runs reuse.
// Nothing is downloaded from anywhere but the npm registry and Debian's mirrors (see ../shared/spec/vscode-e2e.md).
// The cache folder is $CONNECTOR_CERTIFY_E2E_CACHE, or ~/.cache/connector-certify-e2e.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CODE_SERVER_VERSION = '4.139.1';
const NODE_MAJOR = '24';
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config'];
const CHROMIUM = '/usr/bin/chromium';

const cache = process.env.CONNECTOR_CERTIFY_E2E_CACHE ?? join(homedir(), '.cache', 'connector-certify-e2e');
const log = (message) => process.stderr.write(`e2e-prepare: ${message}\n`);

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
	}
}

function missingAptPackages() {
	return APT_PACKAGES.filter((name) => spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true);
}

function ensureAptPackages() {
	const missing = missingAptPackages();
	if (!missing.length) {
		return;
	}
	if (process.getuid?.() !== 0) {
		throw new Error(`missing Debian packages: ${missing.join(' ')}. Install them with: sudo apt-get install ${missing.join(' ')}`);
	}
	log(`installing ${missing.join(', ')} with apt-get`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	run('apt-get', ['update', '-qq'], { env });
	run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/**
 * Installs `spec` into `<cache>/<name>` unless a previous run completed it (the marker is written last, and the
 * install happens in a temporary folder renamed into place, so an interrupted run is redone rather than trusted).
 */
/** npm's own script (npm-cli.js), so it can be run by a chosen Node rather than whichever `node` is first on PATH. */
function npmCli() {
	const candidates = [process.env.npm_execpath, execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim()];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) {
			const real = realpathSync(candidate);
			if (real.endsWith('.js')) {
				return real;
			}
		}
	}
	throw new Error('cannot find npm-cli.js (npm is needed to install the e2e tools)');
}

/**
 * The environment without the `npm_*` variables of an enclosing `npm run`: the inner npm would read them as its own
 * configuration (code-server's install script reads the Node version from npm_config_user_agent).
 */
function cleanEnv(extra = {}) {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
	return { ...env, ...extra };
}

function ensureNpmInstall(name, spec, node = process.execPath, env = cleanEnv()) {
	const folder = join(cache, name);
	const marker = join(folder, '.complete');
	if (existsSync(marker)) {
		return folder;
	}
	const staging = `${folder}.partial`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	log(`installing ${spec} into ${folder} (first run only)`);
	// npm runs install scripts with the Node that runs npm first on their PATH, so npm itself runs on `node`.
	run(node, [npmCli(), 'install', '--prefix', staging, '--no-audit', '--no-fund', '--no-save', spec], { env });
	writeFileSync(join(staging, '.complete'), `${spec}\n`);
	rmSync(folder, { recursive: true, force: true });
	renameSync(staging, folder);
	return folder;
}

try {
	ensureAptPackages();
	mkdirSync(cache, { recursive: true });
	const nodeFolder = ensureNpmInstall(`node${NODE_MAJOR}`, `node@${NODE_MAJOR}`);
	const nodeBin = join(nodeFolder, 'node_modules', 'node', 'bin');
	const headers = join(nodeFolder, 'node_modules', 'node', 'node_modules', `node-linux-${process.arch}`);
	const version = execFileSync(join(nodeBin, 'node'), ['--version'], { encoding: 'utf8' }).trim();
	if (!version.startsWith(`v${NODE_MAJOR}.`)) {
		throw new Error(`expected Node ${NODE_MAJOR} in ${nodeBin}, found ${version}`);
	}
	// code-server builds native modules against Node 24: its binary first on PATH, its headers instead of the
	// machine's nodedir (which points at Node 20's).
	const codeServerFolder = ensureNpmInstall(
		`code-server-${CODE_SERVER_VERSION}`,
		`code-server@${CODE_SERVER_VERSION}`,
		join(nodeBin, 'node'),
		cleanEnv({ PATH: `${nodeBin}:${process.env.PATH}`, npm_config_nodedir: headers }),
	);
	const codeServer = join(codeServerFolder, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
	if (!existsSync(codeServer)) {
		throw new Error(`code-server's entry point is missing: ${codeServer}`);
	}
	if (!existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} is missing after installing chromium`);
	}
	process.stdout.write(`${JSON.stringify({ node: join(nodeBin, 'node'), codeServer, chromium: CHROMIUM })}\n`);
} catch (error) {
	log(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
