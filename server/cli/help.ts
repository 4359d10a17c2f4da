// Help texts. Kept together so that they stay consistent with each other.
export const MAIN_HELP = `fedipolicy: lints the privacy policy, terms and rules of a fediverse (Mastodon) instance.

Usage:
  fedipolicy [lint] [paths|globs...] [options]   check policies (the default command)
  fedipolicy report [paths|globs...] [options]   which requirements each policy set meets
  fedipolicy diff OLD NEW [options]              what changed for users between two versions
  fedipolicy diff --base REF [paths...]          the working tree against a git revision
  fedipolicy rules [--format text|json] [--language LANG]
                                                 list the rules (or the wording they recognise)
  fedipolicy init [folder]                       write a starter .fedipolicy.json
  fedipolicy audit <domain> [options]            check a live instance's published policies

Run "fedipolicy <command> --help" for a command's options.
Options: --help, --version.
Exit codes: 0 clean, 1 problems found, 2 usage, configuration or file errors.
`;

const SET_OPTIONS_HELP = `  --per-file              each file is its own policy set (default: the policy files of one folder)
  --kind KIND             the kind of every file given: privacy, terms, combined, rules, about
  -c, --config FILE       use this configuration file (default: the nearest .fedipolicy.json,
                          .fedipolicy.jsonc, .fedipolicy.yaml or .fedipolicy.yml above each file)
  -                       read the document from standard input
  --stdin-filename NAME   the name (and folder) of the document read from standard input
  -h, --help              show this help`;

export const LINT_HELP = `Usage: fedipolicy lint [paths|globs|folders...] [options]

Checks policy documents. Without paths: the policy files of the current folder
(those the configuration maps, and *privacy*, *terms*, *tos*, *rules*,
*code-of-conduct*, *about* Markdown files). A folder is searched recursively.

Options:
  -f, --format FORMAT     stylish (default), json, sarif, github, junit
  --fix                   insert the missing clauses and rewrite the files given
  --fix-dry-run           print the unified diff --fix would write; change nothing
                          (exit 1 when there is something to fix, 0 when not)
  --max-warnings N        exit 1 when there are more than N warnings
  -q, --quiet             report errors only
${SET_OPTIONS_HELP}

Exit codes: 0 clean, 1 errors (or too many warnings), 2 usage, configuration or file errors.
`;

export const REPORT_HELP = `Usage: fedipolicy report [paths|globs|folders...] [options]

For each policy set: every requirement, satisfied (with the sentence that
satisfies it and the stated value), missing, or not applicable.

Options:
  -f, --format FORMAT     text (default), json, md
${SET_OPTIONS_HELP}

Exit codes: 0 every requirement met, 1 a requirement is missing, 2 usage, configuration or file errors.
`;

export const DIFF_HELP = `Usage: fedipolicy diff OLD NEW [options]          two files, or two folders (policy sets)
       fedipolicy diff --base REF [paths...] [options]
                                                the working tree against git REF

What changed for users between two versions of a policy: each requirement
gained or lost, each stated value that changed (retention periods, shutdown
notice, minimum age, backup frequency) and whether that is better or worse for
users, findings that appeared or went away, whether the last-updated date
changed with them, and one plain sentence per change to tell users (English
and German; other languages get English). Both versions are linted with the
same configuration; sets are matched by folder or by "set" name in the configuration.

Options:
  -f, --format FORMAT     text (default), md, json
  --fail-on WHAT          exit 1 when a change is: lost (a requirement lost),
                          worse (lost, or a value worse for users; the default),
                          any (any change or finding), none (never)
  --base REF              compare the working tree with git REF (a branch, tag or commit)
  --per-file              each file is its own policy set
  --kind KIND             the kind of every file given: privacy, terms, combined, rules, about
  -c, --config FILE       use this configuration file for both versions
  -h, --help              show this help

Exit codes: 0 no change that --fail-on names, 1 such a change, 2 usage,
configuration, file or git errors (a REF that does not exist, not a git repository).
`;

export const RULES_HELP = `Usage: fedipolicy rules [--format text|json] [--language LANG]

Lists every rule: id, default severity, summary and documentation link.

Options:
  -f, --format FORMAT     text (default) or json
  -l, --language LANG     instead, list what each rule recognises in LANG: for each
                          concept it reads, the alternatives (regular expressions,
                          matched case-insensitively) in that language; text shows
                          the first few of each, json all of them
  -h, --help              show this help
`;

export const INIT_HELP = `Usage: fedipolicy init [folder]

Writes .fedipolicy.json in the folder (default: the current one) with the
policy files found there and their kinds, the recommended rules and an empty
"instance" block to fill in. Never overwrites an existing configuration.
`;

/** What `fedipolicy --version` / `--help` print: answered without loading the engine (main.ts) and by run() alike. */
export function answerWithoutEngine(argv: string[], version: string): string | undefined {
  const first = argv[0];
  if (first === '--version' || first === '-v') return `${version}\n`;
  if (first === '--help' || first === '-h' || first === 'help') return MAIN_HELP;
  return undefined;
}
