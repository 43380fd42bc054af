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

## blobs et plan

cli-kept-blobs = les blobs terminés et les copies vérifiées du cache sont conservés
cli-prompt-password-on = Mot de passe de { $id } sur { $pds } :{" "}
cli-note = Remarque : { $note }.
cli-listing-failed = liste des blobs : { $error }
cli-blobs-summary = { $migrated } blobs déplacés ({ $size }), { $cached } depuis le cache local, { $failed } en échec, { $present } déjà présents ; { $seconds } s
cli-blob-failed = {"  "}échec { $cid } : { $message }
cli-misses-none = Il ne manque aucun blob au nouveau PDS.
cli-still-misses = { $count ->
    [one] Il manque encore { $count } blob au nouveau PDS ; relancez la même commande pour réessayer.
   *[other] Il manque encore { $count } blobs au nouveau PDS ; relancez la même commande pour les réessayer.
}
cli-check-failed = impossible de vérifier ce qui manque encore au nouveau PDS : { $error }
cli-folder-cache = du cache
cli-folder-state = de l'état de reprise
cli-folder-unusable = le dossier { $what } est inutilisable ({ $error }) ; corrigez ses droits ou libérez de l'espace, ou choisissez un autre dossier avec { $flag }. Rien n'a été envoyé.

## backup

cli-backup-folder-unusable = le dossier de sauvegarde { $place } est inutilisable ({ $error }) ; choisissez un autre dossier
cli-backup-folder-bad = le dossier de sauvegarde { $place } est inutilisable ({ $error })
cli-not-a-backup = { $path } n'est ni un dossier de sauvegarde ni une archive de sauvegarde (.tar)
cli-kept-backup = les blobs enregistrés jusqu'ici sont conservés et ne seront pas récupérés de nouveau
cli-unschedule-needs-out = --unschedule a besoin de --out DIR
cli-backup-needs-args = --from-id et --out sont nécessaires pour sauvegarder (ou --verify DIR pour vérifier une sauvegarde)
cli-last-run-unwritten = impossible d'écrire { $file } dans { $place } : { $error }
cli-prompt-backup-password = Mot de passe de { $id } (appuyez seulement sur Entrée pour ne sauvegarder que ce qui est public) :{" "}
cli-backup-deactivated = { $did } est désactivé sur { $pds } : un compte désactivé ne montre ses données qu'à lui-même, il ne peut donc pas être sauvegardé sans connexion ; définissez TEKTITE_FROM_PASSWORD (la sauvegarde précédente est conservée)
cli-backing-up = Sauvegarde de { $who } depuis { $pds } dans { $place }
cli-backing-up-public = Sauvegarde de { $who } depuis { $pds } dans { $place } sans connexion (ce que le compte montre à tous)
cli-bar-backup = sauvegarde
cli-backup-kept = { $error } (la sauvegarde précédente du dossier est conservée)
cli-backup-kept-retry = { $error } (la sauvegarde précédente est conservée ; la prochaine exécution réessaiera)
cli-backed-up = Sauvegardé : { $count } blobs ({ $size }), révision du dépôt { $rev }.
cli-backup-updated = Sauvegarde mise à jour : { $count } blobs ({ $size }), révision du dépôt { $rev }.
cli-backup-updated-unchanged = Sauvegarde mise à jour : { $count } blobs ({ $size }), révision du dépôt { $rev } (inchangée).
cli-backup-downloaded = {"  "}{ $count } blobs téléchargés ({ $size }), { $kept } déjà dans le dossier conservés (empreintes recalculées)
cli-backup-downloaded-repaired = {"  "}{ $count } blobs téléchargés ({ $size }), { $kept } déjà dans le dossier conservés (empreintes recalculées), { $repaired } copies endommagées récupérées de nouveau
cli-backup-no-longer = {"  "}{ $count } blobs de la sauvegarde précédente ne sont plus dans le compte ; leurs fichiers restent dans le dossier
cli-backup-not-saved = {"  "}NON ENREGISTRÉ : blob { $cid } : { $why }
cli-backup-left-out = {"  "}laissé de côté sans connexion : { $what }
cli-backup-written = {"  "}document DID et manifest.json écrits
cli-backup-written-preferences = {"  "}préférences, document DID et manifest.json écrits
cli-backup-written-history = {"  "}document DID, historique PLC et manifest.json écrits
cli-backup-written-all = {"  "}préférences, document DID, historique PLC et manifest.json écrits
cli-backup-incomplete = La sauvegarde est incomplète : la précédente du dossier est conservée telle quelle ; relancez la même commande pour récupérer ce qui manque.
cli-scheduled = Planifié : { $did } sauvegardé dans { $place } { $every } (sans connexion : tout sauf les préférences).
cli-timer-enabled = {"  "}la minuterie est activée ; `tektite-cli status` montre le résultat de chaque exécution
cli-timer-not-enabled = {"  "}systemd ne l'a pas activée ({ $why }) : exécutez `{ $command }` dans votre session
cli-no-schedule = Aucune sauvegarde planifiée dans { $place }.
cli-removed = Supprimé : { $file }
cli-verified = Sauvegarde de { $did } prise le { $taken } : { $count } blobs et le dépôt vérifiés ({ $size }).
cli-damaged = {"  "}ENDOMMAGÉ : { $name } : { $why }
cli-intact = Chaque fichier correspond au manifeste.
cli-problems = { $count ->
    [one] { $count } problème : sauvegardez de nouveau dans le dossier pour récupérer le fichier endommagé.
   *[other] { $count } problèmes : sauvegardez de nouveau dans le dossier pour récupérer les fichiers endommagés.
}

