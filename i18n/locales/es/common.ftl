## Palabras que dicen las dos interfaces: cantidades, esperas, los pasos de una mudanza, la lista de después.

blobs-count = { $count ->
    [one] { $count } blob
   *[other] { $count } blobs
}

## Esperas: cuándo terminan, en la zona horaria de la persona.

wait-until-today = hasta las { $clock } (dentro de { $rounded })
wait-until-tomorrow = hasta mañana, { $day } { $month }, { $clock } (dentro de { $rounded })
wait-until-day = hasta el { $weekday } { $day } { $month }, { $clock } (dentro de { $rounded })
wait-pace = al ritmo de este servidor ({ $requests } solicitudes { $per }), los { $left } blobs que faltan tardan { $rounded }
wait-per-days = { $count ->
    [one] al día
   *[other] cada { $count } días
}
wait-per-hours = { $count ->
    [one] por hora
   *[other] cada { $count } horas
}
wait-per-minutes = { $count ->
    [one] por minuto
   *[other] cada { $count } minutos
}
wait-per-seconds = { $count ->
    [one] por segundo
   *[other] cada { $count } segundos
}
about-seconds = unos segundos
about-minutes = { $count ->
    [one] aproximadamente { $count } minuto
   *[other] unos { $count } minutos
}
about-hours = { $count ->
    [one] aproximadamente { $count } hora
   *[other] unas { $count } horas
}
about-days = { $count ->
    [one] aproximadamente { $count } día
   *[other] unos { $count } días
}
month-1 = ene.
month-2 = feb.
month-3 = mar.
month-4 = abr.
month-5 = may.
month-6 = jun.
month-7 = jul.
month-8 = ago.
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = dic.
weekday-1 = lun.
weekday-2 = mar.
weekday-3 = mié.
weekday-4 = jue.
weekday-5 = vie.
weekday-6 = sáb.
weekday-7 = dom.

## Los pasos de una mudanza, como «lo que hace el paso».

step-create-account = crear la cuenta en el nuevo PDS (desactivada)
step-import-repo = copiar el repositorio (registros)
step-blobs = copiar los blobs (imágenes, vídeos)
step-preferences = copiar las preferencias
step-request-plc-token = pedir al PDS antiguo que envíe por correo el código para actualizar la identidad
step-plc-operation = apuntar el DID al nuevo PDS (operación PLC firmada)
step-activate-new = activar la cuenta en el nuevo PDS
step-deactivate-old = desactivar la cuenta en el PDS antiguo
step-request-plc-token-did-web = copiar lo que la cuenta antigua recibió mientras tanto
step-plc-operation-did-web = apuntar el DID al nuevo PDS (usted publica su did.json)
deactivated-by-password = por Tektite, con la contraseña de la cuenta antigua
old-deactivated = La cuenta antigua en { $pds } fue desactivada { $how }.
deactivated-on-account-page = por usted, en la página de la cuenta del servidor antiguo

## La lista después de una mudanza: textos de seguridad, lo más urgente primero.

todo-sign-in-again = Cierre sesión en todas las apps y vuelva a iniciarla como { $new_handle }
todo-sign-in-again-detail = Las apps aún tienen una sesión emitida por el PDS antiguo; hasta que cierre e inicie sesión de nuevo fallarán con errores como «jwt signature does not match jwt issuer». En bsky.app y otras apps, inicie sesión con su identificador y elija «otro proveedor de alojamiento» si se lo preguntan.
todo-new-password = Use la contraseña de la cuenta nueva
todo-new-password-detail = Su contraseña ahora es la que eligió para la cuenta nueva en { $new_pds }. Si es igual a la antigua, una app que inicie sesión en el servidor antiguo entrará en la cuenta antigua desactivada, que parece vacía y no puede publicar: mantenga distintas las dos contraseñas.
todo-keep-key-offline = Guarde su clave de recuperación sin conexión
todo-keep-key-offline-detail = { $did_key } es la primera clave de rotación de su identidad; su clave privada está { $whereabouts }. Con ella puede mover su identidad a otro PDS aunque el nuevo desaparezca. Guarde una copia sin conexión y no la pegue nunca en un sitio web.
todo-consider-key = Piense en una clave de recuperación
todo-consider-key-detail = No tiene ninguna clave de rotación propia: solo el nuevo PDS puede cambiar su identidad. Una clave de recuperación le permite dejarlo aunque desaparezca.
todo-old-deactivated = La cuenta antigua está desactivada, no eliminada
todo-old-deactivated-detail = { $old_account } en { $old_pds } conserva sus datos, desactivada. Espere al menos 72 horas antes de eliminarla; para eliminarla, inicie sesión allí y pida la eliminación (algunos proveedores, bsky.social entre ellos, pueden negarse a eliminar una cuenta migrada: en ese caso, pregunte a su soporte).
todo-old-account = La cuenta antigua
todo-undo-window = 72 horas para deshacer un cambio de identidad no deseado
todo-undo-window-detail = Durante 72 horas, el directorio PLC permite que una clave situada más arriba en la lista anterior de claves de rotación anule un cambio. Su propia clave de recuperación, si tiene una, tiene prioridad sobre las claves del PDS.
todo-app-passwords = Las contraseñas de aplicación no se mudaron
todo-app-passwords-detail = Los bots, clientes y servicios que usaban contraseñas de aplicación necesitan otras nuevas, creadas en el nuevo PDS.
key-whereabouts-kept = donde usted la guarde
key-whereabouts-file = en { $path }

