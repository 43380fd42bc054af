//! The web platform against real browser storage, in headless Chromium (wasm-bindgen-test).
//!
//! Run with `scripts/test-web-platform.sh`. Each test uses its own namespace (OPFS folder,
//! IndexedDB database, LocalStorage prefix) so they cannot see each other's entries; the browser
//! profile is fresh for every run. Timings are printed with `console_log!` (shown with
//! `--nocapture`).
#![cfg(target_arch = "wasm32")]

use bytes::Bytes;
use futures::TryStreamExt;
use js_sys::{Reflect, Uint8Array};
use tektite_platform::web::{
    platform, request_persistence, FallbackBlobManager, IdbCache, IdbKv, LocalStorageCache, ManagerOptions, OpfsCache,
    WebProbe, WASM32_MEMORY_LIMIT,
};
use tektite_platform::{BlobCache, CacheReader, KvStore, PlatformError, StorageBackend, SystemProbe};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const MIB: usize = 1024 * 1024;
/// What a download hands the cache at a time (the engine's default chunk is of this order).
const CHUNK: usize = 64 * 1024;

/// Incompressible test bytes, different per seed.
fn data(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn mib_per_s(bytes: usize, ms: f64) -> f64 {
    (bytes as f64 / MIB as f64) / (ms.max(1.0) / 1000.0)
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Writes `bytes` in download-sized chunks and commits.
async fn store(cache: &dyn BlobCache, key: &str, bytes: &[u8], expected: Option<u64>) -> Result<(), PlatformError> {
    let mut w = cache.create(key, expected).await?;
    for chunk in bytes.chunks(CHUNK) {
        w.write(Bytes::copy_from_slice(chunk)).await?;
    }
    assert_eq!(w.written(), bytes.len() as u64);
    w.commit().await
}

async fn read_stream(reader: CacheReader) -> Vec<u8> {
    let chunks: Vec<Bytes> = reader.stream.try_collect().await.unwrap();
    assert!(chunks.iter().all(|c| c.len() <= 256 * 1024), "stream pieces are bounded");
    chunks.concat()
}

async fn read_js_blob(blob: &web_sys::Blob) -> Vec<u8> {
    let buffer = JsFuture::from(blob.array_buffer()).await.unwrap();
    Uint8Array::new(&buffer).to_vec()
}

fn key_for(label: &str) -> String {
    format!("blobs/did:plc:test@localhost:2583/bafkrei{label}")
}

/// The whole life of one entry in one backend, with timings.
async fn round_trip(cache: &dyn BlobCache, size: usize, label: &str) {
    let backend = cache.backend();
    let key = key_for(label);
    let bytes = data(size, size as u64);

    // Invisible until committed.
    let mut w = cache.create(&key, Some(size as u64)).await.unwrap();
    let half = size / 2;
    let t = now();
    for chunk in bytes[..half].chunks(CHUNK) {
        w.write(Bytes::copy_from_slice(chunk)).await.unwrap();
    }
    assert!(cache.open(&key).await.unwrap().is_none(), "{backend}: visible before commit");
    assert!(cache.list().await.unwrap().iter().all(|e| e.key != key), "{backend}: listed before commit");
    for chunk in bytes[half..].chunks(CHUNK) {
        w.write(Bytes::copy_from_slice(chunk)).await.unwrap();
    }
    w.commit().await.unwrap();
    let write_ms = now() - t;

    // Read back through the stream (as the engine re-hashes) and through the JS Blob (as it uploads).
    let t = now();
    let reader = cache.open(&key).await.unwrap().expect("committed entry");
    assert_eq!(reader.size, size as u64);
    let file = reader.file.clone().expect("a JS Blob for upload");
    let streamed = read_stream(reader).await;
    let stream_ms = now() - t;
    assert!(streamed == bytes, "{backend}: streamed bytes differ");
    assert_eq!(file.size() as usize, size, "{backend}: JS Blob size");
    let t = now();
    assert!(read_js_blob(&file).await == bytes, "{backend}: JS Blob bytes differ");
    let blob_ms = now() - t;

    let listed = cache.list().await.unwrap();
    assert!(listed.iter().any(|e| e.key == key && e.size == size as u64), "{backend}: not listed: {listed:?}");

    // Replacing an entry (the same key committed again) keeps exactly the new bytes.
    let other = data(size / 3, 7);
    store(cache, &key, &other, Some(other.len() as u64)).await.unwrap();
    let reader = cache.open(&key).await.unwrap().unwrap();
    assert_eq!(reader.size, other.len() as u64);
    assert!(read_stream(reader).await == other, "{backend}: replaced entry differs");
    assert_eq!(cache.list().await.unwrap().iter().filter(|e| e.key == key).count(), 1);

    cache.remove(&key).await.unwrap();
    assert!(cache.open(&key).await.unwrap().is_none(), "{backend}: still there after remove");
    assert!(cache.list().await.unwrap().iter().all(|e| e.key != key));
    cache.remove(&key).await.unwrap();

    console_log!(
        "{backend}: {:.1} MiB written in {write_ms:.0} ms ({:.0} MiB/s), streamed back in {stream_ms:.0} ms ({:.0} MiB/s), read as JS Blob in {blob_ms:.0} ms",
        size as f64 / MIB as f64,
        mib_per_s(size, write_ms),
        mib_per_s(size, stream_ms)
    );
}

/// Names in an OPFS folder, read with the raw API (to see temporary files too).
async fn opfs_names(folder: &str) -> Vec<String> {
    let root: web_sys::FileSystemDirectoryHandle =
        JsFuture::from(web_sys::window().unwrap().navigator().storage().get_directory())
            .await
            .unwrap()
            .unchecked_into();
    let dir: web_sys::FileSystemDirectoryHandle =
        JsFuture::from(root.get_directory_handle(folder)).await.unwrap().unchecked_into();
    let iter = dir.keys();
    let mut names = Vec::new();
    loop {
        let step = JsFuture::from(iter.next().unwrap()).await.unwrap();
        if Reflect::get(&step, &"done".into()).unwrap().as_bool().unwrap() {
            break;
        }
        names.push(Reflect::get(&step, &"value".into()).unwrap().as_string().unwrap());
    }
    names
}

/// LocalStorage keys starting with `prefix`.
fn local_keys(prefix: &str) -> Vec<String> {
    let ls = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    (0..ls.length().unwrap()).filter_map(|i| ls.key(i).unwrap()).filter(|k| k.starts_with(prefix)).collect()
}

// ---- each backend on its own ------------------------------------------------------------------

#[wasm_bindgen_test]
async fn opfs_round_trip_3_mib() {
    assert!(OpfsCache::is_supported(), "headless Chromium has OPFS with createWritable and move");
    let cache = OpfsCache::open("t-opfs-rt").await.unwrap();
    assert_eq!(cache.backend(), StorageBackend::Opfs);
    round_trip(&cache, 3 * MIB, "opfs").await;
    assert!(opfs_names("t-opfs-rt").await.is_empty(), "OPFS folder not empty: {:?}", opfs_names("t-opfs-rt").await);
}

#[wasm_bindgen_test]
async fn indexed_db_round_trip_3_mib() {
    let cache = IdbCache::open("t-idb-rt").await.unwrap();
    assert_eq!(cache.backend(), StorageBackend::IndexedDb);
    round_trip(&cache, 3 * MIB + 12_345, "idb").await;
    assert_eq!(cache.stored_part_count().await.unwrap(), 0, "parts left behind");
}

#[wasm_bindgen_test]
async fn local_storage_round_trip_under_its_limit() {
    let cache = LocalStorageCache::open("t-ls-rt:", LocalStorageCache::DEFAULT_MAX_BLOB).unwrap();
    assert_eq!(cache.backend(), StorageBackend::LocalStorage);
    round_trip(&cache, 900 * 1024 + 1, "ls").await;
    assert!(local_keys("t-ls-rt:").is_empty());
}

/// FNV-1a, to compare big blobs without keeping them.
fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        hash ^= *b as u64;
        hash = hash.wrapping_mul(0x100_0000_01b3);
    }
    hash
}

