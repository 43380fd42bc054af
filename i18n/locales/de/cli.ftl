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
cli-old-deactivated = Das alte Konto auf { $pds } wurde deaktiviert, { $how }.
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
