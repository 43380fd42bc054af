## Palavras que as duas interfaces dizem: contagens, esperas, as etapas de uma mudança, a lista de depois.

blobs-count = { $count ->
    [one] { $count } blob
   *[other] { $count } blobs
}

## Esperas: quando terminam, no fuso horário da pessoa.

wait-until-today = até { $clock } (em { $rounded })
wait-until-tomorrow = até amanhã, { $day } de { $month }, { $clock } (em { $rounded })
wait-until-day = até { $weekday }, { $day } de { $month }, { $clock } (em { $rounded })
wait-pace = no ritmo deste servidor ({ $requests } solicitações { $per }), os { $left } blobs que faltam levam { $rounded }
wait-per-days = { $count ->
    [one] por dia
   *[other] a cada { $count } dias
}
wait-per-hours = { $count ->
    [one] por hora
   *[other] a cada { $count } horas
}
wait-per-minutes = { $count ->
    [one] por minuto
   *[other] a cada { $count } minutos
}
wait-per-seconds = { $count ->
    [one] por segundo
   *[other] a cada { $count } segundos
}
about-seconds = alguns segundos
about-minutes = { $count ->
    [one] cerca de { $count } minuto
   *[other] cerca de { $count } minutos
}
about-hours = { $count ->
    [one] cerca de { $count } hora
   *[other] cerca de { $count } horas
}
about-days = { $count ->
    [one] cerca de { $count } dia
   *[other] cerca de { $count } dias
}
month-1 = jan.
month-2 = fev.
month-3 = mar.
month-4 = abr.
month-5 = mai.
month-6 = jun.
month-7 = jul.
month-8 = ago.
month-9 = set.
month-10 = out.
month-11 = nov.
month-12 = dez.
weekday-1 = seg.
weekday-2 = ter.
weekday-3 = qua.
weekday-4 = qui.
weekday-5 = sex.
weekday-6 = sáb.
weekday-7 = dom.

## As etapas de uma mudança, como "o que a etapa faz".

step-create-account = criar a conta no novo PDS (desativada)
step-import-repo = copiar o repositório (registros)
step-blobs = copiar os blobs (imagens, vídeos)
step-preferences = copiar as preferências
step-request-plc-token = pedir ao PDS antigo que envie por e-mail o código para atualizar a identidade
step-plc-operation = apontar o DID para o novo PDS (operação PLC assinada)
step-activate-new = ativar a conta no novo PDS
step-deactivate-old = desativar a conta no PDS antigo
step-request-plc-token-did-web = copiar o que a conta antiga recebeu nesse meio-tempo
step-plc-operation-did-web = apontar o DID para o novo PDS (você publica o did.json dele)
deactivated-by-password = pelo Tektite, com a senha da conta antiga
old-deactivated = A conta antiga em { $pds } foi desativada { $how }.
deactivated-on-account-page = por você, na página da conta do servidor antigo

## A lista depois de uma mudança: textos de segurança, o mais urgente primeiro.

todo-sign-in-again = Saia de todos os apps e entre de novo como { $new_handle }
todo-sign-in-again-detail = Os apps ainda têm uma sessão emitida pelo PDS antigo; até você sair e entrar de novo, eles falham com erros como "jwt signature does not match jwt issuer". No bsky.app e em outros apps, entre com seu identificador e escolha "outro provedor de hospedagem" se for perguntado.
todo-new-password = Use a senha da conta nova
todo-new-password-detail = Sua senha agora é a que você escolheu para a conta nova em { $new_pds }. Se for igual à antiga, um app que entrar pelo servidor antigo cai na conta antiga desativada, que parece vazia e não pode postar: mantenha as duas senhas diferentes.
todo-keep-key-offline = Guarde sua chave de recuperação offline
todo-keep-key-offline-detail = { $did_key } é a primeira chave de rotação da sua identidade; a chave privada dela está { $whereabouts }. Com ela você pode mudar sua identidade para outro PDS mesmo que o novo desapareça. Guarde uma cópia offline e nunca a cole em um site.
todo-consider-key = Pense em uma chave de recuperação
todo-consider-key-detail = Você não tem nenhuma chave de rotação própria: só o novo PDS pode mudar sua identidade. Uma chave de recuperação permite sair dele mesmo que ele desapareça.
todo-old-deactivated = A conta antiga foi desativada, não excluída
todo-old-deactivated-detail = { $old_account } em { $old_pds } mantém os dados, desativada. Espere pelo menos 72 horas antes de excluí-la; para excluir, entre lá e peça a exclusão (alguns provedores, entre eles o bsky.social, podem se recusar a excluir uma conta migrada: nesse caso, fale com o suporte deles).
todo-old-account = A conta antiga
todo-undo-window = 72 horas para desfazer uma mudança de identidade indesejada
todo-undo-window-detail = Durante 72 horas, o diretório PLC permite que uma chave listada mais acima na lista anterior de chaves de rotação anule uma mudança. Sua própria chave de recuperação, se você tiver uma, tem prioridade sobre as chaves do PDS.
todo-app-passwords = As senhas de app não foram junto
todo-app-passwords-detail = Bots, clientes e serviços que usavam senhas de app precisam de novas, criadas no novo PDS.
key-whereabouts-kept = onde você a guarda
key-whereabouts-file = em { $path }

