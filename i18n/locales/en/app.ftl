## The app's words (src/ui, src/app).

## The page around every screen.

language-label = Language
footer-license = Open source · MIT or Apache-2.0
footer-face-web = web
footer-face-desktop = desktop

## The step list beside every screen (src/ui/steps.rs).

rail-label = Migration steps
rail-accounts = Accounts
rail-target-pds = Target PDS
rail-plan = Plan
rail-run = Run
rail-identity = Identity
rail-done = Done
rail-accounts-summary = Sign in to the account you are moving
rail-target-pds-summary = Choose the server it moves to
rail-plan-summary = Review what will be copied
rail-run-summary = Copy the blobs, verified
rail-identity-summary = Point your identity at the new PDS (full move)
rail-done-summary = Check the result and finish
rail-account = Account
rail-back-up = Back up
rail-confirm = Confirm
rail-backup-and-key = Backup and key
rail-check = Check
rail-restore = Restore
rail-backup-accounts-summary = Sign in to the account to back up
rail-backup-run-summary = Save everything, every file checked
rail-backup-done-summary = Where the backup is, what changed
rail-protect-accounts-summary = Sign in, choose your recovery key
rail-protect-identity-summary = Type the code the PDS emailed
rail-protect-done-summary = Your keys, and what to keep
rail-restore-accounts-summary = Your backup, your key, the new PDS
rail-restore-plan-summary = What comes back, signed with your key
rail-restore-run-summary = Identity, account, data, blobs
rail-restore-done-summary = Sign in on the new PDS

## The page's header.

header-note = ATProto account migration

## The start page (src/ui/welcome.rs).

welcome-window-title = Tektite — move, back up and protect your Bluesky account
welcome-eyebrow = Bluesky · ATProtocol
welcome-title = Move your Bluesky account to a new PDS
welcome-lead = Blobs included, verified, resumable.
welcome-feature-blobs = Blobs included
welcome-feature-blobs-text = Every image and video moves along with your posts, follows and profile.
welcome-feature-verified = Verified
welcome-feature-verified-text = Each blob is checked against its content hash on the new PDS before your identity moves.
welcome-feature-resumable = Resumable
welcome-feature-resumable-text = If the connection drops or the window closes, start again where you left off.
welcome-before = Before you start
welcome-before-account = The handle and password of the account you are moving
welcome-before-server = The address of the new PDS, and an invite code if it asks for one
welcome-before-email = Access to the account's email: the current PDS sends a code to confirm the move
welcome-move = Move my account
welcome-move-hint = Nothing changes on either PDS until you start the plan.
welcome-repair = Repair mode
welcome-repair-text = An account already moved whose new PDS misses blobs (images, videos): find them and copy them from the old PDS. The account must exist on both.
welcome-repair-button = Repair missing blobs
welcome-backup = Back up this account
welcome-backup-text = Keep everything the account holds where you keep it: posts, follows, images and videos, preferences and its identity's history, every file checked. Nothing changes on the server; the next backup fetches only what is new.
welcome-protect = Protect this account
welcome-protect-text = Add a recovery key that only you hold while the account's server still works: with it and a backup you can bring the account up on another PDS, even if this one disappears. Your PDS emails a code to confirm.
welcome-restore = My old server is gone
welcome-restore-text = With a backup and your recovery key, bring the account up on a new PDS: same DID, your posts, images and preferences. Nothing from the old server is needed.
welcome-restore-button = Restore from a backup
kept-title = Your backups on this device
kept-backup-now = Back up now
kept-backup-now-label = Back up now: { $account }

## The banners that offer to continue an unfinished run, or to see a finished move's report.

banner-reached = Reached: { $step }.
banner-blobs-on-new = { $done } of { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} on the new PDS.
banner-route-to = Moving to { $host }
banner-move-label = Unfinished account move
banner-move-heading = Continue moving { $who }
banner-move-text = { $progress } { $route }. Every finished step is kept; enter the passwords again to continue where it stopped.
banner-repair-label = Unfinished migration
banner-repair-heading = Resume the migration of { $who }
banner-repair-text = { $progress } { $route }. Blobs already on the new PDS and verified copies on this device are kept; enter the passwords to continue.
banner-backup-label = Unfinished backup
banner-backup-heading = Continue the backup of { $who }
banner-backup-text = Everything it saved is kept; enter the password to fetch the rest.
banner-protect-label = Recovery key not added yet
banner-protect-heading = Finish protecting { $who }
banner-protect-text = The key was not added yet; enter the password to ask for a new code.
banner-restore-label = Unfinished restore
banner-restore-heading = Continue restoring { $who }
banner-restore-text = { $progress } Every finished step is kept; pick the recovery key file and enter the new password to go on.
banner-continue = Continue
banner-resume = Resume
banner-dismiss = Dismiss
report-banner-label = Finished account move
report-banner-heading = Your account moved to { $host }
report-banner-text = { $handle } now lives there. The report has the checklist of what to do next.
report-banner-button = See the report
kept-last-backup = last backup { $ago }
kept-no-backup-yet = no complete backup yet
kept-last-run-failed = the last run failed { $ago }: { $said }
kept-kept-current = kept current { $every }

## The form of every way in (src/ui/form.rs).

