## Wörter, die beide Oberflächen sagen: Anzahlen, Wartezeiten, die Schritte eines Umzugs, die Checkliste danach.

blobs-count = { $count ->
    [one] { $count } Blob
   *[other] { $count } Blobs
}

## Wartezeiten: wann sie enden, in der Zeitzone der Person.

wait-until-today = bis { $clock } Uhr (in { $rounded })
wait-until-tomorrow = bis morgen, { $day }. { $month }, { $clock } Uhr (in { $rounded })
wait-until-day = bis { $weekday }, { $day }. { $month }, { $clock } Uhr (in { $rounded })
wait-pace = im Tempo dieses Servers ({ $requests } Anfragen { $per }) brauchen die { $left } noch ausstehenden Blobs { $rounded }
wait-per-days = { $count ->
    [one] pro Tag
   *[other] alle { $count } Tage
}
wait-per-hours = { $count ->
    [one] pro Stunde
   *[other] alle { $count } Stunden
}
wait-per-minutes = { $count ->
    [one] pro Minute
   *[other] alle { $count } Minuten
}
wait-per-seconds = { $count ->
    [one] pro Sekunde
   *[other] alle { $count } Sekunden
}
about-seconds = wenige Sekunden
about-minutes = { $count ->
    [one] etwa { $count } Minute
   *[other] etwa { $count } Minuten
}
about-hours = { $count ->
    [one] etwa { $count } Stunde
   *[other] etwa { $count } Stunden
}
about-days = { $count ->
    [one] etwa { $count } Tag
   *[other] etwa { $count } Tage
}
month-1 = Jan.
month-2 = Feb.
month-3 = März
month-4 = Apr.
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = Aug.
month-9 = Sept.
month-10 = Okt.
month-11 = Nov.
month-12 = Dez.
weekday-1 = Mo.
weekday-2 = Di.
weekday-3 = Mi.
weekday-4 = Do.
weekday-5 = Fr.
weekday-6 = Sa.
weekday-7 = So.

## Die Schritte eines Umzugs, als „was der Schritt tut“.

step-create-account = das Konto auf dem neuen PDS anlegen (deaktiviert)
step-import-repo = das Repository kopieren (Einträge)
step-blobs = die Blobs kopieren (Bilder, Videos)
step-preferences = die Einstellungen kopieren
step-request-plc-token = den alten PDS bitten, den Code für die Identitätsänderung zu mailen
step-plc-operation = die DID auf den neuen PDS zeigen lassen (signierte PLC-Operation)
step-activate-new = das Konto auf dem neuen PDS aktivieren
step-deactivate-old = das Konto auf dem alten PDS deaktivieren
step-request-plc-token-did-web = kopieren, was das alte Konto inzwischen dazubekommen hat
step-plc-operation-did-web = die DID auf den neuen PDS zeigen lassen (Sie veröffentlichen ihre did.json)
deactivated-by-password = von Tektite, mit dem Passwort des alten Kontos
old-deactivated = Das alte Konto auf { $pds } wurde deaktiviert, { $how }.
deactivated-on-account-page = von Ihnen, auf der Kontoseite des alten Servers

## Die Checkliste nach einem Umzug: Sicherheitstexte, das Dringendste zuerst.

