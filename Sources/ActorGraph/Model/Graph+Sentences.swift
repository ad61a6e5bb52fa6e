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
        let by = item.claimants.map { entities[$0].name }
        return item.status.rawValue + (by.isEmpty ? "" : " by " + by.joined(separator: ", "))
    }
}
