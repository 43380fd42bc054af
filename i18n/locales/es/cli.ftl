## Las líneas de la CLI para personas. La salida de `--json` nunca se traduce.

cli-interrupted = interrumpido: { $kept }; vuelva a ejecutar el mismo comando para continuar
cli-kept-steps = cada paso terminado está guardado
cli-secret-unreadable = no se pudo leer la { $what }: { $error }
cli-secret-missing = falta la { $what }: defina { $var } (los secretos nunca se toman de la línea de comandos)
cli-what-password = contraseña
cli-what-new-password = contraseña de la cuenta nueva
cli-prompt-password = Contraseña de { $id }:{" "}
cli-prompt-new-password = Contraseña de la cuenta nueva { $handle } en { $pds }:{" "}
cli-local-storage = almacenamiento local: { $error }

## Inicio de sesión en la propia página del servidor (--oauth). La primera línea queda en inglés: la leen scripts.

cli-oauth-open = Open this address to sign in: { $url }
cli-oauth-allowed = (Tektite podrá { $what }.)
cli-oauth-no-browser = Aquí no se pudo abrir ningún navegador: abra la dirección de arriba en cualquier navegador de este equipo.

## Progreso del paso de los blobs.

cli-bar-blobs = blobs
cli-bar-left = restante
cli-progress-counts = { $done } de { $total } blobs, { $percent } %
cli-progress-copied = copiado { $cid } ({ $size }) · { $counts }
cli-progress-copied-cached = copiado { $cid } ({ $size }) desde la caché local · { $counts }
cli-progress-failed = FALLÓ { $cid }: { $message }
cli-rate-limited = { $host } está limitando las solicitudes: esperando { $until } ({ $who })
cli-rate-limited-stated = como pidió el servidor
cli-rate-limited-default = el servidor no dijo cuánto; espera por defecto
cli-rate-limited-may-stop = . Puede detenerse ahora (Ctrl-C) y ejecutar el mismo comando después: no se pierde nada de lo hecho
cli-session-renewed = sesión renovada en { $host }
cli-concurrency = { $count } blobs a la vez: { $reason }
cli-retrying-blob = blob { $cid }: { $reason }; intento { $attempt } en { $seconds } s
cli-retrying-request = solicitud: { $reason }; intento { $attempt } en { $seconds } s
cli-state-not-saved = AVISO: no se pudo guardar el progreso ({ $detail }); la transferencia sigue, pero una ejecución posterior puede repetir trabajo: arregle la carpeta indicada con --state-dir
cli-cache-full = la caché local está llena ({ $detail }): el blob { $cid } va directamente al nuevo PDS; libere espacio en la carpeta indicada con --cache-dir para conservar copias verificadas

## migrate: los pasos, el resumen, las esperas, el final.

