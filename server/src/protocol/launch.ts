/**
 * How the language server's process is started, shared by everything that starts it: the VS Code client, the tests'
 * client and the bench, so the figures the bench reports are those of the server the extension runs.
 *
 * `--max-semi-space-size=2` (MB): after each published check the main thread collects its garbage (HeapCollector), a
 * full collection that also empties the young generation, and V8 lets that grow to 16 MB per semi-space on a thread
 * that allocates as much as a publish does. Emptying it was most of the pause: the full collection took 11-37 ms per
 * edit of Encodian with V8's default, 9-18 ms with 1 MB. Editing Encodian, 8 runs each, longest main-thread stall and
 * median edit: default 44-59 and 160-240 ms; 2 MB 37-49 and 179-225 ms; 1 MB 40-48 and 209-250 ms (the minor
 * collections while a large check result is received cost more than they save). V8 reads the flag once, when it
 * creates a heap, so it cannot be set from inside; and it would apply to the checker threads' heaps too, over their
 * resourceLimits, so the server clears it before it starts them (host/threadHeaps.ts).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
