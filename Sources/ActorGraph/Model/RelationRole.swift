/// What a relation type means structurally, so that hierarchy queries,
/// clusters and exports can treat a declared type like a built-in one
/// (`relation leads [role: command]` gets a `chain` like `commands`).
public enum RelationRole: String, CaseIterable, Hashable, Sendable {
    /// The subject is a part of the object (`part-of`): drawn as nested
    /// boxes with `--clusters`, followed up and down by `chain`.
    case containment
    /// The subject commands the object (`commands`): followed by `chain`.
    case command
    /// The subject is a member of the object (`member-of`): followed by `chain`.
    case membership
    /// The subject is funded or backed by the object (`funded-by`).
    case funding
    /// The subject attacked or threatened the object (`attacked`).
    case hostility
    /// The two ends are on the same side (`allied-with`).
    case alliance
    /// The two ends may be one actor under two names (`same-as`):
    /// `--merge-identities` treats them as one.
    case identity
    /// The subject takes part in the object, an event, in the role the
    /// type names (`attacker`, `target`, `killed`): written in the event's
    /// own list, `attacker: us-military [status: confirmed]`, and compiled
    /// into a relation from the participant to the event.
    case participation
    /// Anything else; the default for a declared type.
    case other

    /// Whether the subject belongs to the object (containment or
    /// membership), so the hierarchy runs from subject up to object; a
    /// command runs the other way, from the object up to its commander.
    public var isBelonging: Bool {
        self == .containment || self == .membership
    }
}
