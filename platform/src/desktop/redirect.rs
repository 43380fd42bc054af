//! The one-shot redirect listener of a native OAuth sign-in (the desktop app and the CLI): a
//! loopback HTTP server on `127.0.0.1:<free port>` that waits for the browser to come back from the
//! account server's page, answers it with a short page saying the person can go back to Tektite,
//! and hands the redirect's query to the sign-in. Bound to the loopback address only, so nothing
//! else on the network can reach it; it ends with the sign-in (or after its time is up).

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A listener waiting for the browser.
pub struct RedirectListener {
    listener: TcpListener,
    path: String,
    redirect_uri: String,
}

/// Why no redirect came.
#[derive(Debug, thiserror::Error)]
pub enum RedirectError {
    #[error("could not listen on 127.0.0.1 for the sign-in's return ({0})")]
    Listen(std::io::Error),
    #[error("nobody came back from the sign-in page within {} minutes", .0.as_secs() / 60)]
    TimedOut(Duration),
}

/// The most of a request line and headers read: a redirect is a short GET.
const MAX_REQUEST: usize = 16 * 1024;

impl RedirectListener {
    /// Listens on a free port of `127.0.0.1`; the browser is to come back to `path` there.
    pub async fn bind(path: &str) -> Result<Self, RedirectError> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.map_err(RedirectError::Listen)?;
        let port = listener.local_addr().map_err(RedirectError::Listen)?.port();
        Ok(RedirectListener { listener, path: path.to_owned(), redirect_uri: format!("http://127.0.0.1:{port}{path}") })
    }

    /// Where the server is to send the browser back.
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// Waits up to `limit` for a request to the path whose query `belongs` says is this sign-in's
    /// (others, a favicon or a stale tab, get a 404 and are ignored), answers it with a page saying
    /// what happened and returns the query.
    pub async fn wait(self, limit: Duration, belongs: impl Fn(&str) -> bool) -> Result<String, RedirectError> {
        let serve = async {
            loop {
                let Ok((mut stream, _)) = self.listener.accept().await else { continue };
                let Some(target) = read_target(&mut stream).await else { continue };
                let (path, query) = target.split_once('?').unwrap_or((target.as_str(), ""));
                if path == self.path && belongs(query) {
                    let _ = respond(&mut stream, "200 OK", &page(query)).await;
                    return query.to_owned();
                }
                let _ = respond(&mut stream, "404 Not Found", "Not found").await;
            }
        };
        tokio::time::timeout(limit, serve).await.map_err(|_| RedirectError::TimedOut(limit))
    }
}

/// The request target of a `GET` (path and query), when the request is one.
async fn read_target(stream: &mut tokio::net::TcpStream) -> Option<String> {
    let mut buf = Vec::with_capacity(2048);
    let mut piece = [0u8; 2048];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < MAX_REQUEST {
        let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut piece)).await.ok()?.ok()?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&piece[..n]);
    }
    let line = String::from_utf8_lossy(&buf);
    let mut parts = line.lines().next()?.split(' ');
    (parts.next()? == "GET").then_some(())?;
    parts.next().map(str::to_owned)
}

/// What the browser shows once back: signed in, or not (the server sent `error=`).
fn page(query: &str) -> String {
    let denied = query.split('&').any(|p| p.starts_with("error="));
    let (title, text) = if denied {
        ("Not signed in", "The sign-in was not allowed, and nothing was changed. You can close this tab.")
    } else {
        ("Signed in", "You can close this tab and go back to Tektite.")
    };
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} — Tektite</title></head>\
         <body style=\"font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem\">\
         <h1>{title}</h1><p>{text}</p></body></html>"
    )
}

async fn respond(stream: &mut tokio::net::TcpStream, status: &str, body: &str) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn get(uri: &str) -> String {
        let url = uri.strip_prefix("http://").unwrap();
        let (addr, target) = url.split_at(url.find('/').unwrap());
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes()).await.unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).await.unwrap();
        out
    }

    #[tokio::test]
    async fn hands_over_only_its_own_redirect() {
        let listener = RedirectListener::bind("/oauth/callback").await.unwrap();
        let base = listener.redirect_uri().to_owned();
        assert!(base.starts_with("http://127.0.0.1:") && base.ends_with("/oauth/callback"));
        let waiting = tokio::spawn(listener.wait(Duration::from_secs(10), |q| q.contains("state=mine")));
        let root = base.replace("/oauth/callback", "/favicon.ico");
        assert!(get(&root).await.starts_with("HTTP/1.1 404"));
        assert!(get(&format!("{base}?state=other&code=x")).await.starts_with("HTTP/1.1 404"), "another sign-in's");
        let page = get(&format!("{base}?state=mine&code=c1")).await;
        assert!(page.starts_with("HTTP/1.1 200") && page.contains("go back to Tektite"));
        assert_eq!(waiting.await.unwrap().unwrap(), "state=mine&code=c1");
    }

    #[tokio::test]
    async fn gives_up_after_its_time() {
        let listener = RedirectListener::bind("/cb").await.unwrap();
        let err = listener.wait(Duration::from_millis(50), |_| true).await.unwrap_err();
        assert!(matches!(err, RedirectError::TimedOut(_)));
    }
}
