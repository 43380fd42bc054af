## Die für Menschen lesbaren Zeilen der CLI. Die Ausgabe von `--json` wird nie übersetzt.

cli-interrupted = unterbrochen: { $kept }; führen Sie denselben Befehl erneut aus, um fortzufahren
cli-kept-steps = jeder abgeschlossene Schritt ist gespeichert
cli-secret-unreadable = { $what } konnte nicht gelesen werden: { $error }
cli-secret-missing = kein { $what }: Setzen Sie { $var } (Geheimnisse werden nie von der Kommandozeile genommen)
cli-what-password = Passwort
cli-what-new-password = Passwort für das neue Konto
cli-prompt-password = Passwort für { $id }:{" "}
cli-prompt-new-password = Passwort für das neue Konto { $handle } auf { $pds }:{" "}
cli-local-storage = lokaler Speicher: { $error }

## Anmeldung auf der eigenen Seite des Servers (--oauth). Die erste Zeile bleibt englisch: Skripte lesen sie.

cli-oauth-open = Open this address to sign in: { $url }
cli-oauth-allowed = (Tektite darf dann { $what }.)
cli-oauth-no-browser = Hier ließ sich kein Browser öffnen: Öffnen Sie die Adresse oben in einem beliebigen Browser auf diesem Rechner.

## Fortschritt des Blob-Schritts.

cli-bar-blobs = Blobs
cli-bar-left = übrig
cli-progress-counts = { $done } von { $total } Blobs, { $percent } %
cli-progress-copied = { $cid } kopiert ({ $size }) · { $counts }
cli-progress-copied-cached = { $cid } aus dem lokalen Cache kopiert ({ $size }) · { $counts }
cli-progress-failed = FEHLGESCHLAGEN { $cid }: { $message }
cli-rate-limited = { $host } begrenzt die Anfragen: Warten { $until } ({ $who })
cli-rate-limited-stated = wie vom Server verlangt
cli-rate-limited-default = der Server sagte nicht, wie lange; Standard-Wartezeit
cli-rate-limited-may-stop = . Sie können jetzt anhalten (Strg-C) und danach denselben Befehl ausführen: Nichts bisher Erledigte geht verloren
cli-session-renewed = Sitzung auf { $host } erneuert
cli-concurrency = { $count } Blobs gleichzeitig: { $reason }
cli-retrying-blob = Blob { $cid }: { $reason }; Versuch { $attempt } in { $seconds } s
cli-retrying-request = Anfrage: { $reason }; Versuch { $attempt } in { $seconds } s
cli-state-not-saved = WARNUNG: Der Fortschritt konnte nicht gespeichert werden ({ $detail }); die Übertragung läuft weiter, aber ein späterer Lauf wiederholt womöglich Arbeit: Reparieren Sie den mit --state-dir angegebenen Ordner
cli-cache-full = der lokale Cache ist voll ({ $detail }): Blob { $cid } geht stattdessen direkt zum neuen PDS; schaffen Sie Platz im mit --cache-dir angegebenen Ordner, um geprüfte Kopien zu behalten

## migrate: die Schritte, die Übersicht, das Warten, das Ende.

