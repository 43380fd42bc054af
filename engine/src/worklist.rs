//! What to move: the new PDS's `listMissingBlobs` is the authoritative work list (an empty list means
//! nothing to send, never "send everything"); the old PDS's `listBlobs` is the inventory, used for
//! totals and to report blobs that are already present.

use futures::StreamExt;
use std::collections::HashSet;
use std::future::Future;

use crate::xrpc::api::RecordBlob;
use crate::xrpc::{XrpcClient, XrpcError};

/// Page size for both listings (the lexicons allow 1–1000).
pub const PAGE_LIMIT: u16 = 1000;

/// The blobs to move and the source's inventory.
#[derive(Debug, Clone, Default)]
pub struct WorkList {
    /// Missing on the new PDS, one entry per CID (the first record that references it).
    pub missing: Vec<RecordBlob>,
    /// Every blob CID the old PDS holds for the account.
    pub inventory: Vec<String>,
}

impl WorkList {
    /// Inventory blobs the new PDS does not miss (already there, or not referenced there).
    pub fn present(&self) -> Vec<String> {
        let missing: HashSet<&str> = self.missing.iter().map(|b| b.cid.as_str()).collect();
        self.inventory.iter().filter(|c| !missing.contains(c.as_str())).cloned().collect()
    }
}

/// Follows a cursor until the server stops giving one, or gives an empty page, or repeats itself.
pub async fn paginate<T, F, Fut>(mut fetch: F) -> Result<Vec<T>, XrpcError>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<(Vec<T>, Option<String>), XrpcError>>,
{
    let mut all = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let (items, next) = fetch(cursor.clone()).await?;
        if items.is_empty() {
            break;
        }
        all.extend(items);
        match next {
            // A server that hands back the cursor it was given would loop forever.
            Some(next) if Some(&next) != cursor.as_ref() => cursor = Some(next),
            _ => break,
        }
    }
    Ok(all)
}

/// Every blob the signed-in account on `target` references but lacks, deduplicated by CID.
pub async fn missing_blobs(target: &XrpcClient) -> Result<Vec<RecordBlob>, XrpcError> {
    let all = paginate(|cursor| async move {
        let page = target.list_missing_blobs(PAGE_LIMIT, cursor.as_deref()).await?;
        Ok((page.blobs, page.cursor))
    })
    .await?;
    let mut seen = HashSet::new();
    Ok(all.into_iter().filter(|b| seen.insert(b.cid.clone())).collect())
}

/// Every blob CID `did` has on `source` (authenticated, for deactivated accounts).
pub async fn source_inventory(source: &XrpcClient, did: &str) -> Result<Vec<String>, XrpcError> {
    paginate(|cursor| async move {
        let page = source.list_blobs(did, PAGE_LIMIT, cursor.as_deref()).await?;
        Ok((page.cids, page.cursor))
    })
    .await
}

/// Both listings, at once (two servers, no dependency between them).
pub async fn build(source: &XrpcClient, target: &XrpcClient, did: &str) -> Result<WorkList, XrpcError> {
    let (missing, inventory) = futures::try_join!(missing_blobs(target), source_inventory(source, did))?;
    Ok(WorkList { missing, inventory })
}

/// The size the record at `record_uri` states for the blob `cid`, when it can be read. The way to
/// size a blob where `getBlob`'s answer has no length (compressed for a browser) or no longer
/// exists (gone from the old PDS).
pub async fn size_in_record(source: &XrpcClient, record_uri: &str, cid: &str) -> Option<u64> {
    match source.get_record(record_uri).await {
        Ok(record) => blob_size_in(&record, cid),
        Err(e) => {
            tracing::info!("no size for {cid} from {record_uri}: {e}");
            None
        }
    }
}

/// Records asked for at once while sizing blobs against a limit.
const RECORDS_AT_ONCE: usize = 8;