todo-sign-in-again = Melden Sie sich in jeder App ab und als { $new_handle } wieder an
todo-sign-in-again-detail = Apps halten noch eine Sitzung des alten PDS; bis Sie sich ab- und wieder anmelden, scheitern sie mit Fehlern wie „jwt signature does not match jwt issuer“. Melden Sie sich in bsky.app und anderen Apps mit Ihrem Handle an und wählen Sie, falls gefragt, „anderer Hosting-Anbieter“.
todo-new-password = Nutzen Sie das Passwort des neuen Kontos
todo-new-password-detail = Ihr Passwort ist jetzt das, das Sie für das neue Konto auf { $new_pds } gewählt haben. Ist es dasselbe wie das alte, landet eine App, die sich beim alten Server anmeldet, im deaktivierten alten Konto, das leer aussieht und nicht posten kann: Halten Sie die beiden Passwörter verschieden.
todo-keep-key-offline = Bewahren Sie Ihren Wiederherstellungsschlüssel offline auf
todo-keep-key-offline-detail = { $did_key } ist der erste Rotationsschlüssel Ihrer Identität; sein privater Schlüssel liegt { $whereabouts }. Damit können Sie Ihre Identität zu einem anderen PDS umziehen, selbst wenn der neue verschwindet. Bewahren Sie eine Kopie offline auf und fügen Sie den privaten Schlüssel nie in eine Website ein.
todo-consider-key = Denken Sie an einen Wiederherstellungsschlüssel
todo-consider-key-detail = Sie halten keinen eigenen Rotationsschlüssel: Nur der neue PDS kann Ihre Identität ändern. Mit einem Wiederherstellungsschlüssel können Sie ihn verlassen, selbst wenn er verschwindet.
todo-old-deactivated = Das alte Konto ist deaktiviert, nicht gelöscht
todo-old-deactivated-detail = { $old_account } auf { $old_pds } behält seine Daten, deaktiviert. Warten Sie mindestens 72 Stunden, bevor Sie es löschen; zum Löschen melden Sie sich dort an und beantragen die Löschung (manche Anbieter, darunter bsky.social, lehnen das Löschen eines umgezogenen Kontos womöglich ab: Fragen Sie dann deren Support).
todo-old-account = Das alte Konto
todo-undo-window = 72 Stunden, um eine ungewollte Identitätsänderung rückgängig zu machen
todo-undo-window-detail = 72 Stunden lang lässt das PLC-Verzeichnis einen Schlüssel, der in der vorherigen Liste der Rotationsschlüssel weiter oben stand, eine Änderung überstimmen. Ihr eigener Wiederherstellungsschlüssel, falls Sie einen haben, hat Vorrang vor den Schlüsseln des PDS.
todo-app-passwords = App-Passwörter sind nicht mit umgezogen
todo-app-passwords-detail = Bots, Clients und Dienste, die App-Passwörter nutzten, brauchen neue, erstellt auf dem neuen PDS.
key-whereabouts-kept = dort, wo Sie ihn aufbewahren
key-whereabouts-file = in { $path }

## Der Blick von außen auf das neue Konto nach einem Umzug.

look-handle-resolves = { $handle } verweist auf Ihre DID
look-handle-elsewhere = es verweist auf { $other }: Der DNS-Eintrag oder die .well-known-Datei des Handles nennt ein anderes Konto
look-handle-by-pds = { $found }, laut dem neuen PDS, der das Handle bereitstellt
look-handle-both-failed = { $error }; der neue PDS: { $pds_error }
look-document-names = Ihr DID-Dokument nennt den neuen PDS und das Handle
look-document-names-pds = es nennt { $pds }
look-document-no-pds = es nennt keinen PDS
look-document-names-handle = es nennt das Handle { $handle }
look-document-no-handle = es nennt kein Handle
look-repo-served = Der neue PDS stellt Ihr Repository bereit
look-repo-served-as = als { $handle }

## Was eine Anmeldung auf der eigenen Seite des Servers Tektite erlaubt („Tektite darf …“).

oauth-purpose-backup = Ihr Konto lesen (Ihre Beiträge, Medien und Einstellungen); nichts wird geändert
oauth-purpose-protect = Ihre Identität ändern (um Ihren Wiederherstellungsschlüssel hinzuzufügen), nach dem Code, den Ihr Server Ihnen mailt
oauth-purpose-move = Ihr Konto auf dem neuen Server anlegen, Ihre Identität dorthin umziehen (nach dem Code, den Ihr Server Ihnen mailt) und Ihre Einstellungen kopieren
oauth-purpose-read = Ihr Konto lesen; nichts wird geändert

## Zahlen in Worten. $size ist bereits so geschrieben, wie die Sprache Größen schreibt.

format-rate = { $size }/s
format-seconds = { $s } s
format-minutes-seconds = { $m } min { $s } s
format-hours-minutes = { $h } h { $m } min
format-just-now = gerade eben
format-minutes-ago = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
}
format-hours-ago = { $count ->
    [one] vor { $count } Stunde
   *[other] vor { $count } Stunden
}
format-yesterday = gestern
format-days-ago = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}

## Fehler in Worten: was passiert ist (der Titel) und was zu tun ist (der Rat). Was der Server sagte,
## bleibt in seinen eigenen Worten unter „Technische Details“.

