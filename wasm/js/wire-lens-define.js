// Registers <wire-lens>. Safe to import more than once, or next to another copy that
// already registered the tag.
import { WireLensElement } from "./wire-lens.js";

if (!customElements.get("wire-lens")) {
  customElements.define("wire-lens", WireLensElement);
}

export { WireLensElement };
