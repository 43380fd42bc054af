#!/usr/bin/env node
// Seeds accounts in the Tektite test lab (see lab.mjs).
//
//   node seed.mjs account --lab DIR/lab.json --name NAME --blobs SPEC [--password PW]
//   node seed.mjs reset-target --lab DIR/lab.json --did DID --password PW --new-handle H
//
// account: creates NAME.<old domain> on the old PDS, uploads the blobs of SPEC
// (e.g. "20x64k,3x20m,1x110m"; k = KiB, m = MiB, g = GiB, no suffix = bytes;
// an optional ":type/subtype" after an item fixes its MIME type, otherwise
// image/jpeg, image/png, video/mp4, application/octet-stream rotate; bytes are
// random), references every blob from a record in com.example.tektite.file,
// then prepares the target as a migration would before its blob phase:
// getServiceAuth (old) -> createAccount with the DID (new, deactivated) ->
// getRepo (old) -> importRepo (new), and checks that listMissingBlobs on the
// new PDS lists every blob. Prints one JSON line:
//   {"did","password","email","old":{"url","handle"},"new":{"url","handle"},"blobs":[{"cid","size","mimeType"}]}
//
// reset-target: deletes the account on the new PDS (admin API) and prepares it
// again, so all blobs are missing again. Prints one JSON line:
//   {"did","new":{"url","handle"},"missing":N}
//
// Needs Node >= 18 (fetch); the pinned Node 22 is fine.

import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'

import { parseArgs } from './args.mjs'

const KiB = 1024
const MiB = 1024 * KiB
const COLLECTION = 'com.example.tektite.file'
const ROTATE_TYPES = ['image/jpeg', 'image/png', 'video/mp4', 'application/octet-stream']
const SMALL = 8 * MiB // blobs up to this size upload 4 at a time
const BATCH_BYTES = 256 * MiB // the PDS reads each blob into memory when a record makes it permanent
const BATCH_WRITES = 100

// Seeding talks to the PDSes directly (plain HTTP), also when the lab puts TLS in front of them.
const oldUrl = (lab) => lab.old.internal_url ?? lab.old.url
const newUrl = (lab) => lab.new.internal_url ?? lab.new.url

function fail(msg) {
  process.stderr.write(`seed.mjs: ${msg}\n`)
  process.exit(1)
}

function need(args, key) {
  const v = args[key]
  if (typeof v !== 'string' || v === '') fail(`missing --${key}`)
  return v
}

function parseSpec(spec) {
  const items = []
  let rot = 0
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d+)x(\d+)([kmgb]?)(?::([\w.+-]+\/[\w.+-]+))?$/i.exec(part)
    if (!m) fail(`bad blob spec item "${part}" (want e.g. 20x64k, 1x110m, 2x1m:text/plain)`)
    const count = Number(m[1])
    const unit = { '': 1, b: 1, k: KiB, m: MiB, g: 1024 * MiB }[m[3].toLowerCase()]
    const size = Number(m[2]) * unit
    for (let i = 0; i < count; i++) {
      items.push({ size, mimeType: m[4] ?? ROTATE_TYPES[rot++ % ROTATE_TYPES.length] })
    }
  }
  return items
}

// ------------------------------------------------------------------ xrpc ---

class XrpcError extends Error {
  constructor(nsid, status, body) {
    super(`${nsid}: HTTP ${status} ${typeof body === 'string' ? body : JSON.stringify(body)}`)
    this.status = status
    this.body = body
  }
}

async function xrpc(base, nsid, { method, params, json, body, contentType, auth, raw } = {}) {
  const url = new URL(`/xrpc/${nsid}`, base)
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v !== undefined && v !== null) url.searchParams.set(k, String(v))
  }
  const headers = {}
  if (auth) headers.authorization = auth
  let reqBody
  if (json !== undefined) {
    headers['content-type'] = 'application/json'
    reqBody = JSON.stringify(json)
  } else if (body !== undefined) {
    headers['content-type'] = contentType ?? 'application/octet-stream'
    reqBody = body
  }
  const res = await fetch(url, {
    method: method ?? (reqBody !== undefined ? 'POST' : 'GET'),
    headers,
    body: reqBody,
  })
  if (!res.ok) {
    const text = await res.text()
    let parsed = text
    try {
      parsed = JSON.parse(text)
    } catch {}
    throw new XrpcError(nsid, res.status, parsed)
  }
  if (raw) return Buffer.from(await res.arrayBuffer())
  const text = await res.text()
  return text ? JSON.parse(text) : {}
}

