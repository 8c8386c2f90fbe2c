#!/usr/bin/python3
"""Validate JSON documents against a JSON Schema: validate.py SCHEMA FILE...

Uses Debian's python3-jsonschema. Prints each failure with its path in the
document and exits 1 if any document is invalid."""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    bad = 0
    for path in sys.argv[2:]:
        try:
            doc = json.load(open(path, encoding="utf-8"))
        except ValueError as e:
            print(f"{path}: not JSON: {e}")
            bad += 1
            continue
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:5]:
            where = "/".join(str(p) for p in e.path)
            print(f"{path}: /{where}: {e.message[:300]}")
        bad += bool(errors)
    print(f"validate: {len(sys.argv) - 2 - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
