extension GraphBuilder {
    /// Who claims one value of an entity's or a relation's attributes
    /// (`made-in: iran [status: assessed, by: us-military]`), named before
    /// every entity is known: the claimants are resolved in ``build()``
    /// like a relation's, and written into the value's
    /// ``AttributeValue/claimants``.
    public struct ValueClaimants: Hashable, Sendable {
        /// The key of the attribute, which appears once in a list.
        public var key: String
        /// The position of the value among the attribute's values.
        public var value: Int
        /// The actors named by the value's `by:`, in order.
        public var claimants: [Reference]

        /// The claimants of value `value` of attribute `key`.
        public init(key: String, value: Int, claimants: [Reference]) {
            self.key = key
            self.value = value
            self.claimants = claimants
        }
    }
}
