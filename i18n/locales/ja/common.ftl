## 両方の顔（アプリと CLI）が使う言葉：数、待ち時間、移行の各段階、移行後のチェックリスト。

blobs-count = { $count } 個の blob

## 待ち時間：あなたのタイムゾーンでいつ終わるか。

wait-until-today = { $clock } まで（あと{ $rounded }）
wait-until-tomorrow = 明日 { $month }{ $day }日 { $clock } まで（あと{ $rounded }）
wait-until-day = { $month }{ $day }日（{ $weekday }）{ $clock } まで（あと{ $rounded }）
wait-pace = このサーバーのペース（{ $per } { $requests } リクエスト）では、残り { $left } 個の blob に{ $rounded }かかります
wait-per-days = { $count ->
    [one] 1 日に
   *[other] { $count } 日ごとに
}
wait-per-hours = { $count ->
    [one] 1 時間に
   *[other] { $count } 時間ごとに
}
wait-per-minutes = { $count ->
    [one] 1 分に
   *[other] { $count } 分ごとに
}
wait-per-seconds = { $count ->
    [one] 1 秒に
   *[other] { $count } 秒ごとに
}
about-seconds = 数秒
about-minutes = 約 { $count } 分
about-hours = 約 { $count } 時間
about-days = 約 { $count } 日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
weekday-1 = 月
weekday-2 = 火
weekday-3 = 水
weekday-4 = 木
weekday-5 = 金
weekday-6 = 土
weekday-7 = 日

## 移行の各段階（その段階で何をするか）。

step-create-account = 新しい PDS にアカウントを作成する（無効化された状態で）
step-import-repo = リポジトリ（レコード）をコピーする
step-blobs = blob（画像・動画）をコピーする
step-preferences = 設定をコピーする
step-request-plc-token = 古い PDS に ID 更新用コードのメール送信を依頼する
step-plc-operation = DID を新しい PDS に向ける（署名付き PLC 操作）
step-activate-new = 新しい PDS でアカウントを有効にする
step-deactivate-old = 古い PDS のアカウントを無効化する
step-request-plc-token-did-web = その間に古いアカウントに増えたものをコピーする
step-plc-operation-did-web = DID を新しい PDS に向ける（did.json はあなたが公開します）
deactivated-by-password = Tektite により、古いアカウントのパスワードで
old-deactivated = { $pds } の古いアカウントは{ $how }無効化されました。
deactivated-on-account-page = あなた自身により、古いサーバーのアカウントページで

## 移行後のチェックリスト：安全に関わる文。急ぐものから順に。

todo-sign-in-again = すべてのアプリからログアウトし、{ $new_handle } として再度サインインしてください
todo-sign-in-again-detail = アプリは古い PDS が発行したセッションをまだ持っています。サインアウトして再びサインインするまで、「jwt signature does not match jwt issuer」のようなエラーで失敗します。bsky.app などのアプリでは、ハンドルでサインインし、尋ねられたら「他のホスティングプロバイダー」を選んでください。
todo-new-password = 新しいアカウントのパスワードを使ってください
todo-new-password-detail = あなたのパスワードは、{ $new_pds } の新しいアカウント用に選んだものになりました。古いパスワードと同じだと、古いサーバーでサインインするアプリは無効化された古いアカウントに入ってしまい、そこは空に見え、投稿もできません。二つのパスワードは別にしておいてください。
todo-keep-key-offline = リカバリーキーはオフラインで保管してください
todo-keep-key-offline-detail = { $did_key } はあなたの ID の最初のローテーションキーで、その秘密鍵は { $whereabouts } にあります。これがあれば、新しい PDS が消えても ID を別の PDS に移せます。コピーをオフラインで保管し、決してウェブサイトに貼り付けないでください。
todo-consider-key = リカバリーキーを検討してください
todo-consider-key-detail = あなた自身のローテーションキーはありません。あなたの ID を変更できるのは新しい PDS だけです。リカバリーキーがあれば、その PDS が消えても離れることができます。
todo-old-deactivated = 古いアカウントは無効化されただけで、削除されていません
todo-old-deactivated-detail = { $old_pds } の { $old_account } はデータを保ったまま無効化されています。削除するのは少なくとも 72 時間待ってからにしてください。削除するには、そこにサインインして削除を依頼します（bsky.social を含む一部のホストは、移行済みアカウントの削除を断ることがあります。その場合はサポートに問い合わせてください）。
todo-old-account = 古いアカウント
todo-undo-window = 望まない ID 変更は 72 時間以内なら取り消せます
todo-undo-window-detail = 72 時間のあいだ、PLC ディレクトリは、直前のローテーションキー一覧で上位にあるキーによる変更の上書きを認めます。あなた自身のリカバリーキーがあれば、それは PDS のキーより優先されます。
todo-app-passwords = アプリパスワードは移行されていません
todo-app-passwords-detail = アプリパスワードを使っていたボット、クライアント、サービスには、新しい PDS で作った新しいアプリパスワードが必要です。
key-whereabouts-kept = あなたが保管している場所
key-whereabouts-file = { $path }

