## Die Wörter der App (src/ui, src/app).

language-label = Sprache
footer-license = Open Source · MIT oder Apache-2.0
footer-face-web = Web
footer-face-desktop = Desktop

## Die Liste der Schritte neben jeder Ansicht.

rail-label = Schritte des Umzugs
rail-accounts = Konten
rail-target-pds = Ziel-PDS
rail-plan = Plan
rail-run = Ausführen
rail-identity = Identität
rail-done = Fertig
rail-accounts-summary = Beim umziehenden Konto anmelden
rail-target-pds-summary = Den Server wählen, zu dem es umzieht
rail-plan-summary = Prüfen, was kopiert wird
rail-run-summary = Die Blobs kopieren, geprüft
rail-identity-summary = Ihre Identität auf den neuen PDS zeigen lassen (vollständiger Umzug)
rail-done-summary = Ergebnis prüfen und abschließen
rail-account = Konto
rail-back-up = Sichern
rail-confirm = Bestätigen
rail-backup-and-key = Sicherung und Schlüssel
rail-check = Prüfen
rail-restore = Wiederherstellen
rail-backup-accounts-summary = Beim zu sichernden Konto anmelden
rail-backup-run-summary = Alles sichern, jede Datei geprüft
rail-backup-done-summary = Wo die Sicherung liegt, was sich geändert hat
rail-protect-accounts-summary = Anmelden, Wiederherstellungsschlüssel wählen
rail-protect-identity-summary = Den vom PDS gemailten Code eingeben
rail-protect-done-summary = Ihre Schlüssel und was aufzubewahren ist
rail-restore-accounts-summary = Ihre Sicherung, Ihr Schlüssel, der neue PDS
rail-restore-plan-summary = Was zurückkommt, mit Ihrem Schlüssel signiert
rail-restore-run-summary = Identität, Konto, Daten, Blobs
rail-restore-done-summary = Auf dem neuen PDS anmelden
header-note = ATProto-Kontoumzug

## Die Startseite.

welcome-window-title = Tektite — Ihr Bluesky-Konto umziehen, sichern und schützen
welcome-eyebrow = Bluesky · ATProtocol
welcome-title = Ziehen Sie Ihr Bluesky-Konto auf einen neuen PDS um
welcome-lead = Mit Blobs, geprüft, fortsetzbar.
welcome-feature-blobs = Mit Blobs
welcome-feature-blobs-text = Jedes Bild und jedes Video zieht mit Ihren Beiträgen, Follows und Ihrem Profil um.
welcome-feature-verified = Geprüft
welcome-feature-verified-text = Jeder Blob wird auf dem neuen PDS gegen seinen Inhalts-Hash geprüft, bevor Ihre Identität umzieht.
welcome-feature-resumable = Fortsetzbar
welcome-feature-resumable-text = Bricht die Verbindung ab oder schließt sich das Fenster, machen Sie dort weiter, wo Sie aufgehört haben.
welcome-before = Bevor Sie beginnen
welcome-before-account = Handle und Passwort des Kontos, das umzieht
welcome-before-server = Die Adresse des neuen PDS und ein Einladungscode, falls er einen verlangt
welcome-before-email = Zugang zur E-Mail des Kontos: Der aktuelle PDS schickt einen Code, um den Umzug zu bestätigen
welcome-move = Mein Konto umziehen
welcome-move-hint = Auf keinem der beiden PDS ändert sich etwas, bevor Sie den Plan starten.
welcome-repair = Reparaturmodus
welcome-repair-text = Ein bereits umgezogenes Konto, dessen neuem PDS Blobs (Bilder, Videos) fehlen: Sie finden und vom alten PDS kopieren. Das Konto muss auf beiden bestehen.
welcome-repair-button = Fehlende Blobs reparieren
welcome-backup = Dieses Konto sichern
welcome-backup-text = Bewahren Sie alles, was das Konto enthält, bei sich auf: Beiträge, Follows, Bilder und Videos, Einstellungen und die Geschichte seiner Identität, jede Datei geprüft. Auf dem Server ändert sich nichts; die nächste Sicherung holt nur das Neue.
welcome-protect = Dieses Konto schützen
welcome-protect-text = Fügen Sie einen Wiederherstellungsschlüssel hinzu, den nur Sie halten, solange der Server des Kontos noch funktioniert: Damit und mit einer Sicherung können Sie das Konto auf einem anderen PDS wiederbeleben, selbst wenn dieser verschwindet. Ihr PDS mailt einen Code zur Bestätigung.
welcome-restore = Mein alter Server ist weg
welcome-restore-text = Mit einer Sicherung und Ihrem Wiederherstellungsschlüssel beleben Sie das Konto auf einem neuen PDS wieder: dieselbe DID, Ihre Beiträge, Bilder und Einstellungen. Vom alten Server wird nichts gebraucht.
welcome-restore-button = Aus einer Sicherung wiederherstellen
kept-title = Ihre Sicherungen auf diesem Gerät
kept-backup-now = Jetzt sichern
kept-backup-now-label = Jetzt sichern: { $account }

## Die Banner, die anbieten, einen unfertigen Lauf fortzusetzen oder den Bericht eines Umzugs zu sehen.

banner-reached = Erreicht: { $step }.
banner-blobs-on-new = { $done } von { $total ->
    [one] { $total } Blob
   *[other] { $total } Blobs
} auf dem neuen PDS.
banner-route-to = Umzug nach { $host }
banner-move-label = Unfertiger Kontoumzug
banner-move-heading = Umzug von { $who } fortsetzen
banner-move-text = { $progress } { $route }. Jeder abgeschlossene Schritt bleibt erhalten; geben Sie die Passwörter erneut ein, um dort weiterzumachen, wo es aufgehört hat.
banner-repair-label = Unfertiger Umzug
banner-repair-heading = Umzug von { $who } wieder aufnehmen
banner-repair-text = { $progress } { $route }. Blobs, die schon auf dem neuen PDS sind, und geprüfte Kopien auf diesem Gerät bleiben erhalten; geben Sie die Passwörter ein, um fortzufahren.
banner-backup-label = Unfertige Sicherung
banner-backup-heading = Sicherung von { $who } fortsetzen
banner-backup-text = Alles Gesicherte bleibt erhalten; geben Sie das Passwort ein, um den Rest zu holen.
banner-protect-label = Wiederherstellungsschlüssel noch nicht hinzugefügt
banner-protect-heading = Schutz von { $who } abschließen
banner-protect-text = Der Schlüssel wurde noch nicht hinzugefügt; geben Sie das Passwort ein, um einen neuen Code anzufordern.
banner-restore-label = Unfertige Wiederherstellung
banner-restore-heading = Wiederherstellung von { $who } fortsetzen
banner-restore-text = { $progress } Jeder abgeschlossene Schritt bleibt erhalten; wählen Sie die Schlüsseldatei und geben Sie das neue Passwort ein, um weiterzumachen.
banner-continue = Fortsetzen
banner-resume = Wieder aufnehmen
banner-dismiss = Ausblenden
report-banner-label = Abgeschlossener Kontoumzug
report-banner-heading = Ihr Konto ist nach { $host } umgezogen
report-banner-text = { $handle } lebt jetzt dort. Der Bericht enthält die Checkliste, was als Nächstes zu tun ist.
report-banner-button = Bericht ansehen
kept-last-backup = letzte Sicherung { $ago }
kept-no-backup-yet = noch keine vollständige Sicherung
kept-last-run-failed = der letzte Lauf scheiterte { $ago }: { $said }
kept-kept-current = aktuell gehalten { $every }

## Das Formular jedes Einstiegs.

