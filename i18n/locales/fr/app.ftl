## Les mots de l'application (src/ui, src/app).

language-label = Langue
footer-license = Libre · MIT ou Apache-2.0
footer-face-web = web
footer-face-desktop = bureau

## La liste des étapes à côté de chaque écran.

rail-label = Étapes du déménagement
rail-accounts = Comptes
rail-target-pds = PDS cible
rail-plan = Plan
rail-run = Exécution
rail-identity = Identité
rail-done = Terminé
rail-accounts-summary = Se connecter au compte qui déménage
rail-target-pds-summary = Choisir le serveur d'arrivée
rail-plan-summary = Vérifier ce qui sera copié
rail-run-summary = Copier les blobs, vérifiés
rail-identity-summary = Faire pointer votre identité vers le nouveau PDS (déménagement complet)
rail-done-summary = Vérifier le résultat et terminer
rail-account = Compte
rail-back-up = Sauvegarder
rail-confirm = Confirmer
rail-backup-and-key = Sauvegarde et clé
rail-check = Vérifier
rail-restore = Restaurer
rail-backup-accounts-summary = Se connecter au compte à sauvegarder
rail-backup-run-summary = Tout enregistrer, chaque fichier vérifié
rail-backup-done-summary = Où est la sauvegarde, ce qui a changé
rail-protect-accounts-summary = Se connecter, choisir votre clé de récupération
rail-protect-identity-summary = Saisir le code envoyé par le PDS
rail-protect-done-summary = Vos clés, et ce qu'il faut garder
rail-restore-accounts-summary = Votre sauvegarde, votre clé, le nouveau PDS
rail-restore-plan-summary = Ce qui revient, signé avec votre clé
rail-restore-run-summary = Identité, compte, données, blobs
rail-restore-done-summary = Se connecter sur le nouveau PDS
header-note = Déménagement de compte ATProto

## La page d'accueil.

welcome-window-title = Tektite — déménager, sauvegarder et protéger votre compte Bluesky
welcome-eyebrow = Bluesky · ATProtocol
welcome-title = Déménagez votre compte Bluesky vers un nouveau PDS
welcome-lead = Blobs compris, vérifiés, avec reprise.
welcome-feature-blobs = Blobs compris
welcome-feature-blobs-text = Chaque image et chaque vidéo déménage avec vos publications, vos abonnements et votre profil.
welcome-feature-verified = Vérifié
welcome-feature-verified-text = Chaque blob est contrôlé contre son empreinte de contenu sur le nouveau PDS avant que votre identité ne déménage.
welcome-feature-resumable = Reprise possible
welcome-feature-resumable-text = Si la connexion tombe ou si la fenêtre se ferme, reprenez là où vous vous étiez arrêté.
welcome-before = Avant de commencer
welcome-before-account = Le pseudo et le mot de passe du compte qui déménage
welcome-before-server = L'adresse du nouveau PDS, et un code d'invitation s'il en demande un
welcome-before-email = L'accès à l'e-mail du compte : le PDS actuel envoie un code pour confirmer le déménagement
welcome-move = Déménager mon compte
welcome-move-hint = Rien ne change sur aucun des PDS tant que vous ne lancez pas le plan.
welcome-repair = Mode réparation
welcome-repair-text = Un compte déjà déménagé dont il manque des blobs (images, vidéos) sur le nouveau PDS : les retrouver et les copier depuis l'ancien PDS. Le compte doit exister sur les deux.
welcome-repair-button = Réparer les blobs manquants
welcome-backup = Sauvegarder ce compte
welcome-backup-text = Gardez chez vous tout ce que contient le compte : publications, abonnements, images et vidéos, préférences et l'historique de son identité, chaque fichier vérifié. Rien ne change sur le serveur ; la sauvegarde suivante ne récupère que ce qui est nouveau.
welcome-protect = Protéger ce compte
welcome-protect-text = Ajoutez une clé de récupération que vous seul détenez tant que le serveur du compte fonctionne encore : avec elle et une sauvegarde, vous pouvez faire revivre le compte sur un autre PDS, même si celui-ci disparaît. Votre PDS envoie un code par e-mail pour confirmer.
welcome-restore = Mon ancien serveur a disparu
welcome-restore-text = Avec une sauvegarde et votre clé de récupération, faites revivre le compte sur un nouveau PDS : le même DID, vos publications, images et préférences. Rien n'est nécessaire de l'ancien serveur.
welcome-restore-button = Restaurer depuis une sauvegarde
kept-title = Vos sauvegardes sur cet appareil
kept-backup-now = Sauvegarder maintenant
kept-backup-now-label = Sauvegarder maintenant : { $account }

## Les bandeaux qui proposent de continuer une exécution inachevée, ou de voir le rapport d'un déménagement.

banner-reached = Atteint : { $step }.
banner-blobs-on-new = { $done } sur { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} sur le nouveau PDS.
banner-route-to = Déménagement vers { $host }
banner-move-label = Déménagement de compte inachevé
banner-move-heading = Continuer le déménagement de { $who }
banner-move-text = { $progress } { $route }. Chaque étape terminée est conservée ; saisissez de nouveau les mots de passe pour reprendre là où cela s'est arrêté.
banner-repair-label = Migration inachevée
banner-repair-heading = Reprendre la migration de { $who }
banner-repair-text = { $progress } { $route }. Les blobs déjà sur le nouveau PDS et les copies vérifiées sur cet appareil sont conservés ; saisissez les mots de passe pour continuer.
banner-backup-label = Sauvegarde inachevée
banner-backup-heading = Continuer la sauvegarde de { $who }
banner-backup-text = Tout ce qui a été enregistré est conservé ; saisissez le mot de passe pour récupérer le reste.
banner-protect-label = Clé de récupération pas encore ajoutée
banner-protect-heading = Terminer la protection de { $who }
banner-protect-text = La clé n'a pas encore été ajoutée ; saisissez le mot de passe pour demander un nouveau code.
banner-restore-label = Restauration inachevée
banner-restore-heading = Continuer la restauration de { $who }
banner-restore-text = { $progress } Chaque étape terminée est conservée ; choisissez le fichier de la clé de récupération et saisissez le nouveau mot de passe pour continuer.
banner-continue = Continuer
banner-resume = Reprendre
banner-dismiss = Ignorer
report-banner-label = Déménagement de compte terminé
report-banner-heading = Votre compte a déménagé vers { $host }
report-banner-text = { $handle } vit désormais là-bas. Le rapport contient la liste de ce qu'il faut faire ensuite.
report-banner-button = Voir le rapport
kept-last-backup = dernière sauvegarde { $ago }
kept-no-backup-yet = pas encore de sauvegarde complète
kept-last-run-failed = la dernière exécution a échoué { $ago } : { $said }
kept-kept-current = tenue à jour { $every }

## Le formulaire de chaque entrée.