## 移行後、新しいアカウントを外から確認した結果。

look-handle-resolves = { $handle } があなたの DID に解決される
look-handle-elsewhere = { $other } に解決されます。ハンドルの DNS レコードまたは .well-known ファイルが別のアカウントを指しています
look-handle-by-pds = { $found }（ハンドルをホストしている新しい PDS の回答）
look-handle-both-failed = { $error }。新しい PDS：{ $pds_error }
look-document-names = DID ドキュメントに新しい PDS とハンドルが記載されている
look-document-names-pds = 記載されているのは { $pds } です
look-document-no-pds = PDS が記載されていません
look-document-names-handle = 記載されているハンドルは { $handle } です
look-document-no-handle = ハンドルが記載されていません
look-repo-served = 新しい PDS があなたのリポジトリを提供している
look-repo-served-as = { $handle } として

## サーバー自身のページでサインインしたとき、Tektite に許可されること（「Tektite は…ことを許可されます」）。

oauth-purpose-backup = あなたのアカウント（投稿、メディア、設定）を読み取る。何も変更しない
oauth-purpose-protect = （リカバリーキーを追加するために）サーバーからメールで届くコードの後で、あなたの ID を変更する
oauth-purpose-move = 新しいサーバーにアカウントを作成し、（サーバーからメールで届くコードの後で）ID をそこへ移し、設定をコピーする
oauth-purpose-read = あなたのアカウントを読み取る。何も変更しない

## 数の表し方。$size はすでにこの言語の書き方のサイズです。

format-rate = { $size }/秒
format-seconds = { $s } 秒
format-minutes-seconds = { $m } 分 { $s } 秒
format-hours-minutes = { $h } 時間 { $m } 分
format-just-now = たった今
format-minutes-ago = { $count } 分前
format-hours-ago = { $count } 時間前
format-yesterday = 昨日
format-days-ago = { $count } 日前

## エラー：何が起きたか（見出し）と、どうすればよいか（助言）。サーバーの言葉は「技術的な詳細」にそのまま残します。