cli-step-started = [{ $step }] { $description }…
cli-step-done = [{ $step }] hecho
cli-new-recovery-key = Hay una clave de recuperación nueva en { $path }: guarde ese archivo sin conexión y en secreto. Su mitad pública, { $key }, va primera en su documento DID.
cli-prompt-2fa = El PDS antiguo envió un código de inicio de sesión por correo; escríbalo:{" "}
cli-summary-title = Mudanza de la cuenta { $did }
cli-summary-from = {"  "}desde       { $pds }
cli-summary-from-handle = {"  "}desde       { $pds } ({ $handle })
cli-summary-to = {"  "}a           { $pds } ({ $pds_did }), identificador { $handle }, correo { $email }
cli-summary-did-at = {"  "}DID ahora en { $pds }
cli-summary-counts = {"  "}el nuevo PDS tiene { $records } registros, { $imported } de { $expected } blobs, faltan { $missing }
cli-summary-steps = {"  "}pasos hechos { $steps }
cli-summary-no-steps = ninguno
cli-summary-irreversible = {"  "}IRREVERSIBLE: { $line }
cli-summary-lost = {"  "}PERDIDO (aceptado): blob { $cid }
cli-summary-rotation-keys = {"  "}claves de rotación tras la mudanza (quién puede cambiar la identidad, gana la primera):
cli-unknown-count = ?
cli-waiting-deactivation = la cuenta vive ahora en { $new_pds }; la cuenta antigua en { $old_pds } sigue activa, y un inicio de sesión a través de su servidor quizá no pueda desactivarla. Desactívela usted en { $page } (inicie sesión allí, «Desactivar») y vuelva a ejecutar el mismo comando; o vuelva a ejecutarlo con TEKTITE_FROM_PASSWORD definida y Tektite la desactivará con la contraseña solo para esa llamada
cli-needs-yes = los datos y los blobs están completos; los pasos siguientes son irreversibles: vuelva a ejecutar con --yes para confirmarlos
cli-confirm-prompt = ¿Mover la identidad al nuevo PDS y desactivar la cuenta antigua? Escriba «sí»:{" "}
# Lo que la persona escribe para confirmar; una sola palabra corta.
cli-confirm-word = sí
cli-not-confirmed = no confirmado; no se hizo nada irreversible (vuelva a ejecutar para continuar)
cli-did-web-press-enter = Pulse Intro cuando el documento esté publicado (Ctrl-C detiene; ejecutarlo de nuevo continúa):{" "}
cli-did-web-stopped = detenido; vuelva a ejecutar cuando el documento DID esté publicado
cli-plc-token-sent-now = El PDS antiguo acaba de enviar un código de confirmación a la dirección actual de la cuenta (la cuenta nueva usa { $email }); es válido { $until }.
cli-plc-token-sent-before = El PDS antiguo ya envió un código de confirmación a la dirección actual de la cuenta (la cuenta nueva usa { $email }); es válido { $until }.
cli-plc-token-prompt = Código del correo:{" "}
cli-plc-token-none = no se dio ningún código; vuelva a ejecutar para continuar
cli-plc-token-waiting-now = el PDS antiguo acaba de enviar un código de confirmación, válido { $until }: vuelva a ejecutar con TEKTITE_PLC_TOKEN=… (el código del correo)
cli-plc-token-waiting-before = el PDS antiguo ya envió un código de confirmación, válido { $until }: vuelva a ejecutar con TEKTITE_PLC_TOKEN=… (el código del correo)
cli-moved = La cuenta { $did } vive ahora en { $pds } como { $handle }.
cli-did-web-intro = { $did } es un did:web: se mueve publicando su documento DID en { $url }.
cli-did-web-must-name = El documento publicado debe nombrar:
cli-did-web-lacking = Aún falta:
cli-did-web-whole = El documento completo que publicar (sus demás entradas se conservan):
cli-todo-title = Qué hacer ahora:
cli-look-title = La cuenta nueva como la ven los demás:
cli-look-ok = ok
cli-look-fail = FALLO
cli-look-cached = {"  "}Los identificadores y los documentos DID se guardan en caché un tiempo; vuelva a mirar dentro de unos minutos con el mismo comando.

## status

cli-status-none = No hay mudanzas guardadas en { $dir }.
cli-status-done = {"  "}hecho: { $steps }
cli-status-nothing-yet = nada aún
cli-status-next = {"  "}siguiente: { $step } — { $description }
cli-status-complete = {"  "}completa
cli-status-waiting = {"  "}esperando: { $host } limita las solicitudes { $until }; ejecute el mismo comando después, no se pierde nada de lo hecho
cli-status-backups = Copias de seguridad programadas:
cli-status-backup = { $account }  { $every } en { $folder }
cli-status-last-run = {"  "}última ejecución: { $at } ({ $result }): { $said }
cli-status-last-run-left-out = {"  "}última ejecución: { $at } ({ $result }): { $said }; omitido: { $left_out }
cli-status-run-complete = completa
cli-status-run-failed = FALLÓ
cli-status-no-run = {"  "}aún ninguna ejecución