form-submit-backup = Sign in and back up
form-submit-restore = Check the backup
form-submit-protect = Sign in and add the key
form-submit-plan = Sign in and plan
form-legend-the-account = The account
form-resuming-backup = Continuing the backup of
form-advanced = Advanced
form-strategy = Strategy
form-legend-account-now = Your account now
form-resuming-move = Continuing the move of
form-blob-strategy = Blob strategy
form-resuming-repair = Resuming the migration of
form-restore-title = Bring your account back from a backup
form-restore-lead = For when the account's server is gone for good: your backup, your recovery key file, and the new PDS with the account you get there. Same DID, same posts, images and preferences.
form-restore-resuming = The backup and the new PDS are filled in from last time. Pick the key file and enter the new password again: every finished step is kept.
form-restore-privacy = The recovery key and the password are only used from this device, and never stored.
form-restore-hint = Nothing changes before you check what will be restored.
form-protect-title = Protect your account with a recovery key
form-protect-lead = A key only you hold, put first among the keys that may change your identity. With it and a backup, you can bring the account up on another PDS even if this one disappears.
form-protect-resuming = The handle is filled in from last time. Enter the password to continue.
form-protect-privacy = The password and the emailed code are only used from this device, and never stored. The private half of a key made here goes into the file you keep, nowhere else.
form-protect-hint = Your PDS emails a code to confirm; nothing changes before you type it.
form-backup-title = Back up your account
form-backup-lead = Everything the account holds: posts, follows, images and videos, preferences and its identity's history, every file checked. Nothing changes on the server.
form-backup-resuming = The handle is filled in from last time. Enter the password to continue: what the backup already holds is not downloaded again.
form-backup-privacy = The password is only used from this device, and never stored.
form-backup-hint = A second backup later fetches only what is new.
form-move-title = Move your account
form-move-lead = The account you are moving, the PDS it moves to, and the account it gets there: same DID, same posts, followers and blobs.
form-move-resuming = The addresses and handles are filled in from last time. Enter the passwords again: every finished step is kept and the move continues where it stopped.
form-move-privacy = Passwords and codes are only used from this device, and never stored. The addresses and handles are remembered so an interrupted move can continue.
form-repair-title = Repair: copy the blobs the new PDS misses
form-repair-lead = Sign in to the account on the PDS you are leaving and to the account already created on the new one. Tektite then lists what the new PDS still misses.
form-repair-resuming = The addresses and handles are filled in from last time. Enter the two passwords to continue: the new PDS says what it still misses, and verified copies kept on this device are not downloaded again.
form-repair-privacy = Passwords are only used to sign in from this device, and never stored. The addresses and handles are remembered so an interrupted migration can be resumed.
form-repair-hint = Nothing is copied until you confirm the plan.
form-tag-from = From
form-handle-or-did = Handle or DID
form-old-handle-hint = Tektite finds the server that holds the account from it
form-server-sign-in = You sign in on your server's own page.
form-server-sign-in-web = Tektite opens it in a new window and never sees your password.
form-server-sign-in-desktop = Tektite opens it in your browser and never sees your password.
form-use-password = Use your password instead
form-password = Password
form-old-password-hint = The account password, not an app password
form-use-server = Sign in on your server's page instead
form-sign-in-code = Sign-in code
form-sign-in-code-hint = The old PDS emailed it to the account's address
form-tag-key = Key
form-legend-recovery-key = Your recovery key
form-tag-to = To
form-legend-new-pds = The new PDS
form-server-address = Server address
form-new-pds-hint = The server the account moves to
form-check-server = Check this PDS
form-fact-handles-under = Handles under
form-none = —
form-invite-code = Invite code
form-invite-needed = needed
form-invite-not-needed = not needed
form-fact-phone = Phone
form-phone-needed = verification needed: Tektite cannot do that
form-invite-hint = Only if the new PDS asks for one
form-concurrency = Blobs at once
form-concurrency-default = Default
form-concurrency-hint = Default: adapts. It starts at 4 and grows while the transfer gets faster (links with latency need more); a number here pins it.
form-old-pds = Sign in at (optional)
form-old-pds-placeholder = found from the handle
form-old-pds-hint = Leave empty: the account's own server is looked up. Or where you sign in, e.g. https://bsky.social
form-plc-url = PLC directory
form-plc-url-hint = Leave as it is unless you run your own
form-handle-resolver = Handle resolver
form-handle-resolver-hint = Asked when a handle's DNS record cannot be read (browsers cannot)
form-server-privacy = Your server's sign-in lasts only while Tektite runs and is never stored; Tektite asks it only for what this needs.
form-server-privacy-new = The new account's password is only used from this device, and never stored.
form-legend-backup-and-key = Your backup and key
form-backup = Backup
form-backup-choose = Choose a backup kept in this browser
form-backup-none = No backup is kept in this browser: choose its archive (.tar) below.
form-backup-pick-folder = Choose a backup folder
form-backup-archive = Or the backup's archive (.tar)
form-backup-archive-hint = The file a backup in a browser was downloaded as, or a backup folder packed with tar.
form-backup-folder = Backup folder
form-backup-folder-placeholder = Documents/Tektite backups/alice.bsky.social
form-backup-folder-hint = The folder a backup wrote (it holds manifest.json), or its .tar
form-key-file = Recovery key file
form-key-file-hint = The file written when the key was made (tektite-recovery-key-….txt). It stays on this device.
form-tag-into = Into
form-legend-backup-place = Where the backup goes
form-backup-into-browser = Into this browser's storage for this site, then handed to you as one archive (.tar) in your downloads. Unpacked, it is a backup folder the Tektite command line can check and restore from. The next backup in this browser fetches only what is new.
form-backup-pick-another = Choose another folder
form-backup-pick-instead = Choose a folder instead
form-folder = Folder
form-folder-hint = Leave empty for the folder shown. An earlier backup of the same account there is brought up to date.
form-repair-new-handle-hint = The account created there for this move (it may be deactivated)
form-new-handle = New handle
form-new-handle-hint-domains = Under one of the domains above (pick from the list as you type), or a domain you own: then its DNS must already name your account
form-new-password = New password
form-new-password-hint = For the account on the new PDS
form-new-handle-hint = Under one of the new PDS's domains, or a domain you own
form-email = Email

