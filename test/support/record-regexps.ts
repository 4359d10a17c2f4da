// Records every regular expression the code builds with `new RegExp(...)` (the
// vocabulary's compiled concept patterns, for instance), so that a test can
// check the patterns the engine really runs. Import it before anything else.
export const constructed = new Map<string, { source: string; flags: string }>();

const Original = RegExp;
const Recording = new Proxy(Original, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    const re = Reflect.construct(target, args, newTarget === Recording ? target : newTarget) as RegExp;
    constructed.set(`/${re.source}/${re.flags}`, { source: re.source, flags: re.flags });
    return re;
  },
  apply(target, thisArg, args: [string | RegExp, string?]) {
    const re = Reflect.apply(target, thisArg, args) as RegExp;
    constructed.set(`/${re.source}/${re.flags}`, { source: re.source, flags: re.flags });
    return re;
  },
});
globalThis.RegExp = Recording;
