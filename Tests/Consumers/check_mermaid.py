"""Checks the Mermaid export twice. First its structure: every line must be
the header, a comment, a node, a link or a classDef/class/linkStyle
statement, every label a closed quoted string, and the nodes and links,
decoded from Mermaid's entity codes, must be the entities and relations of
ActorGraph's own JSON export of the same files (the oracle), claims dotted.
Then Mermaid itself (mermaid.min.js as the pinned diagram-renderer package
ships it) parses and renders the strike and hostile diagrams in headless
Chromium, and the drawing must show every entity by its name and every
relation as a link with its label, names written as Markdown included. A selection larger than GitHub draws must be refused
with advice, and a narrower one accepted.
"""
import html
import json
import pathlib
import re
import subprocess

from common import HOSTILE_NAMES, Check, ag_string, hostile_graph

run = Check("mermaid")
LABEL = r'"([^"]*)"'
NODE = re.compile(r"    n(\d+)(\[|\(\[|\(\(|\(\(\(|\{|\{\{|\[/|\[\\|\[\(|>)" + LABEL + r"(\]|\]\)|\)\)|\)\)\)|\}|\}\}|/\]|\\\]|\)\])")
LINK = re.compile(r"    n(\d+) (-->|---|==>|===|-\.->|-\.-|-\.-x)\|" + LABEL + r"\| n(\d+)")
STYLE = re.compile(r"    (classDef k\d+ [a-z-]+:[#\w.]+(,[a-z-]+:[#\w.]+)*|class n\d+(,n\d+)* k\d+|linkStyle \d+(,\d+)* stroke:#[0-9a-f]{6},color:#[0-9a-f]{6})")
COMMENT = re.compile(r"    %% [^\"{}]*")
FIRM = {"reported", "confirmed"}


def decode(label):
    # <br> is the one tag the exporter writes; every character it escaped is #quot; or a decimal code.
    as_html = re.sub(r"#(\d+|quot);", lambda code: "&quot;" if code[1] == "quot" else f"&#{code[1]};", label.replace("<br>", "\n"))
    return html.unescape(as_html)


def refused(files, to, out):
    """The error `actorgraph export` gives, or None when it wrote the file."""
    result = subprocess.run([run.binary, "export", *map(str, files), "--to", to, "-o", str(run.work / out)], capture_output=True, text=True)
    return result.stderr if result.returncode != 0 else None


def read(name, text):
    lines = text.split("\n")
    run.check(lines[0] in ("flowchart TB", "flowchart LR", "flowchart BT", "flowchart RL"), f"{name}: header {lines[0]!r}")
    run.check(lines[-1] == "", f"{name}: no final newline")
    nodes, links = {}, []
    for line in lines[1:-1]:
        if match := NODE.fullmatch(line):
            nodes[int(match[1])] = decode(match[3])
        elif match := LINK.fullmatch(line):
            links.append((int(match[1]), match[2], decode(match[3]), int(match[4])))
        else:
            run.check(STYLE.fullmatch(line) or COMMENT.fullmatch(line), f"{name}: a line Mermaid would not read as the exporter meant: {line!r}")
    return nodes, links