## The form: the new account.

form-tag-new = New
form-legend-new-account = The account on the new PDS
form-key-file-unusable = { $name } cannot be used: { $error }
form-backup-choice = { $who }, taken { $taken } ({ $blobs ->
    [one] { $blobs } blob
   *[other] { $blobs } blobs
})
restore-picked-folder = The backup in the folder { $name } you picked.
restore-archive-picked = The archive { $name }, read where it is: nothing is copied into the browser.
backup-into-picked-folder = Into the folder { $name } you picked: the files stay there, and the next backup into it fetches only what is new.

## The last step when the old account must be deactivated on its own page (src/ui/deactivate.rs).

deactivate-choose = Choose “Account”, then “Deactivate account”.
deactivate-come-back = Come back here and check again: the move is done once the old server shows the account deactivated.
deactivate-recheck = I deactivated it: check again
deactivate-use-password = Use the old password for this step instead
deactivate-password = Password of the old account
deactivate-password-hint = Used once, to deactivate the old account, and never stored
deactivate-button = Deactivate the old account
deactivate-title = Last step: deactivate the old account
deactivate-lead = Your account now lives on the new server. The old account on { $old_pds } is still active: your server's sign-in may not deactivate it, so you do it there yourself.
deactivate-open = Open { $link } and sign in there.
deactivate-page-link = the old server's account page

## The recovery key field (src/ui/recovery_key.rs): a safety text.

key-label-protect = A recovery key you already hold
key-label-move = Your recovery key (optional, recommended)
key-hint = A rotation key you hold, put first in your DID document: with its private key you can move your identity without any PDS, even if the new one disappears. Keys you added before are kept either way.
key-generate = Make a new recovery key for me
key-new = Your new recovery key
key-saved-check = I saved the key file somewhere safe (offline, not in this browser)
key-save-again = Save the file again
key-drop = Do not use this key

## Blobs that cannot be moved (src/ui/unmovable.rs).

unmovable-stop = Stop here
unmovable-stop-hint = Stopping keeps everything copied; nothing irreversible has happened yet.
key-file-saved = Its file, { $file }, holds the private key and was saved { $place }. Tektite shows it nowhere else and keeps no copy.
key-file-not-saved = The key file could not be saved: { $error }
unmovable-title = { $count ->
    [one] { $count } blob cannot be moved
   *[other] { $count } blobs cannot be moved
}
unmovable-lead = { $count ->
    [one] Everything else is on the new PDS. This blob is gone from the old PDS or larger than the new one accepts, so no later run can move it.
   *[other] Everything else is on the new PDS. These blobs are gone from the old PDS or larger than the new one accepts, so no later run can move them.
}
unmovable-used-by = Used by { $record }
unmovable-warning = { $count ->
    [one] If you go on, the posts that use this blob stay but show a missing image or video. The report keeps the list, and “Repair missing blobs” can try again later, should the old PDS get this blob back.
   *[other] If you go on, the posts that use these blobs stay but show a missing image or video. The report keeps the list, and “Repair missing blobs” can try again later, should the old PDS get these blobs back.
}
unmovable-accept = { $count ->
    [one] Go on without this blob
   *[other] Go on without these blobs
}

## Building blocks of every card (src/ui/fields.rs).

card-back = Back
card-cancel = Cancel
card-eyebrow = Step { $number } of { $total } · { $step }
strategy-auto = Automatic
strategy-streaming = Streaming
strategy-storage = Storage (local copy first)
strategy-auto-explain = Decided from the measurements: a local copy first for up to 50 blobs when there is room, streaming otherwise.
strategy-streaming-explain = Each blob goes straight from the old PDS to the new one; nothing is kept on this device.
strategy-storage-explain = Each blob is downloaded and verified into local storage, then uploaded from there: a failed upload never downloads it again.

## The identity steps, which cannot be undone (src/ui/identity.rs): safety texts.

