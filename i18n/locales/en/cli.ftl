## The CLI's human-readable lines (src/bin/tektite-cli). `--json` output is never translated.

cli-interrupted = interrupted: { $kept }; run the same command again to continue
cli-kept-steps = every finished step is saved
cli-secret-unreadable = could not read the { $what }: { $error }
cli-secret-missing = no { $what }: set { $var } (secrets are never taken from the command line)
cli-what-password = password
cli-what-new-password = password for the new account
cli-prompt-password = Password for { $id }:{" "}
cli-prompt-new-password = Password for the new account { $handle } on { $pds }:{" "}
cli-local-storage = local storage: { $error }

## Signing in on the server's own page (--oauth). The first line stays English in every language: scripts read it.

cli-oauth-open = Open this address to sign in: { $url }
cli-oauth-allowed = (Tektite will be allowed to { $what }.)
cli-oauth-no-browser = No browser could be opened here: open the address above in any browser on this machine.

## Progress of the blob step.

cli-bar-blobs = blobs
cli-bar-left = left
cli-progress-counts = { $done } of { $total } blobs, { $percent } %
cli-progress-copied = copied { $cid } ({ $size }) · { $counts }
cli-progress-copied-cached = copied { $cid } ({ $size }) from the local cache · { $counts }
cli-progress-failed = FAILED { $cid }: { $message }
cli-rate-limited = { $host } is rate limiting: waiting { $until } ({ $who })
cli-rate-limited-stated = as the server asked
cli-rate-limited-default = the server did not say how long; default wait
cli-rate-limited-may-stop = . You may stop now (Ctrl-C) and run the same command after then: nothing done so far is lost
cli-session-renewed = renewed the session on { $host }
cli-concurrency = { $count } blobs at once: { $reason }
cli-retrying-blob = blob { $cid }: { $reason }; attempt { $attempt } in { $seconds } s
cli-retrying-request = request: { $reason }; attempt { $attempt } in { $seconds } s
cli-state-not-saved = WARNING: progress could not be saved ({ $detail }); the transfer goes on, but a later run may repeat work: fix the folder given with --state-dir
cli-cache-full = the local cache is full ({ $detail }): blob { $cid } goes straight to the new PDS instead; free space in the folder given with --cache-dir to keep verified copies

## migrate: the steps, the summary, the waits, the end.

cli-step-started = [{ $step }] { $description }…
cli-step-done = [{ $step }] done
cli-new-recovery-key = A new recovery key is in { $path }: keep that file offline and secret. Its public half, { $key }, goes first in your DID document.
cli-prompt-2fa = The old PDS emailed a sign-in code; enter it:{" "}
cli-summary-title = Account migration of { $did }
cli-summary-from = {"  "}from        { $pds }
cli-summary-from-handle = {"  "}from        { $pds } ({ $handle })
cli-summary-to = {"  "}to          { $pds } ({ $pds_did }), handle { $handle }, e-mail { $email }
cli-summary-did-at = {"  "}DID now at  { $pds }
cli-summary-counts = {"  "}new PDS has { $records } records, { $imported } of { $expected } blobs, { $missing } missing
cli-summary-steps = {"  "}steps done  { $steps }
cli-summary-no-steps = none
cli-summary-irreversible = {"  "}IRREVERSIBLE: { $line }
cli-summary-lost = {"  "}LOST (accepted): blob { $cid }
cli-summary-rotation-keys = {"  "}rotation keys after the move (who may change the identity, first wins):
cli-unknown-count = ?
cli-waiting-deactivation = the account now lives on { $new_pds }; the old account on { $old_pds } is still active, and a sign-in through its server may not deactivate it. Deactivate it yourself on { $page } (sign in there, "Deactivate"), then run the same command again; or run it again with TEKTITE_FROM_PASSWORD set, and Tektite deactivates it with the password for that one call
cli-needs-yes = data and blobs are complete; the next steps are irreversible: run again with --yes to confirm them
cli-confirm-prompt = Move the identity to the new PDS and deactivate the old account? Type yes:{" "}
# What the person types to confirm; keep it one short word.
cli-confirm-word = yes
cli-not-confirmed = not confirmed; nothing irreversible was done (run again to continue)
cli-did-web-press-enter = Press Enter once the document is published (Ctrl-C stops; running again continues):{" "}
cli-did-web-stopped = stopped; run again once the DID document is published
cli-plc-token-sent-now = The old PDS has just emailed a confirmation code to the account's current address (the new account uses { $email }); it is valid { $until }.
cli-plc-token-sent-before = The old PDS has already emailed a confirmation code to the account's current address (the new account uses { $email }); it is valid { $until }.
cli-plc-token-prompt = Code from the email:{" "}
cli-plc-token-none = no code given; run again to continue
cli-plc-token-waiting-now = the old PDS has just emailed a confirmation code, valid { $until }: run again with TEKTITE_PLC_TOKEN=… (the code from the email)
cli-plc-token-waiting-before = the old PDS has already emailed a confirmation code, valid { $until }: run again with TEKTITE_PLC_TOKEN=… (the code from the email)
cli-moved = The account { $did } now lives on { $pds } as { $handle }.
cli-old-deactivated = The old account on { $pds } was deactivated { $how }.
cli-did-web-intro = { $did } is a did:web: you move it by publishing its DID document at { $url }.
cli-did-web-must-name = The published document must name:
cli-did-web-lacking = Still lacking:
cli-did-web-whole = The whole document to publish (your other entries kept):
cli-todo-title = What to do now:
cli-look-title = The new account as others see it:
cli-look-ok = ok
cli-look-fail = FAIL
cli-look-cached = {"  "}Handles and DID documents are cached for a while; look again in a few minutes with the same command.

## status

cli-status-none = No saved migrations in { $dir }.
cli-status-done = {"  "}done: { $steps }
cli-status-nothing-yet = nothing yet
cli-status-next = {"  "}next: { $step } — { $description }
cli-status-complete = {"  "}complete
cli-status-waiting = {"  "}waiting: { $host } limits requests { $until }; run the same command after then, nothing done so far is lost
cli-status-backups = Scheduled backups:
cli-status-backup = { $account }  { $every } into { $folder }
cli-status-last-run = {"  "}last run: { $at } ({ $result }): { $said }
cli-status-last-run-left-out = {"  "}last run: { $at } ({ $result }): { $said }; left out: { $left_out }
cli-status-run-complete = complete
cli-status-run-failed = FAILED
cli-status-no-run = {"  "}no run yet