error-browser-network = der Browser meldet einen CORS-/Netzwerkfehler: Der PDS oder ein Proxy hat die Verbindung abgebrochen
error-no-server-web = Unter { $host } hat kein Server geantwortet (oder er lässt Webseiten nicht fragen): Prüfen Sie die Adresse
error-no-server = Unter { $host } hat kein Server geantwortet: Prüfen Sie die Adresse
error-not-a-pds = { $host } hat geantwortet, ist aber kein PDS (es kennt describeServer nicht): Prüfen Sie die Adresse
error-storage = Lokaler Speicher ist nicht verfügbar
error-storage-web = Erlauben Sie dieser Website, Daten zu speichern (private Fenster und manche Datenschutzeinstellungen verhindern das), und versuchen Sie es dann erneut. Die Desktop-App und das Kommandozeilenwerkzeug speichern ihre Daten in gewöhnlichen Dateien.
error-storage-desktop = Prüfen Sie, ob Ihr Home-Ordner beschreibbar ist und freien Platz hat, und versuchen Sie es dann erneut.
error-kept = Jeder abgeschlossene Schritt bleibt erhalten: Drücken Sie „Erneut versuchen“, um dort weiterzumachen, wo es aufgehört hat.
error-2fa = Der alte PDS verlangt einen Anmeldecode
error-2fa-advice = Er hat einen Code an die Adresse des Kontos gemailt. Gehen Sie zurück, geben Sie ihn unter „Anmeldecode“ ein und fahren Sie fort. Es wurde nichts geändert.
error-different-accounts = Das sind zwei verschiedene Konten
error-different-accounts-advice = Melden Sie sich auf beiden Servern bei derselben Identität (DID) an: auf dem neuen PDS bei dem Konto, das für diesen Umzug angelegt wurde.
error-sign-in-bad-input = Auf keinem der beiden Server wurde etwas geändert. Korrigieren Sie das Formular und versuchen Sie es erneut.
error-sign-in-unreachable-web = Auf keinem der beiden Server wurde etwas geändert. Prüfen Sie die Adresse. Stimmt sie, ist der Server vielleicht nicht erreichbar, oder ein vorgeschalteter Proxy hat ohne CORS-Header geantwortet (Browser verbergen dann die Antwort). Versuchen Sie es später erneut, oder nutzen Sie die Desktop-App oder das Kommandozeilenwerkzeug, die CORS nicht betrifft.
error-sign-in-unreachable = Auf keinem der beiden Server wurde etwas geändert. Prüfen Sie die Adresse; stimmt sie, ist der Server vielleicht nicht erreichbar: Versuchen Sie es später erneut.
error-wrong-password = { $side ->
    [old] Der alte PDS hat das Passwort nicht angenommen
   *[new] Der neue PDS hat das Passwort nicht angenommen
}
error-unknown-handle = { $side ->
    [old] Der alte PDS kennt { $handle } nicht
   *[new] Der neue PDS kennt { $handle } nicht
}
error-not-on-server = { $side ->
    [old] Das Konto ist nicht auf dem alten PDS
   *[new] Das Konto ist nicht auf dem neuen PDS
}
error-no-account-found = Für { $handle } wurde kein Konto gefunden
error-identity = Die Identität des Kontos konnte nicht nachgeschlagen werden
error-unreachable = { $side ->
    [old] Der alte PDS war nicht erreichbar
   *[new] Der neue PDS war nicht erreichbar
}
error-sign-in = { $side ->
    [old] Anmeldung beim alten PDS nicht möglich
   *[new] Anmeldung beim neuen PDS nicht möglich
}
error-invite = Der neue PDS braucht einen Einladungscode
error-invite-advice = Bitten Sie den Betreiber des neuen PDS um einen Einladungscode, tragen Sie ihn ins Formular ein und versuchen Sie es erneut. Es wurde nichts geändert.
error-handle-not-ready = Das neue Handle ist nicht bereit
error-handle-not-ready-advice = Richten Sie { $handle } wie beschrieben ein oder wählen Sie ein anderes Handle. Es wurde nichts geändert.
error-handle-not-ready-domains = Gehen Sie zurück und wählen Sie ein Handle unter { $domains }, oder richten Sie { $handle } wie beschrieben ein. Es wurde nichts geändert.
error-code-expired = Der Code ist abgelaufen
error-code-wrong = Dieser Code stimmt nicht
error-code-expired-advice = Ein neuer Code wurde gemailt: Geben Sie diesen ein. Ihre Identität ist noch nicht umgezogen.
error-code-wrong-advice = Prüfen Sie die E-Mail und geben Sie den Code erneut ein. Ihre Identität ist noch nicht umgezogen.
error-unmovable = { $count ->
    [one] Ein Blob kann nie umgezogen werden
   *[other] { $count } Blobs können nie umgezogen werden
}
error-unmovable-advice = Ihre Identität ist nicht umgezogen: Das alte Konto funktioniert weiter. Diese Blobs fehlen auf dem alten PDS oder sind größer, als der neue PDS annimmt, daher kann kein späterer Lauf sie umziehen. Um ohne sie umzuziehen, führen Sie tektite-cli migrate mit --accept-missing-blobs aus; oder bitten Sie den Betreiber des neuen PDS, sein Upload-Limit anzuheben.
error-blobs-incomplete = Einige Blobs sind noch nicht auf dem neuen PDS
error-blobs-incomplete-advice = Ihre Identität ist nicht umgezogen: Das alte Konto funktioniert weiter. { $kept } Blobs, die erneut scheitern, stehen im Protokoll.
error-locked = Ein anderer Lauf arbeitet an diesem Konto
error-locked-advice = Ein anderer Tab, ein anderes Fenster oder die Kommandozeile läuft für dieses Konto. Lassen Sie ihn fertig werden (oder schließen Sie ihn) und machen Sie dann hier weiter: Es wurde nichts geändert, und nichts geht verloren.
error-new-account-refused = Der neue PDS hat das neue Konto abgelehnt
error-new-account-refused-advice = Korrigieren Sie das Formular (Handle, E-Mail, Passwort, Einladungscode) und versuchen Sie es erneut.
error-move-stopped = Der Umzug wurde angehalten
key-whereabouts-downloads = im Download-Ordner Ihres Browsers