cli-step-started = [{ $step }] { $description } …
cli-step-done = [{ $step }] erledigt
cli-new-recovery-key = Ein neuer Wiederherstellungsschlüssel liegt in { $path }: Bewahren Sie diese Datei offline und geheim auf. Seine öffentliche Hälfte, { $key }, steht zuerst in Ihrem DID-Dokument.
cli-prompt-2fa = Der alte PDS hat einen Anmeldecode gemailt; geben Sie ihn ein:{" "}
cli-summary-title = Kontoumzug von { $did }
cli-summary-from = {"  "}von           { $pds }
cli-summary-from-handle = {"  "}von           { $pds } ({ $handle })
cli-summary-to = {"  "}nach          { $pds } ({ $pds_did }), Handle { $handle }, E-Mail { $email }
cli-summary-did-at = {"  "}DID jetzt bei { $pds }
cli-summary-counts = {"  "}der neue PDS hat { $records } Einträge, { $imported } von { $expected } Blobs, { $missing } fehlen
cli-summary-steps = {"  "}erledigt     { $steps }
cli-summary-no-steps = keine
cli-summary-irreversible = {"  "}UNUMKEHRBAR: { $line }
cli-summary-lost = {"  "}VERLOREN (akzeptiert): Blob { $cid }
cli-summary-rotation-keys = {"  "}Rotationsschlüssel nach dem Umzug (wer die Identität ändern darf, der erste gewinnt):
cli-unknown-count = ?
cli-waiting-deactivation = das Konto lebt jetzt auf { $new_pds }; das alte Konto auf { $old_pds } ist noch aktiv, und eine Anmeldung über seinen Server kann es womöglich nicht deaktivieren. Deaktivieren Sie es selbst auf { $page } (dort anmelden, „Deaktivieren“) und führen Sie denselben Befehl erneut aus; oder führen Sie ihn erneut mit gesetztem TEKTITE_FROM_PASSWORD aus, dann deaktiviert Tektite es mit dem Passwort für diesen einen Aufruf
cli-needs-yes = Daten und Blobs sind vollständig; die nächsten Schritte sind unumkehrbar: Führen Sie den Befehl erneut mit --yes aus, um sie zu bestätigen
cli-confirm-prompt = Die Identität zum neuen PDS umziehen und das alte Konto deaktivieren? Geben Sie „ja“ ein:{" "}
# Was die Person zur Bestätigung eintippt; ein kurzes Wort.
cli-confirm-word = ja
cli-not-confirmed = nicht bestätigt; nichts Unumkehrbares wurde getan (führen Sie den Befehl erneut aus, um fortzufahren)
cli-did-web-press-enter = Drücken Sie Enter, sobald das Dokument veröffentlicht ist (Strg-C hält an; ein erneuter Lauf macht weiter):{" "}
cli-did-web-stopped = angehalten; führen Sie den Befehl erneut aus, sobald das DID-Dokument veröffentlicht ist
cli-plc-token-sent-now = Der alte PDS hat gerade einen Bestätigungscode an die aktuelle Adresse des Kontos gemailt (das neue Konto nutzt { $email }); er gilt { $until }.
cli-plc-token-sent-before = Der alte PDS hat bereits einen Bestätigungscode an die aktuelle Adresse des Kontos gemailt (das neue Konto nutzt { $email }); er gilt { $until }.
cli-plc-token-prompt = Code aus der E-Mail:{" "}
cli-plc-token-none = kein Code eingegeben; führen Sie den Befehl erneut aus, um fortzufahren
cli-plc-token-waiting-now = der alte PDS hat gerade einen Bestätigungscode gemailt, gültig { $until }: Führen Sie den Befehl erneut mit TEKTITE_PLC_TOKEN=… aus (dem Code aus der E-Mail)
cli-plc-token-waiting-before = der alte PDS hat bereits einen Bestätigungscode gemailt, gültig { $until }: Führen Sie den Befehl erneut mit TEKTITE_PLC_TOKEN=… aus (dem Code aus der E-Mail)
cli-moved = Das Konto { $did } lebt jetzt auf { $pds } als { $handle }.
cli-did-web-intro = { $did } ist eine did:web: Sie ziehen sie um, indem Sie ihr DID-Dokument unter { $url } veröffentlichen.
cli-did-web-must-name = Das veröffentlichte Dokument muss nennen:
cli-did-web-lacking = Es fehlt noch:
cli-did-web-whole = Das ganze zu veröffentlichende Dokument (Ihre anderen Einträge bleiben):
cli-todo-title = Was jetzt zu tun ist:
cli-look-title = Das neue Konto, wie andere es sehen:
cli-look-ok = ok
cli-look-fail = FEHLER
cli-look-cached = {"  "}Handles und DID-Dokumente werden eine Weile zwischengespeichert; schauen Sie in ein paar Minuten mit demselben Befehl erneut nach.

## status

cli-status-none = Keine gespeicherten Umzüge in { $dir }.
cli-status-done = {"  "}erledigt: { $steps }
cli-status-nothing-yet = noch nichts
cli-status-next = {"  "}als Nächstes: { $step } — { $description }
cli-status-complete = {"  "}abgeschlossen
cli-status-waiting = {"  "}wartet: { $host } begrenzt Anfragen { $until }; führen Sie danach denselben Befehl aus, nichts bisher Erledigte geht verloren
cli-status-backups = Geplante Sicherungen:
cli-status-backup = { $account }  { $every } nach { $folder }
cli-status-last-run = {"  "}letzter Lauf: { $at } ({ $result }): { $said }
cli-status-last-run-left-out = {"  "}letzter Lauf: { $at } ({ $result }): { $said }; ausgelassen: { $left_out }
cli-status-run-complete = vollständig
cli-status-run-failed = FEHLGESCHLAGEN
cli-status-no-run = {"  "}noch kein Lauf

