# Ce que `retract` affiche pour une personne, en français (l’anglais est dans ../en/cli.ftl ; les
# deux fichiers définissent les mêmes identifiants). La langue : RETRACT_LANG, sinon LC_ALL,
# LC_MESSAGES, LANG ; une valeur qui commence par `fr` donne le français, toute autre l’anglais.
# Les sorties JSON et JSONL n’y sont pas : formats pour les programmes, elles ne changent jamais.

## Une erreur et sa cause (un message du système ou d’un analyseur reste tel quel).
error-cause = { $context } : { $cause }

## Arguments refusés : clap n’a pas de français, la ligne est construite ici avec le contexte de
## l’erreur (l’argument, la valeur, les valeurs possibles…).
args-see-help = (voir --help)
args-unknown-argument = argument inattendu « { $arg } »
args-suggested = vouliez-vous dire « { $suggestion } » ?
args-invalid-value = valeur « { $value } » invalide pour « { $arg } »
args-empty-value = « { $arg } » attend une valeur, aucune n’a été donnée
args-possible-values = valeurs possibles : { $values }
args-missing-argument = argument obligatoire manquant : { $args }
args-invalid-subcommand = sous-commande inconnue « { $subcommand } »
args-missing-subcommand = « { $command } » attend une sous-commande
args-subcommands = sous-commandes : { $subcommands }
args-too-many-values = valeur en trop « { $value } » pour « { $arg } » : aucune autre n’est attendue
args-wrong-number-of-values = « { $arg } » attend { $expected } valeurs, { $actual } données
args-too-few-values = « { $arg } » attend au moins { $expected } valeurs, { $actual } données
args-conflict = l’argument « { $arg } » ne peut pas être employé avec « { $other } »
args-conflict-alone = l’argument « { $arg } » ne peut pas être employé avec un autre des arguments donnés
args-no-equals = il faut un signe = pour donner une valeur à « { $arg } »
args-value-validation = valeur « { $value } » invalide pour « { $arg } » : { $reason }
args-invalid-utf8 = un argument n’est pas de l’UTF-8 valide
args-other = arguments refusés : { $message }

## `serve` et `demo` : configuration
config-cannot-read = impossible de lire le fichier de configuration { $path }
config-invalid = fichier de configuration invalide { $path } : { $reason }
config-bad-session-ttl = RETRACT_SESSION_TTL_SECONDS doit être un nombre de secondes, pas « { $value } »
config-bad-bind = « { $bind } » n’est pas une adresse d’écoute (attendu : hôte:port, par exemple 127.0.0.1:8080)
config-zero-session-ttl = la durée d’une session doit être d’au moins une seconde
config-bad-database-url = l’URL de la base de données (RETRACT_DATABASE_URL ou database_url) doit commencer par postgres:// (reçu : { $url })
config-bad-nats-url = RETRACT_NATS_URL doit commencer par nats:// ou tls:// (reçu : { $url })

## `serve` et `demo` : démarrage
run-cannot-start-runtime = impossible de démarrer l’environnement d’exécution asynchrone
run-cannot-listen = impossible d’écouter sur { $address }
run-cannot-open-database = impossible d’ouvrir la base de données dans { $dir } : { $error }
run-cannot-open-postgres = impossible d’ouvrir la base de données PostgreSQL
run-cannot-create-dir = impossible de créer { $path }
run-vault-key-invalid = le fichier de clé du coffre { $path } doit contenir 64 chiffres hexadécimaux
run-vault-key-cannot-read = impossible de lire le fichier de clé du coffre { $path }
run-vault-key-cannot-create = impossible de créer le fichier de clé du coffre { $path }
run-cannot-seal = impossible de sceller les preuves des incidents antérieurs
run-cannot-connect-nats = impossible de relayer les événements entre les nœuds
run-server-error = erreur du serveur