error-browser-network = ブラウザーが CORS／ネットワークエラーを報告しています。PDS またはプロキシが接続を切りました
error-no-server-web = { $host } でサーバーが応答しませんでした（またはウェブページからの問い合わせを許可していません）。アドレスを確認してください
error-no-server = { $host } でサーバーが応答しませんでした。アドレスを確認してください
error-not-a-pds = { $host } は応答しましたが、PDS ではありません（describeServer を知りません）。アドレスを確認してください
error-storage = ローカルストレージを使えません
error-storage-web = このサイトにデータの保存を許可してから（プライベートウィンドウや一部のプライバシー設定はこれを妨げます）、もう一度お試しください。デスクトップアプリとコマンドラインツールは、データを普通のファイルに保存します。
error-storage-desktop = ホームフォルダーが書き込み可能で空き容量があることを確認してから、もう一度お試しください。
error-kept = 完了した段階はすべて保持されています。「もう一度試す」を押すと、止まったところから続けます。
error-2fa = 古い PDS がサインインコードを求めています
error-2fa-advice = アカウントのアドレスにコードがメールで送られました。戻って「サインインコード」に入力し、続けてください。何も変更されていません。
error-different-accounts = これらは別々のアカウントです
error-different-accounts-advice = 両方のサーバーで同じ ID（DID）にサインインしてください。新しい PDS では、この移行のために作成したアカウントです。
error-sign-in-bad-input = どちらのサーバーでも何も変更されていません。フォームを直して、もう一度お試しください。
error-sign-in-unreachable-web = どちらのサーバーでも何も変更されていません。アドレスを確認してください。正しい場合、サーバーが停止しているか、前段のプロキシが CORS ヘッダーなしで応答した可能性があります（その場合ブラウザーは応答を隠します）。後でもう一度試すか、CORS の影響を受けないデスクトップアプリかコマンドラインツールを使ってください。
error-sign-in-unreachable = どちらのサーバーでも何も変更されていません。アドレスを確認してください。正しければサーバーが停止しているかもしれません。後でもう一度お試しください。
error-wrong-password = { $side ->
    [old] 古い PDS がパスワードを受け付けませんでした
   *[new] 新しい PDS がパスワードを受け付けませんでした
}
error-unknown-handle = { $side ->
    [old] 古い PDS は { $handle } を知りません
   *[new] 新しい PDS は { $handle } を知りません
}
error-not-on-server = { $side ->
    [old] アカウントは古い PDS にありません
   *[new] アカウントは新しい PDS にありません
}
error-no-account-found = { $handle } のアカウントが見つかりませんでした
error-identity = アカウントの ID を調べられませんでした
error-unreachable = { $side ->
    [old] 古い PDS に接続できませんでした
   *[new] 新しい PDS に接続できませんでした
}
error-sign-in = { $side ->
    [old] 古い PDS にサインインできませんでした
   *[new] 新しい PDS にサインインできませんでした
}
error-invite = 新しい PDS には招待コードが必要です
error-invite-advice = 新しい PDS の運営者に招待コードを頼み、フォームに入力してもう一度お試しください。何も変更されていません。
error-handle-not-ready = 新しいハンドルの準備ができていません
error-handle-not-ready-advice = 説明のとおりに { $handle } を設定するか、別のハンドルを選んでください。何も変更されていません。
error-handle-not-ready-domains = 戻って { $domains } の下のハンドルを選ぶか、説明のとおりに { $handle } を設定してください。何も変更されていません。
error-code-expired = コードの有効期限が切れました
error-code-wrong = そのコードは正しくありません
error-code-expired-advice = 新しいコードがメールで送られました。そちらを入力してください。ID はまだ移っていません。
error-code-wrong-advice = メールを確認して、コードをもう一度入力してください。ID はまだ移っていません。
error-unmovable = { $count } 個の blob はどうしても移せません
error-unmovable-advice = ID は移っていません。古いアカウントはまだ使えます。これらの blob は古い PDS から消えているか、新しい PDS が受け付けるより大きいため、後で実行しても移せません。これらなしで移行するには、tektite-cli migrate を --accept-missing-blobs 付きで実行してください。または、新しい PDS の運営者にアップロード上限を上げてもらってください。
error-blobs-incomplete = 一部の blob がまだ新しい PDS にありません
error-blobs-incomplete-advice = ID は移っていません。古いアカウントはまだ使えます。{ $kept } 再び失敗した blob はログに記録されます。
error-locked = 別の実行がこのアカウントを処理中です
error-locked-advice = 別のタブ、ウィンドウ、またはコマンドラインがこのアカウントで実行中です。それが終わるのを待つ（または閉じる）と、ここで続けられます。何も変更されておらず、何も失われていません。
error-new-account-refused = 新しい PDS が新しいアカウントを拒否しました
error-new-account-refused-advice = フォーム（ハンドル、メール、パスワード、招待コード）を直して、もう一度お試しください。
error-move-stopped = 移行が止まりました
key-whereabouts-downloads = ブラウザーのダウンロードフォルダー

## blob の戦略を選んだ理由と、blob にかかる時間（計画）。

why-nothing-missing = 新しい PDS に足りないものはありません
why-too-many = { $count } 個の blob は { $most } 個を超えています。ストリーミングならローカルコピーなしに、一定のメモリで移せます
why-sizes-unknown = blob のサイズが不明なのでキャッシュの大きさを決められません。ストリーミングにはキャッシュが要りません
why-space-unknown = キャッシュの空き容量を測れませんでした。ストリーミングにはキャッシュが要りません
why-fits-twice = { $count } 個の blob（{ $size }）はキャッシュの空き容量 { $space } に 2 回分収まります。各 blob は検証してローカルに保持するので、アップロードに失敗しても再ダウンロードしません
why-fits-twice-memory = { $count } 個の blob（{ $size }）はキャッシュの空き容量 { $space } に 2 回分収まり、メモリは { $memory } 使えます。各 blob は検証してローカルに保持するので、アップロードに失敗しても再ダウンロードしません
why-unreliable = ネットワークが不安定で、キャッシュの空き容量 { $space } に blob の { $size } が収まります。ローカルコピーで再ダウンロードを避けます
why-too-little-space = キャッシュの空き容量 { $space } は blob の { $size } の 2 倍未満です。ストリーミングにはキャッシュが要りません
time-transfer = 10 MiB/秒で約 { $time }
time-days = 約 { $days } 日：PDS は通常 1 日に { $per_day } 件までアップロードを受け付けるので、移行は一時停止して自動で再開します（または翌日に続けてください）
time-days-transfer = 約 { $days } 日：PDS は通常 1 日に { $per_day } 件までアップロードを受け付けるので、移行は一時停止して自動で再開します（または翌日に続けてください）。転送自体は { $transfer }
time-unknown = サイズを測るまで不明