const bearer = (token) => `Bearer ${token}`
const basicAdmin = (pw) => `Basic ${Buffer.from(`admin:${pw}`).toString('base64')}`

// Streams `size` random bytes to uploadBlob (with a Content-Length), 1 MiB at
// a time, so a big blob never sits in this process's memory.
function uploadRandomBlob(base, token, size, mimeType) {
  const url = new URL('/xrpc/com.atproto.repo.uploadBlob', base)
  const mod = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: bearer(token),
          'content-type': mimeType,
          'content-length': String(size),
        },
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          if (res.statusCode !== 200) {
            reject(new XrpcError('com.atproto.repo.uploadBlob', res.statusCode, text))
            return
          }
          try {
            resolve(JSON.parse(text).blob)
          } catch (err) {
            reject(err)
          }
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    const chunk = Buffer.allocUnsafe(Math.min(MiB, Math.max(size, 1)))
    let left = size
    const pump = () => {
      while (left > 0) {
        const n = Math.min(chunk.length, left)
        // A fresh buffer per write: the socket may still hold the previous one.
        const buf = crypto.randomFillSync(Buffer.allocUnsafe(n))
        left -= n
        if (!req.write(buf)) {
          req.once('drain', pump)
          return
        }
      }
      req.end()
    }
    pump()
  })
}

