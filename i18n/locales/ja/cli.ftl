## CLI の人が読む行。`--json` の出力は翻訳しません。

cli-interrupted = 中断しました：{ $kept }。同じコマンドをもう一度実行すると続けます
cli-kept-steps = 完了した段階はすべて保存されています
cli-secret-unreadable = { $what }を読み取れませんでした：{ $error }
cli-secret-missing = { $what }がありません：{ $var } を設定してください（秘密情報をコマンドラインから受け取ることはありません）
cli-what-password = パスワード
cli-what-new-password = 新しいアカウントのパスワード
cli-prompt-password = { $id } のパスワード：{" "}
cli-prompt-new-password = { $pds } の新しいアカウント { $handle } のパスワード：{" "}
cli-local-storage = ローカルストレージ：{ $error }

## サーバー自身のページでのサインイン（--oauth）。

cli-oauth-open = Open this address to sign in: { $url }
cli-oauth-allowed = （Tektite は次のことを許可されます：{ $what }。）
cli-oauth-no-browser = ここではブラウザーを開けませんでした。この端末の任意のブラウザーで上のアドレスを開いてください。

## blob の段階の進捗。

cli-bar-blobs = 個の blob
cli-bar-left = 残り
cli-progress-counts = { $total } 個中 { $done } 個の blob、{ $percent } %
cli-progress-copied = { $cid }（{ $size }）をコピー · { $counts }
cli-progress-copied-cached = { $cid }（{ $size }）をローカルキャッシュからコピー · { $counts }
cli-progress-failed = 失敗 { $cid }：{ $message }
cli-rate-limited = { $host } がレート制限中：{ $until } 待機（{ $who }）
cli-rate-limited-stated = サーバーの指示どおり
cli-rate-limited-default = サーバーが時間を示さなかったため既定の待機
cli-rate-limited-may-stop = 。今止めても（Ctrl-C）、その後に同じコマンドを実行すれば続けられます。ここまでの成果は失われません
cli-session-renewed = { $host } のセッションを更新しました
cli-concurrency = 同時に { $count } 個の blob：{ $reason }
cli-retrying-blob = blob { $cid }：{ $reason }。{ $seconds } 秒後に { $attempt } 回目を試行
cli-retrying-request = リクエスト：{ $reason }。{ $seconds } 秒後に { $attempt } 回目を試行
cli-state-not-saved = 警告：進捗を保存できませんでした（{ $detail }）。転送は続きますが、後の実行で作業を繰り返すことがあります。--state-dir で指定したフォルダーを直してください
cli-cache-full = ローカルキャッシュがいっぱいです（{ $detail }）。blob { $cid } は代わりに新しい PDS へ直接送ります。検証済みのコピーを残すには、--cache-dir で指定したフォルダーの空きを増やしてください

## migrate：段階、概要、待機、終了。