form-submit-backup = Anmelden und sichern
form-submit-restore = Sicherung prüfen
form-submit-protect = Anmelden und Schlüssel hinzufügen
form-submit-plan = Anmelden und planen
form-legend-the-account = Das Konto
form-resuming-backup = Sicherung wird fortgesetzt:
form-advanced = Erweitert
form-strategy = Strategie
form-legend-account-now = Ihr bisheriges Konto
form-resuming-move = Umzug wird fortgesetzt:
form-blob-strategy = Blob-Strategie
form-resuming-repair = Umzug wird wieder aufgenommen:
form-restore-title = Ihr Konto aus einer Sicherung zurückholen
form-restore-lead = Für den Fall, dass der Server des Kontos endgültig weg ist: Ihre Sicherung, Ihre Schlüsseldatei und der neue PDS mit dem Konto, das Sie dort bekommen. Dieselbe DID, dieselben Beiträge, Bilder und Einstellungen.
form-restore-resuming = Sicherung und neuer PDS sind vom letzten Mal ausgefüllt. Wählen Sie die Schlüsseldatei und geben Sie das neue Passwort erneut ein: Jeder abgeschlossene Schritt bleibt erhalten.
form-restore-privacy = Der Wiederherstellungsschlüssel und das Passwort werden nur von diesem Gerät aus genutzt und nie gespeichert.
form-restore-hint = Nichts ändert sich, bevor Sie prüfen, was wiederhergestellt wird.
form-protect-title = Schützen Sie Ihr Konto mit einem Wiederherstellungsschlüssel
form-protect-lead = Ein Schlüssel, den nur Sie halten, an erster Stelle unter den Schlüsseln, die Ihre Identität ändern dürfen. Damit und mit einer Sicherung können Sie das Konto auf einem anderen PDS wiederbeleben, selbst wenn dieser verschwindet.
form-protect-resuming = Das Handle ist vom letzten Mal ausgefüllt. Geben Sie das Passwort ein, um fortzufahren.
form-protect-privacy = Das Passwort und der gemailte Code werden nur von diesem Gerät aus genutzt und nie gespeichert. Die private Hälfte eines hier erzeugten Schlüssels landet in der Datei, die Sie aufbewahren, sonst nirgends.
form-protect-hint = Ihr PDS mailt einen Code zur Bestätigung; nichts ändert sich, bevor Sie ihn eingeben.
form-backup-title = Ihr Konto sichern
form-backup-lead = Alles, was das Konto enthält: Beiträge, Follows, Bilder und Videos, Einstellungen und die Geschichte seiner Identität, jede Datei geprüft. Auf dem Server ändert sich nichts.
form-backup-resuming = Das Handle ist vom letzten Mal ausgefüllt. Geben Sie das Passwort ein, um fortzufahren: Was die Sicherung schon enthält, wird nicht erneut heruntergeladen.
form-backup-privacy = Das Passwort wird nur von diesem Gerät aus genutzt und nie gespeichert.
form-backup-hint = Eine spätere zweite Sicherung holt nur das Neue.
form-move-title = Ihr Konto umziehen
form-move-lead = Das Konto, das umzieht, der PDS, zu dem es umzieht, und das Konto, das es dort bekommt: dieselbe DID, dieselben Beiträge, Follower und Blobs.
form-move-resuming = Adressen und Handles sind vom letzten Mal ausgefüllt. Geben Sie die Passwörter erneut ein: Jeder abgeschlossene Schritt bleibt erhalten, und der Umzug geht dort weiter, wo er aufgehört hat.
form-move-privacy = Passwörter und Codes werden nur von diesem Gerät aus genutzt und nie gespeichert. Adressen und Handles werden gemerkt, damit ein unterbrochener Umzug weitergehen kann.
form-repair-title = Reparatur: die Blobs kopieren, die dem neuen PDS fehlen
form-repair-lead = Melden Sie sich beim Konto auf dem PDS an, den Sie verlassen, und beim Konto, das auf dem neuen bereits angelegt ist. Tektite listet dann auf, was dem neuen PDS noch fehlt.
form-repair-resuming = Adressen und Handles sind vom letzten Mal ausgefüllt. Geben Sie die beiden Passwörter ein, um fortzufahren: Der neue PDS sagt, was ihm noch fehlt, und geprüfte Kopien auf diesem Gerät werden nicht erneut heruntergeladen.
form-repair-privacy = Passwörter werden nur zur Anmeldung von diesem Gerät aus genutzt und nie gespeichert. Adressen und Handles werden gemerkt, damit ein unterbrochener Umzug wieder aufgenommen werden kann.
form-repair-hint = Nichts wird kopiert, bevor Sie den Plan bestätigen.
form-tag-from = Von
form-handle-or-did = Handle oder DID
form-old-handle-hint = Tektite findet daraus den Server, der das Konto hält
form-server-sign-in = Sie melden sich auf der eigenen Seite Ihres Servers an.
form-server-sign-in-web = Tektite öffnet sie in einem neuen Fenster und sieht Ihr Passwort nie.
form-server-sign-in-desktop = Tektite öffnet sie in Ihrem Browser und sieht Ihr Passwort nie.
form-use-password = Stattdessen Ihr Passwort verwenden
form-password = Passwort
form-old-password-hint = Das Passwort des Kontos, kein App-Passwort
form-use-server = Stattdessen auf der Seite Ihres Servers anmelden
form-sign-in-code = Anmeldecode
form-sign-in-code-hint = Der alte PDS hat ihn an die Adresse des Kontos gemailt
form-tag-key = Schlüssel
form-legend-recovery-key = Ihr Wiederherstellungsschlüssel
form-tag-to = Nach
form-legend-new-pds = Der neue PDS
form-server-address = Serveradresse
form-new-pds-hint = Der Server, zu dem das Konto umzieht
form-check-server = Diesen PDS prüfen
form-fact-handles-under = Handles unter
form-none = —
form-invite-code = Einladungscode
form-invite-needed = nötig
form-invite-not-needed = nicht nötig
form-fact-phone = Telefon
form-phone-needed = Bestätigung nötig: Das kann Tektite nicht
form-invite-hint = Nur, wenn der neue PDS einen verlangt
form-concurrency = Blobs gleichzeitig
form-concurrency-default = Standard
form-concurrency-hint = Standard: passt sich an. Beginnt bei 4 und wächst, solange die Übertragung schneller wird (Verbindungen mit Latenz brauchen mehr); eine Zahl hier legt sie fest.
form-old-pds = Anmelden bei (optional)
form-old-pds-placeholder = aus dem Handle ermittelt
form-old-pds-hint = Leer lassen: Der eigene Server des Kontos wird nachgeschlagen. Oder wo Sie sich anmelden, z. B. https://bsky.social
form-plc-url = PLC-Verzeichnis
form-plc-url-hint = So lassen, außer Sie betreiben ein eigenes
form-handle-resolver = Handle-Resolver
form-handle-resolver-hint = Wird gefragt, wenn der DNS-Eintrag eines Handles nicht lesbar ist (Browser können das nicht)
form-server-privacy = Die Anmeldung bei Ihrem Server gilt nur, solange Tektite läuft, und wird nie gespeichert; Tektite fragt nur nach dem, was hierfür nötig ist.
form-server-privacy-new = Das Passwort des neuen Kontos wird nur von diesem Gerät aus genutzt und nie gespeichert.
form-legend-backup-and-key = Ihre Sicherung und Ihr Schlüssel
form-backup = Sicherung
form-backup-choose = Eine in diesem Browser gespeicherte Sicherung wählen
form-backup-none = In diesem Browser ist keine Sicherung gespeichert: Wählen Sie unten ihr Archiv (.tar).
form-backup-pick-folder = Einen Sicherungsordner wählen
form-backup-archive = Oder das Archiv der Sicherung (.tar)
form-backup-archive-hint = Die Datei, als die eine Sicherung im Browser heruntergeladen wurde, oder ein mit tar gepackter Sicherungsordner.
form-backup-folder = Sicherungsordner
form-backup-folder-placeholder = Dokumente/Tektite-Sicherungen/alice.bsky.social
form-backup-folder-hint = Der Ordner, den eine Sicherung geschrieben hat (er enthält manifest.json), oder sein .tar
form-key-file = Datei des Wiederherstellungsschlüssels
form-key-file-hint = Die Datei, die beim Erzeugen des Schlüssels geschrieben wurde (tektite-recovery-key-….txt). Sie bleibt auf diesem Gerät.
form-tag-into = Wohin
form-legend-backup-place = Wohin die Sicherung geht
form-backup-into-browser = In den Speicher dieses Browsers für diese Website, dann als ein Archiv (.tar) in Ihre Downloads. Entpackt ist es ein Sicherungsordner, den die Tektite-Kommandozeile prüfen und aus dem sie wiederherstellen kann. Die nächste Sicherung in diesem Browser holt nur das Neue.
form-backup-pick-another = Einen anderen Ordner wählen
form-backup-pick-instead = Stattdessen einen Ordner wählen
form-folder = Ordner
form-folder-hint = Leer lassen für den angezeigten Ordner. Eine frühere Sicherung desselben Kontos dort wird auf den neuesten Stand gebracht.
form-repair-new-handle-hint = Das dort für diesen Umzug angelegte Konto (es kann deaktiviert sein)
form-new-handle = Neues Handle
form-new-handle-hint-domains = Unter einer der Domains oben (beim Tippen aus der Liste wählen) oder einer eigenen Domain: Dann muss deren DNS Ihr Konto bereits nennen
form-new-password = Neues Passwort
form-new-password-hint = Für das Konto auf dem neuen PDS
form-new-handle-hint = Unter einer der Domains des neuen PDS oder einer eigenen Domain
form-email = E-Mail
form-tag-new = Neu
form-legend-new-account = Das Konto auf dem neuen PDS
form-key-file-unusable = { $name } ist nicht verwendbar: { $error }
form-backup-choice = { $who }, erstellt { $taken } ({ $blobs ->
    [one] { $blobs } Blob
   *[other] { $blobs } Blobs
})
restore-picked-folder = Die Sicherung im gewählten Ordner { $name }.
restore-archive-picked = Das Archiv { $name }, dort gelesen, wo es liegt: Nichts wird in den Browser kopiert.
backup-into-picked-folder = In den gewählten Ordner { $name }: Die Dateien bleiben dort, und die nächste Sicherung dorthin holt nur das Neue.

