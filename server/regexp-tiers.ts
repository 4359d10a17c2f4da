// Imported first by the CLI and the language server. V8 runs a new regular
// expression in its bytecode interpreter and compiles it to machine code on
// later runs: for the vocabulary's long expressions that means compiling each
// twice, about half of a first lint's time (one process per CI run pays it).
// Compiling straight to machine code halves that and changes no result.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