cli-step-started = [{ $step }] { $description }…
cli-step-done = [{ $step }] 完了
cli-new-recovery-key = 新しいリカバリーキーは { $path } にあります。そのファイルはオフラインで秘密に保管してください。公開鍵の半分 { $key } は DID ドキュメントの先頭に入ります。
cli-prompt-2fa = 古い PDS がサインインコードをメールで送りました。入力してください：{" "}
cli-summary-title = { $did } のアカウント移行
cli-summary-from = {"  "}移行元        { $pds }
cli-summary-from-handle = {"  "}移行元        { $pds }（{ $handle }）
cli-summary-to = {"  "}移行先        { $pds }（{ $pds_did }）、ハンドル { $handle }、メール { $email }
cli-summary-did-at = {"  "}DID の現在地  { $pds }
cli-summary-counts = {"  "}新しい PDS には { $records } 件のレコード、{ $expected } 個中 { $imported } 個の blob、足りないもの { $missing } 個
cli-summary-steps = {"  "}完了した段階  { $steps }
cli-summary-no-steps = なし
cli-summary-irreversible = {"  "}取り消し不可：{ $line }
cli-summary-lost = {"  "}失われる（了承済み）：blob { $cid }
cli-summary-rotation-keys = {"  "}移行後のローテーションキー（ID を変更できる者、先頭が優先）：
cli-unknown-count = ?
cli-waiting-deactivation = アカウントは { $new_pds } に移りました。{ $old_pds } の古いアカウントはまだ有効で、そのサーバーでのサインインでは無効化できないことがあります。{ $page } であなた自身が無効化し（そこでサインインして「無効化」）、同じコマンドをもう一度実行してください。または TEKTITE_FROM_PASSWORD を設定して再実行すれば、Tektite がその一回だけパスワードを使って無効化します
cli-needs-yes = データと blob は揃いました。この先の段階は取り消せません。確定するには --yes を付けてもう一度実行してください
cli-confirm-prompt = ID を新しい PDS に移し、古いアカウントを無効化しますか？ 「はい」と入力してください：{" "}
# 確認のために入力する語。短い一語にしてください。
cli-confirm-word = はい
cli-not-confirmed = 確認されませんでした。取り消せないことは何も行っていません（続けるにはもう一度実行してください）
cli-did-web-press-enter = ドキュメントを公開したら Enter を押してください（Ctrl-C で中止、再実行で続行）：{" "}
cli-did-web-stopped = 停止しました。DID ドキュメントを公開したらもう一度実行してください
cli-plc-token-sent-now = 古い PDS がアカウントの現在のアドレスに確認コードをメールで送りました（新しいアカウントは { $email } を使います）。{ $until }有効です。
cli-plc-token-sent-before = 古い PDS はすでにアカウントの現在のアドレスに確認コードをメールで送っています（新しいアカウントは { $email } を使います）。{ $until }有効です。
cli-plc-token-prompt = メールのコード：{" "}
cli-plc-token-none = コードが入力されませんでした。続けるにはもう一度実行してください
cli-plc-token-waiting-now = 古い PDS が確認コードをメールで送りました（{ $until }有効）。TEKTITE_PLC_TOKEN=…（メールのコード）を付けてもう一度実行してください
cli-plc-token-waiting-before = 古い PDS はすでに確認コードをメールで送っています（{ $until }有効）。TEKTITE_PLC_TOKEN=…（メールのコード）を付けてもう一度実行してください
cli-moved = アカウント { $did } は現在 { $pds } に { $handle } としてあります。
cli-did-web-intro = { $did } は did:web です。{ $url } に DID ドキュメントを公開して移します。
cli-did-web-must-name = 公開するドキュメントに記載が必要なもの：
cli-did-web-lacking = まだ足りないもの：
cli-did-web-whole = 公開するドキュメント全体（ほかの項目はそのまま）：
cli-todo-title = 次にすること：
cli-look-title = ほかの人から見た新しいアカウント：
cli-look-ok = OK
cli-look-fail = 失敗
cli-look-cached = {"  "}ハンドルと DID ドキュメントはしばらくキャッシュされます。数分後に同じコマンドでもう一度確認してください。

## status

cli-status-none = { $dir } に保存された移行はありません。
cli-status-done = {"  "}完了：{ $steps }
cli-status-nothing-yet = まだなし
cli-status-next = {"  "}次：{ $step } — { $description }
cli-status-complete = {"  "}完了
cli-status-waiting = {"  "}待機中：{ $host } がリクエストを制限しています（{ $until }）。その後に同じコマンドを実行してください。ここまでの成果は失われません
cli-status-backups = 予定されたバックアップ：
cli-status-backup = { $account }  { $every } に { $folder } へ
cli-status-last-run = {"  "}前回の実行：{ $at }（{ $result }）：{ $said }
cli-status-last-run-left-out = {"  "}前回の実行：{ $at }（{ $result }）：{ $said }。除外：{ $left_out }
cli-status-run-complete = 完了
cli-status-run-failed = 失敗
cli-status-no-run = {"  "}まだ実行なし