## Der letzte Schritt, wenn das alte Konto auf seiner eigenen Seite deaktiviert werden muss.

deactivate-choose = Wählen Sie „Konto“ und dann „Konto deaktivieren“.
deactivate-come-back = Kommen Sie hierher zurück und prüfen Sie erneut: Der Umzug ist fertig, sobald der alte Server das Konto als deaktiviert zeigt.
deactivate-recheck = Ich habe es deaktiviert: erneut prüfen
deactivate-use-password = Für diesen Schritt stattdessen das alte Passwort verwenden
deactivate-password = Passwort des alten Kontos
deactivate-password-hint = Einmal verwendet, um das alte Konto zu deaktivieren, und nie gespeichert
deactivate-button = Das alte Konto deaktivieren
deactivate-title = Letzter Schritt: das alte Konto deaktivieren
deactivate-lead = Ihr Konto lebt jetzt auf dem neuen Server. Das alte Konto auf { $old_pds } ist noch aktiv: Die Anmeldung bei Ihrem Server kann es womöglich nicht deaktivieren, also tun Sie es dort selbst.
deactivate-open = Öffnen Sie { $link } und melden Sie sich dort an.
deactivate-page-link = die Kontoseite des alten Servers

## Das Feld für den Wiederherstellungsschlüssel: ein Sicherheitstext.

key-label-protect = Ein Wiederherstellungsschlüssel, den Sie schon haben
key-label-move = Ihr Wiederherstellungsschlüssel (optional, empfohlen)
key-hint = Ein Rotationsschlüssel, den Sie halten, an erster Stelle in Ihrem DID-Dokument: Mit seinem privaten Schlüssel können Sie Ihre Identität ohne jeden PDS umziehen, selbst wenn der neue verschwindet. Früher hinzugefügte Schlüssel bleiben in jedem Fall erhalten.
key-generate = Einen neuen Wiederherstellungsschlüssel für mich erzeugen
key-new = Ihr neuer Wiederherstellungsschlüssel
key-saved-check = Ich habe die Schlüsseldatei an einem sicheren Ort gespeichert (offline, nicht in diesem Browser)
key-save-again = Die Datei erneut speichern
key-drop = Diesen Schlüssel nicht verwenden
unmovable-stop = Hier anhalten
unmovable-stop-hint = Anhalten behält alles Kopierte; nichts Unumkehrbares ist bisher geschehen.
key-file-saved = Ihre Datei, { $file }, enthält den privaten Schlüssel und wurde { $place } gespeichert. Tektite zeigt sie nirgends sonst und behält keine Kopie.
key-file-not-saved = Die Schlüsseldatei konnte nicht gespeichert werden: { $error }
unmovable-title = { $count ->
    [one] { $count } Blob kann nicht umziehen
   *[other] { $count } Blobs können nicht umziehen
}
unmovable-lead = { $count ->
    [one] Alles andere ist auf dem neuen PDS. Dieser Blob fehlt auf dem alten PDS oder ist größer, als der neue annimmt, daher kann ihn kein späterer Lauf umziehen.
   *[other] Alles andere ist auf dem neuen PDS. Diese Blobs fehlen auf dem alten PDS oder sind größer, als der neue annimmt, daher kann sie kein späterer Lauf umziehen.
}
unmovable-used-by = Verwendet von { $record }
unmovable-warning = { $count ->
    [one] Wenn Sie weitermachen, bleiben die Beiträge, die diesen Blob nutzen, zeigen aber ein fehlendes Bild oder Video. Der Bericht behält die Liste, und „Fehlende Blobs reparieren“ kann es später erneut versuchen, falls der alte PDS diesen Blob zurückbekommt.
   *[other] Wenn Sie weitermachen, bleiben die Beiträge, die diese Blobs nutzen, zeigen aber ein fehlendes Bild oder Video. Der Bericht behält die Liste, und „Fehlende Blobs reparieren“ kann es später erneut versuchen, falls der alte PDS diese Blobs zurückbekommt.
}
unmovable-accept = { $count ->
    [one] Ohne diesen Blob weitermachen
   *[other] Ohne diese Blobs weitermachen
}

## Bausteine jeder Karte.

card-back = Zurück
card-cancel = Abbrechen
card-eyebrow = Schritt { $number } von { $total } · { $step }
strategy-auto = Automatisch
strategy-streaming = Streaming
strategy-storage = Speicher (zuerst lokale Kopie)
strategy-auto-explain = Aus den Messungen entschieden: zuerst eine lokale Kopie für bis zu 50 Blobs, wenn Platz ist, sonst Streaming.
strategy-streaming-explain = Jeder Blob geht direkt vom alten PDS zum neuen; nichts bleibt auf diesem Gerät.
strategy-storage-explain = Jeder Blob wird in den lokalen Speicher heruntergeladen und geprüft und von dort hochgeladen: Ein gescheiterter Upload lädt ihn nie erneut herunter.

## Die Identitätsschritte, die nicht rückgängig zu machen sind: Sicherheitstexte.

