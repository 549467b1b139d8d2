//! The module's memory allocator: free lists by power-of-two size class over memory the
//! module grows page by page.
//!
//! Why not the standard library's (dlmalloc): its code is about 3.5 KB of the gzipped module
//! every reader downloads (BENCHMARKS.md), for coalescing and splitting that this module
//! does not need. An analysis allocates its vectors, tables and strings, and frees them all
//! before the next one: a freed block waits in its class's list for the next request of that
//! class. The cost is memory: a block is rounded up to a power of two (at most twice what was
//! asked), and memory given to one class stays with it. Wasm memory never shrinks, so the
//! peak stays reserved, as with dlmalloc.
//!
//! Single-threaded: the module is built without threads, so no lock is needed.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// The smallest block: room for the free list's link and every alignment Rust asks here.
const MIN: usize = 16;
/// Size classes `MIN << k`, up to 2 GiB (the largest power of two a 32-bit `usize` holds
/// below 4 GiB).
const CLASSES: usize = 28;
const PAGE: usize = 65_536;

pub struct Classes {
    state: UnsafeCell<State>,
}

struct State {
    /// Each class's first free block (0: none); a free block holds the address of the next.
    free: [usize; CLASSES],
    /// The unused part of the memory last grown: `next..end`.
    next: usize,
    end: usize,
}

// Safety: the wasm32 module runs on one thread (it is built without atomics).
unsafe impl Sync for Classes {}

impl Classes {
    pub const fn new() -> Self {
        Classes { state: UnsafeCell::new(State { free: [0; CLASSES], next: 0, end: 0 }) }
    }
}

/// The class of a block of `size` bytes: the smallest `k` with `MIN << k >= size`.
fn class_of(size: usize) -> usize {
    let size = size.max(MIN);
    (usize::BITS - (size - 1).leading_zeros()) as usize - MIN.trailing_zeros() as usize
}

impl State {
    /// A fresh block of `size` bytes (a multiple of `MIN`) from the end of memory, growing
    /// it when needed; null when the engine refuses to grow.
    fn carve(&mut self, size: usize) -> *mut u8 {
        if self.end - self.next < size {
            let pages = size.div_ceil(PAGE);
            let previous = core::arch::wasm32::memory_grow(0, pages);
            if previous == usize::MAX {
                return null_mut();
            }
            let base = previous * PAGE;
            // (A memory of exactly 4 GiB would end past `usize`.)
            let Some(end) = base.checked_add(pages * PAGE) else { return null_mut() };
            // (Memory grown by anyone else leaves a gap: start again at the new pages.)
            if base != self.end {
                self.next = base;
            }
            self.end = end;
        }
        let at = self.next;
        self.next += size;
        at as *mut u8
    }
}

unsafe impl GlobalAlloc for Classes {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let k = class_of(layout.size());
        if layout.align() > MIN || k >= CLASSES {
            return null_mut();
        }
        // Safety: one thread, and no call below re-enters the allocator.
        let s = unsafe { &mut *self.state.get() };
        let head = s.free[k];
        if head != 0 {
            // Safety: a free block holds the address of the next free block of its class.
            s.free[k] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        s.carve(MIN << k)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let k = class_of(layout.size());
        // Safety: one thread; `ptr` is a block of class `k` that its owner gives back.
        let s = unsafe { &mut *self.state.get() };
        unsafe { *(ptr as *mut usize) = s.free[k] };
        s.free[k] = ptr as usize;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A block already holds anything up to its class's size.
        if class_of(new_size) == class_of(layout.size()) {
            return ptr;
        }
        // Safety: as `GlobalAlloc::realloc` requires of its caller.
        unsafe {
            let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}