form-submit-backup = Se connecter et sauvegarder
form-submit-restore = Vérifier la sauvegarde
form-submit-protect = Se connecter et ajouter la clé
form-submit-plan = Se connecter et planifier
form-legend-the-account = Le compte
form-resuming-backup = Reprise de la sauvegarde de
form-advanced = Avancé
form-strategy = Stratégie
form-legend-account-now = Votre compte actuel
form-resuming-move = Reprise du déménagement de
form-blob-strategy = Stratégie des blobs
form-resuming-repair = Reprise de la migration de
form-restore-title = Récupérer votre compte depuis une sauvegarde
form-restore-lead = Pour le jour où le serveur du compte a disparu pour de bon : votre sauvegarde, le fichier de votre clé de récupération, et le nouveau PDS avec le compte que vous y obtenez. Le même DID, les mêmes publications, images et préférences.
form-restore-resuming = La sauvegarde et le nouveau PDS sont repris de la dernière fois. Choisissez le fichier de la clé et saisissez de nouveau le nouveau mot de passe : chaque étape terminée est conservée.
form-restore-privacy = La clé de récupération et le mot de passe ne servent que depuis cet appareil, et ne sont jamais enregistrés.
form-restore-hint = Rien ne change avant que vous vérifiiez ce qui sera restauré.
form-protect-title = Protégez votre compte avec une clé de récupération
form-protect-lead = Une clé que vous seul détenez, placée en tête des clés qui peuvent modifier votre identité. Avec elle et une sauvegarde, vous pouvez faire revivre le compte sur un autre PDS même si celui-ci disparaît.
form-protect-resuming = Le pseudo est repris de la dernière fois. Saisissez le mot de passe pour continuer.
form-protect-privacy = Le mot de passe et le code reçu par e-mail ne servent que depuis cet appareil, et ne sont jamais enregistrés. La moitié privée d'une clé créée ici va dans le fichier que vous gardez, nulle part ailleurs.
form-protect-hint = Votre PDS envoie un code par e-mail pour confirmer ; rien ne change avant que vous le saisissiez.
form-backup-title = Sauvegarder votre compte
form-backup-lead = Tout ce que contient le compte : publications, abonnements, images et vidéos, préférences et l'historique de son identité, chaque fichier vérifié. Rien ne change sur le serveur.
form-backup-resuming = Le pseudo est repris de la dernière fois. Saisissez le mot de passe pour continuer : ce que la sauvegarde contient déjà n'est pas retéléchargé.
form-backup-privacy = Le mot de passe ne sert que depuis cet appareil, et n'est jamais enregistré.
form-backup-hint = Une deuxième sauvegarde plus tard ne récupère que ce qui est nouveau.
form-move-title = Déménager votre compte
form-move-lead = Le compte qui déménage, le PDS d'arrivée, et le compte qu'il y obtient : le même DID, les mêmes publications, abonnés et blobs.
form-move-resuming = Les adresses et pseudos sont repris de la dernière fois. Saisissez de nouveau les mots de passe : chaque étape terminée est conservée et le déménagement reprend là où il s'est arrêté.
form-move-privacy = Les mots de passe et les codes ne servent que depuis cet appareil, et ne sont jamais enregistrés. Les adresses et pseudos sont retenus pour qu'un déménagement interrompu puisse continuer.
form-repair-title = Réparation : copier les blobs qui manquent au nouveau PDS
form-repair-lead = Connectez-vous au compte sur le PDS que vous quittez et au compte déjà créé sur le nouveau. Tektite liste ensuite ce qui manque encore au nouveau PDS.
form-repair-resuming = Les adresses et pseudos sont repris de la dernière fois. Saisissez les deux mots de passe pour continuer : le nouveau PDS dit ce qui lui manque encore, et les copies vérifiées gardées sur cet appareil ne sont pas retéléchargées.
form-repair-privacy = Les mots de passe ne servent qu'à se connecter depuis cet appareil, et ne sont jamais enregistrés. Les adresses et pseudos sont retenus pour qu'une migration interrompue puisse reprendre.
form-repair-hint = Rien n'est copié avant que vous confirmiez le plan.
form-tag-from = De
form-handle-or-did = Pseudo ou DID
form-old-handle-hint = Tektite en déduit le serveur qui héberge le compte
form-server-sign-in = Vous vous connectez sur la page de votre serveur.
form-server-sign-in-web = Tektite l'ouvre dans une nouvelle fenêtre et ne voit jamais votre mot de passe.
form-server-sign-in-desktop = Tektite l'ouvre dans votre navigateur et ne voit jamais votre mot de passe.
form-use-password = Utiliser plutôt votre mot de passe
form-password = Mot de passe
form-old-password-hint = Le mot de passe du compte, pas un mot de passe d'application
form-use-server = Se connecter plutôt sur la page de votre serveur
form-sign-in-code = Code de connexion
form-sign-in-code-hint = L'ancien PDS l'a envoyé à l'adresse du compte
form-tag-key = Clé
form-legend-recovery-key = Votre clé de récupération
form-tag-to = Vers
form-legend-new-pds = Le nouveau PDS
form-server-address = Adresse du serveur
form-new-pds-hint = Le serveur vers lequel le compte déménage
form-check-server = Vérifier ce PDS
form-fact-handles-under = Pseudos sous
form-none = —
form-invite-code = Code d'invitation
form-invite-needed = nécessaire
form-invite-not-needed = pas nécessaire
form-fact-phone = Téléphone
form-phone-needed = vérification nécessaire : Tektite ne sait pas le faire
form-invite-hint = Seulement si le nouveau PDS en demande un
form-concurrency = Blobs à la fois
form-concurrency-default = Par défaut
form-concurrency-hint = Par défaut : s'adapte. Commence à 4 et augmente tant que le transfert accélère (les liaisons à forte latence en demandent plus) ; un nombre ici le fixe.
form-old-pds = Se connecter chez (facultatif)
form-old-pds-placeholder = trouvé à partir du pseudo
form-old-pds-hint = Laissez vide : le serveur du compte est recherché. Ou là où vous vous connectez, par ex. https://bsky.social
form-plc-url = Annuaire PLC
form-plc-url-hint = Laissez tel quel, sauf si vous gérez le vôtre
form-handle-resolver = Résolveur de pseudos
form-handle-resolver-hint = Interrogé quand l'enregistrement DNS d'un pseudo ne peut pas être lu (les navigateurs ne le peuvent pas)
form-server-privacy = La connexion à votre serveur ne dure que le temps où Tektite tourne et n'est jamais enregistrée ; Tektite ne lui demande que ce dont ceci a besoin.
form-server-privacy-new = Le mot de passe du nouveau compte ne sert que depuis cet appareil, et n'est jamais enregistré.
form-legend-backup-and-key = Votre sauvegarde et votre clé
form-backup = Sauvegarde
form-backup-choose = Choisir une sauvegarde gardée dans ce navigateur
form-backup-none = Aucune sauvegarde n'est gardée dans ce navigateur : choisissez son archive (.tar) ci-dessous.
form-backup-pick-folder = Choisir un dossier de sauvegarde
form-backup-archive = Ou l'archive de la sauvegarde (.tar)
form-backup-archive-hint = Le fichier sous lequel une sauvegarde faite dans un navigateur a été téléchargée, ou un dossier de sauvegarde empaqueté avec tar.
form-backup-folder = Dossier de sauvegarde
form-backup-folder-placeholder = Documents/Sauvegardes Tektite/alice.bsky.social
form-backup-folder-hint = Le dossier qu'une sauvegarde a écrit (il contient manifest.json), ou son .tar
form-key-file = Fichier de la clé de récupération
form-key-file-hint = Le fichier écrit quand la clé a été créée (tektite-recovery-key-….txt). Il reste sur cet appareil.
form-tag-into = Dans
form-legend-backup-place = Où va la sauvegarde
form-backup-into-browser = Dans le stockage de ce navigateur pour ce site, puis remise sous forme d'une archive (.tar) dans vos téléchargements. Décompressée, c'est un dossier de sauvegarde que la ligne de commande Tektite peut vérifier et restaurer. La sauvegarde suivante dans ce navigateur ne récupère que ce qui est nouveau.
form-backup-pick-another = Choisir un autre dossier
form-backup-pick-instead = Choisir plutôt un dossier
form-folder = Dossier
form-folder-hint = Laissez vide pour le dossier affiché. Une sauvegarde antérieure du même compte qui s'y trouve est mise à jour.
form-repair-new-handle-hint = Le compte créé là-bas pour ce déménagement (il peut être désactivé)
form-new-handle = Nouveau pseudo
form-new-handle-hint-domains = Sous l'un des domaines ci-dessus (choisissez dans la liste en tapant), ou un domaine à vous : son DNS doit alors déjà désigner votre compte
form-new-password = Nouveau mot de passe
form-new-password-hint = Pour le compte sur le nouveau PDS
form-new-handle-hint = Sous l'un des domaines du nouveau PDS, ou un domaine à vous
form-email = E-mail
form-tag-new = Nouveau
form-legend-new-account = Le compte sur le nouveau PDS
form-key-file-unusable = { $name } est inutilisable : { $error }
form-backup-choice = { $who }, prise le { $taken } ({ $blobs ->
    [one] { $blobs } blob
   *[other] { $blobs } blobs
})
restore-picked-folder = La sauvegarde du dossier { $name } que vous avez choisi.
restore-archive-picked = L'archive { $name }, lue là où elle est : rien n'est copié dans le navigateur.
backup-into-picked-folder = Dans le dossier { $name } que vous avez choisi : les fichiers y restent, et la sauvegarde suivante dans ce dossier ne récupère que ce qui est nouveau.

