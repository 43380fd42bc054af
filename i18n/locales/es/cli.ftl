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
cli-old-deactivated = La cuenta antigua en { $pds } fue desactivada { $how }.
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
