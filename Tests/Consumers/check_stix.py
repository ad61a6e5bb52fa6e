"""Checks the STIX 2.1 export with the OASIS validator, stix2-validator,
run as its command line (not --strict: ActorGraph's and OpenCTI's custom
properties are warnings there) with the network shut off, and compares each
bundle with ActorGraph's own JSON export of the same files, the oracle:
every entity and relation has its object, names, aliases, claims,
claimants, dates, attributes and citations come back unchanged.
"""
import collections
import importlib.metadata
import json
import re
import subprocess
import sys

from common import HOSTILE_NAMES, Check, hostile_graph

run = Check("stix")

# The validator reads its schemas from its own package. Were it to fetch
# anything (a schema, a marking definition), the refused connection fails
# the run with a validation error rather than reaching the network.
OFFLINE_VALIDATOR = """
import socket, sys
def refuse(*arguments, **options):
    raise OSError("stix2-validator tried to reach the network")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from stix2validator.scripts.stix2_validator import main
sys.argv[0] = "stix2_validator"
main()
"""

# Warnings the mapping accepts, by the validator's code: 103, ids are UUIDv5
# (deterministic) where it suggests random UUIDv4; 202, ActorGraph's own
# relation types are not among the relationship types STIX suggests; 401,
# custom properties are top-level x_ properties, not an extension definition.
EXPECTED_WARNINGS = {"103", "202", "401"}

CONFIDENCE = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}


def validate(name, path):
    """Runs the validator on PATH; returns its warnings counted by code."""
    result = subprocess.run([sys.executable, "-c", OFFLINE_VALIDATOR, str(path)], capture_output=True, text=True)
    errors = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("[X]") and "STIX JSON: Invalid" not in line]
    run.check(result.returncode == 0, f"{name}: stix2-validator exited with {result.returncode}: {(errors or [result.stdout + result.stderr])[:3]}")
    run.check(not errors, f"{name}: stix2-validator errors: {errors[:3]}")
    warnings = collections.Counter(re.findall(r"\[!\] Warning: \S+ \{(\d+)\}", result.stdout))
    unexpected = set(warnings) - EXPECTED_WARNINGS
    run.check(not unexpected, f"{name}: unexpected validator warnings {sorted(unexpected)}: "
                              f"{[line for line in result.stdout.splitlines() if any('{' + code + '}' in line for code in unexpected)][:3]}")
    return warnings


def export(name, files):
    """The bundle (checked by the validator) and the JSON oracle of FILES."""
    bundle_path = run.export(files, "stix", f"{name}.stix.json")  # the validator reads only files ending in .json
    by_extension = run.work / f"{name}.stix"
    subprocess.run([run.binary, "export", *map(str, files), "-o", str(by_extension)], check=True)
    run.check(by_extension.read_bytes() == bundle_path.read_bytes(), f"{name}: -o {name}.stix did not give the same bundle as --to stix")
    warnings = validate(name, bundle_path)
    oracle = json.loads(run.export(files, "json", f"{name}.json").read_text(encoding="utf-8"))
    return json.loads(bundle_path.read_text(encoding="utf-8")), oracle, warnings


