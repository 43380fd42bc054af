## Les mots que disent les deux interfaces : nombres, attentes, étapes d'un déménagement, liste de contrôle après.

blobs-count = { $count ->
    [one] { $count } blob
   *[other] { $count } blobs
}

## Attentes : quand elles finissent, dans le fuseau horaire de la personne.

wait-until-today = jusqu'à { $clock } (dans { $rounded })
wait-until-tomorrow = jusqu'à demain, { $day } { $month }, { $clock } (dans { $rounded })
wait-until-day = jusqu'au { $weekday } { $day } { $month }, { $clock } (dans { $rounded })
wait-pace = au rythme de ce serveur ({ $requests } requêtes { $per }), les { $left } blobs restants prennent { $rounded }
wait-per-days = { $count ->
    [one] par jour
   *[other] tous les { $count } jours
}
wait-per-hours = { $count ->
    [one] par heure
   *[other] toutes les { $count } heures
}
wait-per-minutes = { $count ->
    [one] par minute
   *[other] toutes les { $count } minutes
}
wait-per-seconds = { $count ->
    [one] par seconde
   *[other] toutes les { $count } secondes
}
about-seconds = quelques secondes
about-minutes = { $count ->
    [one] environ { $count } minute
   *[other] environ { $count } minutes
}
about-hours = { $count ->
    [one] environ { $count } heure
   *[other] environ { $count } heures
}
about-days = { $count ->
    [one] environ { $count } jour
   *[other] environ { $count } jours
}
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
weekday-1 = lun.
weekday-2 = mar.
weekday-3 = mer.
weekday-4 = jeu.
weekday-5 = ven.
weekday-6 = sam.
weekday-7 = dim.

## Les étapes d'un déménagement, comme « ce que fait l'étape ».

step-create-account = créer le compte sur le nouveau PDS (désactivé)
step-import-repo = copier le dépôt (les enregistrements)
step-blobs = copier les blobs (images, vidéos)
step-preferences = copier les préférences
step-request-plc-token = demander à l'ancien PDS d'envoyer par e-mail le code de mise à jour de l'identité
step-plc-operation = faire pointer le DID vers le nouveau PDS (opération PLC signée)
step-activate-new = activer le compte sur le nouveau PDS
step-deactivate-old = désactiver le compte sur l'ancien PDS
step-request-plc-token-did-web = copier ce que l'ancien compte a reçu entre-temps
step-plc-operation-did-web = faire pointer le DID vers le nouveau PDS (vous publiez son did.json)
deactivated-by-password = par Tektite, avec le mot de passe de l'ancien compte
old-deactivated = L'ancien compte sur { $pds } a été désactivé { $how }.
deactivated-on-account-page = par vous, sur la page de compte de l'ancien serveur

## La liste de contrôle après un déménagement : textes de sécurité, le plus urgent d'abord.

todo-sign-in-again = Déconnectez-vous de chaque application, puis reconnectez-vous en tant que { $new_handle }
todo-sign-in-again-detail = Les applications gardent une session émise par l'ancien PDS ; tant que vous ne vous déconnectez et reconnectez pas, elles échouent avec des erreurs comme « jwt signature does not match jwt issuer ». Sur bsky.app et les autres applications, connectez-vous avec votre pseudo et choisissez « autre hébergeur » si on vous le demande.
todo-new-password = Utilisez le mot de passe du nouveau compte
todo-new-password-detail = Votre mot de passe est désormais celui que vous avez choisi pour le nouveau compte sur { $new_pds }. S'il est identique à l'ancien, une application qui se connecte à l'ancien serveur entre dans l'ancien compte désactivé, qui paraît vide et ne peut pas publier : gardez deux mots de passe différents.
todo-keep-key-offline = Gardez votre clé de récupération hors ligne
todo-keep-key-offline-detail = { $did_key } est la première clé de rotation de votre identité ; sa clé privée se trouve { $whereabouts }. Avec elle, vous pouvez déplacer votre identité vers un autre PDS même si le nouveau disparaît. Gardez-en une copie hors ligne et ne la collez jamais dans un site web.
todo-consider-key = Pensez à une clé de récupération
todo-consider-key-detail = Vous n'avez aucune clé de rotation à vous : seul le nouveau PDS peut modifier votre identité. Une clé de récupération vous permet de le quitter même s'il disparaît.
todo-old-deactivated = L'ancien compte est désactivé, pas supprimé
todo-old-deactivated-detail = { $old_account } sur { $old_pds } garde ses données, désactivé. Attendez au moins 72 heures avant de le supprimer ; pour le supprimer, connectez-vous là-bas et demandez la suppression (certains hébergeurs, dont bsky.social, peuvent refuser de supprimer un compte déménagé : demandez alors à leur support).
todo-old-account = L'ancien compte
todo-undo-window = 72 heures pour annuler un changement d'identité non voulu
todo-undo-window-detail = Pendant 72 heures, l'annuaire PLC permet à une clé placée plus haut dans la liste précédente des clés de rotation d'annuler un changement. Votre propre clé de récupération, si vous en avez une, passe avant les clés du PDS.
todo-app-passwords = Les mots de passe d'application n'ont pas déménagé
todo-app-passwords-detail = Les bots, clients et services qui utilisaient des mots de passe d'application en ont besoin de nouveaux, créés sur le nouveau PDS.
key-whereabouts-kept = là où vous la gardez
key-whereabouts-file = dans { $path }

