## As linhas da CLI para pessoas. A saída de `--json` nunca é traduzida.

cli-interrupted = interrompido: { $kept }; rode o mesmo comando de novo para continuar
cli-kept-steps = cada etapa concluída está salva
cli-secret-unreadable = não foi possível ler a { $what }: { $error }
cli-secret-missing = sem { $what }: defina { $var } (segredos nunca são lidos da linha de comando)
cli-what-password = senha
cli-what-new-password = senha da conta nova
cli-prompt-password = Senha de { $id }:{" "}
cli-prompt-new-password = Senha da conta nova { $handle } em { $pds }:{" "}
cli-local-storage = armazenamento local: { $error }

## Login pela própria página do servidor (--oauth). A primeira linha fica em inglês: scripts a leem.

cli-oauth-open = Open this address to sign in: { $url }
cli-oauth-allowed = (O Tektite poderá { $what }.)
cli-oauth-no-browser = Nenhum navegador pôde ser aberto aqui: abra o endereço acima em qualquer navegador desta máquina.

## Progresso da etapa dos blobs.

cli-bar-blobs = blobs
cli-bar-left = restante
cli-progress-counts = { $done } de { $total } blobs, { $percent } %
cli-progress-copied = copiado { $cid } ({ $size }) · { $counts }
cli-progress-copied-cached = copiado { $cid } ({ $size }) do cache local · { $counts }
cli-progress-failed = FALHOU { $cid }: { $message }
cli-rate-limited = { $host } está limitando as solicitações: esperando { $until } ({ $who })
cli-rate-limited-stated = como o servidor pediu
cli-rate-limited-default = o servidor não disse quanto tempo; espera padrão
cli-rate-limited-may-stop = . Você pode parar agora (Ctrl-C) e rodar o mesmo comando depois: nada do que foi feito se perde
cli-session-renewed = sessão renovada em { $host }
cli-concurrency = { $count } blobs ao mesmo tempo: { $reason }
cli-retrying-blob = blob { $cid }: { $reason }; tentativa { $attempt } em { $seconds } s
cli-retrying-request = solicitação: { $reason }; tentativa { $attempt } em { $seconds } s
cli-state-not-saved = AVISO: não foi possível salvar o progresso ({ $detail }); a transferência continua, mas uma execução posterior pode repetir trabalho: corrija a pasta indicada com --state-dir
cli-cache-full = o cache local está cheio ({ $detail }): o blob { $cid } vai direto para o novo PDS; libere espaço na pasta indicada com --cache-dir para manter cópias verificadas

## migrate: as etapas, o resumo, as esperas, o fim.

cli-step-started = [{ $step }] { $description }…
cli-step-done = [{ $step }] concluída
cli-new-recovery-key = Uma nova chave de recuperação está em { $path }: guarde esse arquivo offline e em segredo. A metade pública dela, { $key }, vem primeiro no seu documento DID.
cli-prompt-2fa = O PDS antigo enviou um código de login por e-mail; digite-o:{" "}
cli-summary-title = Mudança da conta { $did }
cli-summary-from = {"  "}de          { $pds }
cli-summary-from-handle = {"  "}de          { $pds } ({ $handle })
cli-summary-to = {"  "}para        { $pds } ({ $pds_did }), identificador { $handle }, e-mail { $email }
cli-summary-did-at = {"  "}DID agora em { $pds }
cli-summary-counts = {"  "}o novo PDS tem { $records } registros, { $imported } de { $expected } blobs, { $missing } faltando
cli-summary-steps = {"  "}etapas feitas { $steps }
cli-summary-no-steps = nenhuma
cli-summary-irreversible = {"  "}IRREVERSÍVEL: { $line }
cli-summary-lost = {"  "}PERDIDO (aceito): blob { $cid }
cli-summary-rotation-keys = {"  "}chaves de rotação depois da mudança (quem pode alterar a identidade, a primeira vence):
cli-unknown-count = ?
cli-waiting-deactivation = a conta agora vive em { $new_pds }; a conta antiga em { $old_pds } ainda está ativa, e um login pelo servidor dela talvez não consiga desativá-la. Desative você mesmo em { $page } (entre lá, "Desativar") e rode o mesmo comando de novo; ou rode de novo com TEKTITE_FROM_PASSWORD definida, e o Tektite a desativa com a senha só nessa chamada
cli-needs-yes = dados e blobs estão completos; as próximas etapas são irreversíveis: rode de novo com --yes para confirmá-las
cli-confirm-prompt = Mudar a identidade para o novo PDS e desativar a conta antiga? Digite "sim":{" "}
# O que a pessoa digita para confirmar; uma palavra curta.
cli-confirm-word = sim
cli-not-confirmed = não confirmado; nada irreversível foi feito (rode de novo para continuar)
cli-did-web-press-enter = Pressione Enter quando o documento estiver publicado (Ctrl-C para; rodar de novo continua):{" "}
cli-did-web-stopped = parado; rode de novo quando o documento DID estiver publicado
cli-plc-token-sent-now = O PDS antigo acabou de enviar um código de confirmação para o endereço atual da conta (a conta nova usa { $email }); ele vale { $until }.
cli-plc-token-sent-before = O PDS antigo já enviou um código de confirmação para o endereço atual da conta (a conta nova usa { $email }); ele vale { $until }.
cli-plc-token-prompt = Código do e-mail:{" "}
cli-plc-token-none = nenhum código informado; rode de novo para continuar
cli-plc-token-waiting-now = o PDS antigo acabou de enviar um código de confirmação, válido { $until }: rode de novo com TEKTITE_PLC_TOKEN=… (o código do e-mail)
cli-plc-token-waiting-before = o PDS antigo já enviou um código de confirmação, válido { $until }: rode de novo com TEKTITE_PLC_TOKEN=… (o código do e-mail)
cli-moved = A conta { $did } agora vive em { $pds } como { $handle }.
cli-did-web-intro = { $did } é um did:web: você o muda publicando o documento DID dele em { $url }.
cli-did-web-must-name = O documento publicado precisa indicar:
cli-did-web-lacking = Ainda falta:
cli-did-web-whole = O documento inteiro a publicar (suas outras entradas mantidas):
cli-todo-title = O que fazer agora:
cli-look-title = A conta nova como os outros a veem:
cli-look-ok = ok
cli-look-fail = FALHA
cli-look-cached = {"  "}Identificadores e documentos DID ficam em cache por um tempo; olhe de novo em alguns minutos com o mesmo comando.

