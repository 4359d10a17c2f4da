// Help texts. Kept together so that they stay consistent with each other.
export const MAIN_HELP = `fedipolicy: lints the privacy policy, terms and rules of a fediverse (Mastodon) instance.

Usage:
  fedipolicy [lint] [paths|globs...] [options]   check policies (the default command)
  fedipolicy report [paths|globs...] [options]   which requirements each policy set meets
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
