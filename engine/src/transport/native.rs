//! The seam on native targets (desktop, CLI, tests): everything goes through reqwest on tokio.
//!
//! Request bodies stream with `reqwest::Body::wrap_stream` (hyper pulls the next piece only when the
//! socket takes it, so a body of any size needs a few pieces of memory); downloads are reqwest's
//! body stream with an idle timeout; timers are tokio's.

use std::future::Future;
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE};
use tektite_platform::CacheReader;
use url::Url;

use super::types::{
    channel_body, Answer, BodySource, BodyStream, BoxError, CachedBody, Credentials, Download, MaybeSend,
    TransportError, Unsendable, UploadBody,
};

/// How long a download may go without a single byte before we call it stalled.
const DOWNLOAD_IDLE_TIMEOUT: Duration = Duration::from_secs(60);

/// Waits for `duration` without blocking the executor.
pub async fn sleep(duration: Duration) {
    tokio::time::sleep(duration).await
}

/// The TXT records of `name`, from the system's DNS servers (one try, `timeout`): a handle's
/// `_atproto` record.
pub async fn dns_txt(name: &str, timeout: Duration) -> Result<Vec<String>, TransportError> {
    use hickory_resolver::net::runtime::TokioRuntimeProvider;
    let mut builder = hickory_resolver::Resolver::builder(TokioRuntimeProvider::default())
        .map_err(|e| TransportError::Network(format!("no DNS configuration: {e}")))?;
    builder.options_mut().timeout = timeout;
    builder.options_mut().attempts = 1;
    let resolver = builder.build().map_err(|e| TransportError::Network(format!("no DNS resolver: {e}")))?;
    let fqdn = format!("{}.", name.trim_end_matches('.'));
    let answer = resolver.txt_lookup(fqdn).await.map_err(|e| TransportError::Network(e.to_string()))?;
    Ok(answer
        .answers()
        .iter()
        .filter_map(|record| match &record.data {
            hickory_resolver::proto::rr::RData::TXT(txt) => {
                Some(txt.txt_data.iter().map(|part| String::from_utf8_lossy(part)).collect::<String>())
            }
            _ => None,
        })
        .collect())
}

/// The HTTP client for one XRPC service.
pub fn http_client() -> Result<reqwest::Client, String> {
    // No overall timeout: a 500 MB upload may take long. Stalls are caught per piece on downloads
    // (see `open_download`) and by TCP keepalive.
    let mut builder = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(15))
        .tcp_keepalive(Duration::from_secs(30))
        .pool_idle_timeout(Duration::from_secs(30))
        .user_agent(concat!("tektite/", env!("CARGO_PKG_VERSION")));
    let (roots, overrides) = network_settings()?;
    for cert in roots {
        builder = builder.add_root_certificate(cert.clone());
    }
    for (host, addr) in overrides {
        builder = builder.resolve(host, *addr);
    }
    builder.build().map_err(|e| e.to_string())
}

type Overrides = Vec<(String, std::net::SocketAddr)>;

/// The extra roots and name overrides from the environment, read once per process: a client is
/// built per service and per identity lookup, and the CA file need not be read for each.
fn network_settings() -> Result<&'static (Vec<reqwest::Certificate>, Overrides), String> {
    static SETTINGS: std::sync::OnceLock<Result<(Vec<reqwest::Certificate>, Overrides), String>> =
        std::sync::OnceLock::new();
    SETTINGS.get_or_init(|| Ok((extra_roots()?, resolve_overrides()?))).as_ref().map_err(Clone::clone)
}

/// `TEKTITE_RESOLVE=host=ip[,host=ip…]`: these names go to these addresses instead of DNS (like
/// curl's `--resolve`; the port stays the URL's). For servers that DNS does not know, such as the
/// test lab's `*.tektite-lab.test`.
pub const RESOLVE_ENV: &str = "TEKTITE_RESOLVE";

fn resolve_overrides() -> Result<Overrides, String> {
    let Ok(spec) = std::env::var(RESOLVE_ENV) else { return Ok(Vec::new()) };
    parse_overrides(&spec).map_err(|bad| format!("{RESOLVE_ENV}: `{bad}` is not host=ip"))
}

fn parse_overrides(spec: &str) -> Result<Overrides, String> {
    spec.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (host, ip) = pair.split_once('=').ok_or_else(|| pair.to_owned())?;
            let ip: std::net::IpAddr = ip.trim().parse().map_err(|_| pair.to_owned())?;
            Ok((host.trim().to_ascii_lowercase(), std::net::SocketAddr::new(ip, 0)))
        })
        .collect()
}

/// `TEKTITE_EXTRA_CA_FILE`: a PEM file of certificate authorities to trust besides the system's
/// (a company's private CA, or the test lab's). Only adds trust in the roots named there; nothing
/// ever turns certificate checks off.
pub const EXTRA_CA_ENV: &str = "TEKTITE_EXTRA_CA_FILE";

