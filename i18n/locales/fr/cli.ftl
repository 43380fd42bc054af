## Les lignes de la CLI lisibles par une personne. La sortie de `--json` n'est jamais traduite.

cli-interrupted = interrompu : { $kept } ; relancez la même commande pour continuer
cli-kept-steps = chaque étape terminée est enregistrée
cli-secret-unreadable = impossible de lire le { $what } : { $error }
cli-secret-missing = pas de { $what } : définissez { $var } (les secrets ne sont jamais pris sur la ligne de commande)
cli-what-password = mot de passe
cli-what-new-password = mot de passe du nouveau compte
cli-prompt-password = Mot de passe de { $id } :{" "}
cli-prompt-new-password = Mot de passe du nouveau compte { $handle } sur { $pds } :{" "}
cli-local-storage = stockage local : { $error }

## Connexion sur la page du serveur (--oauth). La première ligne reste en anglais : des scripts la lisent.

cli-oauth-open = Open this address to sign in: { $url }
cli-oauth-allowed = (Tektite pourra { $what }.)
cli-oauth-no-browser = Aucun navigateur n'a pu être ouvert ici : ouvrez l'adresse ci-dessus dans n'importe quel navigateur de cette machine.

## Progression de l'étape des blobs.

cli-bar-blobs = blobs
cli-bar-left = restant
cli-progress-counts = { $done } sur { $total } blobs, { $percent } %
cli-progress-copied = { $cid } copié ({ $size }) · { $counts }
cli-progress-copied-cached = { $cid } copié depuis le cache local ({ $size }) · { $counts }
cli-progress-failed = ÉCHEC { $cid } : { $message }
cli-rate-limited = { $host } limite le débit : attente { $until } ({ $who })
cli-rate-limited-stated = comme le serveur l'a demandé
cli-rate-limited-default = le serveur n'a pas dit combien de temps ; attente par défaut
cli-rate-limited-may-stop = . Vous pouvez arrêter maintenant (Ctrl-C) et relancer la même commande ensuite : rien de ce qui est fait n'est perdu
cli-session-renewed = session renouvelée sur { $host }
cli-concurrency = { $count } blobs à la fois : { $reason }
cli-retrying-blob = blob { $cid } : { $reason } ; tentative { $attempt } dans { $seconds } s
cli-retrying-request = requête : { $reason } ; tentative { $attempt } dans { $seconds } s
cli-state-not-saved = ATTENTION : la progression n'a pas pu être enregistrée ({ $detail }) ; le transfert continue, mais une exécution ultérieure pourrait refaire du travail : réparez le dossier donné avec --state-dir
cli-cache-full = le cache local est plein ({ $detail }) : le blob { $cid } va directement au nouveau PDS ; libérez de l'espace dans le dossier donné avec --cache-dir pour garder des copies vérifiées

## migrate : les étapes, le résumé, les attentes, la fin.

