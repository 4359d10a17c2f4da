// Records every regular expression the code of this test bundle builds with
// `new RegExp(...)` (the vocabulary's compiled concept patterns, for instance),
// so that a test can check the patterns the engine really runs. Import it
// before anything else.
//
// Mocha loads every test bundle into one process and the patch is global, so a
// construction counts only when this bundle's code is on the stack: other test
// files build patterns of their own (assertions, fixtures) that are not the
// engine's.
export const constructed = new Map<string, { source: string; flags: string }>();

const thisBundle = __filename;
const Original = RegExp;

function record(re: RegExp): RegExp {
  const key = `/${re.source}/${re.flags}`;
  if (constructed.has(key)) return re;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  // Lines: "Error", this function, the proxy trap, then the caller; a caller in this bundle is what counts.
  if (stack.split('\n').slice(3).some((frame) => frame.includes(thisBundle))) constructed.set(key, { source: re.source, flags: re.flags });
  return re;
}

const Recording: RegExpConstructor = new Proxy(Original, {
  construct(target, args: [string | RegExp, string?], newTarget): RegExp {
    return record(Reflect.construct(target, args, newTarget === Recording ? target : newTarget) as RegExp);
  },
  apply(target, thisArg, args: [string | RegExp, string?]): RegExp {
    return record(Reflect.apply(target, thisArg, args) as RegExp);
  },
});
globalThis.RegExp = Recording;