## blobs und plan

cli-kept-blobs = fertige Blobs und geprüfte Kopien im Cache bleiben erhalten
cli-prompt-password-on = Passwort für { $id } auf { $pds }:{" "}
cli-note = Hinweis: { $note }.
cli-listing-failed = Auflisten der Blobs: { $error }
cli-blobs-summary = { $migrated } Blobs umgezogen ({ $size }), { $cached } aus dem lokalen Cache, { $failed } fehlgeschlagen, { $present } schon vorhanden; { $seconds } s
cli-blob-failed = {"  "}fehlgeschlagen { $cid }: { $message }
cli-misses-none = Dem neuen PDS fehlen keine Blobs.
cli-still-misses = { $count ->
    [one] Dem neuen PDS fehlt noch { $count } Blob; führen Sie denselben Befehl erneut aus, um es noch einmal zu versuchen.
   *[other] Dem neuen PDS fehlen noch { $count } Blobs; führen Sie denselben Befehl erneut aus, um es noch einmal zu versuchen.
}
cli-check-failed = es ließ sich nicht prüfen, was dem neuen PDS noch fehlt: { $error }
cli-folder-cache = Cache
cli-folder-state = Fortsetzungsstand
cli-folder-unusable = der Ordner für { $what } ist nicht verwendbar ({ $error }); korrigieren Sie seine Rechte, schaffen Sie Platz oder wählen Sie mit { $flag } einen anderen Ordner. Es wurde nichts gesendet.

## backup

cli-backup-folder-unusable = der Sicherungsordner { $place } ist nicht verwendbar ({ $error }); wählen Sie einen anderen Ordner
cli-backup-folder-bad = der Sicherungsordner { $place } ist nicht verwendbar ({ $error })
cli-not-a-backup = { $path } ist weder ein Sicherungsordner noch ein Sicherungsarchiv (.tar)
cli-kept-backup = die bisher gesicherten Blobs bleiben erhalten und werden nicht erneut geholt
cli-unschedule-needs-out = --unschedule braucht --out DIR
cli-backup-needs-args = zum Sichern braucht es --from-id und --out (oder --verify DIR, um eine Sicherung zu prüfen)
cli-last-run-unwritten = { $file } konnte nicht in { $place } geschrieben werden: { $error }
cli-prompt-backup-password = Passwort für { $id } (nur Enter drücken, um nur das Öffentliche zu sichern):{" "}
cli-backup-deactivated = { $did } ist auf { $pds } deaktiviert: Ein deaktiviertes Konto zeigt seine Daten nur sich selbst, daher lässt es sich ohne Anmeldung nicht sichern; setzen Sie TEKTITE_FROM_PASSWORD (die vorherige Sicherung bleibt erhalten)
cli-backing-up = { $who } wird von { $pds } nach { $place } gesichert
cli-backing-up-public = { $who } wird von { $pds } nach { $place } gesichert, ohne Anmeldung (was das Konto allen zeigt)
cli-bar-backup = Sicherung
cli-backup-kept = { $error } (die vorherige Sicherung im Ordner bleibt erhalten)
cli-backup-kept-retry = { $error } (die vorherige Sicherung bleibt erhalten; der nächste Lauf versucht es erneut)
cli-backed-up = Gesichert: { $count } Blobs ({ $size }), Repository-Revision { $rev }.
cli-backup-updated = Sicherung aktualisiert: { $count } Blobs ({ $size }), Repository-Revision { $rev }.
cli-backup-updated-unchanged = Sicherung aktualisiert: { $count } Blobs ({ $size }), Repository-Revision { $rev } (unverändert).
cli-backup-downloaded = {"  "}{ $count } Blobs heruntergeladen ({ $size }), { $kept } schon im Ordner behalten (neu gehasht)
cli-backup-downloaded-repaired = {"  "}{ $count } Blobs heruntergeladen ({ $size }), { $kept } schon im Ordner behalten (neu gehasht), { $repaired } beschädigte Kopien erneut geholt
cli-backup-no-longer = {"  "}{ $count } Blobs der vorherigen Sicherung sind nicht mehr im Konto; ihre Dateien bleiben im Ordner
cli-backup-not-saved = {"  "}NICHT GESICHERT: Blob { $cid }: { $why }
cli-backup-left-out = {"  "}ohne Anmeldung ausgelassen: { $what }
cli-backup-written = {"  "}DID-Dokument und manifest.json geschrieben
cli-backup-written-preferences = {"  "}Einstellungen, DID-Dokument und manifest.json geschrieben
cli-backup-written-history = {"  "}DID-Dokument, PLC-Verlauf und manifest.json geschrieben
cli-backup-written-all = {"  "}Einstellungen, DID-Dokument, PLC-Verlauf und manifest.json geschrieben
cli-backup-incomplete = Die Sicherung ist unvollständig: Die vorherige im Ordner bleibt, wie sie war; führen Sie denselben Befehl erneut aus, um das Fehlende zu holen.
cli-scheduled = Geplant: { $did } wird { $every } nach { $place } gesichert (ohne Anmeldung: alles außer den Einstellungen).
cli-timer-enabled = {"  "}der Timer ist aktiviert; `tektite-cli status` zeigt das Ergebnis jedes Laufs
cli-timer-not-enabled = {"  "}systemd hat ihn nicht aktiviert ({ $why }): Führen Sie `{ $command }` in Ihrer Sitzung aus
cli-no-schedule = Keine geplante Sicherung nach { $place }.
cli-removed = Entfernt: { $file }
cli-verified = Sicherung von { $did }, erstellt { $taken }: { $count } Blobs und das Repository geprüft ({ $size }).
cli-damaged = {"  "}BESCHÄDIGT: { $name }: { $why }
cli-intact = Jede Datei stimmt mit dem Manifest überein.
cli-problems = { $count ->
    [one] { $count } Problem: Sichern Sie erneut in den Ordner, um die beschädigte Datei neu zu holen.
   *[other] { $count } Probleme: Sichern Sie erneut in den Ordner, um die beschädigten Dateien neu zu holen.
}

