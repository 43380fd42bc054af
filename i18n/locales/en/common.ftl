## Words both faces say: counts, waits, the steps of a move, the checklist after it.
## Placeholders: $count and other numbers select plurals; the rest are text put in as they are.

blobs-count = { $count ->
    [one] { $count } blob
   *[other] { $count } blobs
}

## Waits (engine/src/waits.rs): when a wait ends, in the person's time zone.

wait-until-today = until { $clock } (in { $rounded })
wait-until-tomorrow = until tomorrow, { $day } { $month }, { $clock } (in { $rounded })
wait-until-day = until { $weekday } { $day } { $month }, { $clock } (in { $rounded })
wait-pace = at this server's pace ({ $requests } requests { $per }), the { $left } blobs still to go take { $rounded }
wait-per-days = { $count ->
    [one] a day
   *[other] every { $count } days
}
wait-per-hours = { $count ->
    [one] an hour
   *[other] every { $count } hours
}
wait-per-minutes = { $count ->
    [one] a minute
   *[other] every { $count } minutes
}
wait-per-seconds = { $count ->
    [one] every second
   *[other] every { $count } seconds
}
about-seconds = a few seconds
about-minutes = { $count ->
    [one] about { $count } minute
   *[other] about { $count } minutes
}
about-hours = { $count ->
    [one] about { $count } hour
   *[other] about { $count } hours
}
about-days = { $count ->
    [one] about { $count } day
   *[other] about { $count } days
}
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun

## The steps of a move (engine/src/migration/state.rs), as "what the step does".

step-create-account = create the account on the new PDS (deactivated)
step-import-repo = copy the repository (records)
step-blobs = copy the blobs (images, videos)
step-preferences = copy the preferences
step-request-plc-token = ask the old PDS to email the identity-update code
step-plc-operation = point the DID at the new PDS (signed PLC operation)
step-activate-new = activate the account on the new PDS
step-deactivate-old = deactivate the account on the old PDS
step-request-plc-token-did-web = copy what the old account gained meanwhile
step-plc-operation-did-web = point the DID at the new PDS (you publish its did.json)
deactivated-by-password = by Tektite, with the old account's password
old-deactivated = The old account on { $pds } was deactivated { $how }.
deactivated-on-account-page = by you, on the old server's own account page

## The checklist after a move (engine/src/after_move.rs): safety texts, most urgent first.

todo-sign-in-again = Log out of every app, then sign in again as { $new_handle }
todo-sign-in-again-detail = Apps still hold a session issued by the old PDS; until you sign out and in again they fail with errors such as “jwt signature does not match jwt issuer”. On bsky.app and other apps, sign in with your handle and choose “other hosting provider” if asked.
todo-new-password = Use the new account's password
todo-new-password-detail = Your password is now the one you chose for the new account on { $new_pds }. If it is the same as the old one, an app that signs in at the old server gets into the deactivated old account, which looks empty and cannot post: keep the two passwords different.
todo-keep-key-offline = Keep your recovery key offline
todo-keep-key-offline-detail = { $did_key } is the first rotation key of your identity; its private key is { $whereabouts }. With it you can move your identity to another PDS even if the new one disappears. Keep a copy offline and never paste it into a website.
todo-consider-key = Consider a recovery key
todo-consider-key-detail = You hold no rotation key of your own: only the new PDS can change your identity. A recovery key lets you leave it even if it disappears.
todo-old-deactivated = The old account is deactivated, not deleted
todo-old-deactivated-detail = { $old_account } on { $old_pds } keeps its data, deactivated. Wait at least 72 hours before deleting it; to delete it, sign in there and ask for deletion (some hosts, bsky.social among them, may refuse to delete a migrated account: then ask their support).
todo-old-account = The old account
todo-undo-window = 72 hours to undo an unwanted identity change
todo-undo-window-detail = For 72 hours the PLC directory lets a key listed earlier in the previous rotation-key list override a change. Your own recovery key, if you have one, outranks the PDS's keys.
todo-app-passwords = App passwords did not move
todo-app-passwords-detail = Bots, clients and services that used app passwords need new ones, created on the new PDS.
key-whereabouts-kept = wherever you keep it
key-whereabouts-file = in { $path }

## The look at the new account from outside, after a move.

look-handle-resolves = { $handle } resolves to your DID
look-handle-elsewhere = it resolves to { $other }: the handle's DNS record or .well-known file names another account
look-handle-by-pds = { $found }, as the new PDS, which hosts the handle, says
look-handle-both-failed = { $error }; the new PDS: { $pds_error }
look-document-names = Your DID document names the new PDS and handle
look-document-names-pds = it names { $pds }
look-document-no-pds = it names no PDS
look-document-names-handle = it names the handle { $handle }
look-document-no-handle = it names no handle
look-repo-served = The new PDS serves your repository
look-repo-served-as = as { $handle }