/// The blobs of `missing` whose records say they are larger than `limit` bytes, with those sizes,
/// ordered by CID. Each record is read once (a post with four pictures: one `getRecord`); a blob
/// whose record cannot be read is left to its upload to find out.
pub async fn over_limit(source: &XrpcClient, missing: &[RecordBlob], limit: u64) -> Vec<(RecordBlob, u64)> {
    let mut by_record: std::collections::BTreeMap<&str, Vec<&RecordBlob>> = std::collections::BTreeMap::new();
    for blob in missing {
        by_record.entry(blob.record_uri.as_str()).or_default().push(blob);
    }
    let mut over: Vec<(RecordBlob, u64)> = futures::stream::iter(by_record)
        .map(|(uri, blobs)| async move {
            match source.get_record(uri).await {
                Ok(record) => blobs
                    .into_iter()
                    .filter_map(|b| blob_size_in(&record, &b.cid).filter(|size| *size > limit).map(|s| (b.clone(), s)))
                    .collect(),
                Err(e) => {
                    tracing::info!("no sizes from {uri}: {e}");
                    Vec::new()
                }
            }
        })
        .buffer_unordered(RECORDS_AT_ONCE)
        .flat_map(futures::stream::iter)
        .collect()
        .await;
    over.sort_by(|a, b| a.0.cid.cmp(&b.0.cid));
    over
}

/// The size a record states for the blob `cid` (a blob ref `{"$type":"blob","ref":{"$link":cid},
/// "size":n}` anywhere in the `getRecord` answer).
fn blob_size_in(value: &serde_json::Value, cid: &str) -> Option<u64> {
    match value {
        serde_json::Value::Object(map) => {
            let link = map.get("ref").and_then(|r| r.get("$link")).and_then(|l| l.as_str());
            if map.get("$type").and_then(|t| t.as_str()) == Some("blob") && link == Some(cid) {
                return map.get("size").and_then(|s| s.as_u64());
            }
            map.values().find_map(|v| blob_size_in(v, cid))
        }
        serde_json::Value::Array(items) => items.iter().find_map(|v| blob_size_in(v, cid)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_records_blob_ref_states_the_size() {
        let record = serde_json::json!({
            "uri": "at://did:plc:x/app.bsky.feed.post/1",
            "value": { "text": "hi", "embed": { "$type": "app.bsky.embed.images", "images": [
                { "alt": "", "image": { "$type": "blob", "ref": { "$link": "bafkA" }, "mimeType": "image/png", "size": 12 } },
                { "alt": "", "image": { "$type": "blob", "ref": { "$link": "bafkB" }, "mimeType": "image/png", "size": 34 } },
            ] } }
        });
        assert_eq!(blob_size_in(&record, "bafkB"), Some(34));
        assert_eq!(blob_size_in(&record, "bafkC"), None);
    }
    use std::cell::RefCell;

    type Page = (Vec<u32>, Option<&'static str>);

    /// Paginates over canned pages; returns the items and the cursors that were asked for.
    async fn run(pages: Vec<Page>) -> (Vec<u32>, Vec<Option<String>>) {
        let asked = RefCell::new(Vec::new());
        let got = paginate(|cursor| {
            asked.borrow_mut().push(cursor);
            let (items, next) = pages[asked.borrow().len() - 1].clone();
            async move { Ok((items, next.map(str::to_owned))) }
        })
        .await
        .unwrap();
        (got, asked.into_inner())
    }

    #[tokio::test]
    async fn follows_cursors_to_the_end() {
        let (got, asked) = run(vec![(vec![1, 2], Some("b")), (vec![3], Some("c")), (vec![4], None)]).await;
        assert_eq!(got, vec![1, 2, 3, 4]);
        assert_eq!(asked, vec![None, Some("b".into()), Some("c".into())]);
    }

    #[tokio::test]
    async fn stops_on_an_empty_page_even_with_a_cursor() {
        let (got, asked) = run(vec![(vec![1], Some("x")), (vec![], Some("y")), (vec![9], None)]).await;
        assert_eq!(got, vec![1]);
        assert_eq!(asked.len(), 2);
    }

    #[tokio::test]
    async fn stops_when_the_server_repeats_a_cursor() {
        let got = paginate(|_cursor| async { Ok((vec![1], Some("same".to_owned()))) }).await.unwrap();
        assert_eq!(got, vec![1, 1]);
    }

    #[tokio::test]
    async fn errors_propagate() {
        let got: Result<Vec<u8>, _> = paginate(|_| async { Err(XrpcError::Timeout { host: "pds".into() }) }).await;
        assert!(got.is_err());
    }

    #[test]
    fn present_is_inventory_minus_missing() {
        let w = WorkList {
            missing: vec![RecordBlob { cid: "b".into(), record_uri: "at://x".into() }],
            inventory: vec!["a".into(), "b".into(), "c".into()],
        };
        assert_eq!(w.present(), vec!["a", "c"]);
    }
}
