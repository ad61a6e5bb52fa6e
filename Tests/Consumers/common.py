"""What every consumer check shares: running the actorgraph binary, the
counts `describe` gives for a set of files, the graph of hostile names every
format must carry unchanged, and collecting failures into one report line.

Each check_FORMAT.py is run by Scripts/consumers.sh as

    python check_FORMAT.py ACTORGRAPH_BINARY REPO_FOLDER WORK_FOLDER
"""
import pathlib
import subprocess
import sys


class Check:
    """Collects failures for one format and prints its closing line."""

    def __init__(self, format_name):
        self.format = format_name
        self.binary = sys.argv[1]
        self.repo = pathlib.Path(sys.argv[2])
        self.work = pathlib.Path(sys.argv[3])
        self.failures = []

    def check(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition

    @property
    def strike(self):
        """The project's own graph, the files the README exports."""
        return [self.repo / "Graphs" / "catalogue.ag", self.repo / "Graphs" / "baghdad-2024-01-04.ag"]

    def export(self, files, to, out, *extra):
        """Runs `actorgraph export FILES --to TO -o OUT`; returns OUT."""
        out = self.work / out
        subprocess.run([self.binary, "export", *map(str, files), "--to", to, "-o", str(out), *extra], check=True, timeout=300)
        return out

    def run(self, *arguments):
        """Another actorgraph command's standard output."""
        return subprocess.run([self.binary, *map(str, arguments)], check=True, capture_output=True, text=True, timeout=300).stdout

    def describe_counts(self, files):
        """({kind: count}, {relation type: count}) as `describe` counts them."""
        text = self.run("describe", *files, "--top", "0")
        kinds, types, section = {}, {}, None
        for line in text.splitlines():
            if line.startswith("Entities by kind"):
                section = kinds
            elif line.startswith("Relations by type"):
                section = types
            elif line.startswith("Most connected"):
                section = None
            elif section is not None and line.strip():
                name, count = line.split()
                section[name] = int(count)
        return kinds, types

    def finish(self, summary):
        """Prints the failures or the one `FORMAT: ok (...)` line, and exits."""
        if self.failures:
            print("\n".join(f"{self.format}: FAILED {failure}" for failure in self.failures[:40]))
            if len(self.failures) > 40:
                print(f"{self.format}: ... and {len(self.failures) - 40} more failures")
            sys.exit(1)
        print(f"{self.format}: ok ({summary})")


# Names that break careless writers: quotes, backslashes, markup, newlines,
# right-to-left text, emoji, a spreadsheet formula, Graphviz escapes, tabs.
HOSTILE_NAMES = ['He said "stop"', "C:\\path\\to\\", "two\nlines", "<b>&amp;</b> & <i>", "حركة النجباء", "emoji 😀",
                 "=cmd|' /C calc'!A0", "\\N \\G placeholders", "tab\there"]


def ag_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def hostile_graph(work):
    """Writes hostile.ag: group gN named HOSTILE_NAMES[N] with the alias
    'alias NAME'; g0 attacked every other gN, alleged by g1, in January
    2024, citing source r0 with the object's name as the quote (grade 2)
    and as a `note` attribute. Returns its path."""
    lines = ['source r0 "Wire ' + ag_string("<&>")[1:-1] + '" [reliability: B]']
    for index, text in enumerate(HOSTILE_NAMES):
        lines.append(f"group g{index} {ag_string(text)} aka {ag_string('alias ' + text)}")
    for index in range(1, len(HOSTILE_NAMES)):
        name = ag_string(HOSTILE_NAMES[index])
        lines.append(f"g0 attacked g{index} [status: alleged, by: g1, date: 2024-01, src: r0 {name} 2, note: {name}]")
    path = pathlib.Path(work) / "hostile.ag"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