## La dernière étape, quand l'ancien compte doit être désactivé sur sa propre page.

deactivate-choose = Choisissez « Compte », puis « Désactiver le compte ».
deactivate-come-back = Revenez ici et vérifiez de nouveau : le déménagement est terminé dès que l'ancien serveur montre le compte désactivé.
deactivate-recheck = Je l'ai désactivé : vérifier de nouveau
deactivate-use-password = Utiliser plutôt l'ancien mot de passe pour cette étape
deactivate-password = Mot de passe de l'ancien compte
deactivate-password-hint = Utilisé une fois, pour désactiver l'ancien compte, et jamais enregistré
deactivate-button = Désactiver l'ancien compte
deactivate-title = Dernière étape : désactiver l'ancien compte
deactivate-lead = Votre compte vit désormais sur le nouveau serveur. L'ancien compte sur { $old_pds } est encore actif : la connexion par votre serveur ne peut peut-être pas le désactiver, alors faites-le vous-même là-bas.
deactivate-open = Ouvrez { $link } et connectez-vous-y.
deactivate-page-link = la page de compte de l'ancien serveur

## Le champ de la clé de récupération : un texte de sécurité.

key-label-protect = Une clé de récupération que vous détenez déjà
key-label-move = Votre clé de récupération (facultative, recommandée)
key-hint = Une clé de rotation que vous détenez, placée en tête de votre document DID : avec sa clé privée, vous pouvez déplacer votre identité sans aucun PDS, même si le nouveau disparaît. Les clés ajoutées auparavant sont conservées dans tous les cas.
key-generate = Créer une nouvelle clé de récupération pour moi
key-new = Votre nouvelle clé de récupération
key-saved-check = J'ai enregistré le fichier de la clé dans un endroit sûr (hors ligne, pas dans ce navigateur)
key-save-again = Enregistrer de nouveau le fichier
key-drop = Ne pas utiliser cette clé
unmovable-stop = S'arrêter ici
unmovable-stop-hint = S'arrêter conserve tout ce qui est copié ; rien d'irréversible ne s'est encore produit.
key-file-saved = Son fichier, { $file }, contient la clé privée et a été enregistré { $place }. Tektite ne l'affiche nulle part ailleurs et n'en garde aucune copie.
key-file-not-saved = Le fichier de la clé n'a pas pu être enregistré : { $error }
unmovable-title = { $count ->
    [one] { $count } blob ne peut pas être déplacé
   *[other] { $count } blobs ne peuvent pas être déplacés
}
unmovable-lead = { $count ->
    [one] Tout le reste est sur le nouveau PDS. Ce blob a disparu de l'ancien PDS ou dépasse ce que le nouveau accepte, donc aucune exécution ultérieure ne pourra le déplacer.
   *[other] Tout le reste est sur le nouveau PDS. Ces blobs ont disparu de l'ancien PDS ou dépassent ce que le nouveau accepte, donc aucune exécution ultérieure ne pourra les déplacer.
}
unmovable-used-by = Utilisé par { $record }
unmovable-warning = { $count ->
    [one] Si vous continuez, les publications qui utilisent ce blob restent mais affichent une image ou une vidéo manquante. Le rapport garde la liste, et « Réparer les blobs manquants » pourra réessayer plus tard, si l'ancien PDS récupère ce blob.
   *[other] Si vous continuez, les publications qui utilisent ces blobs restent mais affichent une image ou une vidéo manquante. Le rapport garde la liste, et « Réparer les blobs manquants » pourra réessayer plus tard, si l'ancien PDS récupère ces blobs.
}
unmovable-accept = { $count ->
    [one] Continuer sans ce blob
   *[other] Continuer sans ces blobs
}

## Les éléments de chaque carte.