## status

cli-status-none = Nenhuma mudança salva em { $dir }.
cli-status-done = {"  "}feito: { $steps }
cli-status-nothing-yet = nada ainda
cli-status-next = {"  "}próxima: { $step } — { $description }
cli-status-complete = {"  "}concluída
cli-status-waiting = {"  "}esperando: { $host } limita as solicitações { $until }; rode o mesmo comando depois, nada do que foi feito se perde
cli-status-backups = Backups agendados:
cli-status-backup = { $account }  { $every } em { $folder }
cli-status-last-run = {"  "}última execução: { $at } ({ $result }): { $said }
cli-status-last-run-left-out = {"  "}última execução: { $at } ({ $result }): { $said }; deixado de fora: { $left_out }
cli-status-run-complete = completa
cli-status-run-failed = FALHOU
cli-status-no-run = {"  "}nenhuma execução ainda

## blobs e plan

cli-kept-blobs = os blobs concluídos e as cópias verificadas no cache ficam guardados
cli-prompt-password-on = Senha de { $id } em { $pds }:{" "}
cli-note = Observação: { $note }.
cli-listing-failed = listando os blobs: { $error }
cli-blobs-summary = { $migrated } blobs migrados ({ $size }), { $cached } do cache local, { $failed } com falha, { $present } já presentes; { $seconds } s
cli-blob-failed = {"  "}falhou { $cid }: { $message }
cli-misses-none = Não falta nenhum blob no novo PDS.
cli-still-misses = { $count ->
    [one] Ainda falta { $count } blob no novo PDS; rode o mesmo comando de novo para tentar outra vez.
   *[other] Ainda faltam { $count } blobs no novo PDS; rode o mesmo comando de novo para tentar outra vez.
}
cli-check-failed = não foi possível conferir o que ainda falta no novo PDS: { $error }
cli-folder-cache = do cache
cli-folder-state = do estado para retomar
cli-folder-unusable = a pasta { $what } não pode ser usada ({ $error }); corrija as permissões ou libere espaço, ou escolha outra pasta com { $flag }. Nada foi enviado.

## backup

