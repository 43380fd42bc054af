## Las palabras de la app (src/ui, src/app).

language-label = Idioma
footer-license = Código abierto · MIT o Apache-2.0
footer-face-web = web
footer-face-desktop = escritorio

## La lista de pasos junto a cada pantalla.

rail-label = Pasos de la mudanza
rail-accounts = Cuentas
rail-target-pds = PDS de destino
rail-plan = Plan
rail-run = Ejecución
rail-identity = Identidad
rail-done = Hecho
rail-accounts-summary = Iniciar sesión en la cuenta que se muda
rail-target-pds-summary = Elegir el servidor al que se muda
rail-plan-summary = Revisar lo que se copiará
rail-run-summary = Copiar los blobs, verificados
rail-identity-summary = Apuntar su identidad al nuevo PDS (mudanza completa)
rail-done-summary = Comprobar el resultado y terminar
rail-account = Cuenta
rail-back-up = Copia
rail-confirm = Confirmar
rail-backup-and-key = Copia y clave
rail-check = Comprobar
rail-restore = Restaurar
rail-backup-accounts-summary = Iniciar sesión en la cuenta que copiar
rail-backup-run-summary = Guardar todo, cada archivo verificado
rail-backup-done-summary = Dónde está la copia, qué cambió
rail-protect-accounts-summary = Iniciar sesión, elegir su clave de recuperación
rail-protect-identity-summary = Escribir el código que envió el PDS
rail-protect-done-summary = Sus claves y qué guardar
rail-restore-accounts-summary = Su copia, su clave, el nuevo PDS
rail-restore-plan-summary = Lo que vuelve, firmado con su clave
rail-restore-run-summary = Identidad, cuenta, datos, blobs
rail-restore-done-summary = Iniciar sesión en el nuevo PDS
header-note = Mudanza de cuentas ATProto

## La página de inicio.

welcome-window-title = Tektite — mude, respalde y proteja su cuenta de Bluesky
welcome-eyebrow = Bluesky · ATProtocol
welcome-title = Mude su cuenta de Bluesky a un nuevo PDS
welcome-lead = Con los blobs, verificada y reanudable.
welcome-feature-blobs = Con los blobs
welcome-feature-blobs-text = Cada imagen y cada vídeo se mudan junto con sus publicaciones, seguidos y perfil.
welcome-feature-verified = Verificada
welcome-feature-verified-text = Cada blob se comprueba con su hash de contenido en el nuevo PDS antes de que su identidad se mude.
welcome-feature-resumable = Reanudable
welcome-feature-resumable-text = Si se corta la conexión o se cierra la ventana, siga donde lo dejó.
welcome-before = Antes de empezar
welcome-before-account = El identificador y la contraseña de la cuenta que se muda
welcome-before-server = La dirección del nuevo PDS, y un código de invitación si lo pide
welcome-before-email = Acceso al correo de la cuenta: el PDS actual envía un código para confirmar la mudanza
welcome-move = Mudar mi cuenta
welcome-move-hint = No cambia nada en ninguno de los PDS hasta que inicie el plan.
welcome-repair = Modo reparación
welcome-repair-text = Una cuenta ya mudada a cuyo nuevo PDS le faltan blobs (imágenes, vídeos): encontrarlos y copiarlos desde el PDS antiguo. La cuenta debe existir en ambos.
welcome-repair-button = Reparar blobs que faltan
welcome-backup = Hacer una copia de esta cuenta
welcome-backup-text = Guarde usted mismo todo lo que contiene la cuenta: publicaciones, seguidos, imágenes y vídeos, preferencias y el historial de su identidad, cada archivo verificado. No cambia nada en el servidor; la siguiente copia solo trae lo nuevo.
welcome-protect = Proteger esta cuenta
welcome-protect-text = Añada una clave de recuperación que solo usted tenga mientras el servidor de la cuenta aún funciona: con ella y una copia de seguridad puede recuperar la cuenta en otro PDS, aunque este desaparezca. Su PDS envía un código por correo para confirmar.
welcome-restore = Mi servidor antiguo ha desaparecido
welcome-restore-text = Con una copia de seguridad y su clave de recuperación, recupere la cuenta en un nuevo PDS: el mismo DID, sus publicaciones, imágenes y preferencias. No hace falta nada del servidor antiguo.
welcome-restore-button = Restaurar desde una copia
kept-title = Sus copias en este dispositivo
kept-backup-now = Copiar ahora
kept-backup-now-label = Copiar ahora: { $account }

## Los avisos que ofrecen seguir una ejecución sin terminar, o ver el informe de una mudanza.

banner-reached = Alcanzado: { $step }.
banner-blobs-on-new = { $done } de { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} en el nuevo PDS.
banner-route-to = Mudanza a { $host }
banner-move-label = Mudanza de cuenta sin terminar
banner-move-heading = Seguir mudando { $who }
banner-move-text = { $progress } { $route }. Cada paso terminado se conserva; vuelva a escribir las contraseñas para seguir donde se detuvo.
banner-repair-label = Migración sin terminar
banner-repair-heading = Reanudar la migración de { $who }
banner-repair-text = { $progress } { $route }. Los blobs que ya están en el nuevo PDS y las copias verificadas de este dispositivo se conservan; escriba las contraseñas para continuar.
banner-backup-label = Copia sin terminar
banner-backup-heading = Seguir la copia de { $who }
banner-backup-text = Todo lo guardado se conserva; escriba la contraseña para traer el resto.
banner-protect-label = Clave de recuperación aún no añadida
banner-protect-heading = Terminar de proteger { $who }
banner-protect-text = La clave aún no se ha añadido; escriba la contraseña para pedir un código nuevo.
banner-restore-label = Restauración sin terminar
banner-restore-heading = Seguir restaurando { $who }
banner-restore-text = { $progress } Cada paso terminado se conserva; elija el archivo de la clave de recuperación y escriba la nueva contraseña para seguir.
banner-continue = Continuar
banner-resume = Reanudar
banner-dismiss = Descartar
report-banner-label = Mudanza de cuenta terminada
report-banner-heading = Su cuenta se mudó a { $host }
report-banner-text = { $handle } vive ahora allí. El informe tiene la lista de lo que hacer a continuación.
report-banner-button = Ver el informe
kept-last-backup = última copia { $ago }
kept-no-backup-yet = aún no hay ninguna copia completa
kept-last-run-failed = la última ejecución falló { $ago }: { $said }
kept-kept-current = se mantiene al día { $every }

## El formulario de cada entrada.

