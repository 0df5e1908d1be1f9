#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill Qt Linguist .ts files from JSON glossaries and list what is still untranslated.

  scripts/ts_fill.py                 # apply translations/glossary_{de,ja}.json to the .ts files
  scripts/ts_fill.py --missing       # print source strings without a finished translation

Glossary format: {"source text": "translation", "context::source text": "translation"}.
A context-qualified key wins over a plain one. Workflow after adding tr() strings:
  cmake --build build --target driftdeck_views_lupdate && scripts/ts_fill.py --missing
then add the strings to both glossaries and run scripts/ts_fill.py.
"""
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["de", "ja"]
# English needs only its plural forms ("%n field(s)" -> "1 field" / "5 fields"); every other
# message falls back to the source text.
PLURAL_ONLY = ["en"]


def fill_english_plurals():
    ts_path = os.path.join(ROOT, "translations", "driftdeck_en.ts")
    if not os.path.exists(ts_path):
        return
    explicit = {}
    gl_path = os.path.join(ROOT, "translations", "glossary_en.json")
    if os.path.exists(gl_path):
        with open(gl_path, encoding="utf-8") as f:
            explicit = json.load(f)
    tree = ET.parse(ts_path)
    for msg in tree.getroot().iter("message"):
        if msg.get("numerus") != "yes":
            continue
        src = msg.findtext("source")
        tr = msg.find("translation")
        for child in list(tr):
            tr.remove(child)
        forms = explicit.get(src) or (src.replace("(s)", ""), src.replace("(s)", "s"))
        for form in forms:
            el = ET.SubElement(tr, "numerusform")
            el.text = form
        if "type" in tr.attrib:
            del tr.attrib["type"]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def process(lang, report_missing):
    ts_path = os.path.join(ROOT, "translations", f"driftdeck_{lang}.ts")
    # glossary_de.json plus one glossary_de_<area>.json per area, so parallel work never
    # edits the same glossary.
    glossary = {}
    for gl_path in sorted(glob.glob(os.path.join(ROOT, "translations", f"glossary_{lang}*.json"))):
        with open(gl_path, encoding="utf-8") as f:
            glossary.update(json.load(f))
    tree = ET.parse(ts_path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            comment = msg.findtext("comment")
            tr = msg.find("translation")
            keys = []
            if comment:
                keys.append(f"{cname}::{src}::{comment}")
                keys.append(f"{src}::{comment}")
            keys += [f"{cname}::{src}", src]
            text = next((glossary[k] for k in keys if k in glossary), None)
            numerus = msg.get("numerus") == "yes"
            if text is not None:
                if numerus:
                    for child in list(tr):
                        tr.remove(child)
                    forms = text if isinstance(text, list) else [text]
                    for form in forms:
                        el = ET.SubElement(tr, "numerusform")
                        el.text = form
                else:
                    tr.text = text
                if "type" in tr.attrib:
                    del tr.attrib["type"]
            elif tr.get("type") == "unfinished" or not (tr.text or list(tr)):
                missing.append(f"{cname}::{src}" + (f"::{comment}" if comment else ""))
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as f:
        body = f.read()
    if "<!DOCTYPE TS>" not in body:
        body = body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(ts_path, "w", encoding="utf-8") as f:
            f.write(body)
    if report_missing:
        for m in missing:
            print(f"{lang}: {m}")
    return missing


def main():
    report = "--missing" in sys.argv
    total = 0
    for lang in LANGS:
        total += len(process(lang, report))
    fill_english_plurals()
    if report:
        print(f"{total} untranslated", file=sys.stderr)
    return 1 if (report and total) else 0


if __name__ == "__main__":
    sys.exit(main())
