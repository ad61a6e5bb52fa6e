/// Whether a drawing picks an item out, fades it, or draws it as usual.
public enum Emphasis: String, Hashable, Sendable {
    /// Drawn as its kind or type says.
    case normal
    /// Picked out: drawn heavier (a path found, the centre of a neighbourhood).
    case highlighted
    /// Drawn pale, so what is picked out stands out.
    case faded
}