## recovery-key add

cli-kept-protect = rien n'a été modifié, sauf si l'annuaire PLC indique maintenant la clé
cli-not-a-did-key = `{ $key }` n'est pas un did:key (did:key:z…)
cli-new-key-file = Une nouvelle clé de récupération est dans { $path } : gardez ce fichier hors ligne et secret.
cli-protect-needs-key = indiquez --out FILE (une nouvelle clé) ou --key did:key:…
cli-protect-code-sent = { $pds } a envoyé un code à l'adresse du compte. Relancez la même commande avec TEKTITE_PLC_TOKEN=<le code> pour ajouter { $key } (le code est valable 15 minutes).
cli-key-was-first = { $key } était déjà la première clé de rotation de { $did }. Ses clés de rotation, la première l'emporte :
cli-key-is-first = { $key } est désormais la première clé de rotation de { $did }. Ses clés de rotation, la première l'emporte :
cli-keep-key-file = Gardez le fichier de la clé hors ligne et secret : avec lui et une sauvegarde (`tektite-cli backup`), `tektite-cli restore` fait revivre le compte sur un nouveau PDS même si celui-ci a disparu.
cli-not-a-key-file = { $path } existe et n'est pas un fichier de clé de récupération Tektite ; choisissez un nouveau nom de fichier

## restore

cli-no-handle = pas de pseudo
cli-restore-of = Restauration de { $did } ({ $handle }), sauvegardé le { $taken } depuis { $pds } : { $count } blobs.
cli-restore-to = {"  "}vers { $pds } en tant que { $handle } ({ $email }), signé avec { $key }
cli-restore-irreversible = {"  "}IRRÉVERSIBLE : l'identité est modifiée avec votre clé de récupération ; ensuite elle indique le nouveau PDS, et l'ancien PDS (s'il revient un jour) ne peut plus la modifier.
cli-restore-needs-yes = non confirmé : relancez avec --yes, ou dans un terminal pour qu'on vous le demande
cli-restore-prompt = Restaurer maintenant ? Tapez « oui » :{" "}
cli-restore-not-confirmed = non confirmé ; rien n'a été modifié
cli-bar-restore = restauration des blobs
cli-restored = { $did } restauré sur { $pds } en tant que { $handle } : { $count } blobs envoyés lors de cette exécution. Le compte est actif ; connectez-vous-y avec le nouveau mot de passe.
cli-rotation-keys-now = Clés de rotation maintenant (la première l'emporte) :
