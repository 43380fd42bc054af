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

## blobs and plan

cli-kept-blobs = finished blobs and verified cached copies are kept
cli-prompt-password-on = Password for { $id } on { $pds }:{" "}
cli-note = Note: { $note }.
cli-listing-failed = listing blobs: { $error }
cli-blobs-summary = { $migrated } blobs migrated ({ $size }), { $cached } from the local cache, { $failed } failed, { $present } already present; { $seconds } s
cli-blob-failed = {"  "}failed { $cid }: { $message }
cli-misses-none = The new PDS misses no blobs.
cli-still-misses = { $count ->
    [one] The new PDS still misses { $count } blob; run the same command again to retry it.
   *[other] The new PDS still misses { $count } blobs; run the same command again to retry them.
}
cli-check-failed = could not check what the new PDS still misses: { $error }
cli-folder-cache = cache
cli-folder-state = resume-state
cli-folder-unusable = the { $what } folder cannot be used ({ $error }); fix its permissions or free some space, or choose another folder with { $flag }. Nothing was sent.

## backup

cli-backup-folder-unusable = the backup folder { $place } cannot be used ({ $error }); choose another folder
cli-backup-folder-bad = the backup folder { $place } cannot be used ({ $error })
cli-not-a-backup = { $path } is neither a backup folder nor a backup archive (.tar)
cli-kept-backup = the blobs saved so far are kept and not fetched again
cli-unschedule-needs-out = --unschedule needs --out DIR
cli-backup-needs-args = --from-id and --out are needed to back up (or --verify DIR to check a backup)
cli-last-run-unwritten = could not write { $file } into { $place }: { $error }
cli-prompt-backup-password = Password for { $id } (press Enter alone to back up only what is public):{" "}
cli-backup-deactivated = { $did } is deactivated on { $pds }: a deactivated account shows its data only to itself, so it cannot be backed up without a sign-in; set TEKTITE_FROM_PASSWORD (the previous backup is kept)
cli-backing-up = Backing up { $who } from { $pds } into { $place }
cli-backing-up-public = Backing up { $who } from { $pds } into { $place } without a sign-in (what the account shows anyone)
cli-bar-backup = backup
cli-backup-kept = { $error } (the previous backup in the folder is kept)
cli-backup-kept-retry = { $error } (the previous backup is kept; the next run tries again)
cli-backed-up = Backed up: { $count } blobs ({ $size }), repository revision { $rev }.
cli-backup-updated = Brought the backup up to date: { $count } blobs ({ $size }), repository revision { $rev }.
cli-backup-updated-unchanged = Brought the backup up to date: { $count } blobs ({ $size }), repository revision { $rev } (unchanged).
cli-backup-downloaded = {"  "}downloaded { $count } blobs ({ $size }), kept { $kept } already in the folder (re-hashed)
cli-backup-downloaded-repaired = {"  "}downloaded { $count } blobs ({ $size }), kept { $kept } already in the folder (re-hashed), { $repaired } damaged copies fetched again
cli-backup-no-longer = {"  "}{ $count } blobs of the previous backup are no longer in the account; their files stay in the folder
cli-backup-not-saved = {"  "}NOT SAVED: blob { $cid }: { $why }
cli-backup-left-out = {"  "}left out without a sign-in: { $what }
cli-backup-written = {"  "}DID document and manifest.json written
cli-backup-written-preferences = {"  "}preferences, DID document and manifest.json written
cli-backup-written-history = {"  "}DID document, PLC history and manifest.json written
cli-backup-written-all = {"  "}preferences, DID document, PLC history and manifest.json written
cli-backup-incomplete = The backup is incomplete: the previous one in the folder is kept as it was; run the same command again to fetch what is missing.
cli-scheduled = Scheduled: { $did } backed up into { $place } { $every } (without a sign-in: everything but the preferences).
cli-timer-enabled = {"  "}the timer is enabled; `tektite-cli status` shows each run's result
cli-timer-not-enabled = {"  "}systemd did not enable it ({ $why }): run `{ $command }` in your session
cli-no-schedule = No scheduled backup into { $place }.
cli-removed = Removed { $file }
cli-verified = Backup of { $did } taken { $taken }: { $count } blobs and the repository checked ({ $size }).
cli-damaged = {"  "}DAMAGED: { $name }: { $why }
cli-intact = Every file matches the manifest.
cli-problems = { $count ->
    [one] { $count } problem: back up into the folder again to fetch the damaged file anew.
   *[other] { $count } problems: back up into the folder again to fetch the damaged files anew.
}

## recovery-key add

cli-kept-protect = nothing was changed unless the key is listed by the PLC directory now
cli-not-a-did-key = `{ $key }` is not a did:key (did:key:z…)
cli-new-key-file = A new recovery key is in { $path }: keep that file offline and secret.
cli-protect-needs-key = give --out FILE (a new key) or --key did:key:…
cli-protect-code-sent = { $pds } emailed a code to the account's address. Run the same command again with TEKTITE_PLC_TOKEN=<the code> to add { $key } (the code is valid for 15 minutes).
cli-key-was-first = { $key } was already the first rotation key of { $did }. Its rotation keys, first wins:
cli-key-is-first = { $key } is now the first rotation key of { $did }. Its rotation keys, first wins:
cli-keep-key-file = Keep the key file offline and secret: with it and a backup (`tektite-cli backup`), `tektite-cli restore` brings the account up on a new PDS even if this one is gone.
cli-not-a-key-file = { $path } exists and is not a Tektite recovery key file; choose a new file name

## restore

cli-no-handle = no handle
cli-restore-of = Restore of { $did } ({ $handle }), backed up { $taken } from { $pds }: { $count } blobs.
cli-restore-to = {"  "}to { $pds } as { $handle } ({ $email }), signed with { $key }
cli-restore-irreversible = {"  "}IRREVERSIBLE: the identity is changed with your recovery key; afterwards it names the new PDS, and the old PDS (if it ever comes back) can no longer change it.
cli-restore-needs-yes = not confirmed: run again with --yes, or in a terminal to be asked
cli-restore-prompt = Restore now? Type yes:{" "}
cli-restore-not-confirmed = not confirmed; nothing was changed
cli-bar-restore = restore blobs
cli-restored = Restored { $did } on { $pds } as { $handle }: { $count } blobs uploaded this run. The account is active; sign in there with the new password.
cli-rotation-keys-now = Rotation keys now (first wins):