## O olhar de fora sobre a conta nova, depois de uma mudança.

look-handle-resolves = { $handle } aponta para o seu DID
look-handle-elsewhere = ele aponta para { $other }: o registro DNS ou o arquivo .well-known do identificador indica outra conta
look-handle-by-pds = { $found }, segundo o novo PDS, que hospeda o identificador
look-handle-both-failed = { $error }; o novo PDS: { $pds_error }
look-document-names = Seu documento DID indica o novo PDS e o identificador
look-document-names-pds = ele indica { $pds }
look-document-no-pds = ele não indica nenhum PDS
look-document-names-handle = ele indica o identificador { $handle }
look-document-no-handle = ele não indica nenhum identificador
look-repo-served = O novo PDS serve o seu repositório
look-repo-served-as = como { $handle }

## O que entrar pela própria página do servidor permite ao Tektite ("o Tektite poderá …").

oauth-purpose-backup = ler sua conta (seus posts, mídias e configurações); nada é alterado
oauth-purpose-protect = alterar sua identidade (para adicionar sua chave de recuperação), depois do código que seu servidor envia por e-mail
oauth-purpose-move = criar sua conta no novo servidor, mudar sua identidade para lá (depois do código que seu servidor envia por e-mail) e copiar suas configurações
oauth-purpose-read = ler sua conta; nada é alterado

## Números em palavras. $size já está escrito como o idioma escreve tamanhos.

format-rate = { $size }/s
format-seconds = { $s } s
format-minutes-seconds = { $m } min { $s } s
format-hours-minutes = { $h } h { $m } min
format-just-now = agora mesmo
format-minutes-ago = { $count ->
    [one] há { $count } minuto
   *[other] há { $count } minutos
}
format-hours-ago = { $count ->
    [one] há { $count } hora
   *[other] há { $count } horas
}
format-yesterday = ontem
format-days-ago = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}

## Erros em palavras: o que aconteceu (o título) e o que fazer (o conselho). O que o servidor disse
## fica nas palavras dele, em "Detalhes técnicos".