## recovery-key add

cli-kept-protect = nichts wurde geändert, es sei denn, das PLC-Verzeichnis führt den Schlüssel jetzt
cli-not-a-did-key = `{ $key }` ist keine did:key (did:key:z…)
cli-new-key-file = Ein neuer Wiederherstellungsschlüssel liegt in { $path }: Bewahren Sie diese Datei offline und geheim auf.
cli-protect-needs-key = geben Sie --out FILE (ein neuer Schlüssel) oder --key did:key:… an
cli-protect-code-sent = { $pds } hat einen Code an die Adresse des Kontos gemailt. Führen Sie denselben Befehl erneut mit TEKTITE_PLC_TOKEN=<der Code> aus, um { $key } hinzuzufügen (der Code gilt 15 Minuten).
cli-key-was-first = { $key } war schon der erste Rotationsschlüssel von { $did }. Seine Rotationsschlüssel, der erste gewinnt:
cli-key-is-first = { $key } ist jetzt der erste Rotationsschlüssel von { $did }. Seine Rotationsschlüssel, der erste gewinnt:
cli-keep-key-file = Bewahren Sie die Schlüsseldatei offline und geheim auf: Damit und mit einer Sicherung (`tektite-cli backup`) holt `tektite-cli restore` das Konto auf einen neuen PDS zurück, selbst wenn dieser weg ist.
cli-not-a-key-file = { $path } existiert und ist keine Schlüsseldatei von Tektite; wählen Sie einen neuen Dateinamen

## restore

cli-no-handle = kein Handle
cli-restore-of = Wiederherstellung von { $did } ({ $handle }), gesichert { $taken } von { $pds }: { $count } Blobs.
cli-restore-to = {"  "}nach { $pds } als { $handle } ({ $email }), signiert mit { $key }
cli-restore-irreversible = {"  "}UNUMKEHRBAR: Die Identität wird mit Ihrem Wiederherstellungsschlüssel geändert; danach nennt sie den neuen PDS, und der alte PDS (falls er je zurückkommt) kann sie nicht mehr ändern.
cli-restore-needs-yes = nicht bestätigt: Führen Sie den Befehl erneut mit --yes aus, oder in einem Terminal, um gefragt zu werden
cli-restore-prompt = Jetzt wiederherstellen? Geben Sie „ja“ ein:{" "}
cli-restore-not-confirmed = nicht bestätigt; es wurde nichts geändert
cli-bar-restore = Blobs wiederherstellen
cli-restored = { $did } auf { $pds } als { $handle } wiederhergestellt: { $count } Blobs in diesem Lauf hochgeladen. Das Konto ist aktiv; melden Sie sich dort mit dem neuen Passwort an.
cli-rotation-keys-now = Rotationsschlüssel jetzt (der erste gewinnt):