## Warum die Blob-Strategie gewählt wurde und wie lange die Blobs dauern (der Plan).

why-nothing-missing = auf dem neuen PDS fehlt nichts
why-too-many = { $count } Blobs sind mehr als { $most }: Streaming zieht sie ohne lokale Kopien um, mit gleichbleibendem Speicher
why-sizes-unknown = die Größen der Blobs sind unbekannt, daher lässt sich der Cache nicht bemessen: Streaming braucht keinen Cache
why-space-unknown = der freie Platz im Cache ließ sich nicht messen: Streaming braucht keinen Cache
why-fits-twice = { $count } Blobs ({ $size }) passen zweimal in die { $space } freien Cache-Platzes: Jeder Blob wird geprüft und lokal behalten, sodass ein gescheiterter Upload ihn nie erneut herunterlädt
why-fits-twice-memory = { $count } Blobs ({ $size }) passen zweimal in die { $space } freien Cache-Platzes, { $memory } Arbeitsspeicher frei: Jeder Blob wird geprüft und lokal behalten, sodass ein gescheiterter Upload ihn nie erneut herunterlädt
why-unreliable = das Netzwerk war unzuverlässig, und die { $space } freien Cache-Platzes fassen die { $size } an Blobs: Lokale Kopien vermeiden wiederholte Downloads
why-too-little-space = die { $space } freien Cache-Platzes sind weniger als das Doppelte der { $size } an Blobs: Streaming braucht keinen Cache
time-transfer = etwa { $time } bei 10 MiB/s
time-days = etwa { $days } Tage: Ein PDS nimmt meist { $per_day } Uploads pro Tag an, daher pausiert der Umzug und geht von selbst weiter (oder setzen Sie ihn am nächsten Tag fort)
time-days-transfer = etwa { $days } Tage: Ein PDS nimmt meist { $per_day } Uploads pro Tag an, daher pausiert der Umzug und geht von selbst weiter (oder setzen Sie ihn am nächsten Tag fort); die Übertragung selbst { $transfer }
time-unknown = unbekannt, bis die Größen gemessen sind

## Die Schritte einer Wiederherstellung.