async function mapLimit(items, limit, fn) {
  const out = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

function loadLab(args) {
  const file = need(args, 'lab')
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (err) {
    fail(`cannot read lab description ${file}: ${err.message}`)
  }
}

function handleFront(name) {
  const front = name.toLowerCase()
  if (!/^[a-z0-9](?:[a-z0-9-]{1,16})[a-z0-9]$/.test(front)) {
    fail(`--name "${name}" must be 3-18 characters of a-z, 0-9, '-' (not at either end)`)
  }
  return front
}

// ------------------------------------------------------ migration prep ---

// What a migration does before its blob phase. Returns the listMissingBlobs CIDs.
async function prepareTarget(lab, { did, oldAccess, handle, email, password }) {
  const desc = await xrpc(newUrl(lab), 'com.atproto.server.describeServer')
  const { token: serviceAuth } = await xrpc(oldUrl(lab), 'com.atproto.server.getServiceAuth', {
    params: {
      aud: desc.did,
      lxm: 'com.atproto.server.createAccount',
      exp: Math.floor(Date.now() / 1000) + 30 * 60,
    },
    auth: bearer(oldAccess),
  })
  // A new PDS that requires invites (lab.mjs --invites): the lab's admin makes one.
  let inviteCode
  if (desc.inviteCodeRequired) {
    ;({ code: inviteCode } = await xrpc(newUrl(lab), 'com.atproto.server.createInviteCode', {
      json: { useCount: 1 },
      auth: basicAdmin(lab.new.admin_password),
    }))
  }
  const created = await xrpc(newUrl(lab), 'com.atproto.server.createAccount', {
    json: { did, handle, email, password, ...(inviteCode ? { inviteCode } : {}) },
    auth: bearer(serviceAuth),
  })
  if (created.did !== did) fail(`new PDS created ${created.did}, expected ${did}`)
  const car = await xrpc(oldUrl(lab), 'com.atproto.sync.getRepo', {
    params: { did },
    auth: bearer(oldAccess),
    raw: true,
  })
  await xrpc(newUrl(lab), 'com.atproto.repo.importRepo', {
    body: car,
    contentType: 'application/vnd.ipld.car',
    auth: bearer(created.accessJwt),
  })
  const missing = []
  let cursor
  for (;;) {
    const page = await xrpc(newUrl(lab), 'com.atproto.repo.listMissingBlobs', {
      params: { limit: 1000, cursor },
      auth: bearer(created.accessJwt),
    })
    for (const b of page.blobs ?? []) missing.push(b.cid)
    if (!page.cursor || !(page.blobs ?? []).length) break
    cursor = page.cursor
  }
  return missing
}

async function listOldBlobs(lab, did, access) {
  const cids = []
  let cursor
  for (;;) {
    const page = await xrpc(oldUrl(lab), 'com.atproto.sync.listBlobs', {
      params: { did, limit: 1000, cursor },
      auth: bearer(access),
    })
    cids.push(...(page.cids ?? []))
    if (!page.cursor || !(page.cids ?? []).length) break
    cursor = page.cursor
  }
  return cids
}

function checkSameSet(what, expected, got) {
  const want = new Set(expected)
  const have = new Set(got)
  const lacking = [...want].filter((c) => !have.has(c))
  const extra = [...have].filter((c) => !want.has(c))
  if (lacking.length || extra.length) {
    fail(
      `${what}: listMissingBlobs on the new PDS differs from the seeded blobs ` +
        `(${lacking.length} not listed, ${extra.length} unexpected): ${JSON.stringify({ lacking: lacking.slice(0, 5), extra: extra.slice(0, 5) })}`,
    )
  }
}

// ------------------------------------------------------------ commands ---

async function cmdAccount(args) {
  const lab = loadLab(args)
  const front = handleFront(need(args, 'name'))
  const items = parseSpec(typeof args.blobs === 'string' ? args.blobs : '')
  const password = typeof args.password === 'string' ? args.password : `pw-${crypto.randomBytes(9).toString('base64url')}`
  const oldHandle = `${front}${lab.old.handle_domain ?? '.old.test'}`
  const newHandle = `${front}${lab.new.handle_domain ?? '.new.test'}`
  const email = `${front}@tektite-lab.example.org`

  const acct = await xrpc(oldUrl(lab), 'com.atproto.server.createAccount', {
    json: { handle: oldHandle, email, password },
  })
  const { did } = acct
  const access = acct.accessJwt

  // Upload in batches; reference each batch from records right away.
  const blobs = []
  let i = 0
  while (i < items.length) {
    const batch = []
    let bytes = 0
    while (i < items.length && batch.length < BATCH_WRITES && (batch.length === 0 || bytes + items[i].size <= BATCH_BYTES)) {
      bytes += items[i].size
      batch.push(items[i++])
    }
    const small = batch.every((b) => b.size <= SMALL)
    const refs = await mapLimit(batch, small ? 4 : 1, (b) => uploadRandomBlob(oldUrl(lab), access, b.size, b.mimeType))
    const base = blobs.length
    await xrpc(oldUrl(lab), 'com.atproto.repo.applyWrites', {
      json: {
        repo: did,
        validate: false,
        writes: refs.map((ref, j) => ({
          $type: 'com.atproto.repo.applyWrites#create',
          collection: COLLECTION,
          value: {
            $type: COLLECTION,
            name: `blob-${base + j}`,
            file: ref,
            createdAt: new Date().toISOString(),
          },
        })),
      },
      auth: bearer(access),
    })
    for (const ref of refs) {
      blobs.push({ cid: ref.ref.$link, size: ref.size, mimeType: ref.mimeType })
    }
  }

  const missing = await prepareTarget(lab, { did, oldAccess: access, handle: newHandle, email, password })
  checkSameSet('account', blobs.map((b) => b.cid), missing)

  process.stdout.write(
    JSON.stringify({
      did,
      password,
      email,
      old: { url: lab.old.url, handle: oldHandle },
      new: { url: lab.new.url, handle: newHandle },
      blobs,
    }) + '\n',
  )
}

async function cmdResetTarget(args) {
  const lab = loadLab(args)
  const did = need(args, 'did')
  const password = need(args, 'password')
  const newHandle = need(args, 'new-handle')

  const session = await xrpc(oldUrl(lab), 'com.atproto.server.createSession', {
    json: { identifier: did, password },
  })
  try {
    await xrpc(newUrl(lab), 'com.atproto.admin.deleteAccount', {
      json: { did },
      auth: basicAdmin(lab.new.admin_password),
    })
  } catch (err) {
    // Nothing to delete is fine.
    if (!(err instanceof XrpcError) || err.status !== 400) throw err
  }
  const email = session.email ?? `${did.replace(/[^a-z0-9]/gi, '')}@tektite-lab.example.org`
  const missing = await prepareTarget(lab, {
    did,
    oldAccess: session.accessJwt,
    handle: newHandle,
    email,
    password,
  })
  const all = await listOldBlobs(lab, did, session.accessJwt)
  checkSameSet('reset-target', all, missing)
  process.stdout.write(
    JSON.stringify({ did, new: { url: lab.new.url, handle: newHandle }, missing: missing.length }) + '\n',
  )
}

const args = parseArgs(process.argv.slice(2))
const cmd = args._[0]
const run = { account: cmdAccount, 'reset-target': cmdResetTarget }[cmd]
if (!run) {
  fail(
    'usage: seed.mjs account --lab LAB_JSON --name NAME --blobs SPEC [--password PW]\n' +
      '       seed.mjs reset-target --lab LAB_JSON --did DID --password PW --new-handle H',
  )
}
run(args).catch((err) => fail(`${cmd}: ${err?.stack ?? err}`))
