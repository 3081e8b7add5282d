/**
 * When V8 compiles a function with its optimizing compiler, for the CLI. V8 optimizes a function once it has run
 * through a few "interrupt budgets" of bytecode (66 KB each in Node 20), which pays off in a process that runs the
 * same code for long, such as the language server checking one open document again and again. A CLI run checks each
 * connector once, over documents of every shape, on threads that each compile their own copy of the hot code while
 * competing with the compiler's threads for the same cores: over the 80 dev connectors on 2 cores, V8 optimized 993
 * functions and threw 112 optimizations away, and the optimizing came to a third of the run's CPU. A budget 64 times
 * larger leaves optimizing to what stays hot: the dev corpus 2.9-3.1 s → 1.9-2.1 s (5.1-5.4 → 3.0-3.5 s of CPU), 400
 * connectors 10.0 → 6.7-8.0 s, 400 small ones 2.0 → 1.5-1.7 s, one 1.1 MB connector the same (0.64 → 0.70 s, within
 * the noise), all on Node 20. Turning the optimizing compiler off altogether (`--no-opt`) did about as well on these
 * runs (2.0-2.1 s, 7.5-8.1 s) but leaves nothing for the loops that do stay hot in a long run. What runs meanwhile is
 * Sparkplug's baseline code (about 2,400 functions in a run over the dev corpus); compiling it for every function at
 * once (`--always-sparkplug`) or on a background thread (`--concurrent-sparkplug`) changed nothing measurable (the dev
 * corpus 913 ms against 915 and 902, medians of 8 alternating runs). Measured again once the CLI had become more
 * than twice as fast, the budget still pays: without the check flags (host/checkFlags.ts) the dev corpus took 1,386 ms
 * against 877 as a first run, 1,316 against 808 with the code cache (medians of 10 alternating runs, every one slower),
 * though the flags make V8 turn down Node's own code cache, so that each check thread compiles Node's modules afresh.
 */
import { setFlagsFromString } from 'node:v8';

/** The budget the CLI sets, in bytes of bytecode: about 64 times Node 20's. */
export const CLI_INTERRUPT_BUDGET = 4 * 1024 * 1024;

/**
 * The V8 major versions whose flag list has `--interrupt-budget` with this meaning: Node 18 and 20. V8 prints an
 * error line for a flag it does not know, which a CLI that says every failure in one line must not do, and V8 13
 * (Node 24) no longer has it: its tiering counts invocations, with Maglev between the baseline and TurboFan, and there
 * the dev corpus took 2.0-2.4 s with V8's defaults against 2.0-2.1 s with TurboFan's invocation count raised 64 times
 * (too little to set a second flag for).
 */
const KNOWN_V8_MAJORS = { from: 10, to: 11 };

/** Whether `v8Version` is one whose flags the CLI's V8 settings were measured on (see KNOWN_V8_MAJORS). */
export function isKnownV8(v8Version: string): boolean {
	const major = Number.parseInt(v8Version, 10);
	return major >= KNOWN_V8_MAJORS.from && major <= KNOWN_V8_MAJORS.to;
}

/**
 * Raises V8's interrupt budget for the whole process (V8's flags are shared by all its threads), on the V8 versions
 * known to have the flag; returns whether it did. Call it before the checks start, and before starting the threads
 * that check: set while a thread compiles, it would change the flags its code cache is made under (see
 * checkThreadLauncher.ts).
 */
export function optimizeOnlyWhatStaysHot(v8Version: string = process.versions.v8, setFlags: (flags: string) => void = setFlagsFromString): boolean {
	if (!isKnownV8(v8Version)) {
		return false;
	}
	setFlags(`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`);
	return true;
}