card-back = Retour
card-cancel = Annuler
card-eyebrow = Étape { $number } sur { $total } · { $step }
strategy-auto = Automatique
strategy-streaming = Streaming
strategy-storage = Stockage (copie locale d'abord)
strategy-auto-explain = Décidé d'après les mesures : une copie locale d'abord pour 50 blobs au plus quand il y a de la place, le streaming sinon.
strategy-streaming-explain = Chaque blob va directement de l'ancien PDS au nouveau ; rien n'est gardé sur cet appareil.
strategy-storage-explain = Chaque blob est téléchargé et vérifié dans le stockage local, puis envoyé de là : un envoi raté ne le retélécharge jamais.

## Les étapes d'identité, irréversibles : textes de sécurité.

facts-account-did = Compte (DID)
facts-records = Enregistrements sur le nouveau PDS
facts-blobs-expected-imported = Blobs attendus / importés
facts-blobs-missing = Blobs manquants
facts-identity-points-at = Votre identité pointe vers
confirm-what-happens = Ce qui va se passer
confirm-code-emailed = L'ancien PDS envoie un code de confirmation à l'adresse du compte ; vous le saisissez ici (il est valable 15 minutes).
confirm-activated = Le compte est activé sur le nouveau PDS.
confirm-rotation-keys = Qui pourra modifier votre identité ensuite (clés de rotation, la première l'emporte)
confirm-keys-stay = Les clés que vous avez ajoutées vous-même restent, devant la clé propre du nouveau PDS.
confirm-button = Oui, déplacer mon identité
confirm-not-now = Pas maintenant
confirm-not-now-hint = « Pas maintenant » conserve tout ce qui est copié ; vous pourrez revenir à cette étape plus tard.
token-sent-to = Envoyé à
token-code = Code de confirmation
token-code-hint = Lettres et chiffres comme dans l'e-mail, par ex. ABCDE-12345
token-new-code = M'envoyer un nouveau code
token-stop = Arrêter
did-web-pds = PDS (#atproto_pds)
did-web-signing-key = Clé de signature (#atproto, Multikey)
did-web-handle = Pseudo (alsoKnownAs)
did-web-lacks = Il manque encore au document publié :
did-web-document = Le document à publier (vos autres entrées conservées)
did-web-document-label = Le document DID à publier
did-web-recheck = Je l'ai publié : vérifier de nouveau
did-web-stop-hint = S'arrêter conserve tout ce qui est copié ; le déménagement reprend ici dès que le document est publié.
facts-from = De
facts-to = Vers
facts-missing-accepted = { $count } ({ $lost } acceptés comme perdus)
facts-new-account = Nouveau compte
facts-active = actif
facts-not-active = pas encore actif
confirm-title = Tout est copié. Déplacer votre identité ?
confirm-lead = Vos publications, abonnements, préférences et chaque blob sont sur le nouveau PDS. Les étapes suivantes sont irréversibles.
token-title = Saisissez le code reçu par e-mail
token-valid = Valable
token-submit-protect = Ajouter ma clé de récupération
token-submit-move = Déplacer mon identité
token-lead-protect-now = Votre PDS vient d'envoyer un code de confirmation à { $email }.
token-lead-protect-earlier = Votre PDS a envoyé tout à l'heure un code de confirmation à { $email }.
token-lead-move-now = L'ancien PDS vient d'envoyer un code de confirmation à { $email }.
token-lead-move-earlier = L'ancien PDS a envoyé tout à l'heure un code de confirmation à { $email }.
did-web-title = Publiez votre nouveau document DID
did-web-lead = { $did } est un did:web : vous le déplacez vous-même, en modifiant le document à { $url }.

## L'exécution en cours.

run-back-to-form = Retour au formulaire
run-downloaded = Téléchargé
run-rate = Débit
run-elapsed = Écoulé
run-failed = En échec
run-asking = Le nouveau PDS est interrogé sur ce qui lui manque encore…
run-tag-from-cache = depuis le cache local
run-stopped = Arrêté
run-stopped-lead = Tout ce qui est fait est conservé : étapes terminées, blobs déjà sur le nouveau PDS, copies locales vérifiées. « Continuer » reprend d'ici.
run-stopped-hint = « Continuer » utilise les mots de passe saisis ; rien n'est envoyé deux fois.
run-working = En cours
run-move-lead = Chaque étape est enregistrée dès qu'elle finit : si ceci s'arrête, le déménagement reprend où il en était.
run-move-hint = S'arrêter conserve chaque étape terminée et chaque blob déjà sur le nouveau PDS.
run-restore-title = Restauration de votre compte
run-restore-lead = Chaque étape est enregistrée dès qu'elle finit : si ceci s'arrête, « Continuer » reprend de là.
run-restore-hint = S'arrêter conserve chaque étape terminée ; « Continuer » poursuit.
run-protect-title = Ajout de votre clé de récupération
run-protect-lead = Le PDS signe le changement avec le code, et l'annuaire PLC est relu pour le vérifier.
run-protect-hint = Arrêter maintenant peut laisser le changement fait ou non : la prochaine tentative dira lequel.
run-backup-title = Enregistrement de la sauvegarde
run-backup-lead = Le dépôt d'abord, puis chaque blob, chacun vérifié contre son empreinte de contenu au moment de l'écriture.
run-backup-hint = S'arrêter conserve chaque blob enregistré ; la sauvegarde suivante reprend de là.
run-repair-checking = Vérification du nouveau PDS
run-repair-copying = Copie des blobs
run-repair-hint = S'arrêter conserve chaque blob terminé et chaque copie locale vérifiée ; continuez plus tard depuis la page d'accueil.
run-now-saving = En cours d'enregistrement
run-now-moving = En cours de déménagement
run-bar-saved = Blobs enregistrés
run-bar-copied = Blobs copiés
run-saved = Enregistré
run-uploaded = Envoyé
run-kept-backup = Déjà dans la sauvegarde
run-kept-restore = Depuis la sauvegarde
run-kept-cache = Depuis le cache local
run-bytes-of-about = { $done } sur environ { $total }
run-bytes-of = { $done } sur { $total }
run-bytes-saved = { $done } enregistrés
run-bytes-uploaded = { $done } envoyés
run-summary = { $done } sur { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} · { $bytes }
run-time-left = environ { $time } restantes
run-overall = { $on_new } sur { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} sur le nouveau PDS, dont { $before } d'avant cette exécution
run-persistence-granted = Ce navigateur gardera le cache et l'état de reprise (stockage persistant accordé).
run-persistence-not-granted = Le stockage persistant n'a pas été accordé : en cas de manque de place, le navigateur peut vider le cache ; les blobs vérifiés seraient alors retéléchargés.
run-persistence-unavailable = Impossible de demander le stockage persistant au navigateur : { $error }
run-wait-stated = comme le serveur l'a demandé
run-wait-default = le serveur n'a pas dit combien de temps ; attente par défaut
run-wait-may-leave = Vous pouvez laisser ceci ouvert, ou le fermer et continuer ensuite : rien de ce qui est fait n'est perdu.
run-wait-continues = Cela reprend tout seul.
run-wait-pace = { $pace }.
run-wait = En pause : { $host } limite le rythme des requêtes, { $until } ({ $why }).
run-strategy = Blobs : { $name }
run-at-once = { $count ->
    [one] { $count } blob à la fois
   *[other] { $count } blobs à la fois
}
run-retries = { $count ->
    [0] aucune nouvelle tentative pour l'instant
    [one] { $count } nouvelle tentative après un échec passager
   *[other] { $count } nouvelles tentatives après des échecs passagers
}
run-rate-limit-waits = { $count ->
    [one] attendu une fois la limite de débit d'un serveur
   *[other] attendu { $count } fois les limites de débit des serveurs
}
run-sessions-renewed = { $count ->
    [one] une session a été renouvelée
   *[other] sessions renouvelées { $count } fois
}
run-size-unknown = taille inconnue
run-attempt = tentative { $attempt }
run-blob-downloaded = Blob { $cid } : téléchargé
run-blob-uploaded = Blob { $cid } : envoyé
steps-done = Fait :
steps-stopped = Arrêté ici :
steps-current = En cours :
steps-upcoming = À faire :
log-summary = Journal ({ $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
})
log-label = Journal

## Le plan.

plan-account = Compte
plan-backup-taken = Sauvegarde prise
plan-blobs = Blobs
plan-from-gone = De (disparu)
plan-signed-with-key = Signé avec votre clé de récupération
plan-restore-step-create = Votre clé de récupération permet au nouveau PDS de créer le compte pour votre DID
plan-restore-step-data = Le compte est créé, le dépôt importé, chaque blob envoyé (chacun revérifié) et les préférences restaurées
plan-restore-step-identity = Votre identité pointe vers le nouveau PDS ; votre clé de récupération reste en tête des clés qui peuvent la modifier
plan-restore-step-activate = Le compte est activé : connectez-vous-y avec le nouveau pseudo et le nouveau mot de passe
plan-restore-irreversible = Irréversible : votre identité est modifiée avec votre clé de récupération. La clé de l'ancien serveur en est retirée, donc si ce serveur revient un jour, il ne pourra plus modifier votre identité.
plan-already-there = Déjà là
plan-time = Durée
plan-space = Espace sur cet appareil
plan-cached = Copies vérifiées d'une exécution précédente
technical-details = Détails techniques
plan-buffers-label = Tampons
plan-memory-free = Mémoire libre
plan-local-cache = Cache local
plan-storage-quota = Quota de stockage
plan-uploads = Envois
plan-measured = Comment ces nombres ont été mesurés
plan-blobs-on-old = Blobs sur l'ancien PDS
plan-estimated-time = Durée estimée
plan-local-space = Espace local
plan-likely-strategy = Stratégie des blobs (probable)
plan-the-steps = Les étapes
plan-restore-now = Restaurer maintenant
plan-check-and-finish = Vérifier et terminer
plan-start-copying = Lancer la copie
plan-stop-restore = Vous pouvez arrêter à tout moment : chaque étape terminée est conservée.
plan-stop-repair = Vous pouvez arrêter à tout moment : les blobs terminés sont conservés.
plan-nothing-title = Rien à copier
plan-nothing-lead = Il ne manque aucun blob au nouveau PDS. Lancer ne fait que l'interroger une fois de plus et afficher le rapport.
plan-copy-title = { $count ->
    [one] Copier { $count } blob
   *[other] Copier { $count } blobs
}
plan-copy-title-size = { $count ->
    [one] Copier { $count } blob ({ $size })
   *[other] Copier { $count } blobs ({ $size })
}
plan-copy-lead = Il manque au nouveau PDS { $missing } des { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} que contient votre ancien PDS. Rien n'a encore été modifié.
plan-restore-title = Ramener { $who } sur { $host }
plan-restore-lead = Rien n'a encore changé. Vérifiez ce que contient la sauvegarde et la clé qui signera, puis restaurez.
plan-restore-to = { $pds } en tant que { $handle }
plan-move-lead-resumed = Un déménagement de ce compte a été commencé plus tôt : les étapes déjà faites sont conservées, et il reprend à la suivante.
plan-move-lead = Rien n'a encore changé. La copie vient d'abord ; votre identité ne déménage qu'une fois tout sur le nouveau PDS, et seulement après votre nouvel accord.
plan-unknown = inconnu
plan-strategy-streaming = Streaming : directement de l'ancien PDS au nouveau
plan-strategy-storage = Stockage : une copie locale vérifiée d'abord, puis l'envoi
plan-chosen-by-you = choisie par vous
plan-chosen-automatically = choisie automatiquement
plan-at-once-growing = { $count ->
    [one] { $count } blob à la fois, jusqu'à { $most } tant que le débit augmente
   *[other] { $count } blobs à la fois, jusqu'à { $most } tant que le débit augmente
}
plan-buffers = { $at_once }, blocs de { $chunks }
plan-buffers-channel = { $at_once }, blocs de { $chunks }, canal de { $slots } places
plan-cache = cache
plan-cache-free = { $free } libres ({ $backend })
plan-cache-free-at = { $free } libres ({ $backend }, { $location })
plan-quota = { $used } utilisés sur { $quota }
plan-network-reliable = Fiable jusqu'ici
plan-network-unreliable = Peu fiable lors d'exécutions précédentes
plan-why = Pourquoi : { $reason }
plan-to-copy = À copier
plan-space-storage = jusqu'à { $size } pendant la copie, libérés à mesure que chaque blob est terminé
plan-space-streaming = aucun : les blobs passent directement
plan-memory-for-buffers = Mémoire pour les tampons
plan-about = environ { $size }
plan-network = Réseau
plan-size-sampled = environ { $size } (d'après { $sampled } mesurés)
plan-space-none = aucun (chaque blob passe directement)
plan-space-cache = jusqu'à { $size } dans le cache local ({ $free } libres)
plan-invite-given = nécessaire (fourni)
plan-tag-done = fait
plan-tag-irreversible = irréversible
plan-estimate-note = Les chiffres des blobs ci-dessus viennent de l'ancien PDS et sont un maximum ; l'étape des blobs décide pour de bon d'après ce que le nouveau PDS signale comme manquant après l'import du dépôt, et affiche durée et espace en direct.
plan-code-note = Le code PLC que l'ancien PDS envoie par e-mail est valable 15 minutes, il n'est donc demandé qu'une fois toutes les données en place.
plan-step-create = Créer { $handle } sur { $pds } avec le même DID, désactivé (personne ne le voit encore)
plan-step-import = Copier le dépôt : chaque publication, chaque like, chaque abonnement et le profil
plan-step-blobs = Copier chaque image et vidéo qui manque au nouveau PDS, chacune vérifiée contre son empreinte ; la stratégie est choisie d'après la liste des manquants du nouveau PDS, la taille des blobs et l'espace libre de cet appareil
plan-step-preferences = Copier les préférences de l'application
plan-step-catch-up-did-web = Copier ce que l'ancien compte a reçu entre-temps (un did:web n'a pas besoin de code par e-mail)
plan-step-publish-did-web = Vous publiez le nouveau document DID que Tektite vous montre (sur votre propre serveur web)
plan-step-request-code = Demander à l'ancien PDS d'envoyer un code de confirmation à l'adresse du compte (seulement après votre accord)
plan-step-plc = Faire pointer le DID vers le nouveau PDS, signé avec ce code
plan-step-activate = Activer le compte sur le nouveau PDS
plan-step-deactivate = Désactiver le compte sur l'ancien PDS

## Le rapport à la fin.

done-moved-title = Votre compte a déménagé
done-moved-lead = { $did } vit désormais sur { $pds } en tant que { $handle }.
done-looking = Vérification…
done-check-account = Vérifier mon nouveau compte
done-repair-complete = Chaque blob est sur le nouveau PDS
done-repair-complete-lead = Tektite a interrogé le nouveau PDS : il ne lui manque aucun blob.
done-repair-missing = { $count ->
    [one] { $count } blob manque encore
   *[other] { $count } blobs manquent encore
}
done-repair-missing-lead = { $count ->
    [one] Il manque encore { $count } blob au nouveau PDS. Les blobs qui ont échoué pour une raison passagère passent en général à l'exécution suivante ; les autres demandent l'action indiquée ci-dessous.
   *[other] Il manque encore { $count } blobs au nouveau PDS. Les blobs qui ont échoué pour une raison passagère passent en général à l'exécution suivante ; les autres demandent l'action indiquée ci-dessous.
}
done-repair-unconfirmed = Terminé, non confirmé
done-repair-unconfirmed-lead = L'exécution s'est terminée, mais le nouveau PDS n'a pas pu être interrogé sur ce qui lui manque encore : { $error }. Relancez pour vérifier.
done-storage-kept = conservé (persistant)
done-storage-may-clear = peut être vidé par le navigateur
done-up-to = jusqu'à { $count }
done-retries = Nouvelles tentatives
done-retryable = Problème passager : relancez pour réessayer.
done-not-retryable = Demande votre attention : relancer ne le réglera pas tout seul.
done-backup-up-to-date = Votre sauvegarde est à jour
done-backup-done = Votre compte est sauvegardé
done-backup-lead = { $count ->
    [one] { $count } blob et le dépôt de { $did }, chaque fichier vérifié contre son empreinte.
   *[other] { $count } blobs et le dépôt de { $did }, chaque fichier vérifié contre son empreinte.
}
done-backup-failed = { $count ->
    [one] { $count } blob n'a pas pu être enregistré
   *[other] { $count } blobs n'ont pas pu être enregistrés
}
done-backup-failed-lead = Tout le reste est enregistré. Relancez la sauvegarde : seul ce qui manque est récupéré.
done-backup-first = première sauvegarde ici
done-backup-changed = nouvelles publications ou modifications depuis la dernière sauvegarde
done-backup-unchanged = aucune modification depuis la dernière sauvegarde
done-backup-archive = La sauvegarde est dans vos téléchargements sous le nom { $name }, et reste dans ce navigateur pour la prochaine sauvegarde. Gardez le téléchargement en lieu sûr : « Mon ancien serveur a disparu » le prend tel quel, dans n'importe quel navigateur, tout comme la ligne de commande Tektite (backup --verify, restore).
done-backup-place = La sauvegarde est dans { $place }. « Mon ancien serveur a disparu » sur la page d'accueil restaure à partir d'elle ; la ligne de commande Tektite peut la vérifier (backup --verify).
done-restore-continued = { $count ->
    [one] reprise : { $count } étape avait été faite par une exécution précédente
   *[other] reprise : { $count } étapes avaient été faites par une exécution précédente
}
done-restored-title = Votre compte est de retour
done-restored-lead = { $did } vit sur { $pds } en tant que { $handle }, restauré depuis votre sauvegarde.
done-restored-sign-in = Reconnectez-vous partout
done-restored-sign-in-detail = Déconnectez-vous de chaque application Bluesky et connectez-vous avec { $handle } et le nouveau mot de passe : les applications pointent encore vers le serveur disparu.
done-protected-already = Cette clé protège déjà votre compte
done-protected = Votre compte est protégé
done-protected-lead = Votre clé est désormais la première des clés autorisées à modifier { $did }.
done-key-yours = (la vôtre)
done-key-file-saved = Il a été enregistré { $place }. Déplacez-le dans un endroit hors ligne (une clé USB, un gestionnaire de mots de passe) : qui le détient peut modifier votre identité.
done-key-file-keep = Gardez la moitié privée de cette clé hors ligne et secrète : qui la détient peut modifier votre identité.
failure-integrity = endommagé à la source
failure-too-large = trop gros pour le nouveau PDS
failure-not-found = disparu de l'ancien PDS
failure-rate-limited = limite de débit
failure-auth = déconnecté
failure-network = réseau
failure-server = erreur du serveur
failure-cache = cache local
failure-other = échec
done-run-again = Relancer
done-back-to-start = Retour au début
done-moved-all = Chaque étape est faite : données et blobs copiés et vérifiés par le nouveau PDS, le DID pointe vers lui, le nouveau compte est actif et l'ancien désactivé.
done-what-to-do = Que faire maintenant
done-working = Le nouveau compte fonctionne-t-il ?
done-look-explain = Tektite peut le regarder comme le font les applications : votre pseudo, votre document DID et le nouveau PDS.
done-left-behind = Blobs laissés de côté, comme vous l'avez choisi
done-repair-verified = Les blobs ont été vérifiés contre leurs empreintes de contenu en route, et confirmés par le nouveau PDS.
done-copied = Copiés
done-from-cache = Depuis le cache local
done-already-there = Déjà là avant
done-down-up = Téléchargés / envoyés
done-browser-storage = Stockage du navigateur
done-failed-title = Les blobs qui ne sont pas passés
done-next-identity = Ensuite : l'identité
done-next-identity-text = Si le compte n'a pas encore déménagé, « Déménager mon compte » sur la page d'accueil poursuit le déménagement : il garde les blobs copiés ici et déplace votre identité dès qu'il ne manque plus rien au nouveau PDS.
done-fetched = Récupérés maintenant
done-repository = Dépôt
done-repaired = Copies endommagées remplacées
done-no-longer = Plus dans le compte (conservés)
done-not-saved = Blobs qui n'ont pas pu être enregistrés
done-keep-safe = Gardez-la en lieu sûr
done-keep-safe-text = Une sauvegarde vous permet de restaurer le compte sur un autre PDS si son serveur disparaît (« Mon ancien serveur a disparu » sur la page d'accueil) ; il vous faut pour cela aussi une clé de récupération, ajoutée tant que le serveur fonctionne encore (« Protéger ce compte »).
done-restored-ok = L'annuaire PLC indique le nouveau PDS, le compte est actif, et chaque blob de la sauvegarde y est, vérifié.
done-new-pds = Nouveau PDS
done-handle = Pseudo
done-blobs-uploaded = Blobs envoyés
done-run = Exécution
done-rotation-keys = Clés qui peuvent modifier votre identité, la première l'emporte
done-keep-key = Gardez votre clé de récupération
done-keep-key-text = Elle reste la première clé de votre identité : gardez le fichier hors ligne et secret.
done-back-up-again = Sauvegardez de nouveau
done-back-up-again-text = « Sauvegarder ce compte » sur la page d'accueil, depuis le nouveau PDS, pour que la prochaine sauvegarde contienne ce que vous publiez à partir de maintenant.
done-protected-ok = L'annuaire PLC place votre clé en premier. Les clés qui y étaient avant sont toutes conservées.
done-what-to-keep = Ce qu'il faut garder
done-key-file = Le fichier de la clé
done-a-backup = Une sauvegarde
done-a-backup-text = « Sauvegarder ce compte » sur la page d'accueil garde publications, images et préférences ; avec la clé et une sauvegarde, « Mon ancien serveur a disparu » fait revivre le compte sur un nouveau PDS si celui-ci disparaît.
done-keep-current = Tenir cette sauvegarde à jour
done-keep-current-text = Votre système peut mettre cette sauvegarde à jour chaque jour tout seul, sans votre mot de passe : il récupère ce que le compte montre à tous (tout sauf les préférences, qui restent telles qu'enregistrées maintenant).
done-keep-current-button = La sauvegarder chaque jour

## Les écrans du parcours.

screen-error = Un problème est survenu
error-try-again = Réessayer
screen-your-backup = Votre sauvegarde
screen-signing-in = Connexion
screen-backing-up = Sauvegarde en cours
screen-copying = Copie
screen-unmovable = Blobs qui ne peuvent pas déménager
screen-token = Code reçu par e-mail
screen-did-web = Publier votre document DID
way-in-protect = Protéger votre compte
way-in-restore = Récupérer votre compte
window-title = { $screen } — { $way_in } — Tektite
connecting-move = Tektite interroge le nouveau PDS sur lui-même, se connecte à l'ancien et cherche un déménagement de ce compte commencé plus tôt.
connecting-repair-title = Connexion et planification
connecting-repair = Tektite se connecte aux deux serveurs, demande au nouveau PDS quels blobs lui manquent et mesure ce que cet appareil peut contenir.
connecting-backup = Tektite cherche le compte, se connecte à son serveur et ouvre l'endroit où va la sauvegarde.
connecting-restore-title = Lecture de la sauvegarde
connecting-restore = Tektite lit le manifeste de la sauvegarde et le fichier de votre clé de récupération. Rien n'est encore envoyé nulle part.
connecting-protect = Tektite cherche le compte, se connecte à son serveur et lui demande d'envoyer un code de confirmation par e-mail.
connecting-open-page = Ouvrir la page de connexion de { $host }
connecting-no-window = Aucune fenêtre ouverte ? { $link }. Tektite attend ici votre retour.
error-what-to-do = Que faire :

## Ce que l'application écrit dans son journal et dit aux lecteurs d'écran.

log-fields-need-attention = { $count ->
    [one] Un champ demande votre attention : { $first }
   *[other] { $count } champs demandent votre attention. Le premier : { $first }
}
log-continuing = Reprise là où cela s'est arrêté
log-starting = Démarrage…
log-moving = Déménagement de { $from } vers { $to }
log-signing-in-both = Connexion à { $from } et { $to }
log-backing-up = Sauvegarde de { $account }
log-adding-key = Ajout de la clé de récupération { $key } à { $account }
log-restoring = Restauration de la sauvegarde de { $backup } vers { $to }
log-stopped-by-you = Arrêté par vous
notice-stopped-nothing-copied = Arrêté avant que quoi que ce soit soit copié.
notice-stopped-nothing-saved = Arrêté avant que quoi que ce soit soit enregistré.
notice-stopped-nothing-changed = Arrêté avant que quoi que ce soit soit modifié.
status-sign-in-on-page = Connectez-vous sur la page de { $host }, dans la fenêtre qui s'est ouverte
log-signing-in-on-page = Connexion sur la page de { $host } ; Tektite ne voit jamais le mot de passe
log-new-pds = Le nouveau PDS est { $url } ({ $did })
log-old-holds = { $count ->
    [one] L'ancien PDS contient { $count } blob ({ $size })
   *[other] L'ancien PDS contient { $count } blobs ({ $size })
}
log-signed-in-continues = Connecté en tant que { $did } ; un déménagement enregistré reprend à : { $step }
log-signed-in-both = Connecté aux deux serveurs en tant que { $did }
log-signed-in-backup = Connecté en tant que { $did } ; enregistrement de la sauvegarde
log-signed-in = Connecté en tant que { $did }
log-plan = { $count ->
    [one] Plan : { $count } blob manquant sur le nouveau PDS, stratégie { $strategy } ({ $reason })
   *[other] Plan : { $count } blobs manquants sur le nouveau PDS, stratégie { $strategy } ({ $reason })
}
log-persistence-granted = Le navigateur gardera le stockage de ce site (persistant)
spoken-percent-copied = { $percent } % des blobs copiés
log-repair-complete = Terminé : il ne manque aucun blob au nouveau PDS
log-repair-missing = { $count ->
    [one] Terminé ; il manque encore { $count } blob au nouveau PDS
   *[other] Terminé ; il manque encore { $count } blobs au nouveau PDS
}
log-repair-unconfirmed = Terminé, mais le nouveau PDS n'a pas pu être interrogé sur ce qui lui manque : { $error }
log-backup-complete = { $count ->
    [one] Sauvegarde complète : { $count } blob dans { $place }
   *[other] Sauvegarde complète : { $count } blobs dans { $place }
}
log-backup-incomplete = { $count ->
    [one] Sauvegarde incomplète : { $count } blob n'a pas pu être enregistré
   *[other] Sauvegarde incomplète : { $count } blobs n'ont pas pu être enregistrés
}
log-backup-holds = { $count ->
    [one] La sauvegarde de { $did } prise le { $taken } contient { $count } blob
   *[other] La sauvegarde de { $did } prise le { $taken } contient { $count } blobs
}
log-restored = { $did } est actif sur { $pds }
log-protected = { $key } est la première clé de rotation de { $did }
log-moved = Terminé : le compte vit sur le nouveau PDS
log-needs-confirmation = Tout est copié sur le nouveau PDS : confirmez pour déplacer l'identité
log-waiting-did-web = En attente que le document DID à { $url } indique le nouveau PDS
log-waiting-deactivation = En attente de la désactivation de l'ancien compte sur { $page }
log-waiting-code = En attente du code envoyé à { $email } (valable jusqu'à { $until })
log-unmovable = { $count ->
    [one] { $count } blob ne pourra jamais être déplacé : en attente de votre décision
   *[other] { $count } blobs ne pourront jamais être déplacés : en attente de votre décision
}
log-step-done = Fait : { $step }
log-step-now = Maintenant : { $step }

## L'étape des blobs dans le journal.

log-work-listed = { $count ->
    [one] Il manque { $count } blob au nouveau PDS ; l'ancien PDS en contient { $inventory }
   *[other] Il manque { $count } blobs au nouveau PDS ; l'ancien PDS en contient { $inventory }
}
log-blob-attempt = { $cid } : tentative { $attempt }
log-blob-on-new = { $cid } est sur le nouveau PDS ({ $size })
log-blob-on-new-cached = { $cid } est sur le nouveau PDS ({ $size }, depuis le cache local)
log-blob-skipped = { $cid } ignoré : { $reason }
log-blob-failed = { $cid } en échec : { $message }
log-the-request = la requête
log-retrying = { $what } : nouvel essai dans { $delay } (tentative { $attempt }) : { $reason }
log-wait-stated = comme il l'a demandé
log-wait-default = une attente par défaut : il n'a pas dit combien de temps
log-rate-limited = { $host } limite le rythme des requêtes : attente { $until } ({ $why })
log-session-renewed = La session sur { $host } a été renouvelée
log-concurrency = { $count ->
    [one] { $count } blob à la fois : { $reason }
   *[other] { $count } blobs à la fois : { $reason }
}
log-cache-full = { $cid } : pas de place dans le cache local ({ $detail }), il va donc directement au nouveau PDS
log-state-not-saved = La progression n'a pas pu être enregistrée sur cet appareil ({ $detail }). La copie continue ; si elle s'arrête, la prochaine exécution pourrait en refaire une partie.

## Ce que le formulaire dit d'une valeur qu'il ne peut pas prendre.

form-error-backup = Choisissez la sauvegarde à ramener (le dossier qu'une sauvegarde a écrit)
form-error-key-file = Choisissez le fichier de votre clé de récupération
form-error-old-id = Saisissez votre pseudo (alice.bsky.social) ou votre DID
form-error-old-password = Saisissez le mot de passe du compte sur l'ancien PDS
form-error-same-pds = Le nouveau PDS a la même adresse que l'ancien
form-error-key-missing = Créez une nouvelle clé de récupération, ou saisissez le did:key d'une clé que vous détenez
form-error-key-format = Une clé de récupération ressemble à did:key:zQ3s… (la clé publique, pas la privée)
form-error-new-handle = Saisissez le nouveau pseudo, par ex. alice.newpds.example
form-error-email = Saisissez une adresse e-mail pour le nouveau compte
form-error-new-password = Choisissez un mot de passe pour le nouveau compte (8 caractères au moins)
form-error-invite = Ce PDS exige un code d'invitation pour les nouveaux comptes
form-error-repair-handle = Saisissez le pseudo ou le DID du compte sur le nouveau PDS
form-error-repair-password = Saisissez le mot de passe du compte sur le nouveau PDS
form-error-scheme = Utilisez une adresse en http:// ou https://
form-error-no-address = Saisissez l'adresse du serveur, par ex. https://bsky.social
form-error-no-host = L'adresse n'a pas de nom d'hôte
form-error-handle-domain-bsky = Un pseudo comprend son domaine : vouliez-vous dire { $handle }.bsky.social ?
form-error-handle-domain = Un pseudo comprend son domaine : vouliez-vous dire { $suggestion } ?
form-error-handle-domain-example = Un pseudo comprend son domaine, par ex. { $handle }.newpds.example

## Ce que dit le parcours pendant qu'il travaille, et ses erreurs.

status-opening-storage = Ouverture du stockage local pour les étapes enregistrées et le cache des blobs…
flow-new-pds-silent = Le nouveau PDS n'a pas répondu
flow-new-pds-silent-advice = Rien n'a été modifié. Vérifiez l'adresse du nouveau PDS et réessayez.
status-counting = Comptage et mesure des blobs sur l'ancien PDS…
flow-backup-retry = Tout ce qui est enregistré est conservé : réessayez, et seul ce qui manque sera récupéré.
flow-backup-place = Choisissez un autre endroit pour la sauvegarde, ou libérez de l'espace, puis réessayez.
flow-backup-stopped = La sauvegarde s'est arrêtée
flow-account-email = l'adresse e-mail du compte
status-adding-key = Ajout de la clé de récupération…
status-asking-code = Demande au PDS d'envoyer un code de confirmation par e-mail…
flow-code-refused = Ce code n'a pas été accepté
flow-nothing-changed = Rien n'a été modifié.
flow-maybe-changed = Rien n'a été modifié, ou le changement est déjà fait : réessayez pour le savoir.
flow-key-not-added = La clé de récupération n'a pas pu être ajoutée
status-reading-backup = Lecture de la sauvegarde et de la clé de récupération…
flow-not-archive = Cette archive n'est pas une sauvegarde
flow-not-archive-advice = Choisissez le .tar sous lequel une sauvegarde a été téléchargée.
flow-not-backup = Ce n'est pas une sauvegarde
flow-not-backup-advice = Choisissez le dossier qu'une sauvegarde a écrit (il contient manifest.json).
flow-key-unusable = Le fichier de la clé de récupération est inutilisable
flow-key-unusable-advice = Choisissez le fichier dans lequel votre clé de récupération a été enregistrée.
status-restoring = Restauration : identité, compte, dépôt, blobs, préférences…
flow-restore-bad-input = Vérifiez la sauvegarde, le fichier de la clé de récupération et les informations du nouveau compte, puis réessayez.
flow-restore-retry = Chaque étape terminée est enregistrée : réessayez pour reprendre là où cela s'est arrêté.
flow-restore-stopped = La restauration s'est arrêtée
flow-archive-failed = L'archive de la sauvegarde n'a pas pu être créée
flow-archive-failed-advice = La sauvegarde elle-même est complète et gardée dans ce navigateur : réessayez pour créer l'archive.
status-asking-missing = Demande au nouveau PDS des blobs qui lui manquent, et mesure des tailles, de l'espace libre et de la mémoire…
flow-list-failed = Impossible de lister les blobs
flow-list-failed-advice = Rien n'a été modifié. Réessayez ; si l'échec persiste, vérifiez que les deux serveurs fonctionnent.
status-asking-new-pds = Interrogation du nouveau PDS ({ $pds }) sur lui-même…
status-signing-in-old = Connexion à l'ancien PDS ({ $url })…
status-looking-up-old = Recherche de { $account } et connexion à l'ancien PDS…
status-reading-account = Connecté : lecture du compte…
status-signing-in-at = Connexion à { $url }…
status-looking-up = Recherche de { $account } et connexion à son PDS…
status-looking-up-server = Recherche de { $account } et de son serveur…
status-their-pds = le PDS de { $account }
status-signing-in-both = Connexion à l'ancien PDS ({ $old }) et au nouveau PDS ({ $new })…
status-note = Remarque : { $note }
flow-code-refused-advice = Vérifiez l'e-mail et saisissez de nouveau le code, ou demandez-en un nouveau.
key-problem-not-ticked = Gardez le fichier de la clé en lieu sûr, puis cochez « Je l'ai enregistré » : sans la clé privée, la clé de récupération ne sert à rien
key-problem-not-saved = Le fichier de la clé n'a pas encore été enregistré : enregistrez-le, ou retirez la clé créée
keep-current-done = C'est fait : une minuterie de votre système met cette sauvegarde à jour chaque jour. La page d'accueil montre comment s'est passée la dernière exécution.
keep-current-not-started = La minuterie est écrite ({ $timer }), mais votre système ne l'a pas lancée ({ $why }) : exécutez `{ $command }` une fois.

## Une connexion sur la page du serveur qui n'a pas abouti (l'application).

oauth-error-advice = Reconnectez-vous, ou choisissez « Utiliser plutôt votre mot de passe ». Rien n'a été modifié.
oauth-error-denied = Non connecté
oauth-error-denied-detail = La connexion n'a pas été autorisée sur la page de { $host }.
oauth-error-denied-advice = Reconnectez-vous et choisissez « Autoriser » pour continuer, ou utilisez plutôt votre mot de passe. Rien n'a été modifié.
oauth-error-not-offered = Ce serveur ne peut pas vous connecter ici
oauth-error-deactivated = Le compte est désactivé sur son serveur
oauth-error-deactivated-advice = Se connecter sur sa page le réactiverait. Choisissez « Utiliser plutôt votre mot de passe » : le mot de passe lit un compte désactivé tel qu'il est. Rien n'a été modifié.
oauth-error-unfinished = La connexion n'a pas abouti
oauth-error-impossible = La connexion par votre serveur n'est pas possible ici
oauth-error-impossible-advice = Choisissez « Utiliser plutôt votre mot de passe ». Rien n'a été modifié.
