"""The Group Policy template's languages give every string and presentation
the ADMX refers to, and their controls name the ADMX's elements: a missing
one makes the Group Policy editor refuse the whole template.

Usage: check-policy-templates.py ADMX ADML...
"""
import re
import sys
import xml.etree.ElementTree as ElementTree


def local(tag):
    return tag.rsplit("}", 1)[-1]


def main():
    admx_path, adml_paths = sys.argv[1], sys.argv[2:]
    admx_text = open(admx_path, encoding="utf-8").read()
    admx = ElementTree.fromstring(admx_text)
    wanted = {kind: set(re.findall(r"\$\(%s\.([A-Za-z0-9_]+)\)" % kind, admx_text))
              for kind in ("string", "presentation")}
    element_ids = {node.get("id") for node in admx.iter()
                   if local(node.tag) in {"text", "decimal", "enum", "boolean", "list", "multiText"}}
    problems = []
    for path in adml_paths:
        adml = ElementTree.parse(path).getroot()
        found = {"string": set(), "presentation": set()}
        for node in adml.iter():
            if local(node.tag) in found and node.get("id"):
                found[local(node.tag)].add(node.get("id"))
            if node.get("refId") and node.get("refId") not in element_ids:
                problems.append("%s: a control refers to %s, which the ADMX does not define"
                                % (path, node.get("refId")))
        for kind in found:
            for name in sorted(wanted[kind] - found[kind]):
                problems.append("%s: no %s %s" % (path, kind, name))
    if not wanted["string"] or not element_ids:
        problems.append("%s: no string reference or no element read: the check would prove nothing" % admx_path)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