## What a sign-in on the server's own page lets Tektite do ("Tektite will be allowed to …").

oauth-purpose-backup = read your account (your posts, media and settings); nothing is changed
oauth-purpose-protect = change your identity (to add your recovery key), after the code your server emails you
oauth-purpose-move = create your account on the new server, move your identity there (after the code your server emails you) and copy your settings
oauth-purpose-read = read your account; nothing is changed

## Numbers in words (src/app/format.rs). $size is already written as the language writes sizes.

format-rate = { $size }/s
format-seconds = { $s } s
format-minutes-seconds = { $m } min { $s } s
format-hours-minutes = { $h } h { $m } min
format-just-now = just now
format-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
format-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
format-yesterday = yesterday
format-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}

## Errors in words: what happened (the title) and what to do (the advice). What the server said
## stays in its own words, under "Technical details".

error-browser-network = the browser reports a CORS/network error: the PDS or a proxy dropped the connection
error-no-server-web = No server answered at { $host } (or it does not let web pages ask it): check the address
error-no-server = No server answered at { $host }: check the address
error-not-a-pds = { $host } answered, but it is not a PDS (it does not know describeServer): check the address
error-storage = Local storage is not available
error-storage-web = Allow this site to store data (private windows and some privacy settings block it), then try again. The desktop app and the command-line tool store their data in ordinary files.
error-storage-desktop = Check that your home folder is writable and has free space, then try again.
error-kept = Every finished step is kept: press “Try again” to continue where it stopped.
error-2fa = The old PDS asks for a sign-in code
error-2fa-advice = It has emailed a code to the account's address. Go back, type it into “Sign-in code” and continue. Nothing was changed.
error-different-accounts = These are two different accounts
error-different-accounts-advice = Sign in to the same identity (DID) on both servers: on the new PDS, the account that was created for this migration.
error-sign-in-bad-input = Nothing was changed on either server. Correct the form and try again.
error-sign-in-unreachable-web = Nothing was changed on either server. Check the address. If it is right, the server may be down, or a proxy in front of it answered without CORS headers (browsers then hide the answer). Try again later, or use the desktop app or the command-line tool, which CORS does not affect.
error-sign-in-unreachable = Nothing was changed on either server. Check the address; if it is right the server may be down: try again later.
error-wrong-password = { $side ->
    [old] The old PDS did not accept the password
   *[new] The new PDS did not accept the password
}
error-unknown-handle = { $side ->
    [old] The old PDS does not know { $handle }
   *[new] The new PDS does not know { $handle }
}
error-not-on-server = { $side ->
    [old] The account is not on the old PDS
   *[new] The account is not on the new PDS
}
error-no-account-found = No account was found for { $handle }
error-identity = The account's identity could not be looked up
error-unreachable = { $side ->
    [old] The old PDS could not be reached
   *[new] The new PDS could not be reached
}
error-sign-in = { $side ->
    [old] Could not sign in to the old PDS
   *[new] Could not sign in to the new PDS
}
error-invite = The new PDS needs an invite code
error-invite-advice = Ask the new PDS's operator for an invite code, enter it in the form and try again. Nothing was changed.
error-handle-not-ready = The new handle is not ready
error-handle-not-ready-advice = Set up { $handle } as described, or choose another handle. Nothing was changed.
error-handle-not-ready-domains = Go back and pick a handle under { $domains }, or set up { $handle } as described. Nothing was changed.
error-code-expired = The code has expired
error-code-wrong = That code is not right
error-code-expired-advice = A new code has been emailed: type that one. Your identity has not moved yet.
error-code-wrong-advice = Check the email and type the code again. Your identity has not moved yet.
error-unmovable = { $count ->
    [one] A blob can never be moved
   *[other] { $count } blobs can never be moved
}
error-unmovable-advice = Your identity has not moved: the old account still works. These blobs are gone from the old PDS or larger than the new PDS accepts, so no later run can move them. To move without them, run tektite-cli migrate with --accept-missing-blobs; or ask the new PDS's operator to raise its upload limit.
error-blobs-incomplete = Some blobs are not on the new PDS yet
error-blobs-incomplete-advice = Your identity has not moved: the old account still works. { $kept } Blobs that fail again are listed in the log.
error-locked = Another run is working on this account
error-locked-advice = Another tab, window or the command line is running for this account. Let it finish (or close it), then continue here: nothing was changed, and nothing is lost.
error-new-account-refused = The new PDS refused the new account
error-new-account-refused-advice = Correct the form (handle, email, password, invite code) and try again.
error-move-stopped = The move stopped
key-whereabouts-downloads = in your browser's downloads folder

