/// Who claims one value of an imported item's attributes, named as the
/// input file names entities: the assembler resolves the names once every
/// file's entities are known, as it does a relation's claimants. The
/// value's status travels in its ``AttributeValue``; its claimants here,
/// since the file's entities are not yet the graph's.
public struct ImportedValueClaim: Hashable, Sendable {
    /// The attribute's key.
    public var key: String
    /// The position of the value among the attribute's values.
    public var value: Int
    /// The actors who claim it.
    public var claimants: [ImportReference]

    /// The claimants of value `value` of attribute `key`.
    public init(key: String, value: Int, claimants: [ImportReference]) {
        self.key = key
        self.value = value
        self.claimants = claimants
    }
}