## blobs と plan

cli-kept-blobs = 完了した blob と検証済みのキャッシュのコピーは保持されています
cli-prompt-password-on = { $pds } の { $id } のパスワード：{" "}
cli-note = 注意：{ $note }。
cli-listing-failed = blob の一覧取得：{ $error }
cli-blobs-summary = { $migrated } 個の blob を移行（{ $size }）、ローカルキャッシュから { $cached } 個、失敗 { $failed } 個、既存 { $present } 個、{ $seconds } 秒
cli-blob-failed = {"  "}失敗 { $cid }：{ $message }
cli-misses-none = 新しい PDS に足りない blob はありません。
cli-still-misses = 新しい PDS にはまだ { $count } 個の blob が足りません。同じコマンドをもう一度実行すると再試行します。
cli-check-failed = 新しい PDS にまだ足りないものを確認できませんでした：{ $error }
cli-folder-cache = キャッシュ
cli-folder-state = 再開用の状態
cli-folder-unusable = { $what }のフォルダーを使えません（{ $error }）。権限を直すか空き容量を作るか、{ $flag } で別のフォルダーを選んでください。何も送信していません。

## backup

cli-backup-folder-unusable = バックアップフォルダー { $place } を使えません（{ $error }）。別のフォルダーを選んでください
cli-backup-folder-bad = バックアップフォルダー { $place } を使えません（{ $error }）
cli-not-a-backup = { $path } はバックアップフォルダーでもバックアップのアーカイブ（.tar）でもありません
cli-kept-backup = ここまで保存した blob は保持され、再取得しません
cli-unschedule-needs-out = --unschedule には --out DIR が必要です
cli-backup-needs-args = バックアップには --from-id と --out が必要です（バックアップの確認は --verify DIR）
cli-last-run-unwritten = { $place } に { $file } を書き込めませんでした：{ $error }
cli-prompt-backup-password = { $id } のパスワード（公開されているものだけをバックアップするなら Enter だけを押す）：{" "}
cli-backup-deactivated = { $did } は { $pds } で無効化されています。無効化されたアカウントはデータを自分にしか見せないため、サインインなしではバックアップできません。TEKTITE_FROM_PASSWORD を設定してください（以前のバックアップは保持されます）
cli-backing-up = { $who } を { $pds } から { $place } へバックアップしています
cli-backing-up-public = { $who } を { $pds } から { $place } へ、サインインなしで（アカウントが誰にでも見せているものを）バックアップしています
cli-bar-backup = バックアップ
cli-backup-kept = { $error }（フォルダーにある以前のバックアップは保持されます）
cli-backup-kept-retry = { $error }（以前のバックアップは保持されます。次回の実行で再試行します）
cli-backed-up = バックアップ完了：{ $count } 個の blob（{ $size }）、リポジトリのリビジョン { $rev }。
cli-backup-updated = バックアップを最新にしました：{ $count } 個の blob（{ $size }）、リポジトリのリビジョン { $rev }。
cli-backup-updated-unchanged = バックアップを最新にしました：{ $count } 個の blob（{ $size }）、リポジトリのリビジョン { $rev }（変更なし）。
cli-backup-downloaded = {"  "}{ $count } 個の blob をダウンロード（{ $size }）、フォルダーにある { $kept } 個を保持（再ハッシュ済み）
cli-backup-downloaded-repaired = {"  "}{ $count } 個の blob をダウンロード（{ $size }）、フォルダーにある { $kept } 個を保持（再ハッシュ済み）、破損したコピー { $repaired } 個を再取得
cli-backup-no-longer = {"  "}以前のバックアップの blob のうち { $count } 個はもうアカウントにありません。そのファイルはフォルダーに残ります
cli-backup-not-saved = {"  "}未保存：blob { $cid }：{ $why }
cli-backup-left-out = {"  "}サインインなしのため除外：{ $what }
cli-backup-written = {"  "}DID ドキュメントと manifest.json を書き込みました
cli-backup-written-preferences = {"  "}設定、DID ドキュメント、manifest.json を書き込みました
cli-backup-written-history = {"  "}DID ドキュメント、PLC の履歴、manifest.json を書き込みました
cli-backup-written-all = {"  "}設定、DID ドキュメント、PLC の履歴、manifest.json を書き込みました
cli-backup-incomplete = バックアップは未完了です。フォルダーにある以前のバックアップはそのまま保持されます。同じコマンドをもう一度実行すると、足りないものを取得します。
cli-scheduled = 予定しました：{ $did } を { $place } へ { $every } バックアップ（サインインなし：設定以外のすべて）。
cli-timer-enabled = {"  "}タイマーは有効です。各回の結果は `tektite-cli status` で確認できます
cli-timer-not-enabled = {"  "}systemd が有効にしませんでした（{ $why }）。セッションで `{ $command }` を実行してください
cli-no-schedule = { $place } への予定されたバックアップはありません。
cli-removed = 削除しました：{ $file }
cli-verified = { $taken } に取得した { $did } のバックアップ：{ $count } 個の blob とリポジトリを検証しました（{ $size }）。
cli-damaged = {"  "}破損：{ $name }：{ $why }
cli-intact = すべてのファイルがマニフェストと一致しています。
cli-problems = { $count } 件の問題：もう一度そのフォルダーにバックアップすると、破損したファイルを取得し直します。

