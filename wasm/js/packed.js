// Unpacks the packed form of an analysis (`analyzePacked`, laid out in wasm/src/packed.rs)
// into the contract document. Every string is sliced from `text`, the caller's own string,
// by its UTF-16 offsets: V8 makes a slice without copying, where decoding each string from
// the wasm memory cost about 100 ns apiece. Key order matches the contract document.

/** An `analyze` function over one instance of the raw wasm-bindgen module. */
export function makeAnalyze(rawModule) {
  return function analyze(text) {
    if (typeof text !== "string") throw new TypeError(`wirelens: analyze takes a string, not ${text === null ? "null" : typeof text}`);
    return unpack(rawModule.analyzePacked(utf8(text)), text);
  };
}

const encoder = new TextEncoder();
/** Kept between calls for texts up to about 11 million UTF-16 units (32 MiB of buffer: a
 * new 3 MB buffer for every 1 MB call cost about 0.7 ms of 20 on a Chromium page); a longer
 * text gets a buffer of its own, so a one-off huge paste does not hold its size in memory. */
let scratch = new Uint8Array(0);
const SCRATCH_MAX = 32 * 1024 * 1024;

/** `text` as UTF-8, lone surrogates as U+FFFD (as wasm-bindgen passes a string), in a
 * buffer the next call may reuse: the wasm call copies it in at once. Encoded whole, not
 * as wasm-bindgen does it (see `analyze_packed` in wasm/src/lib.rs). */
function utf8(text) {
  const need = text.length * 3; // UTF-8 takes at most three bytes per UTF-16 unit
  let buffer = scratch;
  if (buffer.length < need) {
    buffer = new Uint8Array(need);
    if (need <= SCRATCH_MAX) scratch = buffer;
  }
  const { written } = encoder.encodeInto(text, buffer);
  return buffer.subarray(0, written);
}

const NONE = 0xffffffff;
const CODE = 0xfffffffe;

/** The contract document of `text` from its packed analysis `p` ([version, names, ints, values]). */
export function unpack(p, text) {
  const [version, names, intBytes, valueBytes] = p;
  const ints = view(intBytes, Uint32Array);
  const values = view(valueBytes, Float64Array);
  let k = 0;
  const int = () => ints[k++];
  const string = () => {
    const start = ints[k];
    const end = ints[k + 1];
    k += 2;
    return start === NONE ? null : text.slice(start, end);
  };
  const span = () => {
    const start = ints[k];
    const end = ints[k + 1];
    k += 2;
    return start === NONE ? null : { start, end, text: text.slice(start, end) };
  };
  const unit = () => {
    if (ints[k] !== CODE) return string();
    k += 2;
    return names[ints[k - 1]];
  };

  // Each item's own two offsets are read inline, not through a helper writing shared
  // variables: that cost a third more time here (0.40 → 0.53 ms on 1 MB of articles).
  let dateline = null;
  if (int() === 1) {
    const start = ints[k];
    const end = ints[k + 1];
    k += 2;
    dateline = { start, end, text: text.slice(start, end), location: string(), agency: string(), date: string() };
  }
  const quotes = new Array(int());
  for (let i = 0; i < quotes.length; i++) {
    const start = ints[k];
    const end = ints[k + 1];
    k += 2;
    const kind = names[int()];
    const speaker = span();
    const source = string();
    const cue = span();
    const id = int();
    quotes[i] = { start, end, text: text.slice(start, end), kind, speaker, source, cue, source_id: id === NONE ? null : id };
  }
  const figures = new Array(int());
  for (let i = 0; i < figures.length; i++) {
    const start = ints[k];
    const end = ints[k + 1];
    k += 2;
    const value = values[i];
    figures[i] = { start, end, text: text.slice(start, end), kind: names[int()], value: Number.isNaN(value) ? null : value, unit: unit(), qualifier: string() };
  }
  const credits = new Array(int());
  for (let i = 0; i < credits.length; i++) {
    const start = ints[k];
    const end = ints[k + 1];
    k += 2;
    const role = names[int()];
    const credit_names = new Array(int());
    for (let n = 0; n < credit_names.length; n++) credit_names[n] = string();
    credits[i] = { start, end, text: text.slice(start, end), role, names: credit_names, agency: string(), caption: span() };
  }
  const sources = new Array(int());
  for (let i = 0; i < sources.length; i++) {
    const name = string();
    const description = string();
    const type = names[int()];
    const mentions = new Array(int());
    for (let m = 0; m < mentions.length; m++) mentions[m] = span();
    sources[i] = { id: i, name, description, type, mentions };
  }
  return { version, dateline, quotes, figures, credits, sources };
}

/** `bytes` (a fresh Uint8Array from serde-wasm-bindgen) read as `Type`s. Typed arrays use
 * the host's byte order, which is little-endian wherever WebAssembly runs in practice, as
 * wasm's own memory is. Copied first only if its offset is not aligned for `Type`. */
function view(bytes, Type) {
  const aligned = bytes.byteOffset % Type.BYTES_PER_ELEMENT === 0 ? bytes : bytes.slice();
  return new Type(aligned.buffer, aligned.byteOffset, aligned.byteLength / Type.BYTES_PER_ELEMENT);
}