error-browser-network = o navegador relata um erro de CORS/rede: o PDS ou um proxy derrubou a conexão
error-no-server-web = Nenhum servidor respondeu em { $host } (ou ele não deixa páginas da web perguntarem): confira o endereço
error-no-server = Nenhum servidor respondeu em { $host }: confira o endereço
error-not-a-pds = { $host } respondeu, mas não é um PDS (não conhece describeServer): confira o endereço
error-storage = O armazenamento local não está disponível
error-storage-web = Permita que este site guarde dados (janelas anônimas e algumas configurações de privacidade impedem isso) e tente de novo. O app para desktop e a ferramenta de linha de comando guardam os dados em arquivos comuns.
error-storage-desktop = Verifique se a sua pasta pessoal permite gravação e tem espaço livre, e tente de novo.
error-kept = Cada etapa concluída fica guardada: toque em "Tentar de novo" para continuar de onde parou.
error-2fa = O PDS antigo pede um código de login
error-2fa-advice = Ele enviou um código para o endereço da conta. Volte, digite-o em "Código de login" e continue. Nada foi alterado.
error-different-accounts = São duas contas diferentes
error-different-accounts-advice = Entre na mesma identidade (DID) nos dois servidores: no novo PDS, a conta criada para esta migração.
error-sign-in-bad-input = Nada foi alterado em nenhum dos servidores. Corrija o formulário e tente de novo.
error-sign-in-unreachable-web = Nada foi alterado em nenhum dos servidores. Confira o endereço. Se estiver certo, o servidor pode estar fora do ar, ou um proxy na frente dele respondeu sem cabeçalhos CORS (os navegadores então escondem a resposta). Tente mais tarde, ou use o app para desktop ou a ferramenta de linha de comando, que o CORS não afeta.
error-sign-in-unreachable = Nada foi alterado em nenhum dos servidores. Confira o endereço; se estiver certo, o servidor pode estar fora do ar: tente mais tarde.
error-wrong-password = { $side ->
    [old] O PDS antigo não aceitou a senha
   *[new] O novo PDS não aceitou a senha
}
error-unknown-handle = { $side ->
    [old] O PDS antigo não conhece { $handle }
   *[new] O novo PDS não conhece { $handle }
}
error-not-on-server = { $side ->
    [old] A conta não está no PDS antigo
   *[new] A conta não está no novo PDS
}
error-no-account-found = Nenhuma conta encontrada para { $handle }
error-identity = Não foi possível consultar a identidade da conta
error-unreachable = { $side ->
    [old] Não foi possível acessar o PDS antigo
   *[new] Não foi possível acessar o novo PDS
}
error-sign-in = { $side ->
    [old] Não foi possível entrar no PDS antigo
   *[new] Não foi possível entrar no novo PDS
}
error-invite = O novo PDS precisa de um código de convite
error-invite-advice = Peça um código de convite ao operador do novo PDS, digite-o no formulário e tente de novo. Nada foi alterado.
error-handle-not-ready = O novo identificador não está pronto
error-handle-not-ready-advice = Configure { $handle } como descrito, ou escolha outro identificador. Nada foi alterado.
error-handle-not-ready-domains = Volte e escolha um identificador em { $domains }, ou configure { $handle } como descrito. Nada foi alterado.
error-code-expired = O código expirou
error-code-wrong = Esse código não está certo
error-code-expired-advice = Um código novo foi enviado por e-mail: digite esse. Sua identidade ainda não mudou.
error-code-wrong-advice = Confira o e-mail e digite o código de novo. Sua identidade ainda não mudou.
error-unmovable = { $count ->
    [one] Um blob nunca poderá ser movido
   *[other] { $count } blobs nunca poderão ser movidos
}
error-unmovable-advice = Sua identidade não mudou: a conta antiga continua funcionando. Esses blobs sumiram do PDS antigo ou são maiores do que o novo PDS aceita, então nenhuma execução posterior poderá movê-los. Para mudar sem eles, rode tektite-cli migrate com --accept-missing-blobs; ou peça ao operador do novo PDS para aumentar o limite de envio.
error-blobs-incomplete = Alguns blobs ainda não estão no novo PDS
error-blobs-incomplete-advice = Sua identidade não mudou: a conta antiga continua funcionando. { $kept } Os blobs que falharem de novo aparecem no registro.
error-locked = Outra execução está trabalhando nesta conta
error-locked-advice = Outra aba, outra janela ou a linha de comando está rodando para esta conta. Deixe terminar (ou feche) e depois continue aqui: nada foi alterado e nada se perde.
error-new-account-refused = O novo PDS recusou a conta nova
error-new-account-refused-advice = Corrija o formulário (identificador, e-mail, senha, código de convite) e tente de novo.
error-move-stopped = A mudança parou
key-whereabouts-downloads = na pasta de downloads do seu navegador

## Por que a estratégia de blobs foi escolhida, e quanto tempo os blobs levam (o plano).

why-nothing-missing = não falta nada no novo PDS
why-too-many = { $count } blobs é mais que { $most }: o streaming os move sem cópias locais, com memória constante
why-sizes-unknown = o tamanho dos blobs é desconhecido, então o cache não pode ser dimensionado: o streaming não precisa de cache
why-space-unknown = não foi possível medir o espaço livre do cache: o streaming não precisa de cache
why-fits-twice = { $count } blobs ({ $size }) cabem duas vezes nos { $space } livres do cache: cada blob é verificado e guardado localmente, então um envio que falhar nunca o baixa de novo
why-fits-twice-memory = { $count } blobs ({ $size }) cabem duas vezes nos { $space } livres do cache, com { $memory } de memória disponível: cada blob é verificado e guardado localmente, então um envio que falhar nunca o baixa de novo
why-unreliable = a rede tem sido instável e os { $space } livres do cache comportam os { $size } de blobs: cópias locais evitam downloads repetidos
why-too-little-space = os { $space } livres do cache são menos que o dobro dos { $size } de blobs: o streaming não precisa de cache
time-transfer = cerca de { $time } a 10 MiB/s
time-days = cerca de { $days } dias: um PDS costuma aceitar { $per_day } envios por dia, então a mudança pausa e continua sozinha (ou continue no dia seguinte)
time-days-transfer = cerca de { $days } dias: um PDS costuma aceitar { $per_day } envios por dia, então a mudança pausa e continua sozinha (ou continue no dia seguinte); a transferência em si, { $transfer }
time-unknown = desconhecido até os tamanhos serem medidos

