#!/usr/bin/env python3
"""Validate antq datasets against doc/antq-dataset.schema.json.

    python3 data/check-schema.py data/sample-province.json data/sample-province.ndjson

A *.ndjson file is checked line by line against #/$defs/unit. Uses the
`jsonschema` package when it is installed (Debian: python3-jsonschema) and
otherwise a small built-in validator that knows exactly the keywords the
schema uses ($ref to #/$defs, type, enum, const, pattern, minimum, maximum,
minLength, required, properties, additionalProperties: false, items, anyOf,
allOf, if/then, not). --builtin forces the built-in one.
Exit status 0 when every file is valid, 1 otherwise.
"""

import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, "..", "doc", "antq-dataset.schema.json")


class Builtin:
    def __init__(self, root):
        self.root = root

    def resolve(self, ref):
        if not ref.startswith("#/"):
            raise ValueError("unsupported $ref %s" % ref)
        node = self.root
        for part in ref[2:].split("/"):
            node = node[part]
        return node

    @staticmethod
    def type_ok(v, t):
        if t == "null":
            return v is None
        if t == "boolean":
            return isinstance(v, bool)
        if t == "integer":
            return (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())
        if t == "number":
            return isinstance(v, (int, float)) and not isinstance(v, bool)
        if t == "string":
            return isinstance(v, str)
        if t == "array":
            return isinstance(v, list)
        if t == "object":
            return isinstance(v, dict)
        raise ValueError("unsupported type %s" % t)

    @staticmethod
    def equal(a, b):
        if isinstance(a, bool) or isinstance(b, bool):
            return type(a) is type(b) and a == b
        return a == b

    def errors(self, v, s, path="$"):
        known = {"$ref", "type", "enum", "const", "pattern", "minimum", "maximum", "minLength", "required",
                 "properties", "additionalProperties", "items", "anyOf", "allOf", "if", "then", "not",
                 "description", "$schema", "$id", "title", "$defs"}
        unknown = set(s) - known
        if unknown:
            raise ValueError("unsupported keywords %s" % sorted(unknown))
        if "$ref" in s:
            yield from self.errors(v, self.resolve(s["$ref"]), path)
        if "type" in s:
            types = s["type"] if isinstance(s["type"], list) else [s["type"]]
            if not any(self.type_ok(v, t) for t in types):
                yield "%s: expected type %s, found %r" % (path, "/".join(types), v)
                return
        if "enum" in s and not any(self.equal(v, e) for e in s["enum"]):
            yield "%s: %r is not one of %r" % (path, v, s["enum"])
        if "const" in s and not self.equal(v, s["const"]):
            yield "%s: expected %r, found %r" % (path, s["const"], v)
        if isinstance(v, str):
            if "pattern" in s and not re.search(s["pattern"], v):
                yield "%s: %r does not match %s" % (path, v, s["pattern"])
            if "minLength" in s and len(v) < s["minLength"]:
                yield "%s: shorter than %d" % (path, s["minLength"])
        if self.type_ok(v, "number"):
            if "minimum" in s and v < s["minimum"]:
                yield "%s: %r below %r" % (path, v, s["minimum"])
            if "maximum" in s and v > s["maximum"]:
                yield "%s: %r above %r" % (path, v, s["maximum"])
        if isinstance(v, dict):
            for k in s.get("required", []):
                if k not in v:
                    yield "%s: missing required %r" % (path, k)
            props = s.get("properties", {})
            for k, item in v.items():
                if k in props:
                    yield from self.errors(item, props[k], "%s.%s" % (path, k))
                elif s.get("additionalProperties") is False:
                    yield "%s: unknown field %r" % (path, k)
        if isinstance(v, list) and "items" in s:
            for i, item in enumerate(v):
                yield from self.errors(item, s["items"], "%s[%d]" % (path, i))
        for sub in s.get("allOf", []):
            yield from self.errors(v, sub, path)
        if "anyOf" in s and not any(not list(self.errors(v, sub, path)) for sub in s["anyOf"]):
            yield "%s: %r matches none of anyOf" % (path, v)
        if "not" in s and not list(self.errors(v, s["not"], path)):
            yield "%s: %r must not match %r" % (path, v, s["not"])
        if "if" in s and not list(self.errors(v, s["if"], path)) and "then" in s:
            yield from self.errors(v, s["then"], path)


def make_checker(schema, builtin):
    if not builtin:
        try:
            import jsonschema
        except ImportError:
            jsonschema = None
        if jsonschema is not None:
            jsonschema.Draft202012Validator.check_schema(schema)

            def check(doc, sub=None):
                s = schema if sub is None else {"$ref": "#/$defs/" + sub, "$defs": schema["$defs"]}
                v = jsonschema.Draft202012Validator(s)
                return ["%s: %s" % ("/" + "/".join(str(p) for p in e.absolute_path), e.message)
                        for e in v.iter_errors(doc)]
            try:
                from importlib.metadata import version
                ver = version("jsonschema")
            except Exception:
                ver = "?"
            return check, "jsonschema %s" % ver
    b = Builtin(schema)

    def check(doc, sub=None):
        return list(b.errors(doc, schema if sub is None else {"$ref": "#/$defs/" + sub}))
    return check, "built-in validator"


def main():
    ap = argparse.ArgumentParser(description="validate antq datasets against the JSON Schema")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--schema", default=DEFAULT_SCHEMA)
    ap.add_argument("--builtin", action="store_true", help="use the built-in validator even if jsonschema is installed")
    args = ap.parse_args()
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    check, how = make_checker(schema, args.builtin)
    bad = 0
    for path in args.files:
        errs = []
        with open(path, encoding="utf-8") as f:
            if path.endswith(".ndjson"):
                for n, line in enumerate(f, 1):
                    if line.strip():
                        errs += ["line %d: %s" % (n, e) for e in check(json.loads(line), "unit")]
            else:
                errs = check(json.load(f))
        for e in errs[:50]:
            print("%s: %s" % (path, e))
        print("%s: %s (%s)" % (path, "valid" if not errs else "%d error(s)" % len(errs), how))
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