restore-step-point-identity = den Wiederherstellungsschlüssel für die Identität signieren lassen
restore-step-create-account = das Konto auf dem neuen PDS anlegen
restore-step-import-repo = das Repository aus der Sicherung importieren
restore-step-blobs = die Blobs aus der Sicherung hochladen
restore-step-preferences = die Einstellungen wiederherstellen
restore-step-move-identity = die Identität auf den neuen PDS zeigen lassen
restore-step-activate = das Konto auf dem neuen PDS aktivieren

## Der Plan, wie die CLI ihn ausgibt: eine Spalte Bezeichnungen, dann der Wert.

plan-print-title = Umzugsplan für { $did }
plan-print-from = von
plan-print-to = nach
plan-print-missing = fehlende Blobs
plan-print-missing-value = { $missing } (der alte PDS hält { $inventory }, { $present } fehlen nicht)
plan-print-cached = im Cache
plan-print-cached-value = { $count } geprüfte Kopien aus einem früheren Lauf
plan-print-size = Gesamtgröße
plan-print-time = Zeit
plan-print-memory = freier Speicher
plan-print-cache = Cache frei
plan-print-unknown-location = unbekannter Ort
plan-print-quota = Cache-Kontingent
plan-print-network = Netzwerk
plan-print-strategy = Strategie
plan-print-strategy-forced = { $strategy } (erzwungen)
plan-print-why = warum
plan-print-buffers = Puffer
plan-print-memory-needed = Speicherbedarf
plan-print-memory-needed-value = etwa { $size } für Puffer
plan-print-uploads = Uploads

## Notizen, die ein Umzug unterwegs macht.

note-no-document = das DID-Dokument von { $did } ließ sich nicht lesen; es geht ohne weiter
note-plc-already = das DID-Dokument zeigt schon auf den neuen PDS
note-old-deactivated = { $pds } zeigt das alte Konto als deaktiviert
note-account-exists-active = das Konto besteht schon auf dem neuen PDS (aktiv); dort angemeldet
note-account-exists-deactivated = das Konto besteht schon auf dem neuen PDS (deaktiviert); dort angemeldet
note-accepted-lost = als verloren akzeptiert, wie von Ihnen gewählt: { $cids }
note-no-preferences = der alte PDS liefert keine Einstellungen (kein App View eingerichtet); nichts zu kopieren
note-preferences-copied = { $count ->
    [one] { $count } Einstellung kopiert
   *[other] { $count } Einstellungen kopiert
}
note-new-records = { $count ->
    [one] { $count } neuer Eintrag im alten Konto seit Beginn des Umzugs: kopiert
   *[other] { $count } neue Einträge im alten Konto seit Beginn des Umzugs: kopiert
}
note-did-web-no-code = eine did:web braucht keinen gemailten Code: Sie veröffentlichen stattdessen ihr neues DID-Dokument
note-did-web-published = { $url } nennt den neuen PDS, seinen Schlüssel und das neue Handle
note-entryway = angemeldet bei { $signed_in_at }; die Daten des Kontos liegen auf { $pds }, mit dem Tektite ab jetzt spricht

## Was die nicht umkehrbaren Schritte tun werden (die Bestätigung, die Übersicht der CLI).

irreversible-plc = die DID { $did } wird auf { $pds } zeigen (Handle { $handle }): Alle Welt sucht das Konto dann dort
irreversible-did-web = Sie lassen die DID { $did } auf { $pds } zeigen (Handle { $handle }), indem Sie das DID-Dokument veröffentlichen, das Tektite Ihnen zeigt: Alle Welt sucht das Konto dann dort
irreversible-did-web-catch-up = was das alte Konto inzwischen dazubekommen hat, wird ein letztes Mal kopiert (eine did:web braucht keinen gemailten Code)
irreversible-deactivate = das Konto wird auf { $pds } deaktiviert

## Was dem veröffentlichten Dokument einer did:web noch fehlt.

did-web-unreadable = { $url } ließ sich nicht lesen
did-web-lacks-pds = der Dienst #atproto_pds muss { $pds } sein (er ist { $now })
did-web-lacks-pds-missing = der Dienst #atproto_pds muss { $pds } sein (er fehlt)
did-web-lacks-key = die Verifizierungsmethode #atproto muss der Multikey { $key } sein (sie ist { $now })
did-web-lacks-key-missing = die Verifizierungsmethode #atproto muss der Multikey { $key } sein (sie fehlt oder ist kein Multikey)
did-web-lacks-handle = alsoKnownAs muss at://{ $handle } nennen