cli-backup-folder-unusable = a pasta de backup { $place } não pode ser usada ({ $error }); escolha outra pasta
cli-backup-folder-bad = a pasta de backup { $place } não pode ser usada ({ $error })
cli-not-a-backup = { $path } não é uma pasta de backup nem um arquivo de backup (.tar)
cli-kept-backup = os blobs salvos até aqui ficam guardados e não são buscados de novo
cli-unschedule-needs-out = --unschedule precisa de --out DIR
cli-backup-needs-args = para fazer backup são necessários --from-id e --out (ou --verify DIR para conferir um backup)
cli-last-run-unwritten = não foi possível gravar { $file } em { $place }: { $error }
cli-prompt-backup-password = Senha de { $id } (aperte só Enter para fazer backup apenas do que é público):{" "}
cli-backup-deactivated = { $did } está desativada em { $pds }: uma conta desativada só mostra seus dados para si mesma, então não dá para fazer backup sem entrar; defina TEKTITE_FROM_PASSWORD (o backup anterior fica guardado)
cli-backing-up = Fazendo backup de { $who } de { $pds } em { $place }
cli-backing-up-public = Fazendo backup de { $who } de { $pds } em { $place } sem entrar (o que a conta mostra a qualquer pessoa)
cli-bar-backup = backup
cli-backup-kept = { $error } (o backup anterior na pasta fica guardado)
cli-backup-kept-retry = { $error } (o backup anterior fica guardado; a próxima execução tenta de novo)
cli-backed-up = Backup feito: { $count } blobs ({ $size }), revisão do repositório { $rev }.
cli-backup-updated = Backup atualizado: { $count } blobs ({ $size }), revisão do repositório { $rev }.
cli-backup-updated-unchanged = Backup atualizado: { $count } blobs ({ $size }), revisão do repositório { $rev } (sem alterações).
cli-backup-downloaded = {"  "}baixados { $count } blobs ({ $size }), mantidos { $kept } que já estavam na pasta (hash refeito)
cli-backup-downloaded-repaired = {"  "}baixados { $count } blobs ({ $size }), mantidos { $kept } que já estavam na pasta (hash refeito), { $repaired } cópias danificadas buscadas de novo
cli-backup-no-longer = {"  "}{ $count } blobs do backup anterior não estão mais na conta; os arquivos deles ficam na pasta
cli-backup-not-saved = {"  "}NÃO SALVO: blob { $cid }: { $why }
cli-backup-left-out = {"  "}deixado de fora sem login: { $what }
cli-backup-written = {"  "}documento DID e manifest.json gravados
cli-backup-written-preferences = {"  "}preferências, documento DID e manifest.json gravados
cli-backup-written-history = {"  "}documento DID, histórico PLC e manifest.json gravados
cli-backup-written-all = {"  "}preferências, documento DID, histórico PLC e manifest.json gravados
cli-backup-incomplete = O backup está incompleto: o anterior na pasta fica como estava; rode o mesmo comando de novo para buscar o que falta.
cli-scheduled = Agendado: backup de { $did } em { $place } { $every } (sem login: tudo menos as preferências).
cli-timer-enabled = {"  "}o timer está ativado; `tektite-cli status` mostra o resultado de cada execução
cli-timer-not-enabled = {"  "}o systemd não o ativou ({ $why }): rode `{ $command }` na sua sessão
cli-no-schedule = Nenhum backup agendado em { $place }.
cli-removed = Removido: { $file }
cli-verified = Backup de { $did } feito em { $taken }: { $count } blobs e o repositório conferidos ({ $size }).
cli-damaged = {"  "}DANIFICADO: { $name }: { $why }
cli-intact = Cada arquivo confere com o manifesto.
cli-problems = { $count ->
    [one] { $count } problema: faça backup na pasta de novo para buscar o arquivo danificado outra vez.
   *[other] { $count } problemas: faça backup na pasta de novo para buscar os arquivos danificados outra vez.
}

## recovery-key add

cli-kept-protect = nada foi alterado, a menos que o diretório PLC já liste a chave
cli-not-a-did-key = `{ $key }` não é um did:key (did:key:z…)
cli-new-key-file = Uma nova chave de recuperação está em { $path }: guarde esse arquivo offline e em segredo.
cli-protect-needs-key = informe --out FILE (uma chave nova) ou --key did:key:…
cli-protect-code-sent = { $pds } enviou um código para o endereço da conta. Rode o mesmo comando de novo com TEKTITE_PLC_TOKEN=<o código> para adicionar { $key } (o código vale por 15 minutos).
cli-key-was-first = { $key } já era a primeira chave de rotação de { $did }. As chaves de rotação dela, a primeira vence:
cli-key-is-first = { $key } agora é a primeira chave de rotação de { $did }. As chaves de rotação dela, a primeira vence:
cli-keep-key-file = Guarde o arquivo da chave offline e em segredo: com ele e um backup (`tektite-cli backup`), `tektite-cli restore` traz a conta de volta em um novo PDS mesmo que este tenha sumido.
cli-not-a-key-file = { $path } existe e não é um arquivo de chave de recuperação do Tektite; escolha outro nome de arquivo

## restore

cli-no-handle = sem identificador
cli-restore-of = Restauração de { $did } ({ $handle }), backup feito em { $taken } a partir de { $pds }: { $count } blobs.
cli-restore-to = {"  "}para { $pds } como { $handle } ({ $email }), assinado com { $key }
cli-restore-irreversible = {"  "}IRREVERSÍVEL: a identidade é alterada com sua chave de recuperação; depois ela indica o novo PDS, e o PDS antigo (se algum dia voltar) não pode mais alterá-la.
cli-restore-needs-yes = não confirmado: rode de novo com --yes, ou em um terminal para ser perguntado
cli-restore-prompt = Restaurar agora? Digite "sim":{" "}
cli-restore-not-confirmed = não confirmado; nada foi alterado
cli-bar-restore = restaurar blobs
cli-restored = { $did } restaurada em { $pds } como { $handle }: { $count } blobs enviados nesta execução. A conta está ativa; entre lá com a nova senha.
cli-rotation-keys-now = Chaves de rotação agora (a primeira vence):