## La mirada desde fuera a la cuenta nueva, tras una mudanza.

look-handle-resolves = { $handle } apunta a su DID
look-handle-elsewhere = apunta a { $other }: el registro DNS o el archivo .well-known del identificador nombra otra cuenta
look-handle-by-pds = { $found }, según el nuevo PDS, que aloja el identificador
look-handle-both-failed = { $error }; el nuevo PDS: { $pds_error }
look-document-names = Su documento DID nombra el nuevo PDS y el identificador
look-document-names-pds = nombra { $pds }
look-document-no-pds = no nombra ningún PDS
look-document-names-handle = nombra el identificador { $handle }
look-document-no-handle = no nombra ningún identificador
look-repo-served = El nuevo PDS sirve su repositorio
look-repo-served-as = como { $handle }

## Lo que un inicio de sesión en la propia página del servidor permite a Tektite («Tektite podrá …»).

oauth-purpose-backup = leer su cuenta (sus publicaciones, medios y ajustes); no se cambia nada
oauth-purpose-protect = cambiar su identidad (para añadir su clave de recuperación), tras el código que su servidor le envía por correo
oauth-purpose-move = crear su cuenta en el nuevo servidor, mover allí su identidad (tras el código que su servidor le envía por correo) y copiar sus ajustes
oauth-purpose-read = leer su cuenta; no se cambia nada

## Los números en palabras. $size ya está escrito como el idioma escribe los tamaños.

format-rate = { $size }/s
format-seconds = { $s } s
format-minutes-seconds = { $m } min { $s } s
format-hours-minutes = { $h } h { $m } min
format-just-now = ahora mismo
format-minutes-ago = { $count ->
    [one] hace { $count } minuto
   *[other] hace { $count } minutos
}
format-hours-ago = { $count ->
    [one] hace { $count } hora
   *[other] hace { $count } horas
}
format-yesterday = ayer
format-days-ago = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}

## Los errores en palabras: qué pasó (el título) y qué hacer (el consejo). Lo que dijo el servidor
## queda en sus propias palabras, en «Detalles técnicos».

