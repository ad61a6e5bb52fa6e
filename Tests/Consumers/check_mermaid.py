"""Checks the Mermaid export's structure, since no Mermaid renderer runs
offline here: every line must be the header, a comment, a node, a link or a
classDef/class/linkStyle statement, every label a closed quoted string, and
the nodes and links, decoded from Mermaid's entity codes, must be the
entities and relations of ActorGraph's own JSON export of the same files
(the oracle), claims dotted. A selection larger than GitHub draws must be
refused with advice, and a narrower one accepted.
"""
import html
import json
import re
import subprocess

from common import HOSTILE_NAMES, Check, hostile_graph

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


def check_export(name, files, shown_name=lambda text: text):
    nodes, links = read(name, run.export(files, "mermaid", f"{name}.mmd").read_text(encoding="utf-8"))
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
    return len(nodes), len(links)


strike = check_export("strike", run.strike)
# Tabs and other control characters are drawn as spaces; line breaks as breaks.
check_export("hostile", [hostile_graph(run.work)], lambda text: text.replace("\t", " "))

large = run.work / "large.ag"
large.write_text("".join(f"group g{index}\n" for index in range(502)) + "".join(f"g0 attacked g{index}\n" for index in range(1, 502))
                 + "g1 allied-with g2\n", encoding="utf-8")
refusal = refused([large], "mermaid", "large.mmd")
run.check(refusal is not None and "500" in refusal and "--focus" in refusal and "--only-relations" in refusal,
          f"a selection of 502 relations was not refused with advice: {refusal!r}")
run.check(not (run.work / "large.mmd").exists(), "a refused diagram was written")
narrowed = read("narrowed", run.export([large], "mermaid", "narrowed.mmd", "--only-relations", "allied-with").read_text(encoding="utf-8"))
run.check(len(narrowed[1]) == 1, "--only-relations did not narrow the diagram to one link")

run.finish(f"structure of every line, strike graph {strike[0]} entities and {strike[1]} relations as the JSON export has them, "
           f"claims dotted; {len(HOSTILE_NAMES)} hostile names back unchanged; 502 relations refused with --focus/--only-relations advice")
