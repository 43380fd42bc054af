## As palavras do app (src/ui, src/app).

language-label = Idioma
footer-license = Código aberto · MIT ou Apache-2.0
footer-face-web = web
footer-face-desktop = desktop

## A lista de etapas ao lado de cada tela.

rail-label = Etapas da mudança
rail-accounts = Contas
rail-target-pds = PDS de destino
rail-plan = Plano
rail-run = Execução
rail-identity = Identidade
rail-done = Pronto
rail-accounts-summary = Entrar na conta que vai mudar
rail-target-pds-summary = Escolher o servidor para onde ela vai
rail-plan-summary = Revisar o que será copiado
rail-run-summary = Copiar os blobs, verificados
rail-identity-summary = Apontar sua identidade para o novo PDS (mudança completa)
rail-done-summary = Conferir o resultado e terminar
rail-account = Conta
rail-back-up = Backup
rail-confirm = Confirmar
rail-backup-and-key = Backup e chave
rail-check = Conferir
rail-restore = Restaurar
rail-backup-accounts-summary = Entrar na conta para o backup
rail-backup-run-summary = Salvar tudo, cada arquivo verificado
rail-backup-done-summary = Onde está o backup, o que mudou
rail-protect-accounts-summary = Entrar, escolher sua chave de recuperação
rail-protect-identity-summary = Digitar o código que o PDS enviou
rail-protect-done-summary = Suas chaves e o que guardar
rail-restore-accounts-summary = Seu backup, sua chave, o novo PDS
rail-restore-plan-summary = O que volta, assinado com sua chave
rail-restore-run-summary = Identidade, conta, dados, blobs
rail-restore-done-summary = Entrar no novo PDS
header-note = Mudança de conta ATProto

## A página inicial.

welcome-window-title = Tektite — mude, faça backup e proteja sua conta do Bluesky
welcome-eyebrow = Bluesky · ATProtocol
welcome-title = Mude sua conta do Bluesky para um novo PDS
welcome-lead = Com os blobs, verificada e retomável.
welcome-feature-blobs = Com os blobs
welcome-feature-blobs-text = Cada imagem e cada vídeo vão junto com seus posts, quem você segue e seu perfil.
welcome-feature-verified = Verificada
welcome-feature-verified-text = Cada blob é conferido com o hash do seu conteúdo no novo PDS antes de a sua identidade mudar.
welcome-feature-resumable = Retomável
welcome-feature-resumable-text = Se a conexão cair ou a janela fechar, continue de onde parou.
welcome-before = Antes de começar
welcome-before-account = O identificador e a senha da conta que vai mudar
welcome-before-server = O endereço do novo PDS, e um código de convite se ele pedir
welcome-before-email = Acesso ao e-mail da conta: o PDS atual envia um código para confirmar a mudança
welcome-move = Mudar minha conta
welcome-move-hint = Nada muda em nenhum dos PDS até você iniciar o plano.
welcome-repair = Modo de reparo
welcome-repair-text = Uma conta já mudada cujo novo PDS não tem alguns blobs (imagens, vídeos): encontrá-los e copiá-los do PDS antigo. A conta precisa existir nos dois.
welcome-repair-button = Reparar blobs faltando
welcome-backup = Fazer backup desta conta
welcome-backup-text = Guarde com você tudo o que a conta tem: posts, quem você segue, imagens e vídeos, preferências e o histórico da identidade, cada arquivo verificado. Nada muda no servidor; o próximo backup só busca o que é novo.
welcome-protect = Proteger esta conta
welcome-protect-text = Adicione uma chave de recuperação que só você tem enquanto o servidor da conta ainda funciona: com ela e um backup você pode trazer a conta de volta em outro PDS, mesmo que este desapareça. Seu PDS envia um código por e-mail para confirmar.
welcome-restore = Meu servidor antigo sumiu
welcome-restore-text = Com um backup e sua chave de recuperação, traga a conta de volta em um novo PDS: o mesmo DID, seus posts, imagens e preferências. Nada do servidor antigo é necessário.
welcome-restore-button = Restaurar de um backup
kept-title = Seus backups neste dispositivo
kept-backup-now = Fazer backup agora
kept-backup-now-label = Fazer backup agora: { $account }

## Os avisos que oferecem continuar uma execução inacabada, ou ver o relatório de uma mudança.

banner-reached = Chegou a: { $step }.
banner-blobs-on-new = { $done } de { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} no novo PDS.
banner-route-to = Mudando para { $host }
banner-move-label = Mudança de conta inacabada
banner-move-heading = Continuar a mudança de { $who }
banner-move-text = { $progress } { $route }. Cada etapa concluída fica guardada; digite as senhas de novo para continuar de onde parou.
banner-repair-label = Migração inacabada
banner-repair-heading = Retomar a migração de { $who }
banner-repair-text = { $progress } { $route }. Os blobs que já estão no novo PDS e as cópias verificadas neste dispositivo ficam guardados; digite as senhas para continuar.
banner-backup-label = Backup inacabado
banner-backup-heading = Continuar o backup de { $who }
banner-backup-text = Tudo o que foi salvo fica guardado; digite a senha para buscar o resto.
banner-protect-label = Chave de recuperação ainda não adicionada
banner-protect-heading = Terminar de proteger { $who }
banner-protect-text = A chave ainda não foi adicionada; digite a senha para pedir um código novo.
banner-restore-label = Restauração inacabada
banner-restore-heading = Continuar restaurando { $who }
banner-restore-text = { $progress } Cada etapa concluída fica guardada; escolha o arquivo da chave de recuperação e digite a nova senha para seguir.
banner-continue = Continuar
banner-resume = Retomar
banner-dismiss = Dispensar
report-banner-label = Mudança de conta concluída
report-banner-heading = Sua conta mudou para { $host }
report-banner-text = { $handle } agora vive lá. O relatório tem a lista do que fazer em seguida.
report-banner-button = Ver o relatório
kept-last-backup = último backup { $ago }
kept-no-backup-yet = nenhum backup completo ainda
kept-last-run-failed = a última execução falhou { $ago }: { $said }
kept-kept-current = mantido em dia { $every }

## O formulário de cada entrada.

