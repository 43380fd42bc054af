//! Shared by the browser memory tests: migrate a 200 MB blob inside headless Chromium against the
//! lab's two real PDSes and measure wasm linear memory around it. Each strategy has its own test
//! binary, hence its own page, because wasm memory never shrinks: one run's high-water mark would
//! hide the next. The lab accounts arrive in `TEKTITE_LAB_ACCOUNTS` at compile time
//! (`scripts/test-web-engine.sh`).

use std::sync::Arc;

use js_sys::WebAssembly;
use tektite_engine::account::sign_in;
use tektite_engine::plan::{make_plan, PlanOptions};
use tektite_engine::resume::ResumeState;
use tektite_engine::{worklist, MigrationContext, NoProgress, StrategyKind, XrpcClient};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::console_log;

fn linear_memory() -> u64 {
    wasm_bindgen::memory()
        .unchecked_into::<WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as u64
}

/// Migrates the `index`th seeded account's blob with `strategy_name` and checks the growth.
pub async fn migrate_200_mb(strategy_name: &str, index: usize) {
    let Some(accounts) = option_env!("TEKTITE_LAB_ACCOUNTS") else {
        panic!("run this test through scripts/test-web-engine.sh (it needs the lab)");
    };
    let accounts: serde_json::Value = serde_json::from_str(accounts).unwrap();
    let platform = tektite_platform::web::platform().await.expect("the web platform");
    let account = &accounts[index];
    let str_of = |v: &serde_json::Value| v.as_str().unwrap().to_owned();
    let (did, password) = (str_of(&account["did"]), str_of(&account["password"]));
    let source = XrpcClient::new(account["old"]["url"].as_str().unwrap(), Arc::new(NoProgress)).unwrap();
    let target = XrpcClient::new(account["new"]["url"].as_str().unwrap(), Arc::new(NoProgress)).unwrap();
    sign_in(&source, account["old"]["handle"].as_str().unwrap(), &password, None).await.unwrap();
    sign_in(&target, account["new"]["handle"].as_str().unwrap(), &password, None).await.unwrap();
    let ctx = MigrationContext {
        source: Arc::new(source),
        target: Arc::new(target),
        did: did.clone(),
        platform: platform.clone(),
        resume: ResumeState::new(platform.kv.clone(), &did),
        progress: Arc::new(NoProgress),
    };
    let work = worklist::build(&ctx.source, &ctx.target, &did).await.unwrap();
    assert_eq!(work.missing.len(), 1);
    let kind = match strategy_name {
        "streaming" => StrategyKind::Streaming,
        _ => StrategyKind::Storage,
    };
    let plan = make_plan(&ctx, &work, &PlanOptions { strategy: Some(kind), ..Default::default() }).await;
    console_log!("plan for {strategy_name}:\n{plan}");
    let strategy = plan.strategy();
    let chunk = plan.chunk_size as u64;
    if option_env!("TEKTITE_LAB_TLS").is_some() && kind == StrategyKind::Streaming {
        // Over TLS and HTTP/2 the browser streams the request body.
        assert!(plan.upload_path.contains("ReadableStream"), "{}", plan.upload_path);
    }
    let before = linear_memory();
    let started = web_time::Instant::now();
    let report = strategy.migrate(&ctx, &work.missing).await;
    let seconds = started.elapsed().as_secs_f64();
    let after = linear_memory();
    let growth = after.saturating_sub(before);
    console_log!(
        "{strategy_name}: moved {} bytes in {seconds:.1} s ({:.1} MB/s) over {}; wasm linear memory {} → {} bytes (grew {} bytes = {:.1} chunks of {} bytes)",
        report.bytes_migrated(),
        report.bytes_migrated() as f64 / seconds.max(0.001) / 1e6,
        ctx.target.base_url(),
        before,
        after,
        growth,
        growth as f64 / chunk as f64,
        chunk
    );
    assert_eq!(report.migrated(), 1, "{report:?}");
    assert!(report.bytes_migrated() >= 200 << 20);
    assert!(worklist::missing_blobs(&ctx.target).await.unwrap().is_empty());
    // A few chunks (the channel, the piece being hashed, allocator slack), never the blob.
    assert!(growth <= 16 * chunk, "{strategy_name}: wasm memory grew by {growth} bytes");
}