## blobs y plan

cli-kept-blobs = los blobs terminados y las copias verificadas de la caché se conservan
cli-prompt-password-on = Contraseña de { $id } en { $pds }:{" "}
cli-note = Nota: { $note }.
cli-listing-failed = listando los blobs: { $error }
cli-blobs-summary = { $migrated } blobs migrados ({ $size }), { $cached } desde la caché local, { $failed } fallidos, { $present } ya presentes; { $seconds } s
cli-blob-failed = {"  "}falló { $cid }: { $message }
cli-misses-none = Al nuevo PDS no le falta ningún blob.
cli-still-misses = { $count ->
    [one] Al nuevo PDS aún le falta { $count } blob; vuelva a ejecutar el mismo comando para reintentarlo.
   *[other] Al nuevo PDS aún le faltan { $count } blobs; vuelva a ejecutar el mismo comando para reintentarlos.
}
cli-check-failed = no se pudo comprobar qué le falta aún al nuevo PDS: { $error }
cli-folder-cache = de la caché
cli-folder-state = del estado para reanudar
cli-folder-unusable = no se puede usar la carpeta { $what } ({ $error }); corrija sus permisos o libere espacio, o elija otra carpeta con { $flag }. No se envió nada.

## backup

cli-backup-folder-unusable = no se puede usar la carpeta de la copia { $place } ({ $error }); elija otra carpeta
cli-backup-folder-bad = no se puede usar la carpeta de la copia { $place } ({ $error })
cli-not-a-backup = { $path } no es una carpeta de copia ni un archivo de copia (.tar)
cli-kept-backup = los blobs guardados hasta ahora se conservan y no se vuelven a traer
cli-unschedule-needs-out = --unschedule necesita --out DIR
cli-backup-needs-args = para hacer una copia hacen falta --from-id y --out (o --verify DIR para comprobar una copia)
cli-last-run-unwritten = no se pudo escribir { $file } en { $place }: { $error }
cli-prompt-backup-password = Contraseña de { $id } (pulse solo Intro para copiar solo lo público):{" "}
cli-backup-deactivated = { $did } está desactivada en { $pds }: una cuenta desactivada solo se muestra sus datos a sí misma, así que no se puede copiar sin iniciar sesión; defina TEKTITE_FROM_PASSWORD (la copia anterior se conserva)
cli-backing-up = Copiando { $who } desde { $pds } en { $place }
cli-backing-up-public = Copiando { $who } desde { $pds } en { $place } sin iniciar sesión (lo que la cuenta muestra a cualquiera)
cli-bar-backup = copia
cli-backup-kept = { $error } (la copia anterior de la carpeta se conserva)
cli-backup-kept-retry = { $error } (la copia anterior se conserva; la siguiente ejecución lo vuelve a intentar)
cli-backed-up = Copia hecha: { $count } blobs ({ $size }), revisión del repositorio { $rev }.
cli-backup-updated = Copia puesta al día: { $count } blobs ({ $size }), revisión del repositorio { $rev }.
cli-backup-updated-unchanged = Copia puesta al día: { $count } blobs ({ $size }), revisión del repositorio { $rev } (sin cambios).
cli-backup-downloaded = {"  "}descargados { $count } blobs ({ $size }), conservados { $kept } que ya estaban en la carpeta (con hash recalculado)
cli-backup-downloaded-repaired = {"  "}descargados { $count } blobs ({ $size }), conservados { $kept } que ya estaban en la carpeta (con hash recalculado), { $repaired } copias dañadas traídas de nuevo
cli-backup-no-longer = {"  "}{ $count } blobs de la copia anterior ya no están en la cuenta; sus archivos se quedan en la carpeta
cli-backup-not-saved = {"  "}NO GUARDADO: blob { $cid }: { $why }
cli-backup-left-out = {"  "}omitido sin iniciar sesión: { $what }
cli-backup-written = {"  "}documento DID y manifest.json escritos
cli-backup-written-preferences = {"  "}preferencias, documento DID y manifest.json escritos
cli-backup-written-history = {"  "}documento DID, historial PLC y manifest.json escritos
cli-backup-written-all = {"  "}preferencias, documento DID, historial PLC y manifest.json escritos
cli-backup-incomplete = La copia está incompleta: la anterior de la carpeta se conserva tal cual; vuelva a ejecutar el mismo comando para traer lo que falta.
cli-scheduled = Programado: copia de { $did } en { $place } { $every } (sin iniciar sesión: todo menos las preferencias).
cli-timer-enabled = {"  "}el temporizador está activado; `tektite-cli status` muestra el resultado de cada ejecución
cli-timer-not-enabled = {"  "}systemd no lo activó ({ $why }): ejecute `{ $command }` en su sesión
cli-no-schedule = No hay ninguna copia programada en { $place }.
cli-removed = Eliminado: { $file }
cli-verified = Copia de { $did } hecha { $taken }: { $count } blobs y el repositorio comprobados ({ $size }).
cli-damaged = {"  "}DAÑADO: { $name }: { $why }
cli-intact = Cada archivo coincide con el manifiesto.
cli-problems = { $count ->
    [one] { $count } problema: vuelva a copiar en la carpeta para traer de nuevo el archivo dañado.
   *[other] { $count } problemas: vuelva a copiar en la carpeta para traer de nuevo los archivos dañados.
}