facts-account-did = Konto (DID)
facts-records = Einträge auf dem neuen PDS
facts-blobs-expected-imported = Blobs erwartet / importiert
facts-blobs-missing = Fehlende Blobs
facts-identity-points-at = Ihre Identität zeigt auf
confirm-what-happens = Was passieren wird
confirm-code-emailed = Der alte PDS mailt einen Bestätigungscode an die Adresse des Kontos; Sie geben ihn hier ein (er gilt 15 Minuten).
confirm-activated = Das Konto wird auf dem neuen PDS aktiviert.
confirm-rotation-keys = Wer Ihre Identität danach ändern darf (Rotationsschlüssel, der erste gewinnt)
confirm-keys-stay = Schlüssel, die Sie selbst hinzugefügt haben, bleiben vor dem eigenen Schlüssel des neuen PDS.
confirm-button = Ja, meine Identität umziehen
confirm-not-now = Jetzt nicht
confirm-not-now-hint = „Jetzt nicht“ behält alles Kopierte; Sie können später zu diesem Schritt zurückkehren.
token-sent-to = Gesendet an
token-code = Bestätigungscode
token-code-hint = Buchstaben und Ziffern wie in der E-Mail, z. B. ABCDE-12345
token-new-code = Mir einen neuen Code mailen
token-stop = Anhalten
did-web-pds = PDS (#atproto_pds)
did-web-signing-key = Signaturschlüssel (#atproto, Multikey)
did-web-handle = Handle (alsoKnownAs)
did-web-lacks = Dem veröffentlichten Dokument fehlt noch:
did-web-document = Das zu veröffentlichende Dokument (Ihre anderen Einträge bleiben)
did-web-document-label = Das zu veröffentlichende DID-Dokument
did-web-recheck = Ich habe es veröffentlicht: erneut prüfen
did-web-stop-hint = Anhalten behält alles Kopierte; der Umzug geht hier weiter, sobald das Dokument veröffentlicht ist.
facts-from = Von
facts-to = Nach
facts-missing-accepted = { $count } ({ $lost } als verloren akzeptiert)
facts-new-account = Neues Konto
facts-active = aktiv
facts-not-active = noch nicht aktiv
confirm-title = Alles ist kopiert. Ihre Identität umziehen?
confirm-lead = Ihre Beiträge, Follows, Einstellungen und jeder Blob sind auf dem neuen PDS. Die nächsten Schritte lassen sich nicht rückgängig machen.
token-title = Geben Sie den Code aus der E-Mail ein
token-valid = Gültig
token-submit-protect = Meinen Wiederherstellungsschlüssel hinzufügen
token-submit-move = Meine Identität umziehen
token-lead-protect-now = Ihr PDS hat gerade einen Bestätigungscode an { $email } gemailt.
token-lead-protect-earlier = Ihr PDS hat vorhin einen Bestätigungscode an { $email } gemailt.
token-lead-move-now = Der alte PDS hat gerade einen Bestätigungscode an { $email } gemailt.
token-lead-move-earlier = Der alte PDS hat vorhin einen Bestätigungscode an { $email } gemailt.
did-web-title = Veröffentlichen Sie Ihr neues DID-Dokument
did-web-lead = { $did } ist eine did:web: Sie ziehen sie selbst um, indem Sie das Dokument unter { $url } ändern.

## Der laufende Vorgang.

run-back-to-form = Zurück zum Formular
run-downloaded = Heruntergeladen
run-rate = Rate
run-elapsed = Vergangen
run-failed = Fehlgeschlagen
run-asking = Der neue PDS wird gefragt, was ihm noch fehlt …
run-tag-from-cache = aus dem lokalen Cache
run-stopped = Angehalten
run-stopped-lead = Alles bisher Erledigte bleibt erhalten: abgeschlossene Schritte, Blobs, die schon auf dem neuen PDS sind, geprüfte lokale Kopien. „Fortsetzen“ macht von hier aus weiter.
run-stopped-hint = „Fortsetzen“ nutzt die eingegebenen Passwörter; nichts wird doppelt gesendet.
run-working = In Arbeit
run-move-lead = Jeder Schritt wird gespeichert, sobald er fertig ist: Hält das hier an, geht der Umzug dort weiter, wo er war.
run-move-hint = Anhalten behält jeden abgeschlossenen Schritt und jeden Blob, der schon auf dem neuen PDS ist.
run-restore-title = Ihr Konto wird wiederhergestellt
run-restore-lead = Jeder Schritt wird gespeichert, sobald er fertig ist: Hält das hier an, macht „Fortsetzen“ dort weiter.
run-restore-hint = Anhalten behält jeden abgeschlossenen Schritt; „Fortsetzen“ macht weiter.
run-protect-title = Ihr Wiederherstellungsschlüssel wird hinzugefügt
run-protect-lead = Der PDS signiert die Änderung mit dem Code, und das PLC-Verzeichnis wird zur Kontrolle erneut gelesen.
run-protect-hint = Jetzt anzuhalten kann die Änderung gemacht oder nicht gemacht lassen: Der nächste Versuch sagt, was zutrifft.
run-backup-title = Die Sicherung wird gespeichert
run-backup-lead = Zuerst das Repository, dann jeder Blob, jeweils beim Schreiben gegen seinen Inhalts-Hash geprüft.
run-backup-hint = Anhalten behält jeden bisher gesicherten Blob; die nächste Sicherung macht dort weiter.
run-repair-checking = Der neue PDS wird geprüft
run-repair-copying = Blobs werden kopiert
run-repair-hint = Anhalten behält jeden fertigen Blob und jede geprüfte lokale Kopie; machen Sie später von der Startseite aus weiter.
run-now-saving = Wird gerade gesichert
run-now-moving = Zieht gerade um
run-bar-saved = Gesicherte Blobs
run-bar-copied = Kopierte Blobs
run-saved = Gesichert
run-uploaded = Hochgeladen
run-kept-backup = Schon in der Sicherung
run-kept-restore = Aus der Sicherung
run-kept-cache = Aus dem lokalen Cache
run-bytes-of-about = { $done } von etwa { $total }
run-bytes-of = { $done } von { $total }
run-bytes-saved = { $done } gesichert
run-bytes-uploaded = { $done } hochgeladen
run-summary = { $done } von { $total ->
    [one] { $total } Blob
   *[other] { $total } Blobs
} · { $bytes }
run-time-left = noch etwa { $time }
run-overall = { $on_new } von { $total ->
    [one] { $total } Blob
   *[other] { $total } Blobs
} auf dem neuen PDS, { $before } davon von vor diesem Lauf
run-persistence-granted = Dieser Browser behält den Cache und den Fortsetzungsstand (dauerhafter Speicher gewährt).
run-persistence-not-granted = Dauerhafter Speicher wurde nicht gewährt: Bei Speicherknappheit kann der Browser den Cache leeren; geprüfte Blobs würden dann erneut heruntergeladen.
run-persistence-unavailable = Der Browser konnte nicht nach dauerhaftem Speicher gefragt werden: { $error }
run-wait-stated = wie vom Server verlangt
run-wait-default = der Server sagte nicht, wie lange; es wird eine Standardzeit gewartet
run-wait-may-leave = Sie können dies offen lassen oder schließen und danach weitermachen: Nichts bisher Erledigte geht verloren.
run-wait-continues = Es geht von selbst weiter.
run-wait-pace = { $pace }.
run-wait = Pausiert: { $host } begrenzt die Anfragerate, { $until } ({ $why }).
run-strategy = Blobs: { $name }
run-at-once = { $count ->
    [one] { $count } Blob gleichzeitig
   *[other] { $count } Blobs gleichzeitig
}
run-retries = { $count ->
    [0] bisher keine Wiederholungen
    [one] { $count } Wiederholung nach einem vorübergehenden Fehler
   *[other] { $count } Wiederholungen nach vorübergehenden Fehlern
}
run-rate-limit-waits = { $count ->
    [one] einmal auf das Ratenlimit eines Servers gewartet
   *[other] { $count }-mal auf Ratenlimits von Servern gewartet
}
run-sessions-renewed = { $count ->
    [one] eine Sitzung wurde erneuert
   *[other] Sitzungen { $count }-mal erneuert
}
run-size-unknown = Größe unbekannt
run-attempt = Versuch { $attempt }
run-blob-downloaded = Blob { $cid }: heruntergeladen
run-blob-uploaded = Blob { $cid }: hochgeladen
steps-done = Erledigt:
steps-stopped = Hier angehalten:
steps-current = Läuft gerade:
steps-upcoming = Noch zu tun:
log-summary = Protokoll ({ $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
})
log-label = Protokoll

## Der Plan.

plan-account = Konto
plan-backup-taken = Sicherung erstellt
plan-blobs = Blobs
plan-from-gone = Von (weg)
plan-signed-with-key = Signiert mit Ihrem Wiederherstellungsschlüssel
plan-restore-step-create = Ihr Wiederherstellungsschlüssel lässt den neuen PDS das Konto für Ihre DID anlegen
plan-restore-step-data = Das Konto wird angelegt, das Repository importiert, jeder Blob hochgeladen (jeweils erneut geprüft) und die Einstellungen wiederhergestellt
plan-restore-step-identity = Ihre Identität zeigt auf den neuen PDS; Ihr Wiederherstellungsschlüssel bleibt an erster Stelle unter den Schlüsseln, die sie ändern dürfen
plan-restore-step-activate = Das Konto wird aktiviert: Melden Sie sich dort mit dem neuen Handle und Passwort an
plan-restore-irreversible = Nicht rückgängig zu machen: Ihre Identität wird mit Ihrem Wiederherstellungsschlüssel geändert. Der Schlüssel des alten Servers wird daraus entfernt, sodass dieser Server Ihre Identität nicht mehr ändern kann, falls er je zurückkommt.
plan-already-there = Schon vorhanden
plan-time = Zeit
plan-space = Platz auf diesem Gerät
plan-cached = Geprüfte Kopien aus einem früheren Lauf
technical-details = Technische Details
plan-buffers-label = Puffer
plan-memory-free = Freier Arbeitsspeicher
plan-local-cache = Lokaler Cache
plan-storage-quota = Speicherkontingent
plan-uploads = Uploads
plan-measured = Wie diese Zahlen gemessen wurden
plan-blobs-on-old = Blobs auf dem alten PDS
plan-estimated-time = Geschätzte Zeit
plan-local-space = Lokaler Platz
plan-likely-strategy = Blob-Strategie (voraussichtlich)
plan-the-steps = Die Schritte
plan-restore-now = Jetzt wiederherstellen
plan-check-and-finish = Prüfen und abschließen
plan-start-copying = Kopieren starten
plan-stop-restore = Sie können jederzeit anhalten: Jeder abgeschlossene Schritt bleibt erhalten.
plan-stop-repair = Sie können jederzeit anhalten: Fertige Blobs bleiben erhalten.
plan-nothing-title = Nichts zu kopieren
plan-nothing-lead = Dem neuen PDS fehlen keine Blobs. Starten fragt ihn nur noch einmal und zeigt den Bericht.
plan-copy-title = { $count ->
    [one] { $count } Blob kopieren
   *[other] { $count } Blobs kopieren
}
plan-copy-title-size = { $count ->
    [one] { $count } Blob kopieren ({ $size })
   *[other] { $count } Blobs kopieren ({ $size })
}
plan-copy-lead = Dem neuen PDS fehlen { $missing } der { $total ->
    [one] { $total } Blob
   *[other] { $total } Blobs
}, die Ihr alter PDS hält. Noch wurde nichts geändert.
plan-restore-title = { $who } auf { $host } zurückholen
plan-restore-lead = Noch hat sich nichts geändert. Prüfen Sie, was die Sicherung enthält und welcher Schlüssel signiert, und stellen Sie dann wieder her.
plan-restore-to = { $pds } als { $handle }
plan-move-lead-resumed = Ein Umzug dieses Kontos wurde früher begonnen: Die schon erledigten Schritte bleiben erhalten, und es geht beim nächsten weiter.
plan-move-lead = Noch hat sich nichts geändert. Zuerst wird kopiert; Ihre Identität zieht erst um, wenn alles auf dem neuen PDS ist, und erst, nachdem Sie erneut zugestimmt haben.
plan-unknown = unbekannt
plan-strategy-streaming = Streaming: direkt vom alten PDS zum neuen
plan-strategy-storage = Speicher: zuerst eine geprüfte lokale Kopie, dann der Upload
plan-chosen-by-you = von Ihnen gewählt
plan-chosen-automatically = automatisch gewählt
plan-at-once-growing = { $count ->
    [one] { $count } Blob gleichzeitig, bis zu { $most }, solange der Durchsatz wächst
   *[other] { $count } Blobs gleichzeitig, bis zu { $most }, solange der Durchsatz wächst
}
plan-buffers = { $at_once }, Blöcke zu { $chunks }
plan-buffers-channel = { $at_once }, Blöcke zu { $chunks }, Kanal mit { $slots } Plätzen
plan-cache = Cache
plan-cache-free = { $free } frei ({ $backend })
plan-cache-free-at = { $free } frei ({ $backend }, { $location })
plan-quota = { $used } von { $quota } belegt
plan-network-reliable = Bisher zuverlässig
plan-network-unreliable = In früheren Läufen unzuverlässig
plan-why = Warum: { $reason }
plan-to-copy = Zu kopieren
plan-space-storage = bis zu { $size } während des Kopierens, freigegeben, sobald jeder Blob fertig ist
plan-space-streaming = keiner: Blobs gehen direkt durch
plan-memory-for-buffers = Arbeitsspeicher für Puffer
plan-about = etwa { $size }
plan-network = Netzwerk
plan-size-sampled = etwa { $size } (aus { $sampled } gemessenen)
plan-space-none = keiner (jeder Blob geht direkt durch)
plan-space-cache = bis zu { $size } im lokalen Cache ({ $free } frei)
plan-invite-given = nötig (angegeben)
plan-tag-done = erledigt
plan-tag-irreversible = nicht rückgängig zu machen
plan-estimate-note = Die Blob-Zahlen oben stammen vom alten PDS und sind eine Obergrenze; der Blob-Schritt entscheidet wirklich anhand dessen, was der neue PDS nach dem Import des Repositorys als fehlend meldet, und zeigt Zeit und Platz live.
plan-code-note = Der PLC-Code, den der alte PDS mailt, gilt 15 Minuten, daher wird er erst verlangt, wenn alle Daten da sind.
plan-step-create = { $handle } auf { $pds } mit derselben DID anlegen, deaktiviert (noch sieht es niemand)
plan-step-import = Das Repository kopieren: jeden Beitrag, jedes Like, jedes Follow und das Profil
plan-step-blobs = Jedes Bild und Video kopieren, das dem neuen PDS fehlt, jeweils gegen seinen Hash geprüft; die Strategie wird aus der Fehlliste des neuen PDS, den Blob-Größen und dem freien Platz dieses Geräts gewählt
plan-step-preferences = Die App-Einstellungen kopieren
plan-step-catch-up-did-web = Kopieren, was das alte Konto inzwischen dazubekommen hat (eine did:web braucht keinen gemailten Code)
plan-step-publish-did-web = Sie veröffentlichen das neue DID-Dokument, das Tektite Ihnen zeigt (auf Ihrem eigenen Webserver)
plan-step-request-code = Den alten PDS bitten, einen Bestätigungscode an die Adresse des Kontos zu mailen (erst nach Ihrer Zustimmung)
plan-step-plc = Die DID auf den neuen PDS zeigen lassen, signiert mit diesem Code
plan-step-activate = Das Konto auf dem neuen PDS aktivieren
plan-step-deactivate = Das Konto auf dem alten PDS deaktivieren

## Der Bericht am Ende.

done-moved-title = Ihr Konto ist umgezogen
done-moved-lead = { $did } lebt jetzt auf { $pds } als { $handle }.
done-looking = Wird geprüft …
done-check-account = Mein neues Konto prüfen
done-repair-complete = Jeder Blob ist auf dem neuen PDS
done-repair-complete-lead = Tektite hat den neuen PDS gefragt: Ihm fehlen keine Blobs.
done-repair-missing = { $count ->
    [one] { $count } Blob fehlt noch
   *[other] { $count } Blobs fehlen noch
}
done-repair-missing-lead = { $count ->
    [one] Dem neuen PDS fehlt noch { $count } Blob. Blobs, die aus einem vorübergehenden Grund scheiterten, gehen meist beim nächsten Lauf durch; die anderen brauchen die unten gezeigte Maßnahme.
   *[other] Dem neuen PDS fehlen noch { $count } Blobs. Blobs, die aus einem vorübergehenden Grund scheiterten, gehen meist beim nächsten Lauf durch; die anderen brauchen die unten gezeigte Maßnahme.
}
done-repair-unconfirmed = Fertig, nicht bestätigt
done-repair-unconfirmed-lead = Der Lauf ist zu Ende, aber der neue PDS konnte nicht gefragt werden, was ihm noch fehlt: { $error }. Führen Sie ihn erneut aus, um es zu prüfen.
done-storage-kept = behalten (dauerhaft)
done-storage-may-clear = kann vom Browser geleert werden
done-up-to = bis zu { $count }
done-retries = Wiederholungen
done-retryable = Vorübergehendes Problem: Erneut ausführen, um es noch einmal zu versuchen.
done-not-retryable = Braucht Aufmerksamkeit: Erneutes Ausführen behebt es nicht von selbst.
done-backup-up-to-date = Ihre Sicherung ist aktuell
done-backup-done = Ihr Konto ist gesichert
done-backup-lead = { $count ->
    [one] { $count } Blob und das Repository von { $did }, jede Datei gegen ihren Hash geprüft.
   *[other] { $count } Blobs und das Repository von { $did }, jede Datei gegen ihren Hash geprüft.
}
done-backup-failed = { $count ->
    [one] { $count } Blob konnte nicht gesichert werden
   *[other] { $count } Blobs konnten nicht gesichert werden
}
done-backup-failed-lead = Alles andere ist gesichert. Führen Sie die Sicherung erneut aus: Nur das Fehlende wird geholt.
done-backup-first = erste Sicherung hier
done-backup-changed = neue Beiträge oder Änderungen seit der letzten Sicherung
done-backup-unchanged = keine Änderungen seit der letzten Sicherung
done-backup-archive = Die Sicherung liegt in Ihren Downloads als { $name } und bleibt für die nächste Sicherung in diesem Browser. Bewahren Sie den Download sicher auf: „Mein alter Server ist weg“ nimmt ihn so, wie er ist, in jedem Browser, und ebenso die Tektite-Kommandozeile (backup --verify, restore).
done-backup-place = Die Sicherung liegt in { $place }. „Mein alter Server ist weg“ auf der Startseite stellt daraus wieder her; die Tektite-Kommandozeile kann sie prüfen (backup --verify).
done-restore-continued = { $count ->
    [one] fortgesetzt: { $count } Schritt wurde von einem früheren Lauf erledigt
   *[other] fortgesetzt: { $count } Schritte wurden von einem früheren Lauf erledigt
}
done-restored-title = Ihr Konto ist zurück
done-restored-lead = { $did } lebt auf { $pds } als { $handle }, wiederhergestellt aus Ihrer Sicherung.
done-restored-sign-in = Überall neu anmelden
done-restored-sign-in-detail = Melden Sie sich in jeder Bluesky-App ab und mit { $handle } und dem neuen Passwort an: Die Apps zeigen noch auf den Server, der weg ist.
done-protected-already = Dieser Schlüssel schützt Ihr Konto bereits
done-protected = Ihr Konto ist geschützt
done-protected-lead = Ihr Schlüssel ist jetzt der erste der Schlüssel, die { $did } ändern dürfen.
done-key-yours = (Ihrer)
done-key-file-saved = Sie wurde { $place } gespeichert. Bringen Sie sie an einen Ort offline (einen USB-Stick, einen Passwortmanager): Wer sie hat, kann Ihre Identität ändern.
done-key-file-keep = Bewahren Sie die private Hälfte dieses Schlüssels offline und geheim auf: Wer sie hat, kann Ihre Identität ändern.
failure-integrity = an der Quelle beschädigt
failure-too-large = zu groß für den neuen PDS
failure-not-found = auf dem alten PDS verschwunden
failure-rate-limited = Ratenlimit
failure-auth = abgemeldet
failure-network = Netzwerk
failure-server = Serverfehler
failure-cache = lokaler Cache
failure-other = fehlgeschlagen
done-run-again = Erneut ausführen
done-back-to-start = Zurück zum Anfang
done-moved-all = Jeder Schritt ist erledigt: Daten und Blobs kopiert und vom neuen PDS geprüft, die DID zeigt darauf, das neue Konto ist aktiv und das alte deaktiviert.
done-what-to-do = Was jetzt zu tun ist
done-working = Funktioniert das neue Konto?
done-look-explain = Tektite kann es so ansehen, wie Apps es tun: Ihr Handle, Ihr DID-Dokument und der neue PDS.
done-left-behind = Zurückgelassene Blobs, wie von Ihnen gewählt
done-repair-verified = Die Blobs wurden unterwegs gegen ihre Inhalts-Hashes geprüft und vom neuen PDS bestätigt.
done-copied = Kopiert
done-from-cache = Aus dem lokalen Cache
done-already-there = Schon vorher da
done-down-up = Heruntergeladen / hochgeladen
done-browser-storage = Browserspeicher
done-failed-title = Blobs, die es nicht geschafft haben
done-next-identity = Als Nächstes: die Identität
done-next-identity-text = Ist das Konto noch nicht umgezogen, setzt „Mein Konto umziehen“ auf der Startseite den Umzug fort: Er behält die hier kopierten Blobs und zieht Ihre Identität um, sobald dem neuen PDS nichts mehr fehlt.
done-fetched = Jetzt geholt
done-repository = Repository
done-repaired = Beschädigte Kopien ersetzt
done-no-longer = Nicht mehr im Konto (behalten)
done-not-saved = Blobs, die nicht gesichert werden konnten
done-keep-safe = Sicher aufbewahren
done-keep-safe-text = Mit einer Sicherung können Sie das Konto auf einem anderen PDS wiederherstellen, falls sein Server verschwindet („Mein alter Server ist weg“ auf der Startseite); dafür brauchen Sie auch einen Wiederherstellungsschlüssel, hinzugefügt, solange der Server noch funktioniert („Dieses Konto schützen“).
done-restored-ok = Das PLC-Verzeichnis nennt den neuen PDS, das Konto ist aktiv, und jeder Blob der Sicherung ist dort, geprüft.
done-new-pds = Neuer PDS
done-handle = Handle
done-blobs-uploaded = Hochgeladene Blobs
done-run = Lauf
done-rotation-keys = Schlüssel, die Ihre Identität ändern dürfen, der erste gewinnt
done-keep-key = Behalten Sie Ihren Wiederherstellungsschlüssel
done-keep-key-text = Er ist weiterhin der erste Schlüssel Ihrer Identität: Bewahren Sie die Datei offline und geheim auf.
done-back-up-again = Erneut sichern
done-back-up-again-text = „Dieses Konto sichern“ auf der Startseite, vom neuen PDS aus, damit die nächste Sicherung enthält, was Sie ab jetzt posten.
done-protected-ok = Das PLC-Verzeichnis führt Ihren Schlüssel an erster Stelle. Die Schlüssel, die vorher da waren, bleiben alle erhalten.
done-what-to-keep = Was aufzubewahren ist
done-key-file = Die Schlüsseldatei
done-a-backup = Eine Sicherung
done-a-backup-text = „Dieses Konto sichern“ auf der Startseite bewahrt Beiträge, Bilder und Einstellungen; mit dem Schlüssel und einer Sicherung holt „Mein alter Server ist weg“ das Konto auf einen neuen PDS zurück, falls dieser verschwindet.
done-keep-current = Diese Sicherung aktuell halten
done-keep-current-text = Ihr System kann diese Sicherung jeden Tag von selbst aktualisieren, ohne Ihr Passwort: Es holt, was das Konto allen zeigt (alles außer den Einstellungen, die so bleiben, wie sie jetzt gesichert sind).
done-keep-current-button = Jeden Tag sichern

## Die Ansichten des Ablaufs.

screen-error = Etwas ist schiefgegangen
error-try-again = Erneut versuchen
screen-your-backup = Ihre Sicherung
screen-signing-in = Anmeldung
screen-backing-up = Sicherung läuft
screen-copying = Kopieren
screen-unmovable = Blobs, die nicht umziehen können
screen-token = Code aus Ihrer E-Mail
screen-did-web = Ihr DID-Dokument veröffentlichen
way-in-protect = Ihr Konto schützen
way-in-restore = Ihr Konto zurückholen
window-title = { $screen } — { $way_in } — Tektite
connecting-move = Tektite fragt den neuen PDS nach ihm selbst, meldet sich beim alten an und sucht nach einem früher begonnenen Umzug dieses Kontos.
connecting-repair-title = Anmelden und planen
connecting-repair = Tektite meldet sich bei beiden Servern an, fragt den neuen PDS, welche Blobs ihm fehlen, und misst, was dieses Gerät fassen kann.
connecting-backup = Tektite schlägt das Konto nach, meldet sich bei seinem Server an und öffnet den Ort, an den die Sicherung geht.
connecting-restore-title = Die Sicherung wird gelesen
connecting-restore = Tektite liest das Manifest der Sicherung und Ihre Schlüsseldatei. Noch wird nichts irgendwohin gesendet.
connecting-protect = Tektite schlägt das Konto nach, meldet sich bei seinem Server an und bittet ihn, einen Bestätigungscode zu mailen.
connecting-open-page = Die Anmeldeseite von { $host } öffnen
connecting-no-window = Kein Fenster geöffnet? { $link }. Tektite wartet hier, bis Sie zurück sind.
error-what-to-do = Was zu tun ist:

## Was die App in ihr Protokoll schreibt und Screenreadern sagt.

log-fields-need-attention = { $count ->
    [one] Ein Feld braucht Aufmerksamkeit: { $first }
   *[other] { $count } Felder brauchen Aufmerksamkeit. Das erste: { $first }
}
log-continuing = Es geht dort weiter, wo es aufgehört hat
log-starting = Beginnt …
log-moving = Umzug von { $from } nach { $to }
log-signing-in-both = Anmeldung bei { $from } und { $to }
log-backing-up = { $account } wird gesichert
log-adding-key = Der Wiederherstellungsschlüssel { $key } wird zu { $account } hinzugefügt
log-restoring = Die Sicherung in { $backup } wird nach { $to } wiederhergestellt
log-stopped-by-you = Von Ihnen angehalten
notice-stopped-nothing-copied = Angehalten, bevor etwas kopiert wurde.
notice-stopped-nothing-saved = Angehalten, bevor etwas gesichert wurde.
notice-stopped-nothing-changed = Angehalten, bevor etwas geändert wurde.
status-sign-in-on-page = Melden Sie sich auf der eigenen Seite von { $host } an, im Fenster, das sich geöffnet hat
log-signing-in-on-page = Anmeldung auf der Seite von { $host }; Tektite sieht das Passwort nie
log-new-pds = Der neue PDS ist { $url } ({ $did })
log-old-holds = { $count ->
    [one] Der alte PDS hält { $count } Blob ({ $size })
   *[other] Der alte PDS hält { $count } Blobs ({ $size })
}
log-signed-in-continues = Angemeldet als { $did }; ein gespeicherter Umzug geht weiter bei: { $step }
log-signed-in-both = Bei beiden Servern angemeldet als { $did }
log-signed-in-backup = Angemeldet als { $did }; die Sicherung wird gespeichert
log-signed-in = Angemeldet als { $did }
log-plan = { $count ->
    [one] Plan: { $count } Blob fehlt auf dem neuen PDS, Strategie { $strategy } ({ $reason })
   *[other] Plan: { $count } Blobs fehlen auf dem neuen PDS, Strategie { $strategy } ({ $reason })
}
log-persistence-granted = Der Browser behält den Speicher dieser Website (dauerhaft)
spoken-percent-copied = { $percent } % der Blobs kopiert
log-repair-complete = Fertig: Dem neuen PDS fehlen keine Blobs
log-repair-missing = { $count ->
    [one] Fertig; dem neuen PDS fehlt noch { $count } Blob
   *[other] Fertig; dem neuen PDS fehlen noch { $count } Blobs
}
log-repair-unconfirmed = Fertig, aber der neue PDS konnte nicht gefragt werden, was ihm fehlt: { $error }
log-backup-complete = { $count ->
    [one] Sicherung vollständig: { $count } Blob in { $place }
   *[other] Sicherung vollständig: { $count } Blobs in { $place }
}
log-backup-incomplete = { $count ->
    [one] Sicherung unvollständig: { $count } Blob konnte nicht gesichert werden
   *[other] Sicherung unvollständig: { $count } Blobs konnten nicht gesichert werden
}
log-backup-holds = { $count ->
    [one] Die am { $taken } erstellte Sicherung von { $did } enthält { $count } Blob
   *[other] Die am { $taken } erstellte Sicherung von { $did } enthält { $count } Blobs
}
log-restored = { $did } ist aktiv auf { $pds }
log-protected = { $key } ist der erste Rotationsschlüssel von { $did }
log-moved = Fertig: Das Konto lebt auf dem neuen PDS
log-needs-confirmation = Alles ist auf den neuen PDS kopiert: Bestätigen Sie, um die Identität umzuziehen
log-waiting-did-web = Es wird gewartet, bis das DID-Dokument unter { $url } den neuen PDS nennt
log-waiting-deactivation = Es wird gewartet, bis das alte Konto auf { $page } deaktiviert ist
log-waiting-code = Es wird auf den an { $email } gemailten Code gewartet (gültig bis { $until })
log-unmovable = { $count ->
    [one] { $count } Blob kann nie umziehen: Es wird auf Ihre Entscheidung gewartet
   *[other] { $count } Blobs können nie umziehen: Es wird auf Ihre Entscheidung gewartet
}
log-step-done = Erledigt: { $step }
log-step-now = Jetzt: { $step }

## Der Blob-Schritt im Protokoll.

log-work-listed = { $count ->
    [one] Dem neuen PDS fehlt { $count } Blob; der alte PDS hält { $inventory }
   *[other] Dem neuen PDS fehlen { $count } Blobs; der alte PDS hält { $inventory }
}
log-blob-attempt = { $cid }: Versuch { $attempt }
log-blob-on-new = { $cid } ist auf dem neuen PDS ({ $size })
log-blob-on-new-cached = { $cid } ist auf dem neuen PDS ({ $size }, aus dem lokalen Cache)
log-blob-skipped = { $cid } übersprungen: { $reason }
log-blob-failed = { $cid } fehlgeschlagen: { $message }
log-the-request = die Anfrage
log-retrying = { $what }: neuer Versuch in { $delay } (Versuch { $attempt }): { $reason }
log-wait-stated = wie verlangt
log-wait-default = eine Standard-Wartezeit: Er sagte nicht, wie lange
log-rate-limited = { $host } begrenzt die Anfragerate: Warten { $until } ({ $why })
log-session-renewed = Die Sitzung auf { $host } wurde erneuert
log-concurrency = { $count ->
    [one] { $count } Blob gleichzeitig: { $reason }
   *[other] { $count } Blobs gleichzeitig: { $reason }
}
log-cache-full = { $cid }: kein Platz im lokalen Cache ({ $detail }), daher geht er direkt zum neuen PDS
log-state-not-saved = Der Fortschritt konnte auf diesem Gerät nicht gespeichert werden ({ $detail }). Das Kopieren geht weiter; hält es an, wiederholt der nächste Lauf womöglich einen Teil davon.

## Was das Formular zu einem Wert sagt, den es nicht annehmen kann.

form-error-backup = Wählen Sie die Sicherung, die zurückkommen soll (den Ordner, den eine Sicherung geschrieben hat)
form-error-key-file = Wählen Sie Ihre Schlüsseldatei
form-error-old-id = Geben Sie Ihr Handle (alice.bsky.social) oder Ihre DID ein
form-error-old-password = Geben Sie das Passwort des Kontos auf dem alten PDS ein
form-error-same-pds = Der neue PDS hat dieselbe Adresse wie der alte
form-error-key-missing = Erzeugen Sie einen neuen Wiederherstellungsschlüssel oder geben Sie die did:key eines Schlüssels ein, den Sie haben
form-error-key-format = Ein Wiederherstellungsschlüssel sieht aus wie did:key:zQ3s… (der öffentliche Schlüssel, nicht der private)
form-error-new-handle = Geben Sie das neue Handle ein, z. B. alice.newpds.example
form-error-email = Geben Sie eine E-Mail-Adresse für das neue Konto ein
form-error-new-password = Wählen Sie ein Passwort für das neue Konto (mindestens 8 Zeichen)
form-error-invite = Dieser PDS braucht für neue Konten einen Einladungscode
form-error-repair-handle = Geben Sie Handle oder DID des Kontos auf dem neuen PDS ein
form-error-repair-password = Geben Sie das Passwort des Kontos auf dem neuen PDS ein
form-error-scheme = Verwenden Sie eine Adresse mit http:// oder https://
form-error-no-address = Geben Sie die Adresse des Servers ein, z. B. https://bsky.social
form-error-no-host = Die Adresse hat keinen Hostnamen
form-error-handle-domain-bsky = Ein Handle enthält seine Domain: Meinten Sie { $handle }.bsky.social?
form-error-handle-domain = Ein Handle enthält seine Domain: Meinten Sie { $suggestion }?
form-error-handle-domain-example = Ein Handle enthält seine Domain, z. B. { $handle }.newpds.example

## Was der Ablauf während der Arbeit sagt, und seine Fehler.

status-opening-storage = Der lokale Speicher für die gespeicherten Schritte und den Blob-Cache wird geöffnet …
flow-new-pds-silent = Der neue PDS hat nicht geantwortet
flow-new-pds-silent-advice = Es wurde nichts geändert. Prüfen Sie die Adresse des neuen PDS und versuchen Sie es erneut.
status-counting = Die Blobs auf dem alten PDS werden gezählt und gemessen …
flow-backup-retry = Alles bisher Gesicherte bleibt erhalten: Versuchen Sie es erneut, dann wird nur das Fehlende geholt.
flow-backup-place = Wählen Sie einen anderen Ort für die Sicherung oder schaffen Sie Platz, und versuchen Sie es dann erneut.
flow-backup-stopped = Die Sicherung wurde angehalten
flow-account-email = die E-Mail-Adresse des Kontos
status-adding-key = Der Wiederherstellungsschlüssel wird hinzugefügt …
status-asking-code = Der PDS wird gebeten, einen Bestätigungscode zu mailen …
flow-code-refused = Dieser Code wurde nicht angenommen
flow-nothing-changed = Es wurde nichts geändert.
flow-maybe-changed = Es wurde nichts geändert, oder die Änderung ist schon gemacht: Versuchen Sie es erneut, um es zu sehen.
flow-key-not-added = Der Wiederherstellungsschlüssel konnte nicht hinzugefügt werden
status-reading-backup = Die Sicherung und der Wiederherstellungsschlüssel werden gelesen …
flow-not-archive = Dieses Archiv ist keine Sicherung
flow-not-archive-advice = Wählen Sie das .tar, als das eine Sicherung heruntergeladen wurde.
flow-not-backup = Das ist keine Sicherung
flow-not-backup-advice = Wählen Sie den Ordner, den eine Sicherung geschrieben hat (er enthält manifest.json).
flow-key-unusable = Die Schlüsseldatei ist nicht verwendbar
flow-key-unusable-advice = Wählen Sie die Datei, in der Ihr Wiederherstellungsschlüssel gespeichert wurde.
status-restoring = Wiederherstellung: Identität, Konto, Repository, Blobs, Einstellungen …
flow-restore-bad-input = Prüfen Sie die Sicherung, die Schlüsseldatei und die Angaben zum neuen Konto, und versuchen Sie es dann erneut.
flow-restore-retry = Jeder abgeschlossene Schritt ist gespeichert: Versuchen Sie es erneut, um dort weiterzumachen, wo es aufgehört hat.
flow-restore-stopped = Die Wiederherstellung wurde angehalten
flow-archive-failed = Das Archiv der Sicherung konnte nicht erstellt werden
flow-archive-failed-advice = Die Sicherung selbst ist vollständig und in diesem Browser behalten: Versuchen Sie es erneut, um das Archiv zu erstellen.
status-asking-missing = Der neue PDS wird gefragt, welche Blobs ihm fehlen; Größen, freier Platz und Arbeitsspeicher werden gemessen …
flow-list-failed = Die Blobs konnten nicht aufgelistet werden
flow-list-failed-advice = Es wurde nichts geändert. Versuchen Sie es erneut; scheitert es weiter, prüfen Sie, ob beide Server laufen.
status-asking-new-pds = Der neue PDS ({ $pds }) wird nach sich selbst gefragt …
status-signing-in-old = Anmeldung beim alten PDS ({ $url }) …
status-looking-up-old = { $account } wird nachgeschlagen und beim alten PDS angemeldet …
status-reading-account = Angemeldet: Das Konto wird gelesen …
status-signing-in-at = Anmeldung bei { $url } …
status-looking-up = { $account } wird nachgeschlagen und bei seinem PDS angemeldet …
status-looking-up-server = { $account } und sein Server werden nachgeschlagen …
status-their-pds = der PDS von { $account }
status-signing-in-both = Anmeldung beim alten PDS ({ $old }) und beim neuen PDS ({ $new }) …
status-note = Hinweis: { $note }
flow-code-refused-advice = Prüfen Sie die E-Mail und geben Sie den Code erneut ein, oder fordern Sie einen neuen an.
key-problem-not-ticked = Bewahren Sie die Schlüsseldatei sicher auf und setzen Sie dann das Häkchen bei „Ich habe sie gespeichert“: Ohne den privaten Schlüssel nützt der Wiederherstellungsschlüssel nichts
key-problem-not-saved = Die Schlüsseldatei wurde noch nicht gespeichert: Speichern Sie sie, oder entfernen Sie den erzeugten Schlüssel
keep-current-done = Erledigt: Ein Timer Ihres Systems bringt diese Sicherung jeden Tag auf den neuesten Stand. Die Startseite zeigt, wie der letzte Lauf verlief.
keep-current-not-started = Der Timer ist geschrieben ({ $timer }), aber Ihr System hat ihn nicht gestartet ({ $why }): Führen Sie einmal `{ $command }` aus.

## Eine Anmeldung auf der eigenen Seite des Servers, die nicht zu Ende ging (die App).

oauth-error-advice = Melden Sie sich erneut an oder wählen Sie „Stattdessen Ihr Passwort verwenden“. Es wurde nichts geändert.
oauth-error-denied = Nicht angemeldet
oauth-error-denied-detail = Die Anmeldung wurde auf der Seite von { $host } nicht erlaubt.
oauth-error-denied-advice = Melden Sie sich erneut an und wählen Sie „Autorisieren“, um weiterzumachen, oder verwenden Sie stattdessen Ihr Passwort. Es wurde nichts geändert.
oauth-error-not-offered = Dieser Server kann Sie hier nicht anmelden
oauth-error-deactivated = Das Konto ist auf seinem Server deaktiviert
oauth-error-deactivated-advice = Eine Anmeldung auf seiner Seite würde es reaktivieren. Wählen Sie „Stattdessen Ihr Passwort verwenden“: Mit dem Passwort wird ein deaktiviertes Konto so gelesen, wie es ist. Es wurde nichts geändert.
oauth-error-unfinished = Die Anmeldung wurde nicht abgeschlossen
oauth-error-impossible = Die Anmeldung über Ihren Server ist hier nicht möglich
oauth-error-impossible-advice = Wählen Sie „Stattdessen Ihr Passwort verwenden“. Es wurde nichts geändert.