form-submit-backup = Iniciar sesión y copiar
form-submit-restore = Comprobar la copia
form-submit-protect = Iniciar sesión y añadir la clave
form-submit-plan = Iniciar sesión y planificar
form-legend-the-account = La cuenta
form-resuming-backup = Siguiendo la copia de
form-advanced = Avanzado
form-strategy = Estrategia
form-legend-account-now = Su cuenta actual
form-resuming-move = Siguiendo la mudanza de
form-blob-strategy = Estrategia de blobs
form-resuming-repair = Reanudando la migración de
form-restore-title = Recupere su cuenta desde una copia
form-restore-lead = Para cuando el servidor de la cuenta ha desaparecido para siempre: su copia, el archivo de su clave de recuperación y el nuevo PDS con la cuenta que obtiene allí. El mismo DID, las mismas publicaciones, imágenes y preferencias.
form-restore-resuming = La copia y el nuevo PDS están rellenados de la última vez. Elija el archivo de la clave y vuelva a escribir la nueva contraseña: cada paso terminado se conserva.
form-restore-privacy = La clave de recuperación y la contraseña solo se usan desde este dispositivo y nunca se guardan.
form-restore-hint = No cambia nada antes de que compruebe lo que se restaurará.
form-protect-title = Proteja su cuenta con una clave de recuperación
form-protect-lead = Una clave que solo usted tiene, puesta la primera entre las claves que pueden cambiar su identidad. Con ella y una copia, puede recuperar la cuenta en otro PDS aunque este desaparezca.
form-protect-resuming = El identificador está rellenado de la última vez. Escriba la contraseña para continuar.
form-protect-privacy = La contraseña y el código del correo solo se usan desde este dispositivo y nunca se guardan. La mitad privada de una clave creada aquí va al archivo que usted guarda, a ningún otro sitio.
form-protect-hint = Su PDS envía un código por correo para confirmar; no cambia nada antes de que lo escriba.
form-backup-title = Haga una copia de su cuenta
form-backup-lead = Todo lo que contiene la cuenta: publicaciones, seguidos, imágenes y vídeos, preferencias y el historial de su identidad, cada archivo verificado. No cambia nada en el servidor.
form-backup-resuming = El identificador está rellenado de la última vez. Escriba la contraseña para continuar: lo que la copia ya tiene no se vuelve a descargar.
form-backup-privacy = La contraseña solo se usa desde este dispositivo y nunca se guarda.
form-backup-hint = Una segunda copia más adelante solo trae lo nuevo.
form-move-title = Mude su cuenta
form-move-lead = La cuenta que se muda, el PDS al que se muda y la cuenta que obtiene allí: el mismo DID, las mismas publicaciones, seguidores y blobs.
form-move-resuming = Las direcciones e identificadores están rellenados de la última vez. Vuelva a escribir las contraseñas: cada paso terminado se conserva y la mudanza sigue donde se detuvo.
form-move-privacy = Las contraseñas y los códigos solo se usan desde este dispositivo y nunca se guardan. Las direcciones e identificadores se recuerdan para que una mudanza interrumpida pueda continuar.
form-repair-title = Reparación: copiar los blobs que le faltan al nuevo PDS
form-repair-lead = Inicie sesión en la cuenta del PDS que deja y en la cuenta ya creada en el nuevo. Tektite lista luego lo que aún le falta al nuevo PDS.
form-repair-resuming = Las direcciones e identificadores están rellenados de la última vez. Escriba las dos contraseñas para continuar: el nuevo PDS dice lo que aún le falta, y las copias verificadas de este dispositivo no se vuelven a descargar.
form-repair-privacy = Las contraseñas solo se usan para iniciar sesión desde este dispositivo y nunca se guardan. Las direcciones e identificadores se recuerdan para que una migración interrumpida pueda reanudarse.
form-repair-hint = No se copia nada hasta que confirme el plan.
form-tag-from = Desde
form-handle-or-did = Identificador o DID
form-old-handle-hint = Con él, Tektite encuentra el servidor que aloja la cuenta
form-server-sign-in = Inicia sesión en la propia página de su servidor.
form-server-sign-in-web = Tektite la abre en una ventana nueva y nunca ve su contraseña.
form-server-sign-in-desktop = Tektite la abre en su navegador y nunca ve su contraseña.
form-use-password = Usar su contraseña en su lugar
form-password = Contraseña
form-old-password-hint = La contraseña de la cuenta, no una contraseña de aplicación
form-use-server = Iniciar sesión en la página de su servidor en su lugar
form-sign-in-code = Código de inicio de sesión
form-sign-in-code-hint = El PDS antiguo lo envió a la dirección de la cuenta
form-tag-key = Clave
form-legend-recovery-key = Su clave de recuperación
form-tag-to = A
form-legend-new-pds = El nuevo PDS
form-server-address = Dirección del servidor
form-new-pds-hint = El servidor al que se muda la cuenta
form-check-server = Comprobar este PDS
form-fact-handles-under = Identificadores bajo
form-none = —
form-invite-code = Código de invitación
form-invite-needed = necesario
form-invite-not-needed = no necesario
form-fact-phone = Teléfono
form-phone-needed = hace falta verificación: Tektite no puede hacerlo
form-invite-hint = Solo si el nuevo PDS lo pide
form-concurrency = Blobs a la vez
form-concurrency-default = Por defecto
form-concurrency-hint = Por defecto: se adapta. Empieza en 4 y crece mientras la transferencia se acelera (los enlaces con latencia necesitan más); un número aquí lo fija.
form-old-pds = Iniciar sesión en (opcional)
form-old-pds-placeholder = se busca a partir del identificador
form-old-pds-hint = Déjelo vacío: se busca el propio servidor de la cuenta. O donde inicia sesión, p. ej. https://bsky.social
form-plc-url = Directorio PLC
form-plc-url-hint = Déjelo como está salvo que gestione el suyo
form-handle-resolver = Resolutor de identificadores
form-handle-resolver-hint = Se consulta cuando no se puede leer el registro DNS de un identificador (los navegadores no pueden)
form-server-privacy = El inicio de sesión en su servidor solo dura mientras Tektite se ejecuta y nunca se guarda; Tektite solo le pide lo que esto necesita.
form-server-privacy-new = La contraseña de la cuenta nueva solo se usa desde este dispositivo y nunca se guarda.
form-legend-backup-and-key = Su copia y su clave
form-backup = Copia
form-backup-choose = Elegir una copia guardada en este navegador
form-backup-none = No hay ninguna copia guardada en este navegador: elija su archivo (.tar) abajo.
form-backup-pick-folder = Elegir una carpeta de copia
form-backup-archive = O el archivo de la copia (.tar)
form-backup-archive-hint = El archivo con el que se descargó una copia hecha en un navegador, o una carpeta de copia empaquetada con tar.
form-backup-folder = Carpeta de la copia
form-backup-folder-placeholder = Documentos/Copias de Tektite/alice.bsky.social
form-backup-folder-hint = La carpeta que escribió una copia (contiene manifest.json), o su .tar
form-key-file = Archivo de la clave de recuperación
form-key-file-hint = El archivo escrito al crear la clave (tektite-recovery-key-….txt). No sale de este dispositivo.
form-tag-into = En
form-legend-backup-place = Dónde va la copia
form-backup-into-browser = En el almacenamiento de este navegador para este sitio, y luego se le entrega como un archivo (.tar) en sus descargas. Descomprimido, es una carpeta de copia que la línea de comandos de Tektite puede comprobar y restaurar. La siguiente copia en este navegador solo trae lo nuevo.
form-backup-pick-another = Elegir otra carpeta
form-backup-pick-instead = Elegir una carpeta en su lugar
form-folder = Carpeta
form-folder-hint = Déjelo vacío para la carpeta que se muestra. Una copia anterior de la misma cuenta que esté allí se pone al día.
form-repair-new-handle-hint = La cuenta creada allí para esta mudanza (puede estar desactivada)
form-new-handle = Nuevo identificador
form-new-handle-hint-domains = Bajo uno de los dominios de arriba (elija de la lista al escribir), o un dominio suyo: entonces su DNS ya debe nombrar su cuenta
form-new-password = Nueva contraseña
form-new-password-hint = Para la cuenta en el nuevo PDS
form-new-handle-hint = Bajo uno de los dominios del nuevo PDS, o un dominio suyo
form-email = Correo electrónico
form-tag-new = Nueva
form-legend-new-account = La cuenta en el nuevo PDS
form-key-file-unusable = { $name } no se puede usar: { $error }
form-backup-choice = { $who }, hecha { $taken } ({ $blobs ->
    [one] { $blobs } blob
   *[other] { $blobs } blobs
})
restore-picked-folder = La copia de la carpeta { $name } que eligió.
restore-archive-picked = El archivo { $name }, leído donde está: no se copia nada en el navegador.
backup-into-picked-folder = En la carpeta { $name } que eligió: los archivos se quedan allí, y la siguiente copia en ella solo trae lo nuevo.