## Why the blob strategy was chosen, and how long the blobs take (the plan).

why-nothing-missing = nothing is missing on the new PDS
why-too-many = { $count } blobs is more than { $most }: streaming moves them without local copies, in constant memory
why-sizes-unknown = the blob sizes are unknown, so the cache cannot be sized: streaming needs no cache
why-space-unknown = the free cache space could not be measured: streaming needs no cache
why-fits-twice = { $count } blobs ({ $size }) fit twice into the { $space } of free cache space: each blob is verified and kept locally, so a failed upload never downloads it again
why-fits-twice-memory = { $count } blobs ({ $size }) fit twice into the { $space } of free cache space, { $memory } of memory available: each blob is verified and kept locally, so a failed upload never downloads it again
why-unreliable = the network has been unreliable and the { $space } of free cache space holds the { $size } of blobs: local copies avoid repeated downloads
why-too-little-space = the { $space } of free cache space is less than twice the { $size } of blobs: streaming needs no cache
time-transfer = about { $time } at 10 MiB/s
time-days = about { $days } days: a PDS usually accepts { $per_day } uploads a day, so the move pauses and goes on by itself (or continue it the next day)
time-days-transfer = about { $days } days: a PDS usually accepts { $per_day } uploads a day, so the move pauses and goes on by itself (or continue it the next day); the transfer itself { $transfer }
time-unknown = unknown until the sizes are measured

## The steps of a restore.

restore-step-point-identity = let the recovery key sign for the identity
restore-step-create-account = create the account on the new PDS
restore-step-import-repo = import the repository from the backup
restore-step-blobs = upload the blobs from the backup
restore-step-preferences = restore the preferences
restore-step-move-identity = point the identity at the new PDS
restore-step-activate = activate the account on the new PDS

## The plan as the CLI prints it (engine/src/plan.rs): a label column, then the value.

plan-print-title = Migration plan for { $did }
plan-print-from = from
plan-print-to = to
plan-print-missing = blobs missing
plan-print-missing-value = { $missing } (old PDS holds { $inventory }, { $present } not missing)
plan-print-cached = already cached
plan-print-cached-value = { $count } verified copies from an earlier run
plan-print-size = total size
plan-print-time = time
plan-print-memory = memory free
plan-print-cache = cache free
plan-print-unknown-location = unknown location
plan-print-quota = cache quota
plan-print-network = network
plan-print-strategy = strategy
plan-print-strategy-forced = { $strategy } (forced)
plan-print-why = why
plan-print-buffers = buffers
plan-print-memory-needed = memory needed
plan-print-memory-needed-value = about { $size } for buffers
plan-print-uploads = uploads

## Notes a move makes on the way (engine/src/migration, engine/src/account.rs).

note-no-document = the DID document of { $did } could not be read; continuing without it
note-plc-already = the DID document already points at the new PDS
note-old-deactivated = { $pds } shows the old account deactivated
note-account-exists-active = the account already exists on the new PDS (active); signed in to it
note-account-exists-deactivated = the account already exists on the new PDS (deactivated); signed in to it
note-accepted-lost = accepted as lost, as you chose: { $cids }
note-no-preferences = the old PDS serves no preferences (no app view configured); nothing to copy
note-preferences-copied = { $count ->
    [one] { $count } preference copied
   *[other] { $count } preferences copied
}
note-new-records = { $count ->
    [one] { $count } new record on the old account since the move started: copied
   *[other] { $count } new records on the old account since the move started: copied
}
note-did-web-no-code = a did:web needs no emailed code: you publish its new DID document instead
note-did-web-published = { $url } names the new PDS, its key and the new handle
note-entryway = signed in at { $signed_in_at }; the account's data is on { $pds }, which Tektite talks to from now on

## What the steps that cannot be undone will do (the confirmation, the CLI's summary).

irreversible-plc = the DID { $did } will point at { $pds } (handle { $handle }): the world will look for the account there
irreversible-did-web = you point the DID { $did } at { $pds } (handle { $handle }) by publishing the DID document Tektite shows you: the world will look for the account there
irreversible-did-web-catch-up = what the old account gained meanwhile is copied one last time (a did:web needs no emailed code)
irreversible-deactivate = the account will be deactivated on { $pds }

## What a did:web's published document still lacks.

did-web-unreadable = { $url } could not be read
did-web-lacks-pds = the #atproto_pds service must be { $pds } (it is { $now })
did-web-lacks-pds-missing = the #atproto_pds service must be { $pds } (it is missing)
did-web-lacks-key = the #atproto verification method must be the Multikey { $key } (it is { $now })
did-web-lacks-key-missing = the #atproto verification method must be the Multikey { $key } (it is missing or not a Multikey)
did-web-lacks-handle = alsoKnownAs must name at://{ $handle }
