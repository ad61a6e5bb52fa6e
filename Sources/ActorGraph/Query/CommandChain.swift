/// Who an actor answers to, or what it controls, following the relation
/// types whose role is command, containment or membership (`commands`,
/// `part-of`, `member-of` and any declared with those roles) as a tree.
///
/// Up from X: whoever commands X, and whatever X is part of or a member
/// of. Down from X: the reverse. An entity already on the branch
/// is reported as a cycle instead of being followed again; one shown on
/// an earlier branch is named but not expanded twice.
public struct CommandChain: Sendable {
    /// Which way to follow the hierarchy.
    public enum Direction: Sendable {
        /// Towards commanders and umbrellas.
        case up
        /// Towards subordinates and parts.
        case down
    }

    /// One line of the tree.
    public struct Line: Hashable, Sendable {
        /// Nesting level, 0 for the root.
        public var depth: Int
        /// The entity on this line.
        public var entity: Int
        /// The relation that led here (`nil` for the root).
        public var relation: Int?
        /// Whether `entity` is already on the branch above: a cycle.
        public var closesCycle: Bool
        /// Whether `entity` was expanded on an earlier branch.
        public var alreadyShown: Bool
    }

    /// The tree in display order (depth first, file order).
    public let lines: [Line]
    /// Which way it was followed.
    public let direction: Direction
    /// How many denied relations the tree would otherwise have followed:
    /// "X denies commanding Y" puts Y under no one.
    public let deniedLeftOut: Int

    /// Follows the hierarchy of the whole of `graph` from `root` in `direction`.
    public init(graph: Graph, root: Int, direction: Direction, includeDenied: Bool = false) {
        self.init(view: graph.view, root: root, direction: direction, includeDenied: includeDenied)
    }

    /// Follows the hierarchy from `root` in `direction`, through the
    /// relations in `view`; denied ones only with `includeDenied`.
    public init(view: GraphView, root: Int, direction: Direction, includeDenied: Bool = false) {
        self.direction = direction
        let graph = view.graph
        let roles = graph.schema.relationTypes.map(\.role)
        var lines: [Line] = []
        var onBranch = Set<Int>()
        var expanded = Set<Int>()
        var deniedLeftOut = 0

        // Steps up: commanded by (incoming commands), part of / member of
        // (outgoing). Steps down are the mirror image. Each entity is
        // expanded once, so each denied step left out is counted once.
        func next(_ entity: Int) -> [(relation: Int, entity: Int)] {
            let upward = direction == .up
            let viaOut = view.outgoing(entity).filter { relation in
                let type = graph.relations[relation].type
                return upward ? roles[type].isBelonging : roles[type] == .command
            }.map { ($0, graph.relations[$0].object) }
            let viaIn = view.incoming(entity).filter { relation in
                let type = graph.relations[relation].type
                return upward ? roles[type] == .command : roles[type].isBelonging
            }.map { ($0, graph.relations[$0].subject) }
            let steps = (viaIn + viaOut).sorted { $0.0 < $1.0 }
            guard !includeDenied else { return steps }
            let kept = steps.filter { graph.relations[$0.0].status != .denied }
            deniedLeftOut += steps.count - kept.count
            return kept
        }

        // Depth first with an explicit stack, so a hierarchy tens of
        // thousands deep cannot overflow the call stack.
        struct Frame {
            var entity: Int
            var depth: Int
            var children: [(relation: Int, entity: Int)]
            var next = 0
        }
        var stack: [Frame] = []
        func enter(_ entity: Int, depth: Int, relation: Int?) {
            if onBranch.contains(entity) {
                lines.append(Line(depth: depth, entity: entity, relation: relation, closesCycle: true, alreadyShown: false))
                return
            }
            if expanded.contains(entity) {
                lines.append(Line(depth: depth, entity: entity, relation: relation, closesCycle: false, alreadyShown: true))
                return
            }
            lines.append(Line(depth: depth, entity: entity, relation: relation, closesCycle: false, alreadyShown: false))
            expanded.insert(entity)
            onBranch.insert(entity)
            stack.append(Frame(entity: entity, depth: depth, children: next(entity)))
        }
        enter(root, depth: 0, relation: nil)
        while let top = stack.last {
            if top.next < top.children.count {
                stack[stack.count - 1].next += 1
                let child = top.children[top.next]
                enter(child.entity, depth: top.depth + 1, relation: child.relation)
            } else {
                onBranch.remove(top.entity)
                stack.removeLast()
            }
        }
        self.lines = lines
        self.deniedLeftOut = deniedLeftOut
    }

    /// Whether the hierarchy loops back on itself somewhere below the root.
    public var hasCycle: Bool { lines.contains(where: \.closesCycle) }

    /// The tree as indented text:
    ///
    ///     12th Brigade (nujaba-12)
    ///       └ part-of → Harakat al-Nujaba (nujaba)
    public func text(in graph: Graph) -> String {
        lines.map { line in
            let entity = graph.entities[line.entity]
            var text = "\(entity.name) (\(entity.id))"
            if let relation = line.relation {
                let type = graph.schema.relationTypes[graph.relations[relation].type]
                // A hop against the relation's arrow: built-ins have words
                // for it; a declared type keeps its name and turns the arrow.
                let against = (direction == .up) == (type.role == .command)
                let hop: String
                switch (against, type.name) {
                case (true, "commands"): hop = "commanded by →"
                case (true, "part-of"): hop = "has part →"
                case (true, "member-of"): hop = "has member →"
                case (true, _): hop = type.name + " ←"
                default: hop = type.name + " →"
                }
                text = String(repeating: "  ", count: line.depth) + "└ \(hop) " + text
                if let claim = graph.claim(of: relation) { text += "  [\(claim)]" }
            }
            if line.closesCycle { text += "  ↺ cycle: already above on this branch" }
            if line.alreadyShown { text += "  (shown above)" }
            return text
        }.joined(separator: "\n") + "\n" + DeniedNote.text(deniedLeftOut)
    }
}
