// The built-in visual language and endpoint rules. To restyle a built-in
// kind or relation type, or to add one every graph gets, change this file.

extension Schema {
    /// The built-in kinds (`person`, `group`, `state`) and relation types
    /// (`commands`, `part-of`, `member-of`, `funded-by`, `attacked`,
    /// `allied-with`, `same-as`) and roles (`attacker`, `target`,
    /// `claimant`, `place`, `killed`, `wounded`) every graph starts from.
    public static let standard: Schema = {
        var schema = Schema()
        schema.define(EntityKind(name: "person", style: NodeStyle(shape: .ellipse, color: .known("#1f4e79"), fill: .known("#dbe8f5")), isActor: true))
        schema.define(EntityKind(name: "group", style: NodeStyle(shape: .box, color: .known("#7a4b00"), fill: .known("#fbe9c8")), isActor: true))
        schema.define(EntityKind(name: "state", style: NodeStyle(shape: .doubleOctagon, color: .known("#1e5631"), fill: .known("#dcefdc")), isActor: true))

        let personOrGroup = EndpointRule.kinds(["person", "group"])
        // A state commands a force it leads ("the US-led coalition"); nobody commands a state.
        schema.define(RelationType(name: "commands", subjects: .actor, objects: personOrGroup, role: .command,
                                   style: EdgeStyle(color: .known("#1f4e79"), line: .bold, arrowhead: .normal)))
        schema.define(RelationType(name: "part-of", subjects: .kinds(["group"]), objects: .kinds(["group", "state"]), role: .containment,
                                   style: EdgeStyle(color: .known("#7a4b00"), line: .solid, arrowhead: .diamond)))
        schema.define(RelationType(name: "member-of", subjects: .kinds(["person"]), objects: .kinds(["group", "state"]), role: .membership,
                                   style: EdgeStyle(color: .known("#8c6d31"), line: .solid, arrowhead: .hollowDiamond)))
        schema.define(RelationType(name: "funded-by", subjects: personOrGroup, objects: .actor, role: .funding,
                                   style: EdgeStyle(color: .known("#2e7d32"), line: .dashed, arrowhead: .empty)))
        schema.define(RelationType(name: "attacked", subjects: .any, objects: .any, role: .hostility,
                                   style: EdgeStyle(color: .known("#c62828"), line: .bold, arrowhead: .vee)))
        schema.define(RelationType(name: "allied-with", subjects: .any, objects: .any, role: .alliance, isSymmetric: true,
                                   style: EdgeStyle(color: .known("#6a1b9a"), line: .solid, arrowhead: .none)))
        // Two names that may be one actor; its status says how sure.
        schema.define(RelationType(name: "same-as", subjects: .any, objects: .any, role: .identity, isSymmetric: true,
                                   style: EdgeStyle(color: .known("#616161"), line: .dotted, arrowhead: .none)))
        // The roles of an attack, written in the event's list (`attacker: us-military`).
        let roles: [(String, EndpointRule)] = [("attacker", .actor), ("target", .actor), ("claimant", .actor), ("place", .any),
                                               ("killed", personOrGroup), ("wounded", personOrGroup)]
        for (name, participants) in roles {
            schema.define(RelationType(name: name, subjects: participants, objects: .any, role: .participation,
                                       style: EdgeStyle(color: .known("#455a64"), line: .solid, arrowhead: .empty)))
        }
        return schema
    }()

    /// The style a declared kind gets when its declaration names none.
    public static let defaultKindStyle = NodeStyle(shape: .hexagon, color: .known("#424242"), fill: .known("#eeeeee"))

    /// The style a declared relation type gets when its declaration names none.
    public static let defaultRelationStyle = EdgeStyle(color: .known("#424242"), line: .solid, arrowhead: .normal)
}
