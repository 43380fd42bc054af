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
cli-old-deactivated = A conta antiga em { $pds } foi desativada { $how }.
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