fn wasm_memory_bytes() -> u64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as u64
}

#[wasm_bindgen_test]
async fn a_64_mib_blob_never_sits_in_wasm_memory() {
    const SIZE: usize = 64 * MIB;
    let opfs = OpfsCache::open("t-big").await.unwrap();
    let idb = IdbCache::open("t-big").await.unwrap();
    // What making and hashing the test data costs alone (a debug build), to read the timings by.
    let t = now();
    let mut baseline = 0;
    for i in 0..SIZE / CHUNK {
        baseline = fnv(baseline, &data(CHUNK, 1000 + i as u64));
    }
    console_log!("generating and hashing 64 MiB of test data alone: {:.0} ms ({baseline:x})", now() - t);
    for cache in [&opfs as &dyn BlobCache, &idb] {
        let backend = cache.backend();
        let before = wasm_memory_bytes();
        let t = now();
        let mut w = cache.create("big", Some(SIZE as u64)).await.unwrap();
        let mut written_hash = 0xcbf2_9ce4_8422_2325;
        for i in 0..SIZE / CHUNK {
            let chunk = data(CHUNK, 1000 + i as u64);
            written_hash = fnv(written_hash, &chunk);
            w.write(Bytes::from(chunk)).await.unwrap();
        }
        w.commit().await.unwrap();
        let write_ms = now() - t;
        let t = now();
        let reader = cache.open("big").await.unwrap().unwrap();
        assert_eq!(reader.file.as_ref().unwrap().size() as usize, SIZE);
        let mut stream = reader.stream;
        let mut read_hash = 0xcbf2_9ce4_8422_2325;
        let mut read = 0;
        while let Some(piece) = stream.try_next().await.unwrap() {
            read += piece.len();
            read_hash = fnv(read_hash, &piece);
        }
        let read_ms = now() - t;
        assert_eq!(read, SIZE);
        assert_eq!(read_hash, written_hash, "{backend}: bytes differ");
        let grown = wasm_memory_bytes() - before;
        console_log!(
            "{backend}: 64 MiB written in {write_ms:.0} ms ({:.0} MiB/s), streamed back in {read_ms:.0} ms ({:.0} MiB/s); wasm memory grew by {:.1} MiB (now {:.1} MiB)",
            mib_per_s(SIZE, write_ms),
            mib_per_s(SIZE, read_ms),
            grown as f64 / MIB as f64,
            wasm_memory_bytes() as f64 / MIB as f64
        );
        assert!(grown < 8 * MIB as u64, "{backend}: wasm memory grew by {grown} bytes for a {SIZE}-byte blob");
        cache.remove("big").await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn empty_blobs_round_trip_everywhere() {
    let opfs = OpfsCache::open("t-empty").await.unwrap();
    let idb = IdbCache::open("t-empty").await.unwrap();
    let ls = LocalStorageCache::open("t-empty:", LocalStorageCache::DEFAULT_MAX_BLOB).unwrap();
    for cache in [&opfs as &dyn BlobCache, &idb, &ls] {
        store(cache, "empty", &[], Some(0)).await.unwrap();
        let r = cache.open("empty").await.unwrap().expect("empty entry");
        assert_eq!(r.size, 0);
        assert_eq!(r.file.as_ref().unwrap().size(), 0.0);
        assert!(read_stream(r).await.is_empty());
        cache.remove("empty").await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn aborted_and_dropped_writes_leave_nothing() {
    let opfs = OpfsCache::open("t-abort").await.unwrap();
    let idb = IdbCache::open("t-abort").await.unwrap();
    let ls = LocalStorageCache::open("t-abort:", LocalStorageCache::DEFAULT_MAX_BLOB).unwrap();
    let bytes = data(MIB + MIB / 2, 3);
    let small = data(300_000, 4);
    for (cache, bytes) in [(&opfs as &dyn BlobCache, &bytes), (&idb, &bytes), (&ls, &small)] {
        let backend = cache.backend();
        // Aborted.
        let mut w = cache.create("k", Some(bytes.len() as u64)).await.unwrap();
        for chunk in bytes.chunks(CHUNK) {
            w.write(Bytes::copy_from_slice(chunk)).await.unwrap();
        }
        w.abort().await;
        assert!(cache.open("k").await.unwrap().is_none(), "{backend}");
        assert!(cache.list().await.unwrap().is_empty(), "{backend}");
        // Dropped mid-write (a cancelled download): cleaned up in the background.
        let mut w = cache.create("k", None).await.unwrap();
        for chunk in bytes.chunks(CHUNK) {
            w.write(Bytes::copy_from_slice(chunk)).await.unwrap();
        }
        drop(w);
        sleep(300).await;
        assert!(cache.open("k").await.unwrap().is_none(), "{backend}");
        assert!(cache.list().await.unwrap().is_empty(), "{backend}");
    }
    assert!(opfs_names("t-abort").await.is_empty(), "OPFS leftovers: {:?}", opfs_names("t-abort").await);
    assert_eq!(idb.stored_part_count().await.unwrap(), 0, "IndexedDB leftovers");
    assert!(local_keys("t-abort:").is_empty());
}

#[wasm_bindgen_test]
async fn leftovers_of_a_crashed_session_are_invisible_and_cleaned_up() {
    // OPFS: a temporary file as an interrupted write leaves it.
    let opfs = OpfsCache::open("t-crash").await.unwrap();
    let root: web_sys::FileSystemDirectoryHandle =
        JsFuture::from(web_sys::window().unwrap().navigator().storage().get_directory())
            .await
            .unwrap()
            .unchecked_into();
    let dir: web_sys::FileSystemDirectoryHandle =
        JsFuture::from(root.get_directory_handle("t-crash")).await.unwrap().unchecked_into();
    let options = web_sys::FileSystemGetFileOptions::new();
    options.set_create(true);
    JsFuture::from(dir.get_file_handle_with_options(".partial-1-2.bafkreicrashed", &options)).await.unwrap();
    assert!(opfs.list().await.unwrap().is_empty(), "a temporary file is not an entry");
    assert!(opfs.open("bafkreicrashed").await.unwrap().is_none());
    assert_eq!(opfs_names("t-crash").await.len(), 1);
    OpfsCache::open("t-crash").await.unwrap();
    assert!(opfs_names("t-crash").await.is_empty(), "not cleaned up at start");

    // Another open tab's write (its page lock held) is left alone; once that tab is gone, it goes.
    let release = hold_lock_as_another_tab("tektite-page:othertab").await;
    JsFuture::from(dir.get_file_handle_with_options(".partial-othertab-9.bafkreiliveelsewhere", &options))
        .await
        .unwrap();
    OpfsCache::open("t-crash").await.unwrap();
    assert_eq!(opfs_names("t-crash").await.len(), 1, "another open tab's write was deleted");
    release.call0(&JsValue::NULL).unwrap();
    // The lock is let go once the browser sees the promise settle.
    sleep_ms(50).await;
    OpfsCache::open("t-crash").await.unwrap();
    assert!(opfs_names("t-crash").await.is_empty(), "a closed tab's write was kept");

    // IndexedDB: parts without a manifest.
    let idb = IdbCache::open("t-crash").await.unwrap();
    {
        let db = rexie::Rexie::builder("t-crash")
            .version(1)
            .add_object_store(rexie::ObjectStore::new("chunks"))
            .add_object_store(rexie::ObjectStore::new("manifests"))
            .build()
            .await
            .unwrap();
        let tx = db.transaction(&["chunks"], rexie::TransactionMode::ReadWrite).unwrap();
        let part = web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&Uint8Array::from(&[1u8, 2, 3][..])))
            .unwrap();
        let key = js_sys::Array::of2(&"dead-1".into(), &JsValue::from(0));
        tx.store("chunks").unwrap().put(&part, Some(&key)).await.unwrap();
        tx.done().await.unwrap();
        db.close();
    }
    assert_eq!(idb.stored_part_count().await.unwrap(), 1);
    assert!(idb.list().await.unwrap().is_empty(), "parts without a manifest are not an entry");
    let idb = IdbCache::open("t-crash").await.unwrap();
    assert_eq!(idb.stored_part_count().await.unwrap(), 0, "not cleaned up at start");
}

#[wasm_bindgen_test]
async fn local_storage_over_the_browser_limit_is_quota_exceeded_and_leaves_nothing() {
    // Allow a big blob so the browser's own limit (~5 Mi characters) is what refuses it.
    let cache = LocalStorageCache::open("t-ls-full:", 8 * MIB as u64).unwrap();
    let bytes = data(4 * MIB + MIB / 2, 5); // 6 Mi characters of base64
    let t = now();
    let err = store(&cache, "big", &bytes, None).await.unwrap_err();
    console_log!("LocalStorage refused 4.5 MiB (6 Mi chars) after {:.0} ms: {err}", now() - t);
    assert!(matches!(err, PlatformError::QuotaExceeded(_)), "{err:?}");
    assert!(err.to_string().contains("QuotaExceededError"), "{err}");
    assert!(cache.open("big").await.unwrap().is_none());
    assert!(cache.list().await.unwrap().is_empty());
    assert!(local_keys("t-ls-full:").is_empty());

    // Over the cache's own cap: refused before anything is stored.
    let capped = LocalStorageCache::open("t-ls-full:", MIB as u64).unwrap();
    let err = store(&capped, "big", &data(MIB + 1, 6), None).await.unwrap_err();
    assert!(matches!(err, PlatformError::QuotaExceeded(_)), "{err:?}");
    assert!(err.to_string().contains("up to 1.0 MiB"), "{err}");
    assert!(local_keys("t-ls-full:").is_empty());
}

// ---- the fallback manager -----------------------------------------------------------------------

#[wasm_bindgen_test]
async fn manager_prefers_opfs_and_finds_entries_in_every_backend() {
    let ns = "t-mgr";
    let manager = FallbackBlobManager::with_options(ManagerOptions::default().namespace(ns)).await.unwrap();
    assert_eq!(manager.backends(), vec![StorageBackend::Opfs, StorageBackend::IndexedDb, StorageBackend::LocalStorage]);
    assert_eq!(manager.backend(), StorageBackend::Opfs);
    round_trip(&manager, 3 * MIB, "mgr").await;

    // A new blob lands in OPFS.
    let bytes = data(3 * MIB, 8);
    store(&manager, "a", &bytes, Some(bytes.len() as u64)).await.unwrap();
    let opfs = OpfsCache::open(ns).await.unwrap();
    assert_eq!(opfs.list().await.unwrap().len(), 1);

    // An entry that only IndexedDB holds (written when OPFS had no room) is found, listed, removed.
    let idb = IdbCache::open(ns).await.unwrap();
    let old = data(200_000, 9);
    store(&idb, "b", &old, None).await.unwrap();
    let keys: Vec<String> = manager.list().await.unwrap().into_iter().map(|e| e.key).collect();
    assert_eq!(keys, vec!["a", "b"]);
    let r = manager.open("b").await.unwrap().unwrap();
    assert!(read_js_blob(r.file.as_ref().unwrap()).await == old);
    manager.remove("b").await.unwrap();
    assert!(idb.list().await.unwrap().is_empty());

    // Committing a key anew in OPFS deletes the older copy in IndexedDB.
    store(&idb, "a", &old, None).await.unwrap();
    store(&manager, "a", &bytes, Some(bytes.len() as u64)).await.unwrap();
    assert!(idb.list().await.unwrap().is_empty(), "stale IndexedDB copy kept");
    assert!(read_stream(manager.open("a").await.unwrap().unwrap()).await == bytes);

    manager.remove_soon("a");
    sleep(200).await;
    assert!(manager.list().await.unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn the_managers_follower_gets_every_chunk_and_ends_only_at_the_commit() {
    let manager = FallbackBlobManager::with_options(ManagerOptions::default().namespace("t-follow")).await.unwrap();
    let bytes = data(3 * MIB, 21);
    let mut w = manager.create("f", Some(bytes.len() as u64)).await.unwrap();
    let follower = w.follow().expect("the manager relays what is written");
    let read = follower.try_fold(Vec::new(), |mut got, chunk| async move {
        got.extend_from_slice(&chunk);
        Ok(got)
    });
    let write = async {
        for chunk in bytes.chunks(CHUNK) {
            w.write(Bytes::copy_from_slice(chunk)).await?;
        }
        w.commit().await
    };
    let (got, written) = futures::join!(read, write);
    written.unwrap();
    assert!(got.unwrap() == bytes, "the follower saw other bytes than were written");
    assert!(read_stream(manager.open("f").await.unwrap().unwrap()).await == bytes);

    // A discarded entry fails its follower (an upload fed by it never completes).
    let mut w = manager.create("g", None).await.unwrap();
    let follower = w.follow().unwrap();
    w.write(Bytes::from(vec![1u8; CHUNK])).await.unwrap();
    w.abort().await;
    let got: Result<Vec<Bytes>, PlatformError> = follower.try_collect().await;
    assert!(matches!(got, Err(PlatformError::Abandoned(_))), "{got:?}");
    assert!(manager.open("g").await.unwrap().is_none());
}

#[wasm_bindgen_test]
async fn manager_without_opfs_falls_back_to_indexed_db() {
    let ns = "t-no-opfs";
    let manager =
        FallbackBlobManager::with_options(ManagerOptions::default().namespace(ns).without_opfs()).await.unwrap();
    assert_eq!(manager.backends(), vec![StorageBackend::IndexedDb, StorageBackend::LocalStorage]);
    assert_eq!(manager.backend(), StorageBackend::IndexedDb);
    let bytes = data(3 * MIB, 10);
    store(&manager, "k", &bytes, Some(bytes.len() as u64)).await.unwrap();
    let idb = IdbCache::open(ns).await.unwrap();
    assert_eq!(idb.list().await.unwrap().len(), 1, "the blob went to IndexedDB");
    let r = manager.open("k").await.unwrap().unwrap();
    assert!(read_js_blob(r.file.as_ref().unwrap()).await == bytes);
    manager.remove("k").await.unwrap();
    assert!(manager.list().await.unwrap().is_empty());
    assert_eq!(idb.stored_part_count().await.unwrap(), 0);

    // And with IndexedDB gone too, small blobs still have LocalStorage.
    let manager = FallbackBlobManager::with_options(
        ManagerOptions::default().namespace(ns).backends(&[StorageBackend::LocalStorage]),
    )
    .await
    .unwrap();
    assert_eq!(manager.backend(), StorageBackend::LocalStorage);
    store(&manager, "small", &data(10_000, 11), Some(10_000)).await.unwrap();
    assert_eq!(local_keys(&format!("{ns}:")).len(), 1);
    manager.remove("small").await.unwrap();
    assert!(local_keys(&format!("{ns}:")).is_empty());
}

#[wasm_bindgen_test]
async fn manager_skips_backends_whose_quota_cannot_hold_the_blob() {
    let ns = "t-tiny";
    let manager = FallbackBlobManager::with_options(
        ManagerOptions::default()
            .namespace(ns)
            .simulate_free_space(StorageBackend::Opfs, 100 * 1024)
            .simulate_free_space(StorageBackend::IndexedDb, 100 * 1024),
    )
    .await
    .unwrap();
    // 500 KiB: neither OPFS nor IndexedDB has room with the margin; LocalStorage takes it.
    let small = data(500 * 1024, 12);
    store(&manager, "small", &small, Some(small.len() as u64)).await.unwrap();
    assert_eq!(local_keys(&format!("{ns}:")).len(), 1, "not in LocalStorage");
    assert!(OpfsCache::open(ns).await.unwrap().list().await.unwrap().is_empty());
    assert!(IdbCache::open(ns).await.unwrap().list().await.unwrap().is_empty());
    let r = manager.open("small").await.unwrap().unwrap();
    assert!(read_js_blob(r.file.as_ref().unwrap()).await == small);

    // 3 MiB: nowhere has room, which is said before anything is written.
    let err = manager.create("big", Some(3 * MIB as u64)).await.err().expect("no backend has room");
    console_log!("3 MiB with a tiny quota: {err}");
    let PlatformError::QuotaExceeded(message) = &err else { panic!("{err:?}") };
    for part in
        ["OPFS: 100.0 KiB free (simulated)", "IndexedDB: 100.0 KiB free", "LocalStorage: only for blobs up to 1.0 MiB"]
    {
        assert!(message.contains(part), "{message}");
    }
    assert_eq!(manager.list().await.unwrap().len(), 1);
    manager.remove("small").await.unwrap();
    assert!(manager.list().await.unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn a_refused_write_marks_the_backend_full_and_the_retry_goes_to_the_next() {
    let ns = "t-retry";
    // LocalStorage first (and allowed big blobs) so the browser really refuses a write half-way.
    let manager = FallbackBlobManager::with_options(
        ManagerOptions::default()
            .namespace(ns)
            .backends(&[StorageBackend::LocalStorage, StorageBackend::IndexedDb])
            .local_storage_max_blob(8 * MIB as u64),
    )
    .await
    .unwrap();
    let bytes = data(4 * MIB + MIB / 2, 13);
    // Size unknown up front (no Content-Length): no quota check can help, the write is tried.
    let err = store(&manager, "k", &bytes, None).await.unwrap_err();
    console_log!("first attempt: {err}");
    assert!(matches!(err, PlatformError::QuotaExceeded(_)), "{err:?}");
    assert!(err.to_string().contains("a retry will use IndexedDB"), "{err}");
    assert!(manager.is_full(StorageBackend::LocalStorage));
    assert_eq!(manager.backend(), StorageBackend::IndexedDb);
    assert!(manager.list().await.unwrap().is_empty(), "the refused write left something");
    assert!(local_keys(&format!("{ns}:")).is_empty());

    // The engine retries once: the same blob now goes to IndexedDB.
    store(&manager, "k", &bytes, None).await.unwrap();
    assert_eq!(IdbCache::open(ns).await.unwrap().list().await.unwrap().len(), 1);
    assert!(read_stream(manager.open("k").await.unwrap().unwrap()).await == bytes);
    // Smaller blobs may still use LocalStorage.
    store(&manager, "small", &data(1000, 14), Some(1000)).await.unwrap();
    assert_eq!(local_keys(&format!("{ns}:")).len(), 1);
    manager.remove("k").await.unwrap();
    manager.remove("small").await.unwrap();
    assert!(manager.list().await.unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn local_storage_free_space_is_measured_before_writing() {
    let ns = "t-ls-pre";
    let manager = FallbackBlobManager::with_options(
        ManagerOptions::default()
            .namespace(ns)
            .backends(&[StorageBackend::LocalStorage])
            .local_storage_max_blob(8 * MIB as u64),
    )
    .await
    .unwrap();
    let err = manager.create("k", Some(4 * MIB as u64 + MIB as u64 / 2)).await.err().expect("does not fit");
    assert!(matches!(err, PlatformError::QuotaExceeded(_)), "{err:?}");
    assert!(err.to_string().contains("LocalStorage:") && err.to_string().contains("free"), "{err}");
}

// ---- probes, persistence, platform ----------------------------------------------------------------

#[wasm_bindgen_test]
async fn probe_reports_real_browser_numbers() {
    let manager = FallbackBlobManager::with_options(ManagerOptions::default().namespace("t-probe")).await.unwrap();
    // Store something so usage is certainly above zero.
    store(&manager, "k", &data(2 * MIB, 15), Some(2 * MIB as u64)).await.unwrap();
    let p = WebProbe::for_cache(&manager).probe().await.unwrap();
    console_log!("probe: {p:#?}");
    let quota = p.cache_quota.expect("quota");
    let usage = p.cache_usage.expect("usage");
    assert!(quota > 0 && usage > 0, "{p:?}");
    assert_eq!(p.cache_available, Some(quota - usage));
    let memory = p.available_memory.expect("memory");
    assert!(memory > 0 && memory < WASM32_MEMORY_LIMIT, "{p:?}");
    assert_eq!(p.cache_backend, Some(StorageBackend::Opfs));
    assert_eq!(p.cache_location.as_deref(), Some("OPFS folder t-probe"));
    assert!(p.notes.iter().any(|n| n.contains("navigator.storage.estimate()")), "{:?}", p.notes);
    assert!(p.notes.iter().any(|n| n.contains("wasm32 memory")), "{:?}", p.notes);
    manager.remove("k").await.unwrap();

    let granted = request_persistence().await.unwrap();
    console_log!("navigator.storage.persist() granted: {granted}");
}

#[wasm_bindgen_test]
async fn platform_builds_all_three_services() {
    let p = platform().await.unwrap();
    assert_eq!(p.cache.backend(), StorageBackend::Opfs);
    let probes = p.probe.probe().await.unwrap();
    assert!(probes.cache_quota.unwrap() > 0);
    p.kv.put("platform/check", b"1").await.unwrap();
    assert_eq!(p.kv.get("platform/check").await.unwrap().as_deref(), Some(&b"1"[..]));
    p.kv.delete("platform/check").await.unwrap();
}

// ---- resume state ---------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn idb_kv_put_get_list_delete() {
    let kv = IdbKv::open_named("t-kv").await.unwrap();
    kv.put("resume/did:plc:x/bafk2", b"{}").await.unwrap();
    kv.put("resume/did:plc:x/bafk1", b"{\"state\":\"cached\"}").await.unwrap();
    kv.put("resume0", b"not under resume/").await.unwrap();
    kv.put("other", b"1").await.unwrap();
    kv.put("resume/did:plc:x/\u{1F600}", b"emoji").await.unwrap();
    kv.put("resume/did:plc:x/\u{FFFD}", b"replacement").await.unwrap();
    assert_eq!(
        kv.list("resume/").await.unwrap(),
        vec![
            "resume/did:plc:x/bafk1",
            "resume/did:plc:x/bafk2",
            "resume/did:plc:x/\u{FFFD}",
            "resume/did:plc:x/\u{1F600}"
        ]
    );
    assert_eq!(kv.list("").await.unwrap().len(), 6);
    assert_eq!(kv.get("resume/did:plc:x/bafk1").await.unwrap().unwrap(), b"{\"state\":\"cached\"}");
    kv.put("other", b"2").await.unwrap();
    assert_eq!(kv.get("other").await.unwrap().unwrap(), b"2");
    kv.delete("other").await.unwrap();
    kv.delete("other").await.unwrap();
    assert_eq!(kv.get("other").await.unwrap(), None);
    assert_eq!(kv.get("never").await.unwrap(), None);

    // Survives reopening.
    let kv = IdbKv::open_named("t-kv").await.unwrap();
    assert_eq!(kv.get("resume0").await.unwrap().unwrap(), b"not under resume/");
    assert!(kv.list("nothing/").await.unwrap().is_empty());
}

/// Holds the Web Lock `name` as another tab would; calling the returned function lets go.
async fn hold_lock_as_another_tab(name: &str) -> js_sys::Function {
    let locks = js_sys::Reflect::get(&web_sys::window().unwrap().navigator(), &"locks".into()).unwrap();
    let request: js_sys::Function = js_sys::Reflect::get(&locks, &"request".into()).unwrap().unchecked_into();
    let mut release = None;
    let held = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    let tx = std::cell::RefCell::new(Some(tx));
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |_lock: JsValue| {
        if let Some(tx) = tx.borrow_mut().take() {
            let _ = tx.send(());
        }
        held.clone().into()
    });
    request.call2(&locks, &name.into(), callback.as_ref()).unwrap();
    callback.forget();
    rx.await.unwrap();
    release.unwrap()
}

/// Waits `ms` milliseconds (the browser's timer).
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

// ---- a picked file read in place --------------------------------------------------------------

/// A backup archive the person picked (`File`) is read where it lies: ranges through wasm in
/// pieces, streams of any length, and slices the browser uploads by itself.
#[wasm_bindgen_test]
async fn a_picked_file_is_read_in_place_by_range() {
    use tektite_platform::web::ArchiveFile;
    use tektite_platform::RandomAccess;
    let bytes = data(3 * MIB + 7, 41);
    let parts = js_sys::Array::of1(&Uint8Array::from(&bytes[..]));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "backup.tar").unwrap();
    let archive = ArchiveFile::new(file);
    assert_eq!(archive.size(), bytes.len() as u64);
    assert_eq!(&archive.read_at(1_000_000, 512).await.unwrap()[..], &bytes[1_000_000..1_000_512]);
    let streamed: Vec<Bytes> = archive.stream(5, 2 * MIB as u64).try_collect().await.unwrap();
    assert!(streamed.len() > 1, "a long range comes in pieces");
    assert_eq!(streamed.concat(), &bytes[5..5 + 2 * MIB]);
    let slice = archive.slice(100, 1000).expect("a Blob slice");
    assert_eq!(slice.size() as u64, 1000);
    let past_end: Result<Vec<Bytes>, _> = archive.stream(3 * MIB as u64, 100).try_collect().await;
    assert!(past_end.is_err(), "a range past the end is an incomplete archive, not padding");
}