## recovery-key add

cli-kept-protect = no se cambió nada, salvo que el directorio PLC ya muestre la clave
cli-not-a-did-key = `{ $key }` no es un did:key (did:key:z…)
cli-new-key-file = Hay una clave de recuperación nueva en { $path }: guarde ese archivo sin conexión y en secreto.
cli-protect-needs-key = indique --out FILE (una clave nueva) o --key did:key:…
cli-protect-code-sent = { $pds } envió un código a la dirección de la cuenta. Vuelva a ejecutar el mismo comando con TEKTITE_PLC_TOKEN=<el código> para añadir { $key } (el código vale 15 minutos).
cli-key-was-first = { $key } ya era la primera clave de rotación de { $did }. Sus claves de rotación, gana la primera:
cli-key-is-first = { $key } es ahora la primera clave de rotación de { $did }. Sus claves de rotación, gana la primera:
cli-keep-key-file = Guarde el archivo de la clave sin conexión y en secreto: con él y una copia (`tektite-cli backup`), `tektite-cli restore` recupera la cuenta en un nuevo PDS aunque este haya desaparecido.
cli-not-a-key-file = { $path } existe y no es un archivo de clave de recuperación de Tektite; elija otro nombre de archivo

## restore

cli-no-handle = sin identificador
cli-restore-of = Restauración de { $did } ({ $handle }), copiada { $taken } desde { $pds }: { $count } blobs.
cli-restore-to = {"  "}a { $pds } como { $handle } ({ $email }), firmada con { $key }
cli-restore-irreversible = {"  "}IRREVERSIBLE: la identidad se cambia con su clave de recuperación; después nombra el nuevo PDS, y el PDS antiguo (si vuelve algún día) ya no puede cambiarla.
cli-restore-needs-yes = no confirmado: vuelva a ejecutar con --yes, o en un terminal para que se le pregunte
cli-restore-prompt = ¿Restaurar ahora? Escriba «sí»:{" "}
cli-restore-not-confirmed = no confirmado; no se cambió nada
cli-bar-restore = restaurar blobs
cli-restored = { $did } restaurada en { $pds } como { $handle }: { $count } blobs subidos en esta ejecución. La cuenta está activa; inicie sesión allí con la nueva contraseña.
cli-rotation-keys-now = Claves de rotación ahora (gana la primera):
