# What `retract` prints for a person, in English (the French is in ../fr/cli.ftl; both files
# define the same ids). The language: RETRACT_LANG, else LC_ALL, LC_MESSAGES, LANG; a value that
# starts with `fr` means French, anything else English. JSON and JSONL outputs are not here: they
# are machine formats and never change with the language.

## An error and its cause (an OS or parser message stays as it is given).
error-cause = { $context }: { $cause }

## Bad arguments. English keeps clap's own report (its lines joined); these ids build the French
## line from the error's context, and the English ones say the same for completeness.
args-see-help = (see --help)
args-unknown-argument = unexpected argument '{ $arg }' found
args-suggested = did you mean '{ $suggestion }'?
args-invalid-value = invalid value '{ $value }' for '{ $arg }'
args-empty-value = a value is required for '{ $arg }' but none was supplied
args-possible-values = possible values: { $values }
args-missing-argument = the following required arguments were not provided: { $args }
args-invalid-subcommand = unrecognized subcommand '{ $subcommand }'
args-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
args-subcommands = subcommands: { $subcommands }
args-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
args-wrong-number-of-values = '{ $arg }' takes { $expected } values but { $actual } were supplied
args-too-few-values = '{ $arg }' takes at least { $expected } values but only { $actual } were supplied
args-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
args-conflict-alone = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
args-no-equals = equal sign is needed when assigning values to '{ $arg }'
args-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
args-invalid-utf8 = an argument is not valid UTF-8
args-other = { $message }

## `serve` and `demo`: configuration
config-cannot-read = cannot read config file { $path }
config-invalid = invalid config file { $path }: { $reason }
config-bad-session-ttl = RETRACT_SESSION_TTL_SECONDS must be a number of seconds, not `{ $value }`
config-bad-bind = `{ $bind }` is not an address to listen on (expected host:port, e.g. 127.0.0.1:8080)
config-zero-session-ttl = the session lifetime must be at least one second
config-bad-database-url = the database URL (RETRACT_DATABASE_URL or database_url) must start with postgres:// (got { $url })
config-bad-nats-url = RETRACT_NATS_URL must start with nats:// or tls:// (got { $url })

## `serve` and `demo`: start-up
run-cannot-start-runtime = cannot start the async runtime
run-cannot-listen = cannot listen on { $address }
run-cannot-open-database = cannot open the database in { $dir }: { $error }
run-cannot-open-postgres = cannot open the PostgreSQL database
run-cannot-create-dir = cannot create { $path }
run-vault-key-invalid = the vault key file { $path } must hold 64 hex digits
run-vault-key-cannot-read = cannot read the vault key file { $path }
run-vault-key-cannot-create = cannot create the vault key file { $path }
run-cannot-seal = cannot seal the evidence of earlier incidents
run-cannot-connect-nats = cannot carry events across nodes
run-server-error = server error

## `demo`: the seed and the start banner
demo-cannot-create-workspace = cannot create the demo workspace: { $error }
demo-cannot-hash-password = cannot prepare the demo accounts' password
demo-cannot-create-account = cannot create demo account { $email }
demo-accounts-missing = demo accounts missing
demo-cannot-create-conversation = cannot create demo conversation { $title }
demo-cannot-seed-message = cannot seed a demo message
demo-welcome = retract demo — http://{ $address }
demo-welcome-login = Workspace: demo — password: { $password }
demo-role-owner = owner
demo-role-lead = lead
demo-role-cm = cm
demo-role-auditor = auditor
demo-role-exec = exec
demo-role-guest = guest

## `scan`
scan-cannot-read-list = cannot read the --{ $option } file { $path }
scan-invalid-lists = the lists cannot be used by the guard: { $reason }
scan-cannot-read-stdin = cannot read standard input
scan-cannot-read = cannot read { $path }
scan-not-utf8 = input is not valid UTF-8
scan-cannot-write = cannot write the output
scan-progress-messages = messages
scan-verdict-allow = verdict: allow
scan-verdict-warn = verdict: warn
scan-verdict-needs_approval = verdict: needs_approval
scan-verdict-block = verdict: block
scan-severity-low = low
scan-severity-medium = medium
scan-severity-high = high
scan-severity-critical = critical

## `ledger verify`
ledger-ok = ok { $entries } { $entries ->
    [one] entry
   *[other] entries
}
ledger-signed-by = checkpoint signed by public key { $key } (pass --public-key to require it)
ledger-bad-public-key-option = --public-key must be an Ed25519 public key as 64 lower-case hex digits
ledger-cannot-open = cannot open { $path }
ledger-cannot-verify = cannot verify { $path }
ledger-cannot-verify-stdin = cannot verify the ledger read from standard input
ledger-line = line { $line }: { $reason }
ledger-not-utf8 = the line is not valid UTF-8
ledger-not-a-ledger-line = not a ledger line: expected {"{"}"type":"entry",… or {"{"}"type":"checkpoint",…
ledger-malformed = not valid JSON for a ledger line: { $reason }
ledger-not-canonical = the line is not in canonical form (spacing, escapes or field order changed)
ledger-hash-not-last = the entry's last field must be its "hash"
ledger-bad-hex = { $field } must be lower-case hexadecimal of the right length
ledger-seq-gap = expected entry seq { $expected }, found { $found } (a line is missing, repeated or moved)
ledger-wrong-workspace = entry of workspace { $found } in the ledger of workspace { $expected }
ledger-prev-hash-mismatch = prev_hash is not the hash of the previous entry
ledger-hash-mismatch = hash does not match the entry's content (the entry was modified)
ledger-checkpoint-seq = checkpoint covers { $checkpoint } entries but the export holds { $entries }
ledger-checkpoint-head = checkpoint head_hash is not the hash of the last entry
ledger-bad-checkpoint-key = the checkpoint's public key is not a valid Ed25519 key
ledger-bad-signature = the checkpoint's signature does not verify
ledger-unexpected-key = checkpoint signed by key { $found }, not the expected key { $expected }
ledger-after-checkpoint = a line follows the checkpoint, which must be last
ledger-missing-checkpoint = no checkpoint: the export must end with a signed checkpoint line
