extension Graph {
    /// A relation as a short sentence of names: `US military -attacked-> Harakat al-Nujaba`.
    public func sentence(for relation: Int) -> String {
        let item = relations[relation]
        return "\(entities[item.subject].name) -\(schema.relationTypes[item.type].name)-> \(entities[item.object].name)"
    }

    /// How a relation is asserted, when not a plain report: `alleged by Iraqi Armed Forces`.
    public func claim(of relation: Int) -> String? {
        let item = relations[relation]
        guard item.isClaim else { return nil }
        return claim(item.status, by: item.claimants)
    }

    /// How a value is asserted, when not a plain report, in the same words
    /// as a relation's claim: `assessed by US military`.
    public func claim(of value: AttributeValue) -> String? {
        guard value.isClaim else { return nil }
        return claim(value.status, by: value.claimants)
    }

    private func claim(_ status: ClaimStatus, by claimants: [Int]) -> String {
        status.rawValue + (claimants.isEmpty ? "" : " by " + claimants.map { entities[$0].name }.joined(separator: ", "))
    }
}