def render_in_browser(diagrams):
    """Renders each (name, text, entity names, link labels) with Mermaid's
    own parser and renderer in headless Chromium, as GitHub renders a
    ```mermaid block, and checks the drawing has every node, by its shown
    name, and every link, by its shown label."""
    import importlib.resources

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    script = importlib.resources.files("diagram_renderer") / "renderers" / "static" / "js" / "mermaid.min.js"
    page = run.work / "render.html"
    page.write_text(f'<!doctype html><meta charset="utf-8"><script src="{pathlib.Path(str(script)).as_uri()}"></script><body></body>', encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--allow-file-access-from-files"):
        options.add_argument(flag)
    # The Debian driver by path: Selenium Manager would otherwise look for one online.
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_script_timeout(60)
        driver.get(page.as_uri())
        if not run.check(driver.execute_script("return typeof mermaid") != "undefined", "Mermaid's script did not load in Chromium"):
            return None
        # The bundle names its version in its package record.
        version = (re.search(r'name:"mermaid",version:"([0-9.]+)"', script.read_text(encoding="utf-8")) or [None, "(unknown version)"])[1]
        for number, (name, text, names, labels) in enumerate(diagrams):
            result = driver.execute_async_script(RENDER, text, f"d{number}")
            if not run.check(result.get("ok"), f"{name}: Mermaid {version} rejects the diagram: {result.get('error')}"):
                continue
            run.check(sorted(result["nodes"]) == sorted(names), f"{name}: Mermaid drew nodes {sorted(set(result['nodes']) ^ set(names))} differently")
            run.check(result["links"] == len(labels), f"{name}: Mermaid drew {result['links']} links for {len(labels)} relations")
            run.check(sorted(result["labels"]) == sorted(labels), f"{name}: Mermaid drew link labels {sorted(set(result['labels']) ^ set(labels))} differently")
        return version
    finally:
        driver.quit()


# Parse, then render; the nodes' and the links' shown text are read from the SVG.
RENDER = """
const [text, id, done] = arguments;
mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
mermaid.parse(text).then(() => mermaid.render(id, text)).then(({svg}) => {
    const holder = document.createElement('div');
    holder.innerHTML = svg;
    document.body.appendChild(holder);
    // innerText shows a <br> as a line break, where textContent would drop it.
    const shown = node => { const label = node.querySelector('.nodeLabel'); return label ? label.innerText : node.textContent; };
    const nodes = [...holder.querySelectorAll('g.node')].map(node => shown(node).replace(/\\s+/g, ' ').trim());
    const labels = [...holder.querySelectorAll('span.edgeLabel')].map(label => label.innerText.replace(/\\s+/g, ' ').trim());
    done({ok: true, nodes: nodes, labels: labels, links: holder.querySelectorAll('path.flowchart-link').length});
}).catch(error => done({ok: false, error: String(error && error.message || error)}));
"""


def check_export(name, files, shown_name=lambda text: text):
    text = run.export(files, "mermaid", f"{name}.mmd").read_text(encoding="utf-8")
    nodes, links = read(name, text)
    oracle = json.loads(run.export(files, "json", f"{name}.json").read_text(encoding="utf-8"))
    # Node n<N> is entity N of the files; the whole graph's JSON lists entities in that order.
    ids = [entity["id"] for entity in oracle["entities"]]
    run.check(sorted(nodes) == list(range(len(ids))), f"{name}: {len(nodes)} nodes for {len(ids)} entities")
    for index, entity in enumerate(oracle["entities"]):
        run.check(nodes.get(index) == shown_name(entity["name"]), f"{name}: {entity['id']} is named {nodes.get(index)!r}")
    run.check(len(links) == len(oracle["relations"]), f"{name}: {len(links)} links for {len(oracle['relations'])} relations")
    for (subject, arrow, label, target), relation in zip(links, oracle["relations"]):
        run.check((ids[subject], ids[target]) == (relation["subject"], relation["object"]), f"{name}: {relation['id']} joins other entities")
        run.check(label.startswith(relation["type"]), f"{name}: {relation['id']} is labelled {label!r}")
        run.check(arrow.startswith("-.") == (relation["status"] not in FIRM), f"{name}: {relation['id']} ({relation['status']}) drawn {arrow}")
    rendered.append((name, text, [" ".join(shown_name(entity["name"]).split()) for entity in oracle["entities"]], [" ".join(link[2].split()) for link in links]))
    return len(nodes), len(links)


rendered = []
strike = check_export("strike", run.strike)
# Tabs and other control characters are drawn as spaces; line breaks as breaks.
check_export("hostile", [hostile_graph(run.work)], lambda text: text.replace("\t", " "))
# Mermaid reads labels as Markdown: names that would be emphasis, a list, a heading or a link must show as written.
MARKDOWN_NAMES = ["**bold** and _it_", "- item", "+ plus", "1. list", "2) second", "# heading", "> quote", "---", "~~struck~~",
                  "[a](b)", "![c](d)", "www.example.com", "me@example.com", "snake_case x * y", "  - indented"]
markdown = run.work / "markdown.ag"
markdown.write_text("".join(f"group g{index} {ag_string(text)}\n" for index, text in enumerate(MARKDOWN_NAMES))
                    + "".join(f"g0 attacked g{index} [status: alleged, by: g{index}]\n" for index in range(1, len(MARKDOWN_NAMES))), encoding="utf-8")
check_export("markdown", [markdown])
version = render_in_browser(rendered)

large = run.work / "large.ag"
large.write_text("".join(f"group g{index}\n" for index in range(502)) + "".join(f"g0 attacked g{index}\n" for index in range(1, 502))
                 + "g1 allied-with g2\n", encoding="utf-8")
refusal = refused([large], "mermaid", "large.mmd")
run.check(refusal is not None and "500" in refusal and "--focus" in refusal and "--only-relations" in refusal,
          f"a selection of 502 relations was not refused with advice: {refusal!r}")
run.check(not (run.work / "large.mmd").exists(), "a refused diagram was written")
narrowed = read("narrowed", run.export([large], "mermaid", "narrowed.mmd", "--only-relations", "allied-with").read_text(encoding="utf-8"))
run.check(len(narrowed[1]) == 1, "--only-relations did not narrow the diagram to one link")

run.finish(f"Mermaid {version} in headless Chromium parses and draws every node by name and every link by label; structure of every line, strike graph {strike[0]} entities and {strike[1]} relations as the JSON export has them, "
           f"claims dotted; {len(HOSTILE_NAMES)} hostile and {len(MARKDOWN_NAMES)} Markdown names back unchanged; 502 relations refused with --focus/--only-relations advice")
