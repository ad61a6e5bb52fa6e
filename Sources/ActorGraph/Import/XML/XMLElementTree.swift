/// A whole XML document as a flat array of elements, built from an
/// ``XMLPullParser`` with an explicit stack: the graph readers walk it
/// freely (GraphML declares its keys before the graph that uses them,
/// but a `<default>` sits inside its key), and a deep document cannot
/// overflow the call stack, since nothing recurses.
struct XMLElementTree {
    /// One element: its start tag, its children's indices in
    /// ``elements``, and its own character data, joined.
    struct Element {
        var tag: XMLStartTag
        var children: [Int] = []
        var text = ""
    }

    /// Every element in document order; the root is the first.
    private(set) var elements: [Element] = []

    /// The root element.
    var root: Element { elements[0] }

    /// Parses `bytes`, or says why they are not well-formed XML.
    static func parse(_ bytes: [UInt8]) -> Result<XMLElementTree, XMLPullParser.Failure> {
        var parser = XMLPullParser(bytes)
        var tree = XMLElementTree()
        var open: [Int] = []
        do {
            while let event = try parser.next() {
                switch event {
                case .start(let tag):
                    let index = tree.elements.count
                    tree.elements.append(Element(tag: tag))
                    if let parent = open.last { tree.elements[parent].children.append(index) }
                    if !tag.isEmpty { open.append(index) }
                case .end:
                    open.removeLast()
                case .text(let text):
                    // The parser gives text only inside an open element.
                    if let parent = open.last { tree.elements[parent].text += text }
                }
            }
        } catch {
            return .failure(error)
        }
        return .success(tree)
    }

    /// The children of `element` whose local name is `name`, in order.
    func children(of element: Element, named name: String) -> [Element] {
        element.children.lazy.map { elements[$0] }.filter { $0.tag.localName == name }
    }

    /// The first child of `element` whose local name is `name`.
    func child(of element: Element, named name: String) -> Element? {
        element.children.lazy.map { elements[$0] }.first { $0.tag.localName == name }
    }

    /// The first element inside `element`, at any depth, whose local name
    /// is `name`; found with a stack, not by recursion.
    func descendant(of element: Element, named name: String) -> Element? {
        var pending = element.children
        while let index = pending.popLast() {
            if elements[index].tag.localName == name { return elements[index] }
            pending.append(contentsOf: elements[index].children)
        }
        return nil
    }
}
