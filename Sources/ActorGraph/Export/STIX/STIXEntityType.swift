/// The STIX object an entity becomes, decided by its kind and by what it
/// does in the whole graph (never the view, so that a filtered export
/// keeps the ids of the whole: a STIX id starts with the object's type).
enum STIXEntityType {
    /// An `identity` of this `identity_class`; a state is also in the
    /// `government-national` sector.
    case identity(identityClass: StaticString, isState: Bool)
    /// A `threat-actor`: a group or state that attacked someone (a
    /// relation whose type has the hostility role). A state is a
    /// `nation-state` actor.
    case threatActor(isState: Bool)
    /// A `location`, for an entity of a kind other than the above that
    /// gives a `country` or `region` attribute, one of which STIX requires
    /// of a location.
    case location(country: String?, region: String?)
    /// An `incident`, for an entity of a kind called `event` or `incident`.
    case incident

    /// `entity`, of the kind called `kind`; `attacks` tells whether it
    /// is the subject of a hostile relation.
    init(of entity: Entity, kind: String, attacks: Bool) {
        switch kind {
        case "person":
            self = .identity(identityClass: "individual", isState: false)
        case "group":
            self = attacks ? .threatActor(isState: false) : .identity(identityClass: "organization", isState: false)
        case "state":
            self = attacks ? .threatActor(isState: true) : .identity(identityClass: "organization", isState: true)
        case "event", "incident":
            self = .incident
        default:
            // STIX has room for one country and one region: the first value where sources disagree.
            let country = entity.attributes.first { $0.key == "country" }?.values.first?.text
            let region = entity.attributes.first { $0.key == "region" }?.values.first?.text
            self = country != nil || region != nil ? .location(country: country, region: region) : .identity(identityClass: "unknown", isState: false)
        }
    }

    /// The STIX type, the start of the object's id.
    var name: StaticString {
        switch self {
        case .identity: return "identity"
        case .threatActor: return "threat-actor"
        case .location: return "location"
        case .incident: return "incident"
        }
    }

    /// The start of the object's id, the type and `--`.
    var idPrefix: StaticString {
        switch self {
        case .identity: return "identity--"
        case .threatActor: return "threat-actor--"
        case .location: return "location--"
        case .incident: return "incident--"
        }
    }

    /// Which entities of `graph` are the subject of a hostile relation.
    static func attackers(in graph: Graph) -> [Bool] {
        var attacks = [Bool](repeating: false, count: graph.entities.count)
        let hostile = graph.schema.relationTypes.map { $0.role == .hostility }
        for relation in graph.relations where hostile[relation.type] {
            attacks[relation.subject] = true
        }
        return attacks
    }
}