## recovery-key add

cli-kept-protect = PLC ディレクトリに今その鍵が載っていない限り、何も変更されていません
cli-not-a-did-key = `{ $key }` は did:key（did:key:z…）ではありません
cli-new-key-file = 新しいリカバリーキーは { $path } にあります。そのファイルはオフラインで秘密に保管してください。
cli-protect-needs-key = --out FILE（新しい鍵）または --key did:key:… を指定してください
cli-protect-code-sent = { $pds } がアカウントのアドレスにコードをメールで送りました。TEKTITE_PLC_TOKEN=<コード> を付けて同じコマンドをもう一度実行すると、{ $key } を追加します（コードの有効期間は 15 分です）。
cli-key-was-first = { $key } はすでに { $did } の最初のローテーションキーです。ローテーションキー（先頭が優先）：
cli-key-is-first = { $key } が { $did } の最初のローテーションキーになりました。ローテーションキー（先頭が優先）：
cli-keep-key-file = 鍵のファイルはオフラインで秘密に保管してください。これとバックアップ（`tektite-cli backup`）があれば、このサーバーがなくなっても `tektite-cli restore` で新しい PDS にアカウントを復活できます。
cli-not-a-key-file = { $path } はすでに存在し、Tektite のリカバリーキーのファイルではありません。別のファイル名を選んでください

## restore

cli-no-handle = ハンドルなし
cli-restore-of = { $did }（{ $handle }）の復元。{ $taken } に { $pds } からバックアップ：{ $count } 個の blob。
cli-restore-to = {"  "}{ $pds } へ { $handle }（{ $email }）として、{ $key } で署名
cli-restore-irreversible = {"  "}取り消し不可：ID はあなたのリカバリーキーで変更されます。その後は新しい PDS を指し、古い PDS は（戻ってきても）もう変更できません。
cli-restore-needs-yes = 確認されていません。--yes を付けて実行するか、端末で実行して確認に答えてください
cli-restore-prompt = 今すぐ復元しますか？ 「はい」と入力してください：{" "}
cli-restore-not-confirmed = 確認されませんでした。何も変更していません
cli-bar-restore = blob を復元
cli-restored = { $did } を { $pds } に { $handle } として復元しました：今回 { $count } 個の blob をアップロード。アカウントは有効です。新しいパスワードでそこにサインインしてください。
cli-rotation-keys-now = 現在のローテーションキー（先頭が優先）：