## El último paso, cuando la cuenta antigua debe desactivarse en su propia página.

deactivate-choose = Elija «Cuenta» y luego «Desactivar cuenta».
deactivate-come-back = Vuelva aquí y compruebe de nuevo: la mudanza termina cuando el servidor antiguo muestre la cuenta desactivada.
deactivate-recheck = La he desactivado: comprobar de nuevo
deactivate-use-password = Usar la contraseña antigua para este paso en su lugar
deactivate-password = Contraseña de la cuenta antigua
deactivate-password-hint = Se usa una vez, para desactivar la cuenta antigua, y nunca se guarda
deactivate-button = Desactivar la cuenta antigua
deactivate-title = Último paso: desactivar la cuenta antigua
deactivate-lead = Su cuenta vive ahora en el nuevo servidor. La cuenta antigua en { $old_pds } sigue activa: el inicio de sesión en su servidor quizá no pueda desactivarla, así que hágalo usted allí.
deactivate-open = Abra { $link } e inicie sesión allí.
deactivate-page-link = la página de la cuenta del servidor antiguo

## El campo de la clave de recuperación: un texto de seguridad.

key-label-protect = Una clave de recuperación que ya tiene
key-label-move = Su clave de recuperación (opcional, recomendada)
key-hint = Una clave de rotación que usted tiene, puesta la primera en su documento DID: con su clave privada puede mover su identidad sin ningún PDS, aunque el nuevo desaparezca. Las claves que añadió antes se conservan en cualquier caso.
key-generate = Crear una clave de recuperación nueva para mí
key-new = Su nueva clave de recuperación
key-saved-check = He guardado el archivo de la clave en un lugar seguro (sin conexión, no en este navegador)
key-save-again = Guardar el archivo de nuevo
key-drop = No usar esta clave
unmovable-stop = Detenerse aquí
unmovable-stop-hint = Detenerse conserva todo lo copiado; aún no ha ocurrido nada irreversible.
key-file-saved = Su archivo, { $file }, contiene la clave privada y se guardó { $place }. Tektite no la muestra en ningún otro sitio y no guarda ninguna copia.
key-file-not-saved = No se pudo guardar el archivo de la clave: { $error }
unmovable-title = { $count ->
    [one] { $count } blob no se puede mover
   *[other] { $count } blobs no se pueden mover
}
unmovable-lead = { $count ->
    [one] Todo lo demás está en el nuevo PDS. Este blob ya no está en el PDS antiguo o es más grande de lo que acepta el nuevo, así que ninguna ejecución posterior podrá moverlo.
   *[other] Todo lo demás está en el nuevo PDS. Estos blobs ya no están en el PDS antiguo o son más grandes de lo que acepta el nuevo, así que ninguna ejecución posterior podrá moverlos.
}
unmovable-used-by = Usado por { $record }
unmovable-warning = { $count ->
    [one] Si sigue, las publicaciones que usan este blob se quedan, pero muestran una imagen o un vídeo que falta. El informe guarda la lista, y «Reparar blobs que faltan» puede volver a intentarlo más tarde, si el PDS antiguo recupera este blob.
   *[other] Si sigue, las publicaciones que usan estos blobs se quedan, pero muestran una imagen o un vídeo que falta. El informe guarda la lista, y «Reparar blobs que faltan» puede volver a intentarlo más tarde, si el PDS antiguo recupera estos blobs.
}
unmovable-accept = { $count ->
    [one] Seguir sin este blob
   *[other] Seguir sin estos blobs
}

## Las piezas de cada tarjeta.

card-back = Atrás
card-cancel = Cancelar
card-eyebrow = Paso { $number } de { $total } · { $step }
strategy-auto = Automática
strategy-streaming = Streaming
strategy-storage = Almacenamiento (copia local primero)
strategy-auto-explain = Decidida a partir de las mediciones: primero una copia local para hasta 50 blobs cuando hay espacio, streaming en otro caso.
strategy-streaming-explain = Cada blob va directamente del PDS antiguo al nuevo; no se guarda nada en este dispositivo.
strategy-storage-explain = Cada blob se descarga y verifica en el almacenamiento local y se sube desde allí: una subida fallida nunca lo vuelve a descargar.

## Los pasos de identidad, que no se pueden deshacer: textos de seguridad.

