"""Fills the English catalogue's plural forms from their sources, the rest left to the source.

English needs a catalogue only for counts: the source "%n hard bounce(s)" reads
"1 hard bounce" and "2 hard bounces". The rule: the singular drops a parenthesised ending,
the plural keeps it without the brackets ("address(es)": "address", "addresses").
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

ENDING = re.compile(r"\(([a-z]+)\)")


def forms(source: str) -> tuple[str, str]:
    return ENDING.sub("", source), ENDING.sub(r"\1", source)


def fill(path: str) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for form in forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = form
    ET.indent(tree, "    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        fill(argument)