cli-step-started = [{ $step }] { $description }…
cli-step-done = [{ $step }] terminé
cli-new-recovery-key = Une nouvelle clé de récupération est dans { $path } : gardez ce fichier hors ligne et secret. Sa moitié publique, { $key }, vient en premier dans votre document DID.
cli-prompt-2fa = L'ancien PDS a envoyé un code de connexion par e-mail ; saisissez-le :{" "}
cli-summary-title = Déménagement du compte { $did }
cli-summary-from = {"  "}depuis      { $pds }
cli-summary-from-handle = {"  "}depuis      { $pds } ({ $handle })
cli-summary-to = {"  "}vers        { $pds } ({ $pds_did }), pseudo { $handle }, e-mail { $email }
cli-summary-did-at = {"  "}DID chez    { $pds }
cli-summary-counts = {"  "}le nouveau PDS a { $records } enregistrements, { $imported } blobs sur { $expected }, { $missing } manquants
cli-summary-steps = {"  "}étapes faites { $steps }
cli-summary-no-steps = aucune
cli-summary-irreversible = {"  "}IRRÉVERSIBLE : { $line }
cli-summary-lost = {"  "}PERDU (accepté) : blob { $cid }
cli-summary-rotation-keys = {"  "}clés de rotation après le déménagement (qui peut modifier l'identité, la première l'emporte) :
cli-unknown-count = ?
cli-waiting-deactivation = le compte vit désormais sur { $new_pds } ; l'ancien compte sur { $old_pds } est encore actif, et une connexion par son serveur ne peut peut-être pas le désactiver. Désactivez-le vous-même sur { $page } (connectez-vous là-bas, « Désactiver »), puis relancez la même commande ; ou relancez-la avec TEKTITE_FROM_PASSWORD défini, et Tektite le désactive avec le mot de passe pour ce seul appel
cli-needs-yes = données et blobs sont complets ; les étapes suivantes sont irréversibles : relancez avec --yes pour les confirmer
cli-confirm-prompt = Déplacer l'identité vers le nouveau PDS et désactiver l'ancien compte ? Tapez « oui » :{" "}
# Ce que la personne tape pour confirmer ; un seul mot court.
cli-confirm-word = oui
cli-not-confirmed = non confirmé ; rien d'irréversible n'a été fait (relancez pour continuer)
cli-did-web-press-enter = Appuyez sur Entrée une fois le document publié (Ctrl-C arrête ; relancer continue) :{" "}
cli-did-web-stopped = arrêté ; relancez une fois le document DID publié
cli-plc-token-sent-now = L'ancien PDS vient d'envoyer un code de confirmation à l'adresse actuelle du compte (le nouveau compte utilise { $email }) ; il est valable { $until }.
cli-plc-token-sent-before = L'ancien PDS a déjà envoyé un code de confirmation à l'adresse actuelle du compte (le nouveau compte utilise { $email }) ; il est valable { $until }.
cli-plc-token-prompt = Code reçu par e-mail :{" "}
cli-plc-token-none = aucun code saisi ; relancez pour continuer
cli-plc-token-waiting-now = l'ancien PDS vient d'envoyer un code de confirmation, valable { $until } : relancez avec TEKTITE_PLC_TOKEN=… (le code de l'e-mail)
cli-plc-token-waiting-before = l'ancien PDS a déjà envoyé un code de confirmation, valable { $until } : relancez avec TEKTITE_PLC_TOKEN=… (le code de l'e-mail)
cli-moved = Le compte { $did } vit désormais sur { $pds } en tant que { $handle }.
cli-old-deactivated = L'ancien compte sur { $pds } a été désactivé { $how }.
cli-did-web-intro = { $did } est un did:web : vous le déplacez en publiant son document DID à { $url }.
cli-did-web-must-name = Le document publié doit indiquer :
cli-did-web-lacking = Il manque encore :
cli-did-web-whole = Le document complet à publier (vos autres entrées conservées) :
cli-todo-title = Que faire maintenant :
cli-look-title = Le nouveau compte tel que les autres le voient :
cli-look-ok = ok
cli-look-fail = ÉCHEC
cli-look-cached = {"  "}Les pseudos et les documents DID sont mis en cache un moment ; regardez de nouveau dans quelques minutes avec la même commande.

## status

cli-status-none = Aucun déménagement enregistré dans { $dir }.
cli-status-done = {"  "}fait : { $steps }
cli-status-nothing-yet = rien pour l'instant
cli-status-next = {"  "}suivant : { $step } — { $description }
cli-status-complete = {"  "}terminé
cli-status-waiting = {"  "}en attente : { $host } limite les requêtes { $until } ; relancez la même commande ensuite, rien de ce qui est fait n'est perdu
cli-status-backups = Sauvegardes planifiées :
cli-status-backup = { $account }  { $every } dans { $folder }
cli-status-last-run = {"  "}dernière exécution : { $at } ({ $result }) : { $said }
cli-status-last-run-left-out = {"  "}dernière exécution : { $at } ({ $result }) : { $said } ; laissé de côté : { $left_out }
cli-status-run-complete = complète
cli-status-run-failed = ÉCHEC
cli-status-no-run = {"  "}aucune exécution pour l'instant
