//! In headless Chromium: the streaming strategy moves a 200 MB blob between the lab's real PDSes
//! without growing wasm linear memory by more than a few chunks (see `browser_common`).
#![cfg(target_arch = "wasm32")]

mod browser_common;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_200_mb_blob_moves_with_streaming_in_a_few_chunks_of_wasm_memory() {
    browser_common::migrate_200_mb("streaming", 0).await;
}