## 復元の段階。

restore-step-point-identity = リカバリーキーで ID に署名できるようにする
restore-step-create-account = 新しい PDS にアカウントを作成する
restore-step-import-repo = バックアップからリポジトリを取り込む
restore-step-blobs = バックアップから blob をアップロードする
restore-step-preferences = 設定を復元する
restore-step-move-identity = ID を新しい PDS に向ける
restore-step-activate = 新しい PDS でアカウントを有効にする

## CLI が表示する計画：ラベルの列と値。

plan-print-title = { $did } の移行計画
plan-print-from = 移行元
plan-print-to = 移行先
plan-print-missing = 足りない blob
plan-print-missing-value = { $missing } 個（古い PDS に { $inventory } 個、{ $present } 個は既存）
plan-print-cached = キャッシュ済み
plan-print-cached-value = 以前の実行の検証済みコピー { $count } 個
plan-print-size = 合計サイズ
plan-print-time = 時間
plan-print-memory = 空きメモリ
plan-print-cache = キャッシュの空き
plan-print-unknown-location = 場所不明
plan-print-quota = キャッシュの割り当て
plan-print-network = ネットワーク
plan-print-strategy = 方式
plan-print-strategy-forced = { $strategy }（指定）
plan-print-why = 理由
plan-print-buffers = バッファー
plan-print-memory-needed = 必要なメモリ
plan-print-memory-needed-value = バッファーに約 { $size }
plan-print-uploads = アップロード

## 移行の途中の注記。

note-no-document = { $did } の DID ドキュメントを読めませんでした。それなしで続けます
note-plc-already = DID ドキュメントはすでに新しい PDS を指しています
note-old-deactivated = { $pds } は古いアカウントを無効化済みと表示しています
note-account-exists-active = アカウントはすでに新しい PDS にあります（有効）。それにサインインしました
note-account-exists-deactivated = アカウントはすでに新しい PDS にあります（無効化）。それにサインインしました
note-accepted-lost = あなたの選択により、失われることを了承：{ $cids }
note-no-preferences = 古い PDS は設定を提供していません（App View が未設定）。コピーするものはありません
note-preferences-copied = { $count } 件の設定をコピーしました
note-new-records = 移行開始後に古いアカウントに増えた { $count } 件のレコードをコピーしました
note-did-web-no-code = did:web にはメールのコードは不要です。代わりに新しい DID ドキュメントを公開します
note-did-web-published = { $url } に新しい PDS、その鍵、新しいハンドルが記載されています
note-entryway = { $signed_in_at } でサインインしました。アカウントのデータは { $pds } にあり、以降 Tektite はそこと通信します

## 取り消せない段階で起きること（確認画面、CLI の概要）。

irreversible-plc = DID { $did } が { $pds }（ハンドル { $handle }）を指すようになります。以後、誰もがアカウントをそこで探します
irreversible-did-web = Tektite が示す DID ドキュメントを公開して、あなたが DID { $did } を { $pds }（ハンドル { $handle }）に向けます。以後、誰もがアカウントをそこで探します
irreversible-did-web-catch-up = その間に古いアカウントに増えたものを最後にもう一度コピーします（did:web ではメールのコードは不要）
irreversible-deactivate = { $pds } のアカウントが無効化されます

## did:web の公開ドキュメントにまだ足りないもの。

did-web-unreadable = { $url } を読めませんでした
did-web-lacks-pds = #atproto_pds サービスは { $pds } である必要があります（現在は { $now }）
did-web-lacks-pds-missing = #atproto_pds サービスは { $pds } である必要があります（現在はありません）
did-web-lacks-key = #atproto 検証メソッドは Multikey { $key } である必要があります（現在は { $now }）
did-web-lacks-key-missing = #atproto 検証メソッドは Multikey { $key } である必要があります（現在はないか、Multikey ではありません）
did-web-lacks-handle = alsoKnownAs に at://{ $handle } が必要です
