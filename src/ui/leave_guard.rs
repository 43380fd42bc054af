//! While a move is under way, closing or reloading the page asks first (web). Nothing is lost
//! either way — every finished step, blob and verified copy is kept and the app offers to continue
//! — but leaving stops the transfer, which a person in the middle of a long move should choose.
//! The desktop window has no such prompt: closing it is its own decision.

/// Turns the "leave this page?" prompt on or off.
#[cfg(target_arch = "wasm32")]
pub fn set_leave_guard(active: bool) {
    use std::cell::RefCell;

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    type Ask = Closure<dyn FnMut(web_sys::BeforeUnloadEvent)>;
    thread_local! {
        static HANDLER: RefCell<Option<Ask>> = const { RefCell::new(None) };
    }
    let Some(window) = web_sys::window() else { return };
    HANDLER.with(|handler| {
        let mut handler = handler.borrow_mut();
        match (active, handler.is_some()) {
            (true, false) => {
                let ask = Ask::new(|e: web_sys::BeforeUnloadEvent| {
                    e.prevent_default();
                    // Browsers show their own words; setting a value is what makes them ask.
                    e.set_return_value("A move is under way");
                });
                window.set_onbeforeunload(Some(ask.as_ref().unchecked_ref()));
                *handler = Some(ask);
            }
            (false, true) => {
                window.set_onbeforeunload(None);
                *handler = None;
            }
            _ => {}
        }
    });
}

/// Turns the "leave this page?" prompt on or off (nothing to do outside a browser).
#[cfg(not(target_arch = "wasm32"))]
pub fn set_leave_guard(_active: bool) {}