## `demo` : l’espace de démonstration et le message d’accueil
demo-cannot-create-workspace = impossible de créer l’espace de démonstration : { $error }
demo-cannot-hash-password = impossible de préparer le mot de passe des comptes de démonstration
demo-cannot-create-account = impossible de créer le compte de démonstration { $email }
demo-accounts-missing = comptes de démonstration manquants
demo-cannot-create-conversation = impossible de créer la conversation de démonstration « { $title } »
demo-cannot-seed-message = impossible d’enregistrer un message de démonstration
demo-welcome = retract demo — http://{ $address }
demo-welcome-login = Espace de travail : demo — mot de passe : { $password }
demo-role-owner = propriétaire
demo-role-lead = responsable
demo-role-cm = community manager
demo-role-auditor = auditeur
demo-role-exec = direction
demo-role-guest = invité

## `scan`
scan-cannot-read-list = impossible de lire le fichier --{ $option } { $path }
scan-invalid-lists = le garde-fou ne peut pas employer ces listes : { $reason }
scan-cannot-read-stdin = impossible de lire l’entrée standard
scan-cannot-read = impossible de lire { $path }
scan-not-utf8 = l’entrée n’est pas de l’UTF-8 valide
scan-cannot-write = impossible d’écrire la sortie
scan-progress-messages = messages
scan-verdict-allow = verdict : autorisé (allow)
scan-verdict-warn = verdict : avertissement (warn)
scan-verdict-needs_approval = verdict : validation d’un responsable (needs_approval)
scan-verdict-block = verdict : bloqué (block)
scan-severity-low = faible
scan-severity-medium = moyenne
scan-severity-high = élevée
scan-severity-critical = critique

## `ledger verify`
ledger-ok = ok { $entries } { $entries ->
    [one] entrée
   *[other] entrées
}
ledger-signed-by = point de contrôle signé par la clé publique { $key } (donnez --public-key pour l’exiger)
ledger-bad-public-key-option = --public-key attend une clé publique Ed25519 en 64 chiffres hexadécimaux minuscules
ledger-cannot-open = impossible d’ouvrir { $path }
ledger-cannot-verify = impossible de vérifier { $path }
ledger-cannot-verify-stdin = impossible de vérifier le registre lu sur l’entrée standard
ledger-line = ligne { $line } : { $reason }
ledger-not-utf8 = la ligne n’est pas de l’UTF-8 valide
ledger-not-a-ledger-line = ce n’est pas une ligne de registre : attendu {"{"}"type":"entry",… ou {"{"}"type":"checkpoint",…
ledger-malformed = JSON invalide pour une ligne de registre : { $reason }
ledger-not-canonical = la ligne n’est pas sous sa forme canonique (espaces, échappements ou ordre des champs modifiés)
ledger-hash-not-last = le dernier champ d’une entrée doit être son « hash »
ledger-bad-hex = { $field } doit être en hexadécimal minuscule, de la bonne longueur
ledger-seq-gap = numéro d’entrée (seq) { $expected } attendu, { $found } trouvé (une ligne manque, est répétée ou déplacée)
ledger-wrong-workspace = entrée de l’espace de travail { $found } dans le registre de l’espace { $expected }
ledger-prev-hash-mismatch = prev_hash n’est pas le hash de l’entrée précédente
ledger-hash-mismatch = le hash ne correspond pas au contenu de l’entrée (l’entrée a été modifiée)
ledger-checkpoint-seq = le point de contrôle couvre { $checkpoint } entrées, mais l’export en contient { $entries }
ledger-checkpoint-head = le head_hash du point de contrôle n’est pas le hash de la dernière entrée
ledger-bad-checkpoint-key = la clé publique du point de contrôle n’est pas une clé Ed25519 valide
ledger-bad-signature = la signature du point de contrôle n’est pas valide
ledger-unexpected-key = point de contrôle signé par la clé { $found }, et non par la clé attendue { $expected }
ledger-after-checkpoint = une ligne suit le point de contrôle, qui doit être la dernière
ledger-missing-checkpoint = aucun point de contrôle : l’export doit se terminer par une ligne de point de contrôle signée