def compare(name, bundle, oracle):
    """Checks BUNDLE against the JSON export ORACLE; returns the objects by ActorGraph id."""
    objects = bundle["objects"]
    by_stix_id = {item["id"]: item for item in objects}
    run.check(len(by_stix_id) == len(objects), f"{name}: duplicate STIX ids")
    items = {item["x_actorgraph_id"]: item for item in objects if "x_actorgraph_id" in item and item["type"] != "report"}

    def actorgraph_id(ref):
        return by_stix_id.get(ref, {}).get("x_actorgraph_id")

    for entity in oracle["entities"]:
        item = items.get(entity["id"])
        if not run.check(item is not None, f"{name}: no object for entity {entity['id']!r}"):
            continue
        run.check(item["name"] == entity["name"], f"{name}: name {entity['name']!r} came back as {item['name']!r}")
        run.check(item["x_actorgraph_kind"] == entity["kind"], f"{name}: kind of {entity['id']}")
        aliases = item.get("aliases", item.get("x_opencti_aliases", []))
        run.check(aliases == entity["aliases"], f"{name}: aliases of {entity['id']}: {aliases!r}")
        run.check(item.get("x_actorgraph_attributes", []) == entity["attributes"], f"{name}: attributes of {entity['id']}")
        run.check(item.get("x_actorgraph_citations", []) == entity["citations"], f"{name}: citations of {entity['id']}")

    opinions = {item["object_refs"][0]: item for item in objects if item["type"] == "opinion"}
    for relation in oracle["relations"]:
        item = items.get(relation["id"])
        if not run.check(item is not None and item["type"] == "relationship", f"{name}: no relationship for {relation['id']}"):
            continue
        run.check(actorgraph_id(item["source_ref"]) == relation["subject"], f"{name}: {relation['id']} source_ref")
        run.check(actorgraph_id(item["target_ref"]) == relation["object"], f"{name}: {relation['id']} target_ref")
        run.check(item["x_actorgraph_type"] == relation["type"], f"{name}: {relation['id']} type")
        run.check(re.fullmatch(r"[a-z0-9-]+", item["relationship_type"]) is not None, f"{name}: {relation['id']} relationship_type")
        run.check(item["x_actorgraph_status"] == relation["status"], f"{name}: {relation['id']} status")
        claimants = [actorgraph_id(ref) for ref in item.get("x_actorgraph_claimant_refs", [])]
        run.check(claimants == relation["claimants"], f"{name}: {relation['id']} claimants {claimants}")
        time = {key: item[f"x_actorgraph_{key}"] for key in ("date", "from", "to") if f"x_actorgraph_{key}" in item}
        run.check(time == relation.get("time", {}), f"{name}: {relation['id']} time {time} != {relation.get('time')}")
        run.check(("start_time" in item) == ("date" in time or "from" in time), f"{name}: {relation['id']} start_time")
        run.check(item.get("x_actorgraph_attributes", []) == relation["attributes"], f"{name}: {relation['id']} attributes")
        run.check(item.get("x_actorgraph_citations", []) == relation["citations"], f"{name}: {relation['id']} citations")
        grades = [CONFIDENCE[c["credibility"]] for c in relation["citations"] if c.get("credibility") in CONFIDENCE]
        run.check(item.get("confidence") == (max(grades) if grades else None), f"{name}: {relation['id']} confidence")
        if relation["status"] == "denied":
            opinion = opinions.get(item["id"])
            run.check(opinion is not None and opinion["opinion"] == "strongly-disagree", f"{name}: {relation['id']} denied without an opinion")

    reports = {item["x_actorgraph_id"]: item for item in objects if item["type"] == "report"}
    for source in oracle["sources"]:
        report = reports.get(source["id"])
        if report is None:
            continue  # a source nothing cites has no report (a report must refer to something)
        run.check(report["name"] == source["title"], f"{name}: report title {source['title']!r}")
        author = by_stix_id.get(report["created_by_ref"], {})
        reliability = author.get("x_opencti_reliability", " ")[0]
        run.check(reliability == source.get("reliability", " "), f"{name}: reliability of {source['id']}")
        cited = {actorgraph_id(ref) for ref in report["object_refs"]}
        citing = {item["id"] for item in oracle["entities"] + oracle["relations"] if any(c["source"] == source["id"] for c in item["citations"])}
        run.check(citing <= cited, f"{name}: report {source['id']} misses {sorted(citing - cited)[:3]}")
    return items


bundle, oracle, strike_warnings = export("strike", run.strike)
compare("strike", bundle, oracle)
strike_counts = collections.Counter(item["type"] for item in bundle["objects"])
kinds, types = run.describe_counts(run.strike)
run.check(len(oracle["entities"]) == sum(kinds.values()) and len(oracle["relations"]) == sum(types.values()),
          "strike: the JSON oracle does not have describe's counts")
run.check(strike_counts["opinion"] == sum(r["status"] == "denied" for r in oracle["relations"]), "strike: one opinion per denial")

bundle, oracle, hostile_warnings = export("hostile", [hostile_graph(run.work)])
items = compare("hostile", bundle, oracle)
for index, text in enumerate(HOSTILE_NAMES):
    item = items.get(f"g{index}", {})
    run.check(item.get("name") == text, f"hostile: name {text!r} came back as {item.get('name')!r}")
    run.check(item.get("aliases", item.get("x_opencti_aliases")) == ["alias " + text], f"hostile: alias of {text!r}")

# Every source older than the epoch, every object's `created`: `modified` must not be earlier.
old = run.work / "old.ag"
old.write_text('source s0 "old" [date: 1968]\ngroup a "A" [src: s0]\ngroup b "B"\na allied-with b [src: s0]\n', encoding="utf-8")
bundle, oracle, old_warnings = export("old", [old])
compare("old", bundle, oracle)

warnings = strike_warnings + hostile_warnings + old_warnings
run.finish(f"stix2-validator {importlib.metadata.version('stix2-validator')}, offline: strike graph {sum(kinds.values())} "
           f"entities and {sum(types.values())} relations as {sum(strike_counts.values())} STIX objects, valid, each entity and relation "
           f"matching the JSON export; {len(HOSTILE_NAMES)} hostile names back unchanged; a graph older than 1970 valid; warnings only "
           + ", ".join(f"{{{code}}} x{count}" for code, count in sorted(warnings.items())))