form-submit-backup = Entrar e fazer backup
form-submit-restore = Conferir o backup
form-submit-protect = Entrar e adicionar a chave
form-submit-plan = Entrar e planejar
form-legend-the-account = A conta
form-resuming-backup = Continuando o backup de
form-advanced = Avançado
form-strategy = Estratégia
form-legend-account-now = Sua conta atual
form-resuming-move = Continuando a mudança de
form-blob-strategy = Estratégia de blobs
form-resuming-repair = Retomando a migração de
form-restore-title = Traga sua conta de volta a partir de um backup
form-restore-lead = Para quando o servidor da conta sumiu de vez: seu backup, o arquivo da sua chave de recuperação e o novo PDS com a conta que você recebe lá. O mesmo DID, os mesmos posts, imagens e preferências.
form-restore-resuming = O backup e o novo PDS foram preenchidos da última vez. Escolha o arquivo da chave e digite a nova senha de novo: cada etapa concluída fica guardada.
form-restore-privacy = A chave de recuperação e a senha só são usadas a partir deste dispositivo e nunca são salvas.
form-restore-hint = Nada muda antes de você conferir o que será restaurado.
form-protect-title = Proteja sua conta com uma chave de recuperação
form-protect-lead = Uma chave que só você tem, colocada em primeiro lugar entre as chaves que podem alterar sua identidade. Com ela e um backup, você pode trazer a conta de volta em outro PDS mesmo que este desapareça.
form-protect-resuming = O identificador foi preenchido da última vez. Digite a senha para continuar.
form-protect-privacy = A senha e o código do e-mail só são usados a partir deste dispositivo e nunca são salvos. A metade privada de uma chave criada aqui vai para o arquivo que você guarda, e para nenhum outro lugar.
form-protect-hint = Seu PDS envia um código por e-mail para confirmar; nada muda antes de você digitá-lo.
form-backup-title = Faça backup da sua conta
form-backup-lead = Tudo o que a conta tem: posts, quem você segue, imagens e vídeos, preferências e o histórico da identidade, cada arquivo verificado. Nada muda no servidor.
form-backup-resuming = O identificador foi preenchido da última vez. Digite a senha para continuar: o que o backup já tem não é baixado de novo.
form-backup-privacy = A senha só é usada a partir deste dispositivo e nunca é salva.
form-backup-hint = Um segundo backup mais tarde só busca o que é novo.
form-move-title = Mude sua conta
form-move-lead = A conta que vai mudar, o PDS para onde ela vai e a conta que ela recebe lá: o mesmo DID, os mesmos posts, seguidores e blobs.
form-move-resuming = Os endereços e identificadores foram preenchidos da última vez. Digite as senhas de novo: cada etapa concluída fica guardada e a mudança continua de onde parou.
form-move-privacy = Senhas e códigos só são usados a partir deste dispositivo e nunca são salvos. Os endereços e identificadores ficam guardados para que uma mudança interrompida possa continuar.
form-repair-title = Reparo: copiar os blobs que faltam no novo PDS
form-repair-lead = Entre na conta do PDS que você está deixando e na conta já criada no novo. Depois o Tektite lista o que ainda falta no novo PDS.
form-repair-resuming = Os endereços e identificadores foram preenchidos da última vez. Digite as duas senhas para continuar: o novo PDS diz o que ainda falta, e as cópias verificadas guardadas neste dispositivo não são baixadas de novo.
form-repair-privacy = As senhas só são usadas para entrar a partir deste dispositivo e nunca são salvas. Os endereços e identificadores ficam guardados para que uma migração interrompida possa ser retomada.
form-repair-hint = Nada é copiado até você confirmar o plano.
form-tag-from = De
form-handle-or-did = Identificador ou DID
form-old-handle-hint = A partir dele, o Tektite encontra o servidor que hospeda a conta
form-server-sign-in = Você entra pela própria página do seu servidor.
form-server-sign-in-web = O Tektite a abre em uma nova janela e nunca vê sua senha.
form-server-sign-in-desktop = O Tektite a abre no seu navegador e nunca vê sua senha.
form-use-password = Usar sua senha em vez disso
form-password = Senha
form-old-password-hint = A senha da conta, não uma senha de app
form-use-server = Entrar pela página do seu servidor em vez disso
form-sign-in-code = Código de login
form-sign-in-code-hint = O PDS antigo o enviou para o endereço da conta
form-tag-key = Chave
form-legend-recovery-key = Sua chave de recuperação
form-tag-to = Para
form-legend-new-pds = O novo PDS
form-server-address = Endereço do servidor
form-new-pds-hint = O servidor para onde a conta vai
form-check-server = Verificar este PDS
form-fact-handles-under = Identificadores em
form-none = —
form-invite-code = Código de convite
form-invite-needed = necessário
form-invite-not-needed = não necessário
form-fact-phone = Telefone
form-phone-needed = verificação necessária: o Tektite não consegue fazer isso
form-invite-hint = Só se o novo PDS pedir um
form-concurrency = Blobs ao mesmo tempo
form-concurrency-default = Padrão
form-concurrency-hint = Padrão: se adapta. Começa em 4 e cresce enquanto a transferência fica mais rápida (conexões com latência precisam de mais); um número aqui fixa o valor.
form-old-pds = Entrar em (opcional)
form-old-pds-placeholder = encontrado pelo identificador
form-old-pds-hint = Deixe vazio: o próprio servidor da conta é procurado. Ou onde você entra, por ex. https://bsky.social
form-plc-url = Diretório PLC
form-plc-url-hint = Deixe como está, a menos que você mantenha o seu
form-handle-resolver = Resolvedor de identificadores
form-handle-resolver-hint = Consultado quando o registro DNS de um identificador não pode ser lido (navegadores não conseguem)
form-server-privacy = O login no seu servidor só dura enquanto o Tektite roda e nunca é salvo; o Tektite só pede o que isto precisa.
form-server-privacy-new = A senha da conta nova só é usada a partir deste dispositivo e nunca é salva.
form-legend-backup-and-key = Seu backup e sua chave
form-backup = Backup
form-backup-choose = Escolher um backup guardado neste navegador
form-backup-none = Nenhum backup está guardado neste navegador: escolha o arquivo (.tar) dele abaixo.
form-backup-pick-folder = Escolher uma pasta de backup
form-backup-archive = Ou o arquivo do backup (.tar)
form-backup-archive-hint = O arquivo com que um backup feito no navegador foi baixado, ou uma pasta de backup empacotada com tar.
form-backup-folder = Pasta do backup
form-backup-folder-placeholder = Documentos/Backups do Tektite/alice.bsky.social
form-backup-folder-hint = A pasta que um backup gravou (ela tem manifest.json), ou o .tar dela
form-key-file = Arquivo da chave de recuperação
form-key-file-hint = O arquivo gravado quando a chave foi criada (tektite-recovery-key-….txt). Ele fica neste dispositivo.
form-tag-into = Em
form-legend-backup-place = Para onde vai o backup
form-backup-into-browser = No armazenamento deste navegador para este site, e depois entregue a você como um arquivo (.tar) nos seus downloads. Descompactado, é uma pasta de backup que a linha de comando do Tektite pode conferir e restaurar. O próximo backup neste navegador só busca o que é novo.
form-backup-pick-another = Escolher outra pasta
form-backup-pick-instead = Escolher uma pasta em vez disso
form-folder = Pasta
form-folder-hint = Deixe vazio para a pasta mostrada. Um backup anterior da mesma conta que esteja lá é atualizado.
form-repair-new-handle-hint = A conta criada lá para esta mudança (ela pode estar desativada)
form-new-handle = Novo identificador
form-new-handle-hint-domains = Em um dos domínios acima (escolha da lista enquanto digita), ou em um domínio seu: nesse caso o DNS dele já precisa indicar sua conta
form-new-password = Nova senha
form-new-password-hint = Para a conta no novo PDS
form-new-handle-hint = Em um dos domínios do novo PDS, ou em um domínio seu
form-email = E-mail
form-tag-new = Nova
form-legend-new-account = A conta no novo PDS
form-key-file-unusable = { $name } não pode ser usado: { $error }
form-backup-choice = { $who }, feito em { $taken } ({ $blobs ->
    [one] { $blobs } blob
   *[other] { $blobs } blobs
})
restore-picked-folder = O backup na pasta { $name } que você escolheu.
restore-archive-picked = O arquivo { $name }, lido onde está: nada é copiado para o navegador.
backup-into-picked-folder = Na pasta { $name } que você escolheu: os arquivos ficam lá, e o próximo backup nela só busca o que é novo.