fn extra_roots() -> Result<Vec<reqwest::Certificate>, String> {
    let Some(path) = std::env::var_os(EXTRA_CA_ENV).filter(|p| !p.is_empty()) else {
        return Ok(Vec::new());
    };
    let shown = std::path::Path::new(&path).display().to_string();
    let pem = std::fs::read(&path).map_err(|e| format!("{EXTRA_CA_ENV}={shown}: {e}"))?;
    let roots = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| format!("{EXTRA_CA_ENV}={shown}: {e}"))?;
    if roots.is_empty() {
        return Err(format!("{EXTRA_CA_ENV}={shown}: no PEM certificate in it"));
    }
    Ok(roots)
}

/// Whether no connection could be made at all (refused, DNS, TLS), as opposed to one that broke.
pub fn is_connect(err: &reqwest::Error) -> bool {
    err.is_connect()
}

/// `POST url` with the `credentials` headers (see [`Credentials`]), `content_type` and `body`. The
/// answer's body is read only when it is an error or `read_output` asks for it.
pub async fn post(
    http: &reqwest::Client,
    url: Url,
    credentials: Credentials<'_>,
    content_type: &str,
    body: UploadBody,
    read_output: bool,
) -> Result<Answer, TransportError> {
    let mut req = http.post(url).header(CONTENT_TYPE, content_type);
    for (name, value) in credentials {
        req = req.header(*name, value);
    }
    let req = match body {
        UploadBody::Bytes(b) => req.body(b),
        UploadBody::Stream { stream, length } => {
            let req = match length {
                Some(len) => req.header(CONTENT_LENGTH, len),
                None => req,
            };
            req.body(reqwest::Body::wrap_stream(stream))
        }
        UploadBody::Held(never) => match never {},
    };
    let resp = req.send().await?;
    Answer::read(resp, read_output).await
}

/// `GET url` with the `credentials` headers (none for a public read); a successful body is handed
/// over as a stream that fails when no byte arrives for `DOWNLOAD_IDLE_TIMEOUT`.
pub async fn open_download(
    http: &reqwest::Client,
    url: Url,
    credentials: Credentials<'_>,
) -> Result<Download, TransportError> {
    let mut req = http.get(url);
    for (name, value) in credentials {
        req = req.header(*name, value);
    }
    let resp = req.send().await?;
    if !resp.status().is_success() {
        return Ok(Download::Refused(Answer::read(resp, false).await?));
    }
    let content_type = resp.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let content_length = resp.content_length();
    let inner = resp.bytes_stream();
    let stream: BodyStream<Result<Bytes, TransportError>> =
        Box::pin(futures::stream::unfold(inner, |mut inner| async move {
            match tokio::time::timeout(DOWNLOAD_IDLE_TIMEOUT, inner.next()).await {
                Ok(Some(Ok(chunk))) => Some((Ok(chunk), inner)),
                Ok(Some(Err(e))) => Some((Err(TransportError::Http(e)), inner)),
                Ok(None) => None,
                Err(_) => Some((Err(TransportError::Stalled), inner)),
            }
        }));
    Ok(Download::Body { content_type, content_length, stream })
}

/// How blob bytes reach the new PDS, for the plan printout.
pub async fn upload_path(source: BodySource, _target: &Url) -> &'static str {
    match source {
        BodySource::Channel => "a streamed request body fed by the bounded channel",
        BodySource::Cache => "a streamed request body read from the cache file as it fills",
    }
}

/// Uploads what arrives on the streaming strategy's channel: the channel is the request body itself.
/// `sent` counts bytes as hyper takes them; `upload` sends the body (`uploadBlob`).
pub async fn upload_channel<T, E, Fut>(
    rx: tokio::sync::mpsc::Receiver<Result<Bytes, BoxError>>,
    length: Option<u64>,
    _content_type: &str,
    _target: &Url,
    sent: impl Fn(u64) + MaybeSend + 'static,
    upload: impl FnOnce(UploadBody) -> Fut,
) -> Result<T, E>
where
    Fut: Future<Output = Result<T, E>>,
    E: From<Unsendable>,
{
    upload(channel_body(rx, length, sent)).await
}

/// A cache entry streams through the verifier into the request body.
pub fn cached_body(reader: CacheReader) -> CachedBody {
    CachedBody::Stream { stream: reader.stream, size: reader.size }
}