error-browser-network = el navegador informa de un error de CORS/red: el PDS o un proxy cortó la conexión
error-no-server-web = Ningún servidor respondió en { $host } (o no deja que las páginas web le pregunten): compruebe la dirección
error-no-server = Ningún servidor respondió en { $host }: compruebe la dirección
error-not-a-pds = { $host } respondió, pero no es un PDS (no conoce describeServer): compruebe la dirección
error-storage = El almacenamiento local no está disponible
error-storage-web = Permita que este sitio guarde datos (las ventanas privadas y algunos ajustes de privacidad lo impiden) y vuelva a intentarlo. La app de escritorio y la herramienta de línea de comandos guardan sus datos en archivos normales.
error-storage-desktop = Compruebe que su carpeta personal admite escritura y tiene espacio libre, y vuelva a intentarlo.
error-kept = Cada paso terminado se conserva: pulse «Reintentar» para seguir donde se detuvo.
error-2fa = El PDS antiguo pide un código de inicio de sesión
error-2fa-advice = Ha enviado un código a la dirección de la cuenta. Vuelva atrás, escríbalo en «Código de inicio de sesión» y continúe. No se cambió nada.
error-different-accounts = Son dos cuentas distintas
error-different-accounts-advice = Inicie sesión con la misma identidad (DID) en ambos servidores: en el nuevo PDS, la cuenta creada para esta migración.
error-sign-in-bad-input = No se cambió nada en ninguno de los servidores. Corrija el formulario y vuelva a intentarlo.
error-sign-in-unreachable-web = No se cambió nada en ninguno de los servidores. Compruebe la dirección. Si es correcta, puede que el servidor esté caído o que un proxy delante de él respondiera sin cabeceras CORS (los navegadores ocultan entonces la respuesta). Vuelva a intentarlo más tarde o use la app de escritorio o la herramienta de línea de comandos, a las que CORS no afecta.
error-sign-in-unreachable = No se cambió nada en ninguno de los servidores. Compruebe la dirección; si es correcta, puede que el servidor esté caído: vuelva a intentarlo más tarde.
error-wrong-password = { $side ->
    [old] El PDS antiguo no aceptó la contraseña
   *[new] El nuevo PDS no aceptó la contraseña
}
error-unknown-handle = { $side ->
    [old] El PDS antiguo no conoce { $handle }
   *[new] El nuevo PDS no conoce { $handle }
}
error-not-on-server = { $side ->
    [old] La cuenta no está en el PDS antiguo
   *[new] La cuenta no está en el nuevo PDS
}
error-no-account-found = No se encontró ninguna cuenta para { $handle }
error-identity = No se pudo consultar la identidad de la cuenta
error-unreachable = { $side ->
    [old] No se pudo conectar con el PDS antiguo
   *[new] No se pudo conectar con el nuevo PDS
}
error-sign-in = { $side ->
    [old] No se pudo iniciar sesión en el PDS antiguo
   *[new] No se pudo iniciar sesión en el nuevo PDS
}
error-invite = El nuevo PDS necesita un código de invitación
error-invite-advice = Pida un código de invitación al operador del nuevo PDS, escríbalo en el formulario y vuelva a intentarlo. No se cambió nada.
error-handle-not-ready = El nuevo identificador no está listo
error-handle-not-ready-advice = Configure { $handle } como se describe o elija otro identificador. No se cambió nada.
error-handle-not-ready-domains = Vuelva atrás y elija un identificador bajo { $domains }, o configure { $handle } como se describe. No se cambió nada.
error-code-expired = El código ha caducado
error-code-wrong = Ese código no es correcto
error-code-expired-advice = Se ha enviado un código nuevo por correo: escriba ese. Su identidad aún no se ha movido.
error-code-wrong-advice = Revise el correo y escriba el código de nuevo. Su identidad aún no se ha movido.
error-unmovable = { $count ->
    [one] Un blob no se podrá mover nunca
   *[other] { $count } blobs no se podrán mover nunca
}
error-unmovable-advice = Su identidad no se ha movido: la cuenta antigua sigue funcionando. Estos blobs ya no están en el PDS antiguo o son más grandes de lo que acepta el nuevo PDS, así que ninguna ejecución posterior podrá moverlos. Para mudarse sin ellos, ejecute tektite-cli migrate con --accept-missing-blobs; o pida al operador del nuevo PDS que suba su límite de subida.
error-blobs-incomplete = Algunos blobs aún no están en el nuevo PDS
error-blobs-incomplete-advice = Su identidad no se ha movido: la cuenta antigua sigue funcionando. { $kept } Los blobs que vuelvan a fallar aparecen en el registro.
error-locked = Otra ejecución está trabajando en esta cuenta
error-locked-advice = Otra pestaña, otra ventana o la línea de comandos está trabajando con esta cuenta. Deje que termine (o ciérrela) y luego continúe aquí: no se cambió nada y no se pierde nada.
error-new-account-refused = El nuevo PDS rechazó la cuenta nueva
error-new-account-refused-advice = Corrija el formulario (identificador, correo, contraseña, código de invitación) y vuelva a intentarlo.
error-move-stopped = La mudanza se detuvo
key-whereabouts-downloads = en la carpeta de descargas de su navegador

## Por qué se eligió la estrategia de blobs y cuánto tardan los blobs (el plan).

why-nothing-missing = no falta nada en el nuevo PDS
why-too-many = { $count } blobs son más de { $most }: el streaming los mueve sin copias locales, con memoria constante
why-sizes-unknown = se desconoce el tamaño de los blobs, así que no se puede dimensionar la caché: el streaming no necesita caché
why-space-unknown = no se pudo medir el espacio libre de la caché: el streaming no necesita caché
why-fits-twice = { $count } blobs ({ $size }) caben dos veces en los { $space } libres de la caché: cada blob se verifica y se guarda localmente, así que una subida fallida nunca lo vuelve a descargar
why-fits-twice-memory = { $count } blobs ({ $size }) caben dos veces en los { $space } libres de la caché, con { $memory } de memoria disponible: cada blob se verifica y se guarda localmente, así que una subida fallida nunca lo vuelve a descargar
why-unreliable = la red ha sido poco fiable y los { $space } libres de la caché dan cabida a los { $size } de blobs: las copias locales evitan descargas repetidas
why-too-little-space = los { $space } libres de la caché son menos del doble de los { $size } de blobs: el streaming no necesita caché
time-transfer = unos { $time } a 10 MiB/s
time-days = unos { $days } días: un PDS suele aceptar { $per_day } subidas al día, así que la mudanza se pausa y sigue sola (o continúela al día siguiente)
time-days-transfer = unos { $days } días: un PDS suele aceptar { $per_day } subidas al día, así que la mudanza se pausa y sigue sola (o continúela al día siguiente); la transferencia en sí, { $transfer }
time-unknown = desconocido hasta medir los tamaños