facts-account-did = Cuenta (DID)
facts-records = Registros en el nuevo PDS
facts-blobs-expected-imported = Blobs esperados / importados
facts-blobs-missing = Blobs que faltan
facts-identity-points-at = Su identidad apunta a
confirm-what-happens = Qué va a pasar
confirm-code-emailed = El PDS antiguo envía un código de confirmación a la dirección de la cuenta; usted lo escribe aquí (vale durante 15 minutos).
confirm-activated = La cuenta se activa en el nuevo PDS.
confirm-rotation-keys = Quién podrá cambiar su identidad después (claves de rotación, gana la primera)
confirm-keys-stay = Las claves que añadió usted se quedan, por delante de la clave propia del nuevo PDS.
confirm-button = Sí, mover mi identidad
confirm-not-now = Ahora no
confirm-not-now-hint = «Ahora no» conserva todo lo copiado; puede volver a este paso más tarde.
token-sent-to = Enviado a
token-code = Código de confirmación
token-code-hint = Letras y números como en el correo, p. ej. ABCDE-12345
token-new-code = Enviarme un código nuevo
token-stop = Detener
did-web-pds = PDS (#atproto_pds)
did-web-signing-key = Clave de firma (#atproto, Multikey)
did-web-handle = Identificador (alsoKnownAs)
did-web-lacks = Al documento publicado aún le falta:
did-web-document = El documento que publicar (sus demás entradas se conservan)
did-web-document-label = El documento DID que publicar
did-web-recheck = Lo he publicado: comprobar de nuevo
did-web-stop-hint = Detenerse conserva todo lo copiado; la mudanza sigue aquí cuando el documento esté publicado.
facts-from = Desde
facts-to = A
facts-missing-accepted = { $count } ({ $lost } aceptados como perdidos)
facts-new-account = Cuenta nueva
facts-active = activa
facts-not-active = aún no activa
confirm-title = Todo está copiado. ¿Mover su identidad?
confirm-lead = Sus publicaciones, seguidos, preferencias y cada blob están en el nuevo PDS. Los pasos siguientes no se pueden deshacer.
token-title = Escriba el código del correo
token-valid = Válido
token-submit-protect = Añadir mi clave de recuperación
token-submit-move = Mover mi identidad
token-lead-protect-now = Su PDS acaba de enviar un código de confirmación a { $email }.
token-lead-protect-earlier = Su PDS envió antes un código de confirmación a { $email }.
token-lead-move-now = El PDS antiguo acaba de enviar un código de confirmación a { $email }.
token-lead-move-earlier = El PDS antiguo envió antes un código de confirmación a { $email }.
did-web-title = Publique su nuevo documento DID
did-web-lead = { $did } es un did:web: lo mueve usted, cambiando el documento en { $url }.

## La ejecución en curso.

run-back-to-form = Volver al formulario
run-downloaded = Descargado
run-rate = Velocidad
run-elapsed = Transcurrido
run-failed = Fallidos
run-asking = Preguntando al nuevo PDS qué le falta aún…
run-tag-from-cache = desde la caché local
run-stopped = Detenido
run-stopped-lead = Todo lo hecho se conserva: pasos terminados, blobs que ya están en el nuevo PDS, copias locales verificadas. «Continuar» sigue desde aquí.
run-stopped-hint = «Continuar» usa las contraseñas que escribió; no se envía nada dos veces.
run-working = Trabajando
run-move-lead = Cada paso se guarda al terminar: si esto se detiene, la mudanza sigue donde estaba.
run-move-hint = Detenerse conserva cada paso terminado y cada blob que ya está en el nuevo PDS.
run-restore-title = Restaurando su cuenta
run-restore-lead = Cada paso se guarda al terminar: si esto se detiene, «Continuar» sigue desde ahí.
run-restore-hint = Detenerse conserva cada paso terminado; «Continuar» sigue.
run-protect-title = Añadiendo su clave de recuperación
run-protect-lead = El PDS firma el cambio con el código, y se vuelve a leer el directorio PLC para comprobarlo.
run-protect-hint = Detenerse ahora puede dejar el cambio hecho o no: el siguiente intento dirá cuál.
run-backup-title = Guardando la copia
run-backup-lead = Primero el repositorio, luego cada blob, cada uno comprobado con su hash de contenido al escribirlo.
run-backup-hint = Detenerse conserva cada blob guardado; la siguiente copia sigue desde ahí.
run-repair-checking = Comprobando el nuevo PDS
run-repair-copying = Copiando blobs
run-repair-hint = Detenerse conserva cada blob terminado y cada copia local verificada; continúe más tarde desde la página de inicio.
run-now-saving = Guardando ahora
run-now-moving = Mudando ahora
run-bar-saved = Blobs guardados
run-bar-copied = Blobs copiados
run-saved = Guardado
run-uploaded = Subido
run-kept-backup = Ya en la copia
run-kept-restore = Desde la copia
run-kept-cache = Desde la caché local
run-bytes-of-about = { $done } de unos { $total }
run-bytes-of = { $done } de { $total }
run-bytes-saved = { $done } guardados
run-bytes-uploaded = { $done } subidos
run-summary = { $done } de { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} · { $bytes }
run-time-left = quedan unos { $time }
run-overall = { $on_new } de { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} en el nuevo PDS, { $before } de ellos de antes de esta ejecución
run-persistence-granted = Este navegador conservará la caché y el estado para reanudar (almacenamiento persistente concedido).
run-persistence-not-granted = No se concedió el almacenamiento persistente: si falta espacio, el navegador puede vaciar la caché; los blobs verificados se volverían a descargar.
run-persistence-unavailable = No se pudo pedir almacenamiento persistente al navegador: { $error }
run-wait-stated = como pidió el servidor
run-wait-default = el servidor no dijo cuánto; se espera un tiempo por defecto
run-wait-may-leave = Puede dejar esto abierto, o cerrarlo y continuar después: no se pierde nada de lo hecho.
run-wait-continues = Sigue solo.
run-wait-pace = { $pace }.
run-wait = En pausa: { $host } limita el ritmo de solicitudes, { $until } ({ $why }).
run-strategy = Blobs: { $name }
run-at-once = { $count ->
    [one] { $count } blob a la vez
   *[other] { $count } blobs a la vez
}
run-retries = { $count ->
    [0] aún ningún reintento
    [one] { $count } reintento tras un fallo pasajero
   *[other] { $count } reintentos tras fallos pasajeros
}
run-rate-limit-waits = { $count ->
    [one] esperó una vez por el límite de un servidor
   *[other] esperó { $count } veces por los límites de los servidores
}
run-sessions-renewed = { $count ->
    [one] se renovó una sesión
   *[other] sesiones renovadas { $count } veces
}
run-size-unknown = tamaño desconocido
run-attempt = intento { $attempt }
run-blob-downloaded = Blob { $cid }: descargado
run-blob-uploaded = Blob { $cid }: subido
steps-done = Hecho:
steps-stopped = Detenido aquí:
steps-current = En curso:
steps-upcoming = Por hacer:
log-summary = Registro ({ $count ->
    [one] { $count } línea
   *[other] { $count } líneas
})
log-label = Registro

## El plan.

plan-account = Cuenta
plan-backup-taken = Copia hecha
plan-blobs = Blobs
plan-from-gone = Desde (desaparecido)
plan-signed-with-key = Firmado con su clave de recuperación
plan-restore-step-create = Su clave de recuperación permite al nuevo PDS crear la cuenta para su DID
plan-restore-step-data = Se crea la cuenta, se importa el repositorio, se sube cada blob (cada uno comprobado de nuevo) y se restauran las preferencias
plan-restore-step-identity = Su identidad apunta al nuevo PDS; su clave de recuperación sigue siendo la primera entre las claves que pueden cambiarla
plan-restore-step-activate = Se activa la cuenta: inicie sesión allí con el nuevo identificador y la nueva contraseña
plan-restore-irreversible = No se puede deshacer: su identidad se cambia con su clave de recuperación. La clave del servidor antiguo se quita de ella, así que si ese servidor vuelve algún día, ya no podrá cambiar su identidad.
plan-already-there = Ya está
plan-time = Tiempo
plan-space = Espacio en este dispositivo
plan-cached = Copias verificadas de una ejecución anterior
technical-details = Detalles técnicos
plan-buffers-label = Búferes
plan-memory-free = Memoria libre
plan-local-cache = Caché local
plan-storage-quota = Cuota de almacenamiento
plan-uploads = Subidas
plan-measured = Cómo se midieron estas cifras
plan-blobs-on-old = Blobs en el PDS antiguo
plan-estimated-time = Tiempo estimado
plan-local-space = Espacio local
plan-likely-strategy = Estrategia de blobs (probable)
plan-the-steps = Los pasos
plan-restore-now = Restaurar ahora
plan-check-and-finish = Comprobar y terminar
plan-start-copying = Empezar a copiar
plan-stop-restore = Puede detenerse en cualquier momento: cada paso terminado se conserva.
plan-stop-repair = Puede detenerse en cualquier momento: los blobs terminados se conservan.
plan-nothing-title = Nada que copiar
plan-nothing-lead = Al nuevo PDS no le falta ningún blob. Empezar solo le pregunta una vez más y muestra el informe.
plan-copy-title = { $count ->
    [one] Copiar { $count } blob
   *[other] Copiar { $count } blobs
}
plan-copy-title-size = { $count ->
    [one] Copiar { $count } blob ({ $size })
   *[other] Copiar { $count } blobs ({ $size })
}
plan-copy-lead = Al nuevo PDS le faltan { $missing } de los { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} que tiene su PDS antiguo. Aún no se ha cambiado nada.
plan-restore-title = Recuperar { $who } en { $host }
plan-restore-lead = Aún no ha cambiado nada. Compruebe lo que contiene la copia y la clave que firmará, y luego restaure.
plan-restore-to = { $pds } como { $handle }
plan-move-lead-resumed = Una mudanza de esta cuenta se empezó antes: los pasos ya hechos se conservan y sigue en el siguiente.
plan-move-lead = Aún no ha cambiado nada. Primero se copia; su identidad solo se mueve cuando todo está en el nuevo PDS, y solo después de que usted vuelva a aceptar.
plan-unknown = desconocido
plan-strategy-streaming = Streaming: directamente del PDS antiguo al nuevo
plan-strategy-storage = Almacenamiento: primero una copia local verificada, luego la subida
plan-chosen-by-you = elegida por usted
plan-chosen-automatically = elegida automáticamente
plan-at-once-growing = { $count ->
    [one] { $count } blob a la vez, hasta { $most } mientras crece el rendimiento
   *[other] { $count } blobs a la vez, hasta { $most } mientras crece el rendimiento
}
plan-buffers = { $at_once }, bloques de { $chunks }
plan-buffers-channel = { $at_once }, bloques de { $chunks }, canal de { $slots } huecos
plan-cache = caché
plan-cache-free = { $free } libres ({ $backend })
plan-cache-free-at = { $free } libres ({ $backend }, { $location })
plan-quota = { $used } usados de { $quota }
plan-network-reliable = Fiable hasta ahora
plan-network-unreliable = Poco fiable en ejecuciones anteriores
plan-why = Por qué: { $reason }
plan-to-copy = Por copiar
plan-space-storage = hasta { $size } mientras copia, liberados a medida que termina cada blob
plan-space-streaming = ninguno: los blobs pasan directamente
plan-memory-for-buffers = Memoria para búferes
plan-about = unos { $size }
plan-network = Red
plan-size-sampled = unos { $size } (a partir de { $sampled } medidos)
plan-space-none = ninguno (cada blob pasa directamente)
plan-space-cache = hasta { $size } en la caché local ({ $free } libres)
plan-invite-given = necesario (indicado)
plan-tag-done = hecho
plan-tag-irreversible = no se puede deshacer
plan-estimate-note = Las cifras de blobs de arriba vienen del PDS antiguo y son un máximo; el paso de los blobs decide de verdad según lo que el nuevo PDS indique como faltante tras importar el repositorio, y muestra tiempo y espacio en directo.
plan-code-note = El código PLC que envía el PDS antiguo vale 15 minutos, así que solo se pide cuando todos los datos están allí.
plan-step-create = Crear { $handle } en { $pds } con el mismo DID, desactivada (nadie la ve todavía)
plan-step-import = Copiar el repositorio: cada publicación, me gusta, seguido y el perfil
plan-step-blobs = Copiar cada imagen y vídeo que le falta al nuevo PDS, cada uno verificado con su hash; la estrategia se elige a partir de la lista de faltantes del nuevo PDS, el tamaño de los blobs y el espacio libre de este dispositivo
plan-step-preferences = Copiar las preferencias de la app
plan-step-catch-up-did-web = Copiar lo que la cuenta antigua recibió mientras tanto (un did:web no necesita código por correo)
plan-step-publish-did-web = Usted publica el nuevo documento DID que Tektite le muestra (en su propio servidor web)
plan-step-request-code = Pedir al PDS antiguo que envíe un código de confirmación a la dirección de la cuenta (solo después de que usted acepte)
plan-step-plc = Apuntar el DID al nuevo PDS, firmado con ese código
plan-step-activate = Activar la cuenta en el nuevo PDS
plan-step-deactivate = Desactivar la cuenta en el PDS antiguo

## El informe al final.

done-moved-title = Su cuenta se ha mudado
done-moved-lead = { $did } vive ahora en { $pds } como { $handle }.
done-looking = Mirando…
done-check-account = Comprobar mi cuenta nueva
done-repair-complete = Cada blob está en el nuevo PDS
done-repair-complete-lead = Tektite preguntó al nuevo PDS: no le falta ningún blob.
done-repair-missing = { $count ->
    [one] aún falta { $count } blob
   *[other] aún faltan { $count } blobs
}
done-repair-missing-lead = { $count ->
    [one] Al nuevo PDS aún le falta { $count } blob. Los blobs que fallaron por un motivo pasajero suelen pasar en la siguiente ejecución; los demás necesitan la acción indicada abajo.
   *[other] Al nuevo PDS aún le faltan { $count } blobs. Los blobs que fallaron por un motivo pasajero suelen pasar en la siguiente ejecución; los demás necesitan la acción indicada abajo.
}
done-repair-unconfirmed = Terminado, sin confirmar
done-repair-unconfirmed-lead = La ejecución terminó, pero no se pudo preguntar al nuevo PDS qué le falta aún: { $error }. Vuelva a ejecutarla para comprobarlo.
done-storage-kept = conservado (persistente)
done-storage-may-clear = el navegador puede vaciarlo
done-up-to = hasta { $count }
done-retries = Reintentos
done-retryable = Problema pasajero: vuelva a ejecutar para reintentarlo.
done-not-retryable = Requiere atención: volver a ejecutar no lo arreglará por sí solo.
done-backup-up-to-date = Su copia está al día
done-backup-done = Su cuenta tiene copia
done-backup-lead = { $count ->
    [one] { $count } blob y el repositorio de { $did }, cada archivo comprobado con su hash.
   *[other] { $count } blobs y el repositorio de { $did }, cada archivo comprobado con su hash.
}
done-backup-failed = { $count ->
    [one] no se pudo guardar { $count } blob
   *[other] no se pudieron guardar { $count } blobs
}
done-backup-failed-lead = Todo lo demás está guardado. Vuelva a hacer la copia: solo se trae lo que falta.
done-backup-first = primera copia aquí
done-backup-changed = publicaciones nuevas o cambios desde la última copia
done-backup-unchanged = sin cambios desde la última copia
done-backup-archive = La copia está en sus descargas como { $name } y se queda en este navegador para la siguiente copia. Guarde la descarga en un lugar seguro: «Mi servidor antiguo ha desaparecido» la acepta tal cual, en cualquier navegador, y también la línea de comandos de Tektite (backup --verify, restore).
done-backup-place = La copia está en { $place }. «Mi servidor antiguo ha desaparecido» en la página de inicio restaura a partir de ella; la línea de comandos de Tektite puede comprobarla (backup --verify).
done-restore-continued = { $count ->
    [one] continuada: una ejecución anterior hizo { $count } paso
   *[other] continuada: una ejecución anterior hizo { $count } pasos
}
done-restored-title = Su cuenta ha vuelto
done-restored-lead = { $did } vive en { $pds } como { $handle }, restaurada desde su copia.
done-restored-sign-in = Vuelva a iniciar sesión en todas partes
done-restored-sign-in-detail = Cierre sesión en todas las apps de Bluesky e iníciela con { $handle } y la nueva contraseña: las apps aún apuntan al servidor que ha desaparecido.
done-protected-already = Esta clave ya protege su cuenta
done-protected = Su cuenta está protegida
done-protected-lead = Su clave es ahora la primera de las claves que pueden cambiar { $did }.
done-key-yours = (la suya)
done-key-file-saved = Se guardó { $place }. Llévelo a un lugar sin conexión (una memoria USB, un gestor de contraseñas): quien lo tenga puede cambiar su identidad.
done-key-file-keep = Guarde la mitad privada de esta clave sin conexión y en secreto: quien la tenga puede cambiar su identidad.
failure-integrity = dañado en el origen
failure-too-large = demasiado grande para el nuevo PDS
failure-not-found = ya no está en el PDS antiguo
failure-rate-limited = límite de solicitudes
failure-auth = sesión cerrada
failure-network = red
failure-server = error del servidor
failure-cache = caché local
failure-other = falló
done-run-again = Ejecutar de nuevo
done-back-to-start = Volver al inicio
done-moved-all = Cada paso está hecho: datos y blobs copiados y comprobados por el nuevo PDS, el DID apunta a él, la cuenta nueva está activa y la antigua desactivada.
done-what-to-do = Qué hacer ahora
done-working = ¿Funciona la cuenta nueva?
done-look-explain = Tektite puede mirarla como lo hacen las apps: su identificador, su documento DID y el nuevo PDS.
done-left-behind = Blobs que se quedaron atrás, como eligió
done-repair-verified = Los blobs se comprobaron con sus hashes de contenido por el camino y el nuevo PDS los confirmó.
done-copied = Copiados
done-from-cache = Desde la caché local
done-already-there = Ya estaban antes
done-down-up = Descargados / subidos
done-browser-storage = Almacenamiento del navegador
done-failed-title = Blobs que no lo lograron
done-next-identity = Siguiente: la identidad
done-next-identity-text = Si la cuenta aún no se ha mudado, «Mudar mi cuenta» en la página de inicio sigue la mudanza: conserva los blobs copiados aquí y mueve su identidad cuando al nuevo PDS no le falte nada.
done-fetched = Traídos ahora
done-repository = Repositorio
done-repaired = Copias dañadas sustituidas
done-no-longer = Ya no están en la cuenta (conservados)
done-not-saved = Blobs que no se pudieron guardar
done-keep-safe = Guárdela bien
done-keep-safe-text = Una copia le permite restaurar la cuenta en otro PDS si su servidor desaparece («Mi servidor antiguo ha desaparecido» en la página de inicio); para eso también necesita una clave de recuperación, añadida mientras el servidor aún funciona («Proteger esta cuenta»).
done-restored-ok = El directorio PLC nombra el nuevo PDS, la cuenta está activa y cada blob de la copia está allí, comprobado.
done-new-pds = Nuevo PDS
done-handle = Identificador
done-blobs-uploaded = Blobs subidos
done-run = Ejecución
done-rotation-keys = Claves que pueden cambiar su identidad, gana la primera
done-keep-key = Guarde su clave de recuperación
done-keep-key-text = Sigue siendo la primera clave de su identidad: guarde el archivo sin conexión y en secreto.
done-back-up-again = Haga otra copia
done-back-up-again-text = «Hacer una copia de esta cuenta» en la página de inicio, desde el nuevo PDS, para que la siguiente copia contenga lo que publique a partir de ahora.
done-protected-ok = El directorio PLC pone su clave la primera. Las claves que había antes se conservan todas.
done-what-to-keep = Qué guardar
done-key-file = El archivo de la clave
done-a-backup = Una copia
done-a-backup-text = «Hacer una copia de esta cuenta» en la página de inicio guarda publicaciones, imágenes y preferencias; con la clave y una copia, «Mi servidor antiguo ha desaparecido» recupera la cuenta en un nuevo PDS si este desaparece.
done-keep-current = Mantener esta copia al día
done-keep-current-text = Su sistema puede poner al día esta copia cada día por sí solo, sin su contraseña: trae lo que la cuenta muestra a cualquiera (todo menos las preferencias, que quedan como se guardaron ahora).
done-keep-current-button = Copiarla cada día

## Las pantallas del recorrido.

screen-error = Algo salió mal
error-try-again = Reintentar
screen-your-backup = Su copia
screen-signing-in = Iniciando sesión
screen-backing-up = Haciendo la copia
screen-copying = Copiando
screen-unmovable = Blobs que no se pueden mover
screen-token = Código de su correo
screen-did-web = Publicar su documento DID
way-in-protect = Proteger su cuenta
way-in-restore = Recuperar su cuenta
window-title = { $screen } — { $way_in } — Tektite
connecting-move = Tektite pregunta al nuevo PDS por sí mismo, inicia sesión en el antiguo y busca una mudanza de esta cuenta empezada antes.
connecting-repair-title = Iniciando sesión y planificando
connecting-repair = Tektite inicia sesión en ambos servidores, pregunta al nuevo PDS qué blobs le faltan y mide lo que cabe en este dispositivo.
connecting-backup = Tektite busca la cuenta, inicia sesión en su servidor y abre el lugar al que va la copia.
connecting-restore-title = Leyendo la copia
connecting-restore = Tektite lee el manifiesto de la copia y el archivo de su clave de recuperación. Aún no se envía nada a ninguna parte.
connecting-protect = Tektite busca la cuenta, inicia sesión en su servidor y le pide que envíe un código de confirmación por correo.
connecting-open-page = Abrir la página de inicio de sesión de { $host }
connecting-no-window = ¿No se abrió ninguna ventana? { $link }. Tektite espera aquí hasta que vuelva.
error-what-to-do = Qué hacer:

## Lo que la app escribe en su registro y dice a los lectores de pantalla.

log-fields-need-attention = { $count ->
    [one] Un campo necesita atención: { $first }
   *[other] { $count } campos necesitan atención. El primero: { $first }
}
log-continuing = Siguiendo donde se detuvo
log-starting = Empezando…
log-moving = Mudando de { $from } a { $to }
log-signing-in-both = Iniciando sesión en { $from } y { $to }
log-backing-up = Haciendo copia de { $account }
log-adding-key = Añadiendo la clave de recuperación { $key } a { $account }
log-restoring = Restaurando la copia de { $backup } en { $to }
log-stopped-by-you = Detenido por usted
notice-stopped-nothing-copied = Detenido antes de copiar nada.
notice-stopped-nothing-saved = Detenido antes de guardar nada.
notice-stopped-nothing-changed = Detenido antes de cambiar nada.
status-sign-in-on-page = Inicie sesión en la propia página de { $host }, en la ventana que se abrió
log-signing-in-on-page = Iniciando sesión en la página de { $host }; Tektite nunca ve la contraseña
log-new-pds = El nuevo PDS es { $url } ({ $did })
log-old-holds = { $count ->
    [one] El PDS antiguo tiene { $count } blob ({ $size })
   *[other] El PDS antiguo tiene { $count } blobs ({ $size })
}
log-signed-in-continues = Sesión iniciada como { $did }; una mudanza guardada sigue en: { $step }
log-signed-in-both = Sesión iniciada en ambos servidores como { $did }
log-signed-in-backup = Sesión iniciada como { $did }; guardando la copia
log-signed-in = Sesión iniciada como { $did }
log-plan = { $count ->
    [one] Plan: falta { $count } blob en el nuevo PDS, estrategia { $strategy } ({ $reason })
   *[other] Plan: faltan { $count } blobs en el nuevo PDS, estrategia { $strategy } ({ $reason })
}
log-persistence-granted = El navegador conservará el almacenamiento de este sitio (persistente)
spoken-percent-copied = { $percent } % de los blobs copiados
log-repair-complete = Hecho: al nuevo PDS no le falta ningún blob
log-repair-missing = { $count ->
    [one] Terminado; al nuevo PDS aún le falta { $count } blob
   *[other] Terminado; al nuevo PDS aún le faltan { $count } blobs
}
log-repair-unconfirmed = Terminado, pero no se pudo preguntar al nuevo PDS qué le falta: { $error }
log-backup-complete = { $count ->
    [one] Copia completa: { $count } blob en { $place }
   *[other] Copia completa: { $count } blobs en { $place }
}
log-backup-incomplete = { $count ->
    [one] Copia incompleta: no se pudo guardar { $count } blob
   *[other] Copia incompleta: no se pudieron guardar { $count } blobs
}
log-backup-holds = { $count ->
    [one] La copia de { $did } hecha { $taken } contiene { $count } blob
   *[other] La copia de { $did } hecha { $taken } contiene { $count } blobs
}
log-restored = { $did } está activa en { $pds }
log-protected = { $key } es la primera clave de rotación de { $did }
log-moved = Hecho: la cuenta vive en el nuevo PDS
log-needs-confirmation = Todo está copiado en el nuevo PDS: confirme para mover la identidad
log-waiting-did-web = Esperando a que el documento DID en { $url } nombre el nuevo PDS
log-waiting-deactivation = Esperando a que la cuenta antigua se desactive en { $page }
log-waiting-code = Esperando el código enviado a { $email } (válido hasta las { $until })
log-unmovable = { $count ->
    [one] { $count } blob no se podrá mover nunca: esperando su decisión
   *[other] { $count } blobs no se podrán mover nunca: esperando su decisión
}
log-step-done = Hecho: { $step }
log-step-now = Ahora: { $step }

## El paso de los blobs en el registro.

log-work-listed = { $count ->
    [one] Al nuevo PDS le falta { $count } blob; el PDS antiguo tiene { $inventory }
   *[other] Al nuevo PDS le faltan { $count } blobs; el PDS antiguo tiene { $inventory }
}
log-blob-attempt = { $cid }: intento { $attempt }
log-blob-on-new = { $cid } está en el nuevo PDS ({ $size })
log-blob-on-new-cached = { $cid } está en el nuevo PDS ({ $size }, desde la caché local)
log-blob-skipped = { $cid } omitido: { $reason }
log-blob-failed = { $cid } falló: { $message }
log-the-request = la solicitud
log-retrying = { $what }: nuevo intento dentro de { $delay } (intento { $attempt }): { $reason }
log-wait-stated = como pidió
log-wait-default = una espera por defecto: no dijo cuánto
log-rate-limited = { $host } limita el ritmo de solicitudes: esperando { $until } ({ $why })
log-session-renewed = Se renovó la sesión en { $host }
log-concurrency = { $count ->
    [one] { $count } blob a la vez: { $reason }
   *[other] { $count } blobs a la vez: { $reason }
}
log-cache-full = { $cid }: no hay espacio en la caché local ({ $detail }), así que va directamente al nuevo PDS
log-state-not-saved = No se pudo guardar el progreso en este dispositivo ({ $detail }). La copia sigue; si se detiene, la siguiente ejecución puede repetir una parte.

## Lo que dice el formulario de un valor que no puede aceptar.

form-error-backup = Elija la copia que quiere recuperar (la carpeta que escribió una copia)
form-error-key-file = Elija el archivo de su clave de recuperación
form-error-old-id = Escriba su identificador (alice.bsky.social) o su DID
form-error-old-password = Escriba la contraseña de la cuenta en el PDS antiguo
form-error-same-pds = El nuevo PDS tiene la misma dirección que el antiguo
form-error-key-missing = Cree una clave de recuperación nueva, o escriba el did:key de una que tenga
form-error-key-format = Una clave de recuperación tiene el aspecto did:key:zQ3s… (la clave pública, no la privada)
form-error-new-handle = Escriba el nuevo identificador, p. ej. alice.newpds.example
form-error-email = Escriba una dirección de correo para la cuenta nueva
form-error-new-password = Elija una contraseña para la cuenta nueva (al menos 8 caracteres)
form-error-invite = Este PDS necesita un código de invitación para cuentas nuevas
form-error-repair-handle = Escriba el identificador o el DID de la cuenta en el nuevo PDS
form-error-repair-password = Escriba la contraseña de la cuenta en el nuevo PDS
form-error-scheme = Use una dirección http:// o https://
form-error-no-address = Escriba la dirección del servidor, p. ej. https://bsky.social
form-error-no-host = La dirección no tiene nombre de host
form-error-handle-domain-bsky = Un identificador incluye su dominio: ¿quería decir { $handle }.bsky.social?
form-error-handle-domain = Un identificador incluye su dominio: ¿quería decir { $suggestion }?
form-error-handle-domain-example = Un identificador incluye su dominio, p. ej. { $handle }.newpds.example

## Lo que dice el recorrido mientras trabaja, y sus errores.

status-opening-storage = Abriendo el almacenamiento local para los pasos guardados y la caché de blobs…
flow-new-pds-silent = El nuevo PDS no respondió
flow-new-pds-silent-advice = No se cambió nada. Compruebe la dirección del nuevo PDS y vuelva a intentarlo.
status-counting = Contando y midiendo los blobs del PDS antiguo…
flow-backup-retry = Todo lo guardado se conserva: vuelva a intentarlo y solo se traerá lo que falta.
flow-backup-place = Elija otro lugar para la copia, o libere espacio, y vuelva a intentarlo.
flow-backup-stopped = La copia se detuvo
flow-account-email = la dirección de correo de la cuenta
status-adding-key = Añadiendo la clave de recuperación…
status-asking-code = Pidiendo al PDS que envíe un código de confirmación por correo…
flow-code-refused = Ese código no se aceptó
flow-nothing-changed = No se cambió nada.
flow-maybe-changed = No se cambió nada, o el cambio ya está hecho: vuelva a intentarlo para verlo.
flow-key-not-added = No se pudo añadir la clave de recuperación
status-reading-backup = Leyendo la copia y la clave de recuperación…
flow-not-archive = Ese archivo no es una copia
flow-not-archive-advice = Elija el .tar con el que se descargó una copia.
flow-not-backup = Eso no es una copia
flow-not-backup-advice = Elija la carpeta que escribió una copia (contiene manifest.json).
flow-key-unusable = No se puede usar el archivo de la clave de recuperación
flow-key-unusable-advice = Elija el archivo en el que se guardó su clave de recuperación.
status-restoring = Restaurando: identidad, cuenta, repositorio, blobs, preferencias…
flow-restore-bad-input = Compruebe la copia, el archivo de la clave de recuperación y los datos de la cuenta nueva, y vuelva a intentarlo.
flow-restore-retry = Cada paso terminado está guardado: vuelva a intentarlo para seguir donde se detuvo.
flow-restore-stopped = La restauración se detuvo
flow-archive-failed = No se pudo crear el archivo de la copia
flow-archive-failed-advice = La copia en sí está completa y se conserva en este navegador: vuelva a intentarlo para crear el archivo.
status-asking-missing = Preguntando al nuevo PDS qué blobs le faltan, y midiendo tamaños, espacio libre y memoria…
flow-list-failed = No se pudieron listar los blobs
flow-list-failed-advice = No se cambió nada. Vuelva a intentarlo; si sigue fallando, compruebe que ambos servidores funcionan.
status-asking-new-pds = Preguntando al nuevo PDS ({ $pds }) por sí mismo…
status-signing-in-old = Iniciando sesión en el PDS antiguo ({ $url })…
status-looking-up-old = Buscando { $account } e iniciando sesión en el PDS antiguo…
status-reading-account = Sesión iniciada: leyendo la cuenta…
status-signing-in-at = Iniciando sesión en { $url }…
status-looking-up = Buscando { $account } e iniciando sesión en su PDS…
status-looking-up-server = Buscando { $account } y su servidor…
status-their-pds = el PDS de { $account }
status-signing-in-both = Iniciando sesión en el PDS antiguo ({ $old }) y en el nuevo PDS ({ $new })…
status-note = Nota: { $note }
flow-code-refused-advice = Revise el correo y vuelva a escribir el código, o pida uno nuevo.
key-problem-not-ticked = Guarde bien el archivo de la clave y luego marque «Lo he guardado»: sin la clave privada, la clave de recuperación no sirve de nada
key-problem-not-saved = El archivo de la clave aún no se ha guardado: guárdelo, o quite la clave creada
keep-current-done = Hecho: un temporizador de su sistema pone al día esta copia cada día. La página de inicio muestra cómo fue la última ejecución.
keep-current-not-started = El temporizador está escrito ({ $timer }), pero su sistema no lo inició ({ $why }): ejecute `{ $command }` una vez.

## Un inicio de sesión en la propia página del servidor que no terminó (la app).

oauth-error-advice = Vuelva a iniciar sesión, o elija «Usar su contraseña en su lugar». No se cambió nada.
oauth-error-denied = Sin iniciar sesión
oauth-error-denied-detail = No se permitió el inicio de sesión en la página de { $host }.
oauth-error-denied-advice = Vuelva a iniciar sesión y elija «Autorizar» para seguir, o use su contraseña en su lugar. No se cambió nada.
oauth-error-not-offered = Este servidor no puede iniciar su sesión aquí
oauth-error-deactivated = La cuenta está desactivada en su servidor
oauth-error-deactivated-advice = Iniciar sesión en su página la reactivaría. Elija «Usar su contraseña en su lugar»: con la contraseña se lee una cuenta desactivada tal como está. No se cambió nada.
oauth-error-unfinished = El inicio de sesión no terminó
oauth-error-impossible = Aquí no es posible iniciar sesión con su servidor
oauth-error-impossible-advice = Elija «Usar su contraseña en su lugar». No se cambió nada.