/// The `getRepo` download (or a backup's `repo.car`) as an `importRepo` body, always with its length:
/// some servers refuse an import without a `Content-Length` (rsky-pds: "Missing content-length
/// header"). A stated length streams straight through; without one, the CAR is first spooled to a
/// private temporary file (see [`spool`]), so memory stays at a few pieces whatever the repository's
/// size.
pub async fn repo_body<E>(stream: BodyStream<Result<Bytes, E>>, length: Option<u64>) -> Result<UploadBody, E>
where
    E: std::error::Error + Send + Sync + 'static + From<Unsendable>,
{
    let (stream, length) = match length {
        Some(length) => (stream, length),
        None => spool(stream).await?,
    };
    let stream = stream.map(|r| r.map_err(|e| Box::new(e) as BoxError));
    Ok(UploadBody::Stream { stream: Box::pin(stream), length: Some(length) })
}

/// Pieces read back from a spooled body.
const SPOOL_READ: usize = 64 * 1024;

/// Writes `stream` to an anonymous temporary file and hands it back as a stream of known length.
/// The file is created readable by this user only and has no name (where the OS allows; else it is
/// unlinked at once), so it vanishes when dropped, also when the process dies.
async fn spool<E>(mut stream: BodyStream<Result<Bytes, E>>) -> Result<(BodyStream<Result<Bytes, E>>, u64), E>
where
    E: std::error::Error + Send + Sync + 'static + From<Unsendable>,
{
    use tokio::io::{AsyncSeekExt, AsyncWriteExt};
    let failed =
        |e: std::io::Error| E::from(Unsendable(format!("could not spool the repository to a temporary file: {e}")));
    let file = tokio::task::spawn_blocking(tempfile::tempfile)
        .await
        .map_err(|e| E::from(Unsendable(format!("could not create a temporary file: {e}"))))?
        .map_err(failed)?;
    let mut file = tokio::fs::File::from_std(file);
    let mut length = 0u64;
    while let Some(piece) = stream.next().await {
        let piece = piece?;
        file.write_all(&piece).await.map_err(failed)?;
        length += piece.len() as u64;
    }
    file.flush().await.map_err(failed)?;
    file.rewind().await.map_err(failed)?;
    let read = tokio_util::io::ReaderStream::with_capacity(file, SPOOL_READ)
        .map(move |r| r.map_err(|e| E::from(Unsendable(format!("could not read back the spooled repository: {e}")))));
    Ok((Box::pin(read), length))
}

/// Whether an upload to the server of `_target` can take a streamed body: always, here.
pub async fn streams_request_bodies(_target: &Url) -> bool {
    true
}

/// Requests this backend runs at once to the servers of `_urls` without queueing them itself:
/// reqwest opens what it needs (HTTP/2 multiplexes them on one connection), so no limit.
pub async fn parallel_per_server(_urls: &[&Url]) -> usize {
    usize::MAX
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn spooled(pieces: Vec<&'static [u8]>, length: Option<u64>) -> (Vec<u8>, Option<u64>) {
        let stream: BodyStream<Result<Bytes, crate::xrpc::XrpcError>> =
            Box::pin(futures::stream::iter(pieces.into_iter().map(|p| Ok(Bytes::from_static(p)))));
        let UploadBody::Stream { stream, length } = repo_body(stream, length).await.unwrap() else {
            panic!("a streamed body")
        };
        let bytes: Vec<Bytes> = stream.map(|r| r.unwrap()).collect().await;
        (bytes.concat(), length)
    }

    #[tokio::test]
    async fn a_repo_without_a_stated_length_is_spooled_and_sent_with_it() {
        let (bytes, length) = spooled(vec![b"car ", b"bytes ", b"", b"here"], None).await;
        assert_eq!(bytes, b"car bytes here");
        assert_eq!(length, Some(14));
        // Stated: passed through with that length, unread.
        let (bytes, length) = spooled(vec![b"abc"], Some(3)).await;
        assert_eq!((bytes.as_slice(), length), (&b"abc"[..], Some(3)));
    }

    #[tokio::test]
    async fn a_broken_download_is_not_sent_as_a_short_repo() {
        let stream: BodyStream<Result<Bytes, crate::xrpc::XrpcError>> = Box::pin(futures::stream::iter(vec![
            Ok(Bytes::from_static(b"part")),
            Err(crate::xrpc::XrpcError::Timeout { host: "old".into() }),
        ]));
        assert!(matches!(repo_body(stream, None).await, Err(crate::xrpc::XrpcError::Timeout { .. })));
    }

    #[test]
    fn name_overrides_are_read_and_bad_ones_named() {
        let parsed = parse_overrides("old.tektite-lab.test=127.0.0.1, New.Example=::1,").unwrap();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0].0, "old.tektite-lab.test");
        assert_eq!(parsed[1], ("new.example".to_owned(), "[::1]:0".parse().unwrap()));
        assert_eq!(parse_overrides("a=b").unwrap_err(), "a=b");
        assert_eq!(parse_overrides("justahost").unwrap_err(), "justahost");
    }
}