## Los pasos de una restauración.

restore-step-point-identity = dejar que la clave de recuperación firme por la identidad
restore-step-create-account = crear la cuenta en el nuevo PDS
restore-step-import-repo = importar el repositorio desde la copia
restore-step-blobs = subir los blobs desde la copia
restore-step-preferences = restaurar las preferencias
restore-step-move-identity = apuntar la identidad al nuevo PDS
restore-step-activate = activar la cuenta en el nuevo PDS

## El plan tal como lo imprime la CLI: una columna de etiquetas y luego el valor.

plan-print-title = Plan de mudanza de { $did }
plan-print-from = desde
plan-print-to = a
plan-print-missing = blobs que faltan
plan-print-missing-value = { $missing } (el PDS antiguo tiene { $inventory }, { $present } no faltan)
plan-print-cached = ya en caché
plan-print-cached-value = { $count } copias verificadas de una ejecución anterior
plan-print-size = tamaño total
plan-print-time = tiempo
plan-print-memory = memoria libre
plan-print-cache = caché libre
plan-print-unknown-location = lugar desconocido
plan-print-quota = cuota de caché
plan-print-network = red
plan-print-strategy = estrategia
plan-print-strategy-forced = { $strategy } (forzada)
plan-print-why = por qué
plan-print-buffers = búferes
plan-print-memory-needed = memoria necesaria
plan-print-memory-needed-value = unos { $size } para búferes
plan-print-uploads = subidas

## Notas que deja una mudanza por el camino.

note-no-document = no se pudo leer el documento DID de { $did }; se sigue sin él
note-plc-already = el documento DID ya apunta al nuevo PDS
note-old-deactivated = { $pds } muestra la cuenta antigua desactivada
note-account-exists-active = la cuenta ya existe en el nuevo PDS (activa); sesión iniciada en ella
note-account-exists-deactivated = la cuenta ya existe en el nuevo PDS (desactivada); sesión iniciada en ella
note-accepted-lost = aceptado como perdido, como eligió: { $cids }
note-no-preferences = el PDS antiguo no ofrece preferencias (sin App View configurado); nada que copiar
note-preferences-copied = { $count ->
    [one] { $count } preferencia copiada
   *[other] { $count } preferencias copiadas
}
note-new-records = { $count ->
    [one] { $count } registro nuevo en la cuenta antigua desde que empezó la mudanza: copiado
   *[other] { $count } registros nuevos en la cuenta antigua desde que empezó la mudanza: copiados
}
note-did-web-no-code = un did:web no necesita código por correo: en su lugar usted publica su nuevo documento DID
note-did-web-published = { $url } nombra el nuevo PDS, su clave y el nuevo identificador
note-entryway = sesión iniciada en { $signed_in_at }; los datos de la cuenta están en { $pds }, con el que Tektite habla a partir de ahora

## Lo que harán los pasos que no se pueden deshacer (la confirmación, el resumen de la CLI).

irreversible-plc = el DID { $did } apuntará a { $pds } (identificador { $handle }): todo el mundo buscará la cuenta allí
irreversible-did-web = usted apunta el DID { $did } a { $pds } (identificador { $handle }) publicando el documento DID que Tektite le muestra: todo el mundo buscará la cuenta allí
irreversible-did-web-catch-up = lo que la cuenta antigua recibió mientras tanto se copia una última vez (un did:web no necesita código por correo)
irreversible-deactivate = la cuenta se desactivará en { $pds }

## Lo que aún le falta al documento publicado de un did:web.

did-web-unreadable = no se pudo leer { $url }
did-web-lacks-pds = el servicio #atproto_pds debe ser { $pds } (es { $now })
did-web-lacks-pds-missing = el servicio #atproto_pds debe ser { $pds } (falta)
did-web-lacks-key = el método de verificación #atproto debe ser el Multikey { $key } (es { $now })
did-web-lacks-key-missing = el método de verificación #atproto debe ser el Multikey { $key } (falta o no es un Multikey)
did-web-lacks-handle = alsoKnownAs debe nombrar at://{ $handle }