facts-account-did = Account (DID)
facts-records = Records on the new PDS
facts-blobs-expected-imported = Blobs expected / imported
facts-blobs-missing = Blobs missing
facts-identity-points-at = Your identity points at
confirm-what-happens = What will happen
confirm-code-emailed = The old PDS emails a confirmation code to the account's address; you type it here (it is valid for 15 minutes).
confirm-activated = The account is activated on the new PDS.
confirm-rotation-keys = Who may change your identity afterwards (rotation keys, first wins)
confirm-keys-stay = Keys you added yourself stay, ahead of the new PDS's own key.
confirm-button = Yes, move my identity
confirm-not-now = Not now
confirm-not-now-hint = “Not now” keeps everything copied; you can come back to this step later.
token-sent-to = Sent to
token-code = Confirmation code
token-code-hint = Letters and digits as in the email, e.g. ABCDE-12345
token-new-code = Email me a new code
token-stop = Stop
did-web-pds = PDS (#atproto_pds)
did-web-signing-key = Signing key (#atproto, Multikey)
did-web-handle = Handle (alsoKnownAs)
did-web-lacks = The published document still lacks:
did-web-document = The document to publish (your other entries kept)
did-web-document-label = The DID document to publish
did-web-recheck = I published it: check again
did-web-stop-hint = Stopping keeps everything copied; the move continues here once the document is published.
facts-from = From
facts-to = To
facts-missing-accepted = { $count } ({ $lost } accepted as lost)
facts-new-account = New account
facts-active = active
facts-not-active = not active yet
confirm-title = Everything is copied. Move your identity?
confirm-lead = Your posts, follows, preferences and every blob are on the new PDS. The next steps cannot be undone.
token-title = Type the code from the email
token-valid = Valid
token-submit-protect = Add my recovery key
token-submit-move = Move my identity
token-lead-protect-now = Your PDS has just emailed a confirmation code to { $email }.
token-lead-protect-earlier = Your PDS emailed a confirmation code to { $email } earlier.
token-lead-move-now = The old PDS has just emailed a confirmation code to { $email }.
token-lead-move-earlier = The old PDS emailed a confirmation code to { $email } earlier.
did-web-title = Publish your new DID document
did-web-lead = { $did } is a did:web: you move it yourself, by changing the document at { $url }.

## The run under way (src/ui/run.rs).

run-back-to-form = Back to the form
run-downloaded = Downloaded
run-rate = Rate
run-elapsed = Elapsed
run-failed = Failed
run-asking = Asking the new PDS what it still misses…
run-tag-from-cache = from local cache
run-stopped = Stopped
run-stopped-lead = Everything done so far is kept: finished steps, blobs already on the new PDS, verified local copies. Continue goes on from here.
run-stopped-hint = Continue uses the passwords you typed; nothing is sent twice.
run-working = Working
run-move-lead = Each step is saved as it finishes: if this stops, the move continues where it was.
run-move-hint = Stopping keeps every finished step and every blob already on the new PDS.
run-restore-title = Restoring your account
run-restore-lead = Each step is saved as it finishes: if this stops, Continue goes on from there.
run-restore-hint = Stopping keeps every finished step; Continue goes on.
run-protect-title = Adding your recovery key
run-protect-lead = The PDS signs the change with the code, and the PLC directory is read back to check it.
run-protect-hint = Stopping now may leave the change made or not: the next try says which.
run-backup-title = Saving the backup
run-backup-lead = The repository first, then every blob, each checked against its content hash as it is written.
run-backup-hint = Stopping keeps every blob saved so far; the next backup continues from there.
run-repair-checking = Checking the new PDS
run-repair-copying = Copying blobs
run-repair-hint = Stopping keeps every finished blob and every verified local copy; continue later from the start page.
run-now-saving = Now saving
run-now-moving = Now moving
run-bar-saved = Blobs saved
run-bar-copied = Blobs copied
run-saved = Saved
run-uploaded = Uploaded
run-kept-backup = Already in the backup
run-kept-restore = From the backup
run-kept-cache = From local cache
run-bytes-of-about = { $done } of about { $total }
run-bytes-of = { $done } of { $total }
run-bytes-saved = { $done } saved
run-bytes-uploaded = { $done } uploaded
run-summary = { $done } of { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} · { $bytes }
run-time-left = about { $time } left
run-overall = { $on_new } of { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} on the new PDS, { $before } of them from before this run
run-persistence-granted = This browser will keep the cache and the resume state (persistent storage granted).
run-persistence-not-granted = Persistent storage was not granted: under storage pressure the browser may clear the cache; verified blobs would then be downloaded again.
run-persistence-unavailable = Could not ask the browser for persistent storage: { $error }
run-wait-stated = as the server asked
run-wait-default = the server did not say how long; waiting a default
run-wait-may-leave = You can leave this open, or close it and continue after then: nothing done so far is lost.
run-wait-continues = It continues by itself.
run-wait-pace = { $pace }.
run-wait = Paused: { $host } is limiting the request rate, { $until } ({ $why }).
run-strategy = Blobs: { $name }
run-at-once = { $count ->
    [one] { $count } blob at once
   *[other] { $count } blobs at once
}
run-retries = { $count ->
    [0] no retries so far
    [one] { $count } retry after a passing failure
   *[other] { $count } retries after passing failures
}
run-rate-limit-waits = { $count ->
    [one] waited once for a server's rate limit
   *[other] waited { $count } times for servers' rate limits
}
run-sessions-renewed = { $count ->
    [one] a session was renewed
   *[other] sessions renewed { $count } times
}
run-size-unknown = size unknown
run-attempt = attempt { $attempt }
run-blob-downloaded = Blob { $cid }: downloaded
run-blob-uploaded = Blob { $cid }: uploaded
steps-done = Done:
steps-stopped = Stopped here:
steps-current = Running now:
steps-upcoming = To do:
log-summary = Log ({ $count ->
    [one] { $count } line
   *[other] { $count } lines
})
log-label = Log

## The plan (src/ui/plan.rs).

plan-account = Account
plan-backup-taken = Backup taken
plan-blobs = Blobs
plan-from-gone = From (gone)
plan-signed-with-key = Signed with your recovery key
plan-restore-step-create = Your recovery key lets the new PDS create the account for your DID
plan-restore-step-data = The account is created, the repository imported, every blob uploaded (each checked again) and the preferences restored
plan-restore-step-identity = Your identity is pointed at the new PDS; your recovery key stays first among the keys that may change it
plan-restore-step-activate = The account is activated: sign in there with the new handle and password
plan-restore-irreversible = Cannot be undone: your identity is changed with your recovery key. The old server's key is dropped from it, so if that server ever comes back it can no longer change your identity.
plan-already-there = Already there
plan-time = Time
plan-space = Space on this device
plan-cached = Verified copies from an earlier run
technical-details = Technical details
plan-buffers-label = Buffers
plan-memory-free = Memory free
plan-local-cache = Local cache
plan-storage-quota = Storage quota
plan-uploads = Uploads
plan-measured = How these numbers were measured
plan-blobs-on-old = Blobs on the old PDS
plan-estimated-time = Estimated time
plan-local-space = Local space
plan-likely-strategy = Blob strategy (likely)
plan-the-steps = The steps
plan-restore-now = Restore now
plan-check-and-finish = Check and finish
plan-start-copying = Start copying
plan-stop-restore = You can stop at any time: every finished step is kept.
plan-stop-repair = You can stop at any time: finished blobs are kept.
plan-nothing-title = Nothing to copy
plan-nothing-lead = The new PDS misses no blobs. Starting only asks it once more and shows the report.
plan-copy-title = { $count ->
    [one] Copy { $count } blob
   *[other] Copy { $count } blobs
}
plan-copy-title-size = { $count ->
    [one] Copy { $count } blob ({ $size })
   *[other] Copy { $count } blobs ({ $size })
}
plan-copy-lead = The new PDS misses { $missing } of the { $total ->
    [one] { $total } blob
   *[other] { $total } blobs
} your old PDS holds. Nothing has been changed yet.
plan-restore-title = Bring { $who } back on { $host }
plan-restore-lead = Nothing has changed yet. Check what the backup holds and the key that will sign, then restore.
plan-restore-to = { $pds } as { $handle }
plan-move-lead-resumed = A move of this account was started earlier: the steps already done are kept, and it continues at the next one.
plan-move-lead = Nothing has changed yet. Copying comes first; your identity moves only after everything is on the new PDS, and only after you agree again.
plan-unknown = unknown
plan-strategy-streaming = Streaming: straight from the old PDS to the new one
plan-strategy-storage = Storage: a verified local copy first, then the upload
plan-chosen-by-you = chosen by you
plan-chosen-automatically = chosen automatically
plan-at-once-growing = { $count ->
    [one] { $count } blob at once, up to { $most } while the throughput grows
   *[other] { $count } blobs at once, up to { $most } while the throughput grows
}
plan-buffers = { $at_once }, { $chunks } chunks
plan-buffers-channel = { $at_once }, { $chunks } chunks, { $slots }-slot channel
plan-cache = cache
plan-cache-free = { $free } free ({ $backend })
plan-cache-free-at = { $free } free ({ $backend }, { $location })
plan-quota = { $used } used of { $quota }
plan-network-reliable = Reliable so far
plan-network-unreliable = Unreliable in earlier runs
plan-why = Why: { $reason }
plan-to-copy = To copy
plan-space-storage = up to { $size } while copying, freed as each blob is done
plan-space-streaming = none: blobs go straight through
plan-memory-for-buffers = Memory for buffers
plan-about = about { $size }
plan-network = Network
plan-size-sampled = about { $size } (from { $sampled } measured)
plan-space-none = none (each blob goes straight through)
plan-space-cache = up to { $size } in the local cache ({ $free } free)
plan-invite-given = needed (given)
plan-tag-done = done
plan-tag-irreversible = cannot be undone
plan-estimate-note = The blob figures above come from the old PDS and are an upper bound; the blob step decides for real from what the new PDS reports missing after the repository import, and shows time and space live.
plan-code-note = The PLC code the old PDS emails is valid for 15 minutes, so it is asked for only once all data is there.
plan-step-create = Create { $handle } on { $pds } with the same DID, deactivated (nobody sees it yet)
plan-step-import = Copy the repository: every post, like, follow and the profile
plan-step-blobs = Copy every image and video the new PDS misses, each verified against its hash; the strategy is chosen from the new PDS's missing list, the blob sizes and this device's free space
plan-step-preferences = Copy the app preferences
plan-step-catch-up-did-web = Copy what the old account gained meanwhile (a did:web needs no emailed code)
plan-step-publish-did-web = You publish the new DID document Tektite shows you (on your own web server)
plan-step-request-code = Ask the old PDS to email a confirmation code to the account's address (only after you agree)
plan-step-plc = Point the DID at the new PDS, signed with that code
plan-step-activate = Activate the account on the new PDS
plan-step-deactivate = Deactivate the account on the old PDS
done-moved-title = Your account has moved
done-moved-lead = { $did } now lives on { $pds } as { $handle }.
done-looking = Looking…
done-check-account = Check my new account
done-repair-complete = Every blob is on the new PDS
done-repair-complete-lead = Tektite asked the new PDS: it misses no blobs.
done-repair-missing = { $count ->
    [one] { $count } blob still missing
   *[other] { $count } blobs still missing
}
done-repair-missing-lead = { $count ->
    [one] The new PDS still misses { $count } blob. Blobs that failed for a passing reason usually go through on the next run; the others need the action shown below.
   *[other] The new PDS still misses { $count } blobs. Blobs that failed for a passing reason usually go through on the next run; the others need the action shown below.
}
done-repair-unconfirmed = Finished, not confirmed
done-repair-unconfirmed-lead = The run ended, but the new PDS could not be asked what it still misses: { $error }. Run it again to check.
done-storage-kept = kept (persistent)
done-storage-may-clear = may be cleared by the browser
done-up-to = up to { $count }
done-retries = Retries
done-retryable = Passing problem: run again to retry it.
done-not-retryable = Needs attention: running again will not fix it by itself.
done-backup-up-to-date = Your backup is up to date
done-backup-done = Your account is backed up
done-backup-lead = { $count ->
    [one] { $count } blob and the repository of { $did }, every file checked against its hash.
   *[other] { $count } blobs and the repository of { $did }, every file checked against its hash.
}
done-backup-failed = { $count ->
    [one] { $count } blob could not be saved
   *[other] { $count } blobs could not be saved
}
done-backup-failed-lead = Everything else is saved. Run the backup again: only what is missing is fetched.
done-backup-first = first backup here
done-backup-changed = new posts or changes since the last backup
done-backup-unchanged = no changes since the last backup
done-backup-archive = The backup is in your downloads as { $name }, and stays in this browser for the next backup. Keep the download somewhere safe: “My old server is gone” takes it as it is, in any browser, and so does the Tektite command line (backup --verify, restore).
done-backup-place = The backup is in { $place }. “My old server is gone” on the start page restores from it; the Tektite command line can check it (backup --verify).
done-restore-continued = { $count ->
    [one] continued: { $count } step was done by an earlier run
   *[other] continued: { $count } steps were done by an earlier run
}
done-restored-title = Your account is back
done-restored-lead = { $did } lives on { $pds } as { $handle }, restored from your backup.
done-restored-sign-in = Sign in again everywhere
done-restored-sign-in-detail = Log out of every Bluesky app and sign in with { $handle } and the new password: the apps still point at the server that is gone.
done-protected-already = This key already protects your account
done-protected = Your account is protected
done-protected-lead = Your key is now the first of the keys allowed to change { $did }.
done-key-yours = (yours)
done-key-file-saved = It was saved { $place }. Move it somewhere offline (a USB stick, a password manager): whoever holds it can change your identity.
done-key-file-keep = Keep the private half of this key offline and secret: whoever holds it can change your identity.
failure-integrity = damaged at the source
failure-too-large = too large for the new PDS
failure-not-found = gone from the old PDS
failure-rate-limited = rate limited
failure-auth = signed out
failure-network = network
failure-server = server error
failure-cache = local cache
failure-other = failed

## The report at the end (src/ui/done.rs).

done-run-again = Run again
done-back-to-start = Back to the start
done-moved-all = Every step is done: data and blobs copied and checked by the new PDS, the DID points at it, the new account is active and the old one deactivated.
done-what-to-do = What to do now
done-working = Is the new account working?
done-look-explain = Tektite can look at it the way apps do: your handle, your DID document and the new PDS.
done-left-behind = Blobs left behind, as you chose
done-repair-verified = Blobs verified against their content hashes on the way, and confirmed by the new PDS.
done-copied = Copied
done-from-cache = From the local cache
done-already-there = Already there before
done-down-up = Downloaded / uploaded
done-browser-storage = Browser storage
done-failed-title = Blobs that did not make it
done-next-identity = Next: identity
done-next-identity-text = If the account has not moved yet, “Move my account” on the start page continues the move: it keeps the blobs copied here and moves your identity once the new PDS misses nothing.
done-fetched = Fetched now
done-repository = Repository
done-repaired = Damaged copies replaced
done-no-longer = No longer in the account (kept)
done-not-saved = Blobs that could not be saved
done-keep-safe = Keep it safe
done-keep-safe-text = A backup lets you restore the account on another PDS if its server disappears (“My old server is gone” on the start page); for that you also need a recovery key, added while the server still works (“Protect this account”).
done-restored-ok = The PLC directory names the new PDS, the account is active, and every blob of the backup is there, checked.
done-new-pds = New PDS
done-handle = Handle
done-blobs-uploaded = Blobs uploaded
done-run = Run
done-rotation-keys = Keys that may change your identity, first wins
done-keep-key = Keep your recovery key
done-keep-key-text = It is still the first key of your identity: keep the file offline and secret.
done-back-up-again = Back up again
done-back-up-again-text = “Back up this account” on the start page, from the new PDS, so the next backup holds what you post from now on.
done-protected-ok = The PLC directory lists your key first. The keys that were there before are all kept.
done-what-to-keep = What to keep
done-key-file = The key file
done-a-backup = A backup
done-a-backup-text = “Back up this account” on the start page keeps posts, images and preferences; with the key and a backup, “My old server is gone” brings the account up on a new PDS if this one disappears.
done-keep-current = Keep this backup current
done-keep-current-text = Your system can bring this backup up to date every day by itself, without your password: it fetches what the account shows anyone (everything but the preferences, which stay as saved now).
done-keep-current-button = Back it up every day

## Screens of the flow (src/ui/flow.rs).

screen-error = Something went wrong
error-try-again = Try again
screen-your-backup = Your backup
screen-signing-in = Signing in
screen-backing-up = Backing up
screen-copying = Copying
screen-unmovable = Blobs that cannot move
screen-token = Code from your email
screen-did-web = Publish your DID document
way-in-protect = Protect your account
way-in-restore = Bring your account back
window-title = { $screen } — { $way_in } — Tektite
connecting-move = Tektite asks the new PDS about itself, signs in to the old one and looks for a move of this account that was started earlier.
connecting-repair-title = Signing in and planning
connecting-repair = Tektite signs in to both servers, asks the new PDS which blobs it misses and measures what this device can hold.
connecting-backup = Tektite looks up the account, signs in to its server and opens the place the backup goes.
connecting-restore-title = Reading the backup
connecting-restore = Tektite reads the backup's manifest and your recovery key file. Nothing is sent anywhere yet.
connecting-protect = Tektite looks up the account, signs in to its server and asks it to email a confirmation code.
connecting-open-page = Open { $host }'s sign-in page
connecting-no-window = No window opened? { $link }. Tektite waits here until you are back.
error-what-to-do = What to do:

## What the app says in its log and to screen readers (src/app/controller.rs).

log-fields-need-attention = { $count ->
    [one] One field needs attention: { $first }
   *[other] { $count } fields need attention. The first: { $first }
}
log-continuing = Continuing where it stopped
log-starting = Starting…
log-moving = Moving from { $from } to { $to }
log-signing-in-both = Signing in to { $from } and { $to }
log-backing-up = Backing up { $account }
log-adding-key = Adding the recovery key { $key } to { $account }
log-restoring = Restoring the backup in { $backup } to { $to }
log-stopped-by-you = Stopped by you
notice-stopped-nothing-copied = Stopped before anything was copied.
notice-stopped-nothing-saved = Stopped before anything was saved.
notice-stopped-nothing-changed = Stopped before anything was changed.
status-sign-in-on-page = Sign in on { $host }'s own page, in the window that opened
log-signing-in-on-page = Signing in on { $host }'s page; Tektite never sees the password
log-new-pds = The new PDS is { $url } ({ $did })
log-old-holds = { $count ->
    [one] The old PDS holds { $count } blob ({ $size })
   *[other] The old PDS holds { $count } blobs ({ $size })
}
log-signed-in-continues = Signed in as { $did }; a saved move continues at: { $step }
log-signed-in-both = Signed in to both servers as { $did }
log-signed-in-backup = Signed in as { $did }; saving the backup
log-signed-in = Signed in as { $did }
log-plan = { $count ->
    [one] Plan: { $count } blob missing on the new PDS, { $strategy } strategy ({ $reason })
   *[other] Plan: { $count } blobs missing on the new PDS, { $strategy } strategy ({ $reason })
}
log-persistence-granted = The browser will keep this site's storage (persistent)
spoken-percent-copied = { $percent } % of the blobs copied
log-repair-complete = Done: the new PDS misses no blobs
log-repair-missing = { $count ->
    [one] Finished; the new PDS still misses { $count } blob
   *[other] Finished; the new PDS still misses { $count } blobs
}
log-repair-unconfirmed = Finished, but the new PDS could not be asked what it misses: { $error }
log-backup-complete = { $count ->
    [one] Backup complete: { $count } blob in { $place }
   *[other] Backup complete: { $count } blobs in { $place }
}
log-backup-incomplete = { $count ->
    [one] Backup incomplete: { $count } blob could not be saved
   *[other] Backup incomplete: { $count } blobs could not be saved
}
log-backup-holds = { $count ->
    [one] The backup of { $did } taken { $taken } holds { $count } blob
   *[other] The backup of { $did } taken { $taken } holds { $count } blobs
}
log-restored = { $did } is active on { $pds }
log-protected = { $key } is the first rotation key of { $did }
log-moved = Done: the account lives on the new PDS
log-needs-confirmation = Everything is copied to the new PDS: confirm to move the identity
log-waiting-did-web = Waiting for the DID document at { $url } to name the new PDS
log-waiting-deactivation = Waiting for the old account to be deactivated on { $page }
log-waiting-code = Waiting for the code emailed to { $email } (valid until { $until })
log-unmovable = { $count ->
    [one] { $count } blob can never be moved: waiting for your decision
   *[other] { $count } blobs can never be moved: waiting for your decision
}
log-step-done = Done: { $step }
log-step-now = Now: { $step }

## The blob step in the log (src/app/progress.rs).

log-work-listed = { $count ->
    [one] The new PDS misses { $count } blob; the old PDS holds { $inventory }
   *[other] The new PDS misses { $count } blobs; the old PDS holds { $inventory }
}
log-blob-attempt = { $cid }: attempt { $attempt }
log-blob-on-new = { $cid } is on the new PDS ({ $size })
log-blob-on-new-cached = { $cid } is on the new PDS ({ $size }, from the local cache)
log-blob-skipped = { $cid } skipped: { $reason }
log-blob-failed = { $cid } failed: { $message }
log-the-request = the request
log-retrying = { $what }: trying again in { $delay } (attempt { $attempt }): { $reason }
log-wait-stated = as it asked
log-wait-default = a default wait: it did not say how long
log-rate-limited = { $host } is limiting the request rate: waiting { $until } ({ $why })
log-session-renewed = The session on { $host } was renewed
log-concurrency = { $count ->
    [one] { $count } blob at once: { $reason }
   *[other] { $count } blobs at once: { $reason }
}
log-cache-full = { $cid }: no room in the local cache ({ $detail }), so it goes straight to the new PDS
log-state-not-saved = Progress could not be saved on this device ({ $detail }). Copying goes on; if it stops, the next run may repeat some of it.

## What the form says about a value it cannot take (src/app/form.rs).

form-error-backup = Choose the backup to bring back (the folder a backup wrote)
form-error-key-file = Choose your recovery key file
form-error-old-id = Enter your handle (alice.bsky.social) or DID
form-error-old-password = Enter the password of the account on the old PDS
form-error-same-pds = The new PDS has the same address as the old one
form-error-key-missing = Make a new recovery key, or enter the did:key of one you hold
form-error-key-format = A recovery key looks like did:key:zQ3s… (the public key, not the private one)
form-error-new-handle = Enter the new handle, e.g. alice.newpds.example
form-error-email = Enter an email address for the new account
form-error-new-password = Choose a password for the new account (at least 8 characters)
form-error-invite = This PDS needs an invite code for new accounts
form-error-repair-handle = Enter the handle or DID of the account on the new PDS
form-error-repair-password = Enter the account's password on the new PDS
form-error-scheme = Use an http:// or https:// address
form-error-no-address = Enter the server's address, e.g. https://bsky.social
form-error-no-host = The address has no host name
form-error-handle-domain-bsky = A handle includes its domain: did you mean { $handle }.bsky.social?
form-error-handle-domain = A handle includes its domain: did you mean { $suggestion }?
form-error-handle-domain-example = A handle includes its domain, e.g. { $handle }.newpds.example

## What the flow says while it works, and its errors (src/app/flow.rs).

status-opening-storage = Opening local storage for the saved steps and the blob cache…
flow-new-pds-silent = The new PDS did not answer
flow-new-pds-silent-advice = Nothing was changed. Check the new PDS's address and try again.
status-counting = Counting and measuring the blobs on the old PDS…
flow-backup-retry = Everything saved so far is kept: try again, and only what is missing is fetched.
flow-backup-place = Choose another place for the backup, or free some space, then try again.
flow-backup-stopped = The backup stopped
flow-account-email = the account's email address
status-adding-key = Adding the recovery key…
status-asking-code = Asking the PDS to email a confirmation code…
flow-code-refused = That code was not accepted
flow-nothing-changed = Nothing was changed.
flow-maybe-changed = Nothing was changed, or the change is already made: try again to see.
flow-key-not-added = The recovery key could not be added
status-reading-backup = Reading the backup and the recovery key…
flow-not-archive = That archive is not a backup
flow-not-archive-advice = Choose the .tar a backup was downloaded as.
flow-not-backup = That is not a backup
flow-not-backup-advice = Choose the folder a backup wrote (it holds manifest.json).
flow-key-unusable = The recovery key file cannot be used
flow-key-unusable-advice = Choose the file your recovery key was saved in.
status-restoring = Restoring: identity, account, repository, blobs, preferences…
flow-restore-bad-input = Check the backup, the recovery key file and the new account's details, then try again.
flow-restore-retry = Every finished step is saved: try again to continue where it stopped.
flow-restore-stopped = The restore stopped
flow-archive-failed = The backup archive could not be made
flow-archive-failed-advice = The backup itself is complete and kept in this browser: try again to make the archive.
status-asking-missing = Asking the new PDS which blobs it misses, and measuring sizes, free space and memory…
flow-list-failed = Could not list the blobs
flow-list-failed-advice = Nothing was changed. Try again; if it keeps failing, check that both servers are up.
status-asking-new-pds = Asking the new PDS ({ $pds }) about itself…
status-signing-in-old = Signing in to the old PDS ({ $url })…
status-looking-up-old = Looking up { $account } and signing in to the old PDS…
status-reading-account = Signed in: reading the account…
status-signing-in-at = Signing in at { $url }…
status-looking-up = Looking up { $account } and signing in to its PDS…
status-looking-up-server = Looking up { $account } and its server…
status-their-pds = { $account }'s PDS
status-signing-in-both = Signing in to the old PDS ({ $old }) and the new PDS ({ $new })…
status-note = Note: { $note }
flow-code-refused-advice = Check the email and type the code again, or ask for a new one.
key-problem-not-ticked = Keep the key file safe, then tick “I saved it”: without the private key the recovery key is of no use
key-problem-not-saved = The key file was not saved yet: save it, or remove the generated key
keep-current-done = Done: a timer of your system brings this backup up to date every day. The start page shows how the last run went.
keep-current-not-started = The timer is written ({ $timer }), but your system did not start it ({ $why }): run `{ $command }` once.

## A sign-in on the server's own page that did not finish (the app).

oauth-error-advice = Sign in again, or choose “Use your password instead”. Nothing was changed.
oauth-error-denied = Not signed in
oauth-error-denied-detail = The sign-in was not allowed on { $host }'s page.
oauth-error-denied-advice = Sign in again and choose “Authorize” to go on, or use your password instead. Nothing was changed.
oauth-error-not-offered = This server cannot sign you in here
oauth-error-deactivated = The account is deactivated on its server
oauth-error-deactivated-advice = Signing in on its page would reactivate it. Choose “Use your password instead”: the password reads a deactivated account as it is. Nothing was changed.
oauth-error-unfinished = The sign-in did not finish
oauth-error-impossible = Signing in with your server is not possible here
oauth-error-impossible-advice = Choose “Use your password instead”. Nothing was changed.