## A última etapa, quando a conta antiga precisa ser desativada na própria página.

deactivate-choose = Escolha "Conta" e depois "Desativar conta".
deactivate-come-back = Volte aqui e confira de novo: a mudança termina quando o servidor antigo mostrar a conta desativada.
deactivate-recheck = Desativei: conferir de novo
deactivate-use-password = Usar a senha antiga nesta etapa em vez disso
deactivate-password = Senha da conta antiga
deactivate-password-hint = Usada uma vez, para desativar a conta antiga, e nunca salva
deactivate-button = Desativar a conta antiga
deactivate-title = Última etapa: desativar a conta antiga
deactivate-lead = Sua conta agora vive no novo servidor. A conta antiga em { $old_pds } ainda está ativa: o login pelo seu servidor talvez não consiga desativá-la, então desative você mesmo lá.
deactivate-open = Abra { $link } e entre lá.
deactivate-page-link = a página da conta do servidor antigo

## O campo da chave de recuperação: um texto de segurança.

key-label-protect = Uma chave de recuperação que você já tem
key-label-move = Sua chave de recuperação (opcional, recomendada)
key-hint = Uma chave de rotação que você tem, colocada em primeiro lugar no seu documento DID: com a chave privada dela você pode mudar sua identidade sem nenhum PDS, mesmo que o novo desapareça. As chaves que você adicionou antes são mantidas de qualquer forma.
key-generate = Criar uma nova chave de recuperação para mim
key-new = Sua nova chave de recuperação
key-saved-check = Salvei o arquivo da chave em um lugar seguro (offline, não neste navegador)
key-save-again = Salvar o arquivo de novo
key-drop = Não usar esta chave
unmovable-stop = Parar aqui
unmovable-stop-hint = Parar mantém tudo o que foi copiado; nada irreversível aconteceu ainda.
key-file-saved = O arquivo dela, { $file }, contém a chave privada e foi salvo { $place }. O Tektite não o mostra em nenhum outro lugar e não guarda cópia.
key-file-not-saved = Não foi possível salvar o arquivo da chave: { $error }
unmovable-title = { $count ->
    [one] { $count } blob não pode ser movido
   *[other] { $count } blobs não podem ser movidos
}
unmovable-lead = { $count ->
    [one] Todo o resto está no novo PDS. Este blob sumiu do PDS antigo ou é maior do que o novo aceita, então nenhuma execução posterior pode movê-lo.
   *[other] Todo o resto está no novo PDS. Estes blobs sumiram do PDS antigo ou são maiores do que o novo aceita, então nenhuma execução posterior pode movê-los.
}
unmovable-used-by = Usado por { $record }
unmovable-warning = { $count ->
    [one] Se você seguir, os posts que usam este blob continuam, mas mostram uma imagem ou vídeo faltando. O relatório guarda a lista, e "Reparar blobs faltando" pode tentar de novo mais tarde, caso o PDS antigo recupere este blob.
   *[other] Se você seguir, os posts que usam estes blobs continuam, mas mostram uma imagem ou vídeo faltando. O relatório guarda a lista, e "Reparar blobs faltando" pode tentar de novo mais tarde, caso o PDS antigo recupere estes blobs.
}
unmovable-accept = { $count ->
    [one] Seguir sem este blob
   *[other] Seguir sem estes blobs
}

## As peças de cada cartão.

card-back = Voltar
card-cancel = Cancelar
card-eyebrow = Etapa { $number } de { $total } · { $step }
strategy-auto = Automática
strategy-streaming = Streaming
strategy-storage = Armazenamento (cópia local primeiro)
strategy-auto-explain = Decidida pelas medições: uma cópia local primeiro para até 50 blobs quando há espaço, streaming nos outros casos.
strategy-streaming-explain = Cada blob vai direto do PDS antigo para o novo; nada fica neste dispositivo.
strategy-storage-explain = Cada blob é baixado e verificado no armazenamento local e enviado de lá: um envio que falhar nunca o baixa de novo.

## As etapas de identidade, que não podem ser desfeitas: textos de segurança.