## Le regard extérieur sur le nouveau compte, après un déménagement.

look-handle-resolves = { $handle } pointe vers votre DID
look-handle-elsewhere = il pointe vers { $other } : l'enregistrement DNS ou le fichier .well-known du pseudo désigne un autre compte
look-handle-by-pds = { $found }, selon le nouveau PDS, qui héberge le pseudo
look-handle-both-failed = { $error } ; le nouveau PDS : { $pds_error }
look-document-names = Votre document DID indique le nouveau PDS et le pseudo
look-document-names-pds = il indique { $pds }
look-document-no-pds = il n'indique aucun PDS
look-document-names-handle = il indique le pseudo { $handle }
look-document-no-handle = il n'indique aucun pseudo
look-repo-served = Le nouveau PDS sert votre dépôt
look-repo-served-as = en tant que { $handle }

## Ce qu'une connexion sur la page du serveur permet à Tektite (« Tektite pourra … »).

oauth-purpose-backup = lire votre compte (vos publications, médias et réglages) ; rien n'est modifié
oauth-purpose-protect = modifier votre identité (pour ajouter votre clé de récupération), après le code que votre serveur vous envoie par e-mail
oauth-purpose-move = créer votre compte sur le nouveau serveur, y déplacer votre identité (après le code que votre serveur vous envoie par e-mail) et copier vos réglages
oauth-purpose-read = lire votre compte ; rien n'est modifié

## Les nombres en mots. $size est déjà écrit comme la langue écrit les tailles.

format-rate = { $size }/s
format-seconds = { $s } s
format-minutes-seconds = { $m } min { $s } s
format-hours-minutes = { $h } h { $m } min
format-just-now = à l'instant
format-minutes-ago = { $count ->
    [one] il y a { $count } minute
   *[other] il y a { $count } minutes
}
format-hours-ago = { $count ->
    [one] il y a { $count } heure
   *[other] il y a { $count } heures
}
format-yesterday = hier
format-days-ago = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}

## Les erreurs en mots : ce qui s'est passé (le titre) et quoi faire (le conseil). Ce que le serveur
## a dit reste dans ses propres mots, sous « Détails techniques ».

