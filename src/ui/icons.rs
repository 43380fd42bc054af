//! Small line icons drawn inline as SVG, so they need no asset files and take the text colour
//! (`currentColor`) of wherever they are placed.

use dioxus::prelude::*;

/// Stacked layers: blobs travel with the repository.
#[component]
pub fn LayersIcon() -> Element {
    rsx! {
        svg { class: "icon", view_box: "0 0 24 24", "aria-hidden": "true",
            path { d: "M12 3 3 8l9 5 9-5-9-5z" }
            path { d: "m3 13 9 5 9-5" }
        }
    }
}

/// Shield with a check mark: every copy is verified.
#[component]
pub fn ShieldCheckIcon() -> Element {
    rsx! {
        svg { class: "icon", view_box: "0 0 24 24", "aria-hidden": "true",
            path { d: "M12 3 5 6v5c0 4.4 3 8.3 7 10 4-1.7 7-5.6 7-10V6l-7-3z" }
            path { d: "m9 12 2 2 4-4" }
        }
    }
}

/// Circular arrow: an interrupted run picks up again.
#[component]
pub fn ResumeIcon() -> Element {
    rsx! {
        svg { class: "icon", view_box: "0 0 24 24", "aria-hidden": "true",
            path { d: "M20 12a8 8 0 1 1-2.3-5.7" }
            path { d: "M20 4v5h-5" }
        }
    }
}

/// Check mark for lists.
#[component]
pub fn CheckIcon() -> Element {
    rsx! {
        svg { class: "icon icon-small", view_box: "0 0 24 24", "aria-hidden": "true",
            path { d: "m5 12 5 5 9-10" }
        }
    }
}

/// Arrow pointing right, for the primary action.
#[component]
pub fn ArrowRightIcon() -> Element {
    rsx! {
        svg { class: "icon icon-small", view_box: "0 0 24 24", "aria-hidden": "true",
            path { d: "M5 12h14" }
            path { d: "m13 6 6 6-6 6" }
        }
    }
}

/// Arrow pointing left, for going back.
#[component]
pub fn ArrowLeftIcon() -> Element {
    rsx! {
        svg { class: "icon icon-small", view_box: "0 0 24 24", "aria-hidden": "true",
            path { d: "M19 12H5" }
            path { d: "m11 6-6 6 6 6" }
        }
    }
}

/// A globe: the language menu, findable whatever language the page is in.
#[component]
pub fn GlobeIcon() -> Element {
    rsx! {
        svg { class: "icon", view_box: "0 0 24 24", "aria-hidden": "true",
            circle { cx: "12", cy: "12", r: "9" }
            path { d: "M3 12h18" }
            path { d: "M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" }
        }
    }
}