## As etapas de uma restauração.

restore-step-point-identity = deixar a chave de recuperação assinar pela identidade
restore-step-create-account = criar a conta no novo PDS
restore-step-import-repo = importar o repositório do backup
restore-step-blobs = enviar os blobs do backup
restore-step-preferences = restaurar as preferências
restore-step-move-identity = apontar a identidade para o novo PDS
restore-step-activate = ativar a conta no novo PDS

## O plano como a CLI o imprime: uma coluna de rótulos, depois o valor.

plan-print-title = Plano de mudança de { $did }
plan-print-from = de
plan-print-to = para
plan-print-missing = blobs faltando
plan-print-missing-value = { $missing } (o PDS antigo tem { $inventory }, { $present } não faltam)
plan-print-cached = já em cache
plan-print-cached-value = { $count } cópias verificadas de uma execução anterior
plan-print-size = tamanho total
plan-print-time = tempo
plan-print-memory = memória livre
plan-print-cache = cache livre
plan-print-unknown-location = local desconhecido
plan-print-quota = cota do cache
plan-print-network = rede
plan-print-strategy = estratégia
plan-print-strategy-forced = { $strategy } (forçada)
plan-print-why = por quê
plan-print-buffers = buffers
plan-print-memory-needed = memória necessária
plan-print-memory-needed-value = cerca de { $size } para buffers
plan-print-uploads = envios

## Observações que uma mudança faz pelo caminho.

note-no-document = não foi possível ler o documento DID de { $did }; seguindo sem ele
note-plc-already = o documento DID já aponta para o novo PDS
note-old-deactivated = { $pds } mostra a conta antiga desativada
note-account-exists-active = a conta já existe no novo PDS (ativa); conectado a ela
note-account-exists-deactivated = a conta já existe no novo PDS (desativada); conectado a ela
note-accepted-lost = aceito como perdido, como você escolheu: { $cids }
note-no-preferences = o PDS antigo não serve preferências (nenhum App View configurado); nada para copiar
note-preferences-copied = { $count ->
    [one] { $count } preferência copiada
   *[other] { $count } preferências copiadas
}
note-new-records = { $count ->
    [one] { $count } registro novo na conta antiga desde o início da mudança: copiado
   *[other] { $count } registros novos na conta antiga desde o início da mudança: copiados
}
note-did-web-no-code = um did:web não precisa de código por e-mail: em vez disso, você publica o novo documento DID dele
note-did-web-published = { $url } indica o novo PDS, a chave dele e o novo identificador
note-entryway = conectado em { $signed_in_at }; os dados da conta estão em { $pds }, com o qual o Tektite fala daqui em diante

## O que as etapas que não podem ser desfeitas vão fazer (a confirmação, o resumo da CLI).

irreversible-plc = o DID { $did } vai apontar para { $pds } (identificador { $handle }): é lá que todo mundo vai procurar a conta
irreversible-did-web = você aponta o DID { $did } para { $pds } (identificador { $handle }) publicando o documento DID que o Tektite mostra: é lá que todo mundo vai procurar a conta
irreversible-did-web-catch-up = o que a conta antiga recebeu nesse meio-tempo é copiado uma última vez (um did:web não precisa de código por e-mail)
irreversible-deactivate = a conta será desativada em { $pds }

## O que ainda falta no documento publicado de um did:web.

did-web-unreadable = não foi possível ler { $url }
did-web-lacks-pds = o serviço #atproto_pds precisa ser { $pds } (ele é { $now })
did-web-lacks-pds-missing = o serviço #atproto_pds precisa ser { $pds } (ele está faltando)
did-web-lacks-key = o método de verificação #atproto precisa ser o Multikey { $key } (ele é { $now })
did-web-lacks-key-missing = o método de verificação #atproto precisa ser o Multikey { $key } (ele está faltando ou não é um Multikey)
did-web-lacks-handle = alsoKnownAs precisa indicar at://{ $handle }