error-browser-network = le navigateur signale une erreur CORS/réseau : le PDS ou un proxy a coupé la connexion
error-no-server-web = Aucun serveur n'a répondu à { $host } (ou il ne laisse pas les pages web l'interroger) : vérifiez l'adresse
error-no-server = Aucun serveur n'a répondu à { $host } : vérifiez l'adresse
error-not-a-pds = { $host } a répondu, mais ce n'est pas un PDS (il ne connaît pas describeServer) : vérifiez l'adresse
error-storage = Le stockage local n'est pas disponible
error-storage-web = Autorisez ce site à stocker des données (les fenêtres privées et certains réglages de confidentialité l'empêchent), puis réessayez. L'application de bureau et l'outil en ligne de commande stockent leurs données dans des fichiers ordinaires.
error-storage-desktop = Vérifiez que votre dossier personnel est accessible en écriture et a de l'espace libre, puis réessayez.
error-kept = Chaque étape terminée est conservée : appuyez sur « Réessayer » pour reprendre là où cela s'est arrêté.
error-2fa = L'ancien PDS demande un code de connexion
error-2fa-advice = Il a envoyé un code par e-mail à l'adresse du compte. Revenez en arrière, saisissez-le dans « Code de connexion » et continuez. Rien n'a été modifié.
error-different-accounts = Ce sont deux comptes différents
error-different-accounts-advice = Connectez-vous à la même identité (DID) sur les deux serveurs : sur le nouveau PDS, le compte créé pour ce déménagement.
error-sign-in-bad-input = Rien n'a été modifié sur aucun des serveurs. Corrigez le formulaire et réessayez.
error-sign-in-unreachable-web = Rien n'a été modifié sur aucun des serveurs. Vérifiez l'adresse. Si elle est juste, le serveur est peut-être arrêté, ou un proxy devant lui a répondu sans en-têtes CORS (les navigateurs cachent alors la réponse). Réessayez plus tard, ou utilisez l'application de bureau ou l'outil en ligne de commande, que CORS n'affecte pas.
error-sign-in-unreachable = Rien n'a été modifié sur aucun des serveurs. Vérifiez l'adresse ; si elle est juste, le serveur est peut-être arrêté : réessayez plus tard.
error-wrong-password = { $side ->
    [old] L'ancien PDS n'a pas accepté le mot de passe
   *[new] Le nouveau PDS n'a pas accepté le mot de passe
}
error-unknown-handle = { $side ->
    [old] L'ancien PDS ne connaît pas { $handle }
   *[new] Le nouveau PDS ne connaît pas { $handle }
}
error-not-on-server = { $side ->
    [old] Le compte n'est pas sur l'ancien PDS
   *[new] Le compte n'est pas sur le nouveau PDS
}
error-no-account-found = Aucun compte trouvé pour { $handle }
error-identity = L'identité du compte n'a pas pu être consultée
error-unreachable = { $side ->
    [old] L'ancien PDS est injoignable
   *[new] Le nouveau PDS est injoignable
}
error-sign-in = { $side ->
    [old] Connexion à l'ancien PDS impossible
   *[new] Connexion au nouveau PDS impossible
}
error-invite = Le nouveau PDS exige un code d'invitation
error-invite-advice = Demandez un code d'invitation à l'opérateur du nouveau PDS, saisissez-le dans le formulaire et réessayez. Rien n'a été modifié.
error-handle-not-ready = Le nouveau pseudo n'est pas prêt
error-handle-not-ready-advice = Configurez { $handle } comme indiqué, ou choisissez un autre pseudo. Rien n'a été modifié.
error-handle-not-ready-domains = Revenez en arrière et choisissez un pseudo sous { $domains }, ou configurez { $handle } comme indiqué. Rien n'a été modifié.
error-code-expired = Le code a expiré
error-code-wrong = Ce code n'est pas le bon
error-code-expired-advice = Un nouveau code a été envoyé par e-mail : saisissez celui-là. Votre identité n'a pas encore déménagé.
error-code-wrong-advice = Vérifiez l'e-mail et saisissez à nouveau le code. Votre identité n'a pas encore déménagé.
error-unmovable = { $count ->
    [one] Un blob ne pourra jamais être déplacé
   *[other] { $count } blobs ne pourront jamais être déplacés
}
error-unmovable-advice = Votre identité n'a pas déménagé : l'ancien compte fonctionne toujours. Ces blobs ont disparu de l'ancien PDS ou dépassent ce que le nouveau PDS accepte, donc aucune exécution ultérieure ne pourra les déplacer. Pour déménager sans eux, lancez tektite-cli migrate avec --accept-missing-blobs ; ou demandez à l'opérateur du nouveau PDS de relever sa limite d'envoi.
error-blobs-incomplete = Certains blobs ne sont pas encore sur le nouveau PDS
error-blobs-incomplete-advice = Votre identité n'a pas déménagé : l'ancien compte fonctionne toujours. { $kept } Les blobs qui échouent à nouveau sont listés dans le journal.
error-locked = Une autre exécution travaille sur ce compte
error-locked-advice = Un autre onglet, une autre fenêtre ou la ligne de commande tourne pour ce compte. Laissez-le finir (ou fermez-le), puis continuez ici : rien n'a été modifié, et rien n'est perdu.
error-new-account-refused = Le nouveau PDS a refusé le nouveau compte
error-new-account-refused-advice = Corrigez le formulaire (pseudo, e-mail, mot de passe, code d'invitation) et réessayez.
error-move-stopped = Le déménagement s'est arrêté
key-whereabouts-downloads = dans le dossier de téléchargements de votre navigateur

## Pourquoi la stratégie des blobs a été choisie, et combien de temps prennent les blobs (le plan).

why-nothing-missing = rien ne manque sur le nouveau PDS
why-too-many = { $count } blobs, c'est plus que { $most } : le streaming les déplace sans copies locales, en mémoire constante
why-sizes-unknown = la taille des blobs est inconnue, donc le cache ne peut pas être dimensionné : le streaming n'a pas besoin de cache
why-space-unknown = l'espace libre du cache n'a pas pu être mesuré : le streaming n'a pas besoin de cache
why-fits-twice = { $count } blobs ({ $size }) tiennent deux fois dans les { $space } d'espace libre du cache : chaque blob est vérifié et gardé localement, donc un envoi raté ne le retélécharge jamais
why-fits-twice-memory = { $count } blobs ({ $size }) tiennent deux fois dans les { $space } d'espace libre du cache, { $memory } de mémoire disponible : chaque blob est vérifié et gardé localement, donc un envoi raté ne le retélécharge jamais
why-unreliable = le réseau a été peu fiable et les { $space } d'espace libre du cache contiennent les { $size } de blobs : les copies locales évitent les téléchargements répétés
why-too-little-space = les { $space } d'espace libre du cache font moins du double des { $size } de blobs : le streaming n'a pas besoin de cache
time-transfer = environ { $time } à 10 Mio/s
time-days = environ { $days } jours : un PDS accepte en général { $per_day } envois par jour, donc le déménagement fait une pause et reprend tout seul (ou continuez-le le lendemain)
time-days-transfer = environ { $days } jours : un PDS accepte en général { $per_day } envois par jour, donc le déménagement fait une pause et reprend tout seul (ou continuez-le le lendemain) ; le transfert lui-même { $transfer }
time-unknown = inconnu tant que les tailles ne sont pas mesurées

## Les étapes d'une restauration.

restore-step-point-identity = permettre à la clé de récupération de signer pour l'identité
restore-step-create-account = créer le compte sur le nouveau PDS
restore-step-import-repo = importer le dépôt depuis la sauvegarde
restore-step-blobs = envoyer les blobs depuis la sauvegarde
restore-step-preferences = restaurer les préférences
restore-step-move-identity = faire pointer l'identité vers le nouveau PDS
restore-step-activate = activer le compte sur le nouveau PDS

## Le plan tel que la CLI l'affiche : une colonne de libellés, puis la valeur.

plan-print-title = Plan de déménagement de { $did }
plan-print-from = depuis
plan-print-to = vers
plan-print-missing = blobs manquants
plan-print-missing-value = { $missing } (l'ancien PDS en contient { $inventory }, { $present } ne manquent pas)
plan-print-cached = déjà en cache
plan-print-cached-value = { $count } copies vérifiées d'une exécution précédente
plan-print-size = taille totale
plan-print-time = durée
plan-print-memory = mémoire libre
plan-print-cache = cache libre
plan-print-unknown-location = emplacement inconnu
plan-print-quota = quota du cache
plan-print-network = réseau
plan-print-strategy = stratégie
plan-print-strategy-forced = { $strategy } (imposée)
plan-print-why = pourquoi
plan-print-buffers = tampons
plan-print-memory-needed = mémoire nécessaire
plan-print-memory-needed-value = environ { $size } pour les tampons
plan-print-uploads = envois

## Les remarques d'un déménagement en route.

note-no-document = le document DID de { $did } n'a pas pu être lu ; on continue sans
note-plc-already = le document DID pointe déjà vers le nouveau PDS
note-old-deactivated = { $pds } montre l'ancien compte désactivé
note-account-exists-active = le compte existe déjà sur le nouveau PDS (actif) ; connecté à celui-ci
note-account-exists-deactivated = le compte existe déjà sur le nouveau PDS (désactivé) ; connecté à celui-ci
note-accepted-lost = accepté comme perdu, comme vous l'avez choisi : { $cids }
note-no-preferences = l'ancien PDS ne sert aucune préférence (pas d'App View configurée) ; rien à copier
note-preferences-copied = { $count ->
    [one] { $count } préférence copiée
   *[other] { $count } préférences copiées
}
note-new-records = { $count ->
    [one] { $count } nouvel enregistrement sur l'ancien compte depuis le début du déménagement : copié
   *[other] { $count } nouveaux enregistrements sur l'ancien compte depuis le début du déménagement : copiés
}
note-did-web-no-code = un did:web n'a pas besoin de code par e-mail : vous publiez plutôt son nouveau document DID
note-did-web-published = { $url } indique le nouveau PDS, sa clé et le nouveau pseudo
note-entryway = connecté chez { $signed_in_at } ; les données du compte sont sur { $pds }, avec lequel Tektite parle désormais

## Ce que feront les étapes irréversibles (la confirmation, le résumé de la CLI).

irreversible-plc = le DID { $did } pointera vers { $pds } (pseudo { $handle }) : c'est là que tout le monde cherchera le compte
irreversible-did-web = vous faites pointer le DID { $did } vers { $pds } (pseudo { $handle }) en publiant le document DID que Tektite vous montre : c'est là que tout le monde cherchera le compte
irreversible-did-web-catch-up = ce que l'ancien compte a reçu entre-temps est copié une dernière fois (un did:web n'a pas besoin de code par e-mail)
irreversible-deactivate = le compte sera désactivé sur { $pds }

## Ce qui manque encore au document publié d'un did:web.

did-web-unreadable = { $url } n'a pas pu être lu
did-web-lacks-pds = le service #atproto_pds doit être { $pds } (il est { $now })
did-web-lacks-pds-missing = le service #atproto_pds doit être { $pds } (il est absent)
did-web-lacks-key = la méthode de vérification #atproto doit être le Multikey { $key } (elle est { $now })
did-web-lacks-key-missing = la méthode de vérification #atproto doit être le Multikey { $key } (elle est absente ou n'est pas un Multikey)
did-web-lacks-handle = alsoKnownAs doit indiquer at://{ $handle }