facts-account-did = Conta (DID)
facts-records = Registros no novo PDS
facts-blobs-expected-imported = Blobs esperados / importados
facts-blobs-missing = Blobs faltando
facts-identity-points-at = Sua identidade aponta para
confirm-what-happens = O que vai acontecer
confirm-code-emailed = O PDS antigo envia um código de confirmação para o endereço da conta; você o digita aqui (ele vale por 15 minutos).
confirm-activated = A conta é ativada no novo PDS.
confirm-rotation-keys = Quem poderá alterar sua identidade depois (chaves de rotação, a primeira vence)
confirm-keys-stay = As chaves que você mesmo adicionou continuam, à frente da chave do próprio novo PDS.
confirm-button = Sim, mudar minha identidade
confirm-not-now = Agora não
confirm-not-now-hint = "Agora não" mantém tudo o que foi copiado; você pode voltar a esta etapa mais tarde.
token-sent-to = Enviado para
token-code = Código de confirmação
token-code-hint = Letras e números como no e-mail, por ex. ABCDE-12345
token-new-code = Enviar um código novo
token-stop = Parar
did-web-pds = PDS (#atproto_pds)
did-web-signing-key = Chave de assinatura (#atproto, Multikey)
did-web-handle = Identificador (alsoKnownAs)
did-web-lacks = Ainda falta no documento publicado:
did-web-document = O documento a publicar (suas outras entradas mantidas)
did-web-document-label = O documento DID a publicar
did-web-recheck = Publiquei: conferir de novo
did-web-stop-hint = Parar mantém tudo o que foi copiado; a mudança continua aqui quando o documento estiver publicado.
facts-from = De
facts-to = Para
facts-missing-accepted = { $count } ({ $lost } aceitos como perdidos)
facts-new-account = Conta nova
facts-active = ativa
facts-not-active = ainda não ativa
confirm-title = Tudo foi copiado. Mudar sua identidade?
confirm-lead = Seus posts, quem você segue, preferências e cada blob estão no novo PDS. As próximas etapas não podem ser desfeitas.
token-title = Digite o código do e-mail
token-valid = Válido
token-submit-protect = Adicionar minha chave de recuperação
token-submit-move = Mudar minha identidade
token-lead-protect-now = Seu PDS acabou de enviar um código de confirmação para { $email }.
token-lead-protect-earlier = Seu PDS enviou há pouco um código de confirmação para { $email }.
token-lead-move-now = O PDS antigo acabou de enviar um código de confirmação para { $email }.
token-lead-move-earlier = O PDS antigo enviou há pouco um código de confirmação para { $email }.
did-web-title = Publique seu novo documento DID
did-web-lead = { $did } é um did:web: você mesmo o muda, alterando o documento em { $url }.

## A execução em andamento.

run-back-to-form = Voltar ao formulário
run-downloaded = Baixado
run-rate = Velocidade
run-elapsed = Decorrido
run-failed = Com falha
run-asking = Perguntando ao novo PDS o que ainda falta…
run-tag-from-cache = do cache local
run-stopped = Parado
run-stopped-lead = Tudo o que foi feito fica guardado: etapas concluídas, blobs que já estão no novo PDS, cópias locais verificadas. "Continuar" segue daqui.
run-stopped-hint = "Continuar" usa as senhas que você digitou; nada é enviado duas vezes.
run-working = Trabalhando
run-move-lead = Cada etapa é salva ao terminar: se isto parar, a mudança continua de onde estava.
run-move-hint = Parar mantém cada etapa concluída e cada blob que já está no novo PDS.
run-restore-title = Restaurando sua conta
run-restore-lead = Cada etapa é salva ao terminar: se isto parar, "Continuar" segue dali.
run-restore-hint = Parar mantém cada etapa concluída; "Continuar" segue.
run-protect-title = Adicionando sua chave de recuperação
run-protect-lead = O PDS assina a alteração com o código, e o diretório PLC é lido de novo para conferir.
run-protect-hint = Parar agora pode deixar a alteração feita ou não: a próxima tentativa dirá qual.
run-backup-title = Salvando o backup
run-backup-lead = Primeiro o repositório, depois cada blob, cada um conferido com o hash do seu conteúdo ao ser gravado.
run-backup-hint = Parar mantém cada blob salvo até aqui; o próximo backup continua dali.
run-repair-checking = Conferindo o novo PDS
run-repair-copying = Copiando blobs
run-repair-hint = Parar mantém cada blob concluído e cada cópia local verificada; continue mais tarde pela página inicial.
run-now-saving = Salvando agora
run-now-moving = Mudando agora
run-bar-saved = Blobs salvos
run-bar-copied = Blobs copiados
run-saved = Salvo
run-uploaded = Enviado
run-kept-backup = Já no backup
run-kept-restore = Do backup
run-kept-cache = Do cache local
run-bytes-of-about = { $done } de cerca de { $total }
run-bytes-of = { $done } de { $total }
run-bytes-saved = { $done } salvos
run-bytes-uploaded = { $done } enviados
run-summary = { $done } de { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} · { $bytes }
run-time-left = faltam cerca de { $time }
run-overall = { $on_new } de { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} no novo PDS, { $before } deles de antes desta execução
run-persistence-granted = Este navegador vai manter o cache e o estado para retomar (armazenamento persistente concedido).
run-persistence-not-granted = O armazenamento persistente não foi concedido: se faltar espaço, o navegador pode limpar o cache; os blobs verificados seriam então baixados de novo.
run-persistence-unavailable = Não foi possível pedir armazenamento persistente ao navegador: { $error }
run-wait-stated = como o servidor pediu
run-wait-default = o servidor não disse quanto tempo; aguardando um tempo padrão
run-wait-may-leave = Você pode deixar isto aberto, ou fechar e continuar depois: nada do que foi feito se perde.
run-wait-continues = Continua sozinho.
run-wait-pace = { $pace }.
run-wait = Em pausa: { $host } está limitando o ritmo de solicitações, { $until } ({ $why }).
run-strategy = Blobs: { $name }
run-at-once = { $count ->
    [one] { $count } blob ao mesmo tempo
   *[other] { $count } blobs ao mesmo tempo
}
run-retries = { $count ->
    [0] nenhuma nova tentativa até agora
    [one] { $count } nova tentativa após uma falha passageira
   *[other] { $count } novas tentativas após falhas passageiras
}
run-rate-limit-waits = { $count ->
    [one] esperou uma vez pelo limite de um servidor
   *[other] esperou { $count } vezes pelos limites dos servidores
}
run-sessions-renewed = { $count ->
    [one] uma sessão foi renovada
   *[other] sessões renovadas { $count } vezes
}
run-size-unknown = tamanho desconhecido
run-attempt = tentativa { $attempt }
run-blob-downloaded = Blob { $cid }: baixado
run-blob-uploaded = Blob { $cid }: enviado
steps-done = Feito:
steps-stopped = Parou aqui:
steps-current = Em andamento:
steps-upcoming = A fazer:
log-summary = Registro ({ $count ->
    [one] { $count } linha
   *[other] { $count } linhas
})
log-label = Registro

## O plano.

plan-account = Conta
plan-backup-taken = Backup feito em
plan-blobs = Blobs
plan-from-gone = De (sumiu)
plan-signed-with-key = Assinado com sua chave de recuperação
plan-restore-step-create = Sua chave de recuperação permite que o novo PDS crie a conta para o seu DID
plan-restore-step-data = A conta é criada, o repositório importado, cada blob enviado (cada um conferido de novo) e as preferências restauradas
plan-restore-step-identity = Sua identidade passa a apontar para o novo PDS; sua chave de recuperação continua em primeiro lugar entre as chaves que podem alterá-la
plan-restore-step-activate = A conta é ativada: entre lá com o novo identificador e a nova senha
plan-restore-irreversible = Não pode ser desfeito: sua identidade é alterada com sua chave de recuperação. A chave do servidor antigo é removida dela, então se esse servidor voltar um dia, não poderá mais alterar sua identidade.
plan-already-there = Já está lá
plan-time = Tempo
plan-space = Espaço neste dispositivo
plan-cached = Cópias verificadas de uma execução anterior
technical-details = Detalhes técnicos
plan-buffers-label = Buffers
plan-memory-free = Memória livre
plan-local-cache = Cache local
plan-storage-quota = Cota de armazenamento
plan-uploads = Envios
plan-measured = Como estes números foram medidos
plan-blobs-on-old = Blobs no PDS antigo
plan-estimated-time = Tempo estimado
plan-local-space = Espaço local
plan-likely-strategy = Estratégia de blobs (provável)
plan-the-steps = As etapas
plan-restore-now = Restaurar agora
plan-check-and-finish = Conferir e terminar
plan-start-copying = Começar a copiar
plan-stop-restore = Você pode parar a qualquer momento: cada etapa concluída fica guardada.
plan-stop-repair = Você pode parar a qualquer momento: os blobs concluídos ficam guardados.
plan-nothing-title = Nada para copiar
plan-nothing-lead = Não falta nenhum blob no novo PDS. Começar só pergunta a ele mais uma vez e mostra o relatório.
plan-copy-title = { $count ->
    [one] Copiar { $count } blob
   *[other] Copiar { $count } blobs
}
plan-copy-title-size = { $count ->
    [one] Copiar { $count } blob ({ $size })
   *[other] Copiar { $count } blobs ({ $size })
}
plan-copy-lead = Faltam no novo PDS { $missing } dos { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} que o seu PDS antigo tem. Nada foi alterado ainda.
plan-restore-title = Trazer { $who } de volta em { $host }
plan-restore-lead = Nada mudou ainda. Confira o que o backup tem e a chave que vai assinar, e então restaure.
plan-restore-to = { $pds } como { $handle }
plan-move-lead-resumed = Uma mudança desta conta foi iniciada antes: as etapas já feitas ficam guardadas, e ela continua na próxima.
plan-move-lead = Nada mudou ainda. Copiar vem primeiro; sua identidade só muda depois que tudo estiver no novo PDS, e só depois que você concordar de novo.
plan-unknown = desconhecido
plan-strategy-streaming = Streaming: direto do PDS antigo para o novo
plan-strategy-storage = Armazenamento: uma cópia local verificada primeiro, depois o envio
plan-chosen-by-you = escolhida por você
plan-chosen-automatically = escolhida automaticamente
plan-at-once-growing = { $count ->
    [one] { $count } blob ao mesmo tempo, até { $most } enquanto a vazão cresce
   *[other] { $count } blobs ao mesmo tempo, até { $most } enquanto a vazão cresce
}
plan-buffers = { $at_once }, blocos de { $chunks }
plan-buffers-channel = { $at_once }, blocos de { $chunks }, canal de { $slots } posições
plan-cache = cache
plan-cache-free = { $free } livres ({ $backend })
plan-cache-free-at = { $free } livres ({ $backend }, { $location })
plan-quota = { $used } usados de { $quota }
plan-network-reliable = Estável até agora
plan-network-unreliable = Instável em execuções anteriores
plan-why = Por quê: { $reason }
plan-to-copy = A copiar
plan-space-storage = até { $size } durante a cópia, liberados conforme cada blob termina
plan-space-streaming = nenhum: os blobs passam direto
plan-memory-for-buffers = Memória para buffers
plan-about = cerca de { $size }
plan-network = Rede
plan-size-sampled = cerca de { $size } (a partir de { $sampled } medidos)
plan-space-none = nenhum (cada blob passa direto)
plan-space-cache = até { $size } no cache local ({ $free } livres)
plan-invite-given = necessário (informado)
plan-tag-done = feito
plan-tag-irreversible = não pode ser desfeito
plan-estimate-note = Os números de blobs acima vêm do PDS antigo e são um limite superior; a etapa dos blobs decide de verdade pelo que o novo PDS informa como faltando depois da importação do repositório, e mostra tempo e espaço ao vivo.
plan-code-note = O código PLC que o PDS antigo envia por e-mail vale por 15 minutos, então ele só é pedido quando todos os dados já estão lá.
plan-step-create = Criar { $handle } em { $pds } com o mesmo DID, desativada (ninguém a vê ainda)
plan-step-import = Copiar o repositório: cada post, curtida, quem você segue e o perfil
plan-step-blobs = Copiar cada imagem e vídeo que falta no novo PDS, cada um conferido com o seu hash; a estratégia é escolhida pela lista de faltantes do novo PDS, pelo tamanho dos blobs e pelo espaço livre deste dispositivo
plan-step-preferences = Copiar as preferências do app
plan-step-catch-up-did-web = Copiar o que a conta antiga recebeu nesse meio-tempo (um did:web não precisa de código por e-mail)
plan-step-publish-did-web = Você publica o novo documento DID que o Tektite mostra (no seu próprio servidor web)
plan-step-request-code = Pedir ao PDS antigo que envie um código de confirmação para o endereço da conta (só depois que você concordar)
plan-step-plc = Apontar o DID para o novo PDS, assinado com esse código
plan-step-activate = Ativar a conta no novo PDS
plan-step-deactivate = Desativar a conta no PDS antigo

## O relatório no fim.

done-moved-title = Sua conta mudou
done-moved-lead = { $did } agora vive em { $pds } como { $handle }.
done-looking = Olhando…
done-check-account = Verificar minha conta nova
done-repair-complete = Cada blob está no novo PDS
done-repair-complete-lead = O Tektite perguntou ao novo PDS: não falta nenhum blob.
done-repair-missing = { $count ->
    [one] ainda falta { $count } blob
   *[other] ainda faltam { $count } blobs
}
done-repair-missing-lead = { $count ->
    [one] Ainda falta { $count } blob no novo PDS. Blobs que falharam por um motivo passageiro costumam passar na próxima execução; os outros precisam da ação mostrada abaixo.
   *[other] Ainda faltam { $count } blobs no novo PDS. Blobs que falharam por um motivo passageiro costumam passar na próxima execução; os outros precisam da ação mostrada abaixo.
}
done-repair-unconfirmed = Terminou, sem confirmação
done-repair-unconfirmed-lead = A execução terminou, mas não foi possível perguntar ao novo PDS o que ainda falta: { $error }. Rode de novo para conferir.
done-storage-kept = mantido (persistente)
done-storage-may-clear = o navegador pode limpar
done-up-to = até { $count }
done-retries = Novas tentativas
done-retryable = Problema passageiro: rode de novo para tentar outra vez.
done-not-retryable = Precisa de atenção: rodar de novo não vai resolver sozinho.
done-backup-up-to-date = Seu backup está em dia
done-backup-done = Sua conta tem backup
done-backup-lead = { $count ->
    [one] { $count } blob e o repositório de { $did }, cada arquivo conferido com o seu hash.
   *[other] { $count } blobs e o repositório de { $did }, cada arquivo conferido com o seu hash.
}
done-backup-failed = { $count ->
    [one] não foi possível salvar { $count } blob
   *[other] não foi possível salvar { $count } blobs
}
done-backup-failed-lead = Todo o resto está salvo. Rode o backup de novo: só o que falta é buscado.
done-backup-first = primeiro backup aqui
done-backup-changed = posts novos ou alterações desde o último backup
done-backup-unchanged = nenhuma alteração desde o último backup
done-backup-archive = O backup está nos seus downloads como { $name } e fica neste navegador para o próximo backup. Guarde o download em um lugar seguro: "Meu servidor antigo sumiu" o aceita como está, em qualquer navegador, e a linha de comando do Tektite também (backup --verify, restore).
done-backup-place = O backup está em { $place }. "Meu servidor antigo sumiu" na página inicial restaura a partir dele; a linha de comando do Tektite pode conferi-lo (backup --verify).
done-restore-continued = { $count ->
    [one] continuada: { $count } etapa foi feita por uma execução anterior
   *[other] continuada: { $count } etapas foram feitas por uma execução anterior
}
done-restored-title = Sua conta voltou
done-restored-lead = { $did } vive em { $pds } como { $handle }, restaurada do seu backup.
done-restored-sign-in = Entre de novo em todo lugar
done-restored-sign-in-detail = Saia de todos os apps do Bluesky e entre com { $handle } e a nova senha: os apps ainda apontam para o servidor que sumiu.
done-protected-already = Esta chave já protege sua conta
done-protected = Sua conta está protegida
done-protected-lead = Sua chave agora é a primeira das chaves que podem alterar { $did }.
done-key-yours = (a sua)
done-key-file-saved = Ele foi salvo { $place }. Leve-o para um lugar offline (um pendrive, um gerenciador de senhas): quem o tiver pode alterar sua identidade.
done-key-file-keep = Guarde a metade privada desta chave offline e em segredo: quem a tiver pode alterar sua identidade.
failure-integrity = danificado na origem
failure-too-large = grande demais para o novo PDS
failure-not-found = sumiu do PDS antigo
failure-rate-limited = limite de solicitações
failure-auth = sessão encerrada
failure-network = rede
failure-server = erro do servidor
failure-cache = cache local
failure-other = falhou
done-run-again = Rodar de novo
done-back-to-start = Voltar ao início
done-moved-all = Cada etapa está feita: dados e blobs copiados e conferidos pelo novo PDS, o DID aponta para ele, a conta nova está ativa e a antiga desativada.
done-what-to-do = O que fazer agora
done-working = A conta nova está funcionando?
done-look-explain = O Tektite pode olhá-la como os apps fazem: seu identificador, seu documento DID e o novo PDS.
done-left-behind = Blobs deixados para trás, como você escolheu
done-repair-verified = Os blobs foram conferidos com os hashes do conteúdo no caminho e confirmados pelo novo PDS.
done-copied = Copiados
done-from-cache = Do cache local
done-already-there = Já estavam lá antes
done-down-up = Baixados / enviados
done-browser-storage = Armazenamento do navegador
done-failed-title = Blobs que não conseguiram
done-next-identity = Próximo: a identidade
done-next-identity-text = Se a conta ainda não mudou, "Mudar minha conta" na página inicial continua a mudança: ela mantém os blobs copiados aqui e muda sua identidade quando não faltar mais nada no novo PDS.
done-fetched = Buscados agora
done-repository = Repositório
done-repaired = Cópias danificadas substituídas
done-no-longer = Não estão mais na conta (mantidos)
done-not-saved = Blobs que não puderam ser salvos
done-keep-safe = Guarde em segurança
done-keep-safe-text = Um backup permite restaurar a conta em outro PDS se o servidor dela desaparecer ("Meu servidor antigo sumiu" na página inicial); para isso você também precisa de uma chave de recuperação, adicionada enquanto o servidor ainda funciona ("Proteger esta conta").
done-restored-ok = O diretório PLC indica o novo PDS, a conta está ativa, e cada blob do backup está lá, conferido.
done-new-pds = Novo PDS
done-handle = Identificador
done-blobs-uploaded = Blobs enviados
done-run = Execução
done-rotation-keys = Chaves que podem alterar sua identidade, a primeira vence
done-keep-key = Guarde sua chave de recuperação
done-keep-key-text = Ela continua sendo a primeira chave da sua identidade: guarde o arquivo offline e em segredo.
done-back-up-again = Faça backup de novo
done-back-up-again-text = "Fazer backup desta conta" na página inicial, a partir do novo PDS, para que o próximo backup tenha o que você postar daqui em diante.
done-protected-ok = O diretório PLC lista sua chave em primeiro lugar. As chaves que estavam lá antes são todas mantidas.
done-what-to-keep = O que guardar
done-key-file = O arquivo da chave
done-a-backup = Um backup
done-a-backup-text = "Fazer backup desta conta" na página inicial guarda posts, imagens e preferências; com a chave e um backup, "Meu servidor antigo sumiu" traz a conta de volta em um novo PDS se este desaparecer.
done-keep-current = Manter este backup em dia
done-keep-current-text = Seu sistema pode atualizar este backup todo dia sozinho, sem a sua senha: ele busca o que a conta mostra a qualquer pessoa (tudo menos as preferências, que ficam como foram salvas agora).
done-keep-current-button = Fazer backup todo dia

## As telas do percurso.

screen-error = Algo deu errado
error-try-again = Tentar de novo
screen-your-backup = Seu backup
screen-signing-in = Entrando
screen-backing-up = Fazendo backup
screen-copying = Copiando
screen-unmovable = Blobs que não podem mudar
screen-token = Código do seu e-mail
screen-did-web = Publicar seu documento DID
way-in-protect = Proteger sua conta
way-in-restore = Trazer sua conta de volta
window-title = { $screen } — { $way_in } — Tektite
connecting-move = O Tektite pergunta ao novo PDS sobre ele mesmo, entra no antigo e procura uma mudança desta conta iniciada antes.
connecting-repair-title = Entrando e planejando
connecting-repair = O Tektite entra nos dois servidores, pergunta ao novo PDS quais blobs faltam e mede o que este dispositivo comporta.
connecting-backup = O Tektite procura a conta, entra no servidor dela e abre o lugar para onde vai o backup.
connecting-restore-title = Lendo o backup
connecting-restore = O Tektite lê o manifesto do backup e o arquivo da sua chave de recuperação. Nada é enviado para lugar nenhum ainda.
connecting-protect = O Tektite procura a conta, entra no servidor dela e pede que ele envie um código de confirmação por e-mail.
connecting-open-page = Abrir a página de login de { $host }
connecting-no-window = Nenhuma janela abriu? { $link }. O Tektite espera aqui até você voltar.
error-what-to-do = O que fazer:

## O que o app escreve no registro e diz aos leitores de tela.

log-fields-need-attention = { $count ->
    [one] Um campo precisa de atenção: { $first }
   *[other] { $count } campos precisam de atenção. O primeiro: { $first }
}
log-continuing = Continuando de onde parou
log-starting = Começando…
log-moving = Mudando de { $from } para { $to }
log-signing-in-both = Entrando em { $from } e { $to }
log-backing-up = Fazendo backup de { $account }
log-adding-key = Adicionando a chave de recuperação { $key } a { $account }
log-restoring = Restaurando o backup de { $backup } em { $to }
log-stopped-by-you = Parado por você
notice-stopped-nothing-copied = Parado antes de copiar qualquer coisa.
notice-stopped-nothing-saved = Parado antes de salvar qualquer coisa.
notice-stopped-nothing-changed = Parado antes de alterar qualquer coisa.
status-sign-in-on-page = Entre pela própria página de { $host }, na janela que abriu
log-signing-in-on-page = Entrando pela página de { $host }; o Tektite nunca vê a senha
log-new-pds = O novo PDS é { $url } ({ $did })
log-old-holds = { $count ->
    [one] O PDS antigo tem { $count } blob ({ $size })
   *[other] O PDS antigo tem { $count } blobs ({ $size })
}
log-signed-in-continues = Conectado como { $did }; uma mudança salva continua em: { $step }
log-signed-in-both = Conectado aos dois servidores como { $did }
log-signed-in-backup = Conectado como { $did }; salvando o backup
log-signed-in = Conectado como { $did }
log-plan = { $count ->
    [one] Plano: falta { $count } blob no novo PDS, estratégia { $strategy } ({ $reason })
   *[other] Plano: faltam { $count } blobs no novo PDS, estratégia { $strategy } ({ $reason })
}
log-persistence-granted = O navegador vai manter o armazenamento deste site (persistente)
spoken-percent-copied = { $percent } % dos blobs copiados
log-repair-complete = Pronto: não falta nenhum blob no novo PDS
log-repair-missing = { $count ->
    [one] Terminou; ainda falta { $count } blob no novo PDS
   *[other] Terminou; ainda faltam { $count } blobs no novo PDS
}
log-repair-unconfirmed = Terminou, mas não foi possível perguntar ao novo PDS o que falta: { $error }
log-backup-complete = { $count ->
    [one] Backup completo: { $count } blob em { $place }
   *[other] Backup completo: { $count } blobs em { $place }
}
log-backup-incomplete = { $count ->
    [one] Backup incompleto: não foi possível salvar { $count } blob
   *[other] Backup incompleto: não foi possível salvar { $count } blobs
}
log-backup-holds = { $count ->
    [one] O backup de { $did } feito em { $taken } tem { $count } blob
   *[other] O backup de { $did } feito em { $taken } tem { $count } blobs
}
log-restored = { $did } está ativa em { $pds }
log-protected = { $key } é a primeira chave de rotação de { $did }
log-moved = Pronto: a conta vive no novo PDS
log-needs-confirmation = Tudo foi copiado para o novo PDS: confirme para mudar a identidade
log-waiting-did-web = Esperando o documento DID em { $url } indicar o novo PDS
log-waiting-deactivation = Esperando a conta antiga ser desativada em { $page }
log-waiting-code = Esperando o código enviado para { $email } (válido até { $until })
log-unmovable = { $count ->
    [one] { $count } blob nunca poderá ser movido: esperando sua decisão
   *[other] { $count } blobs nunca poderão ser movidos: esperando sua decisão
}
log-step-done = Feito: { $step }
log-step-now = Agora: { $step }

## A etapa dos blobs no registro.

log-work-listed = { $count ->
    [one] Falta { $count } blob no novo PDS; o PDS antigo tem { $inventory }
   *[other] Faltam { $count } blobs no novo PDS; o PDS antigo tem { $inventory }
}
log-blob-attempt = { $cid }: tentativa { $attempt }
log-blob-on-new = { $cid } está no novo PDS ({ $size })
log-blob-on-new-cached = { $cid } está no novo PDS ({ $size }, do cache local)
log-blob-skipped = { $cid } pulado: { $reason }
log-blob-failed = { $cid } falhou: { $message }
log-the-request = a solicitação
log-retrying = { $what }: nova tentativa em { $delay } (tentativa { $attempt }): { $reason }
log-wait-stated = como ele pediu
log-wait-default = uma espera padrão: ele não disse quanto tempo
log-rate-limited = { $host } está limitando o ritmo de solicitações: esperando { $until } ({ $why })
log-session-renewed = A sessão em { $host } foi renovada
log-concurrency = { $count ->
    [one] { $count } blob ao mesmo tempo: { $reason }
   *[other] { $count } blobs ao mesmo tempo: { $reason }
}
log-cache-full = { $cid }: sem espaço no cache local ({ $detail }), então vai direto para o novo PDS
log-state-not-saved = Não foi possível salvar o progresso neste dispositivo ({ $detail }). A cópia continua; se parar, a próxima execução pode repetir parte dela.

## O que o formulário diz sobre um valor que não pode aceitar.

form-error-backup = Escolha o backup a trazer de volta (a pasta que um backup gravou)
form-error-key-file = Escolha o arquivo da sua chave de recuperação
form-error-old-id = Digite seu identificador (alice.bsky.social) ou DID
form-error-old-password = Digite a senha da conta no PDS antigo
form-error-same-pds = O novo PDS tem o mesmo endereço que o antigo
form-error-key-missing = Crie uma nova chave de recuperação, ou digite o did:key de uma que você tenha
form-error-key-format = Uma chave de recuperação tem a forma did:key:zQ3s… (a chave pública, não a privada)
form-error-new-handle = Digite o novo identificador, por ex. alice.newpds.example
form-error-email = Digite um endereço de e-mail para a conta nova
form-error-new-password = Escolha uma senha para a conta nova (pelo menos 8 caracteres)
form-error-invite = Este PDS precisa de um código de convite para contas novas
form-error-repair-handle = Digite o identificador ou o DID da conta no novo PDS
form-error-repair-password = Digite a senha da conta no novo PDS
form-error-scheme = Use um endereço http:// ou https://
form-error-no-address = Digite o endereço do servidor, por ex. https://bsky.social
form-error-no-host = O endereço não tem nome de host
form-error-handle-domain-bsky = Um identificador inclui o domínio: você quis dizer { $handle }.bsky.social?
form-error-handle-domain = Um identificador inclui o domínio: você quis dizer { $suggestion }?
form-error-handle-domain-example = Um identificador inclui o domínio, por ex. { $handle }.newpds.example

## O que o percurso diz enquanto trabalha, e seus erros.

status-opening-storage = Abrindo o armazenamento local para as etapas salvas e o cache de blobs…
flow-new-pds-silent = O novo PDS não respondeu
flow-new-pds-silent-advice = Nada foi alterado. Confira o endereço do novo PDS e tente de novo.
status-counting = Contando e medindo os blobs no PDS antigo…
flow-backup-retry = Tudo o que foi salvo até aqui fica guardado: tente de novo, e só o que falta será buscado.
flow-backup-place = Escolha outro lugar para o backup, ou libere espaço, e tente de novo.
flow-backup-stopped = O backup parou
flow-account-email = o endereço de e-mail da conta
status-adding-key = Adicionando a chave de recuperação…
status-asking-code = Pedindo ao PDS que envie um código de confirmação por e-mail…
flow-code-refused = Esse código não foi aceito
flow-nothing-changed = Nada foi alterado.
flow-maybe-changed = Nada foi alterado, ou a alteração já foi feita: tente de novo para ver.
flow-key-not-added = Não foi possível adicionar a chave de recuperação
status-reading-backup = Lendo o backup e a chave de recuperação…
flow-not-archive = Esse arquivo não é um backup
flow-not-archive-advice = Escolha o .tar com que um backup foi baixado.
flow-not-backup = Isso não é um backup
flow-not-backup-advice = Escolha a pasta que um backup gravou (ela tem manifest.json).
flow-key-unusable = O arquivo da chave de recuperação não pode ser usado
flow-key-unusable-advice = Escolha o arquivo em que sua chave de recuperação foi salva.
status-restoring = Restaurando: identidade, conta, repositório, blobs, preferências…
flow-restore-bad-input = Confira o backup, o arquivo da chave de recuperação e os dados da conta nova, e tente de novo.
flow-restore-retry = Cada etapa concluída está salva: tente de novo para continuar de onde parou.
flow-restore-stopped = A restauração parou
flow-archive-failed = Não foi possível criar o arquivo do backup
flow-archive-failed-advice = O backup em si está completo e guardado neste navegador: tente de novo para criar o arquivo.
status-asking-missing = Perguntando ao novo PDS quais blobs faltam, e medindo tamanhos, espaço livre e memória…
flow-list-failed = Não foi possível listar os blobs
flow-list-failed-advice = Nada foi alterado. Tente de novo; se continuar falhando, confira se os dois servidores estão no ar.
status-asking-new-pds = Perguntando ao novo PDS ({ $pds }) sobre ele mesmo…
status-signing-in-old = Entrando no PDS antigo ({ $url })…
status-looking-up-old = Procurando { $account } e entrando no PDS antigo…
status-reading-account = Conectado: lendo a conta…
status-signing-in-at = Entrando em { $url }…
status-looking-up = Procurando { $account } e entrando no PDS dela…
status-looking-up-server = Procurando { $account } e o servidor dela…
status-their-pds = o PDS de { $account }
status-signing-in-both = Entrando no PDS antigo ({ $old }) e no novo PDS ({ $new })…
status-note = Observação: { $note }
flow-code-refused-advice = Confira o e-mail e digite o código de novo, ou peça um novo.
key-problem-not-ticked = Guarde o arquivo da chave em segurança e depois marque "Salvei": sem a chave privada, a chave de recuperação não serve para nada
key-problem-not-saved = O arquivo da chave ainda não foi salvo: salve-o, ou remova a chave criada
keep-current-done = Pronto: um timer do seu sistema atualiza este backup todo dia. A página inicial mostra como foi a última execução.
keep-current-not-started = O timer foi gravado ({ $timer }), mas seu sistema não o iniciou ({ $why }): rode `{ $command }` uma vez.

## Um login pela própria página do servidor que não terminou (o app).

oauth-error-advice = Entre de novo, ou escolha "Usar sua senha em vez disso". Nada foi alterado.
oauth-error-denied = Não conectado
oauth-error-denied-detail = O login não foi permitido na página de { $host }.
oauth-error-denied-advice = Entre de novo e escolha "Autorizar" para continuar, ou use sua senha em vez disso. Nada foi alterado.
oauth-error-not-offered = Este servidor não consegue fazer seu login aqui
oauth-error-deactivated = A conta está desativada no servidor dela
oauth-error-deactivated-advice = Entrar pela página dela a reativaria. Escolha "Usar sua senha em vez disso": a senha lê uma conta desativada como ela está. Nada foi alterado.
oauth-error-unfinished = O login não terminou
oauth-error-impossible = Entrar pelo seu servidor não é possível aqui
oauth-error-impossible-advice = Escolha "Usar sua senha em vez disso". Nada foi alterado.
