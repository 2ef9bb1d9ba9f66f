#!/usr/bin/env python3
"""Check the seed gold files: valid JSON, every evidence an exact substring of its article,
enum values lower-case and known, party/member codes ISO 3166-1 alpha-3 or organization codes
(the codes of importer/.../reference/organizations.tsv).

usage: python3 seeds/check_gold.py [GOLD.json ...]   (default: every seeds/gold/*.json)
Exit 1 on an error; warnings (unknown organization codes) do not fail."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The importer's reference data is the one source of truth for organization codes.
ORGANIZATIONS_TSV = HERE.parent / "importer/src/main/resources/org/pactum/importer/reference/organizations.tsv"



def quoted_in(evidence, text):
    """The evidence is in the text, or its parts around an ellipsis ("...") are, in order (the shared gold elides)."""
    pos = 0
    for part in (p.strip(" \"\u201c\u201d") for p in evidence.split("...")):
        if not part:
            continue
        found = text.find(part, pos)
        if found < 0:
            return False
        pos = found + len(part)
    return True

def organization_codes(path=ORGANIZATIONS_TSV):
    """The codes of organizations.tsv (first column; '#' comments and the header row skipped)."""
    codes = set()
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    if not lines or lines[0].split("\t")[0] != "code":
        raise SystemExit(f"{path}: expected a header row starting with 'code'")
    for line in lines[1:]:
        codes.add(line.split("\t")[0].strip())
    return codes


ORGS = organization_codes()
KINDS = {"treaty", "agreement", "joint_statement", "joint_declaration", "memorandum", "charter", "protocol", "statute", "other"}
A_STATUS = {"proposed", "negotiating", "signed", "in_force", "suspended", "terminated", "unknown"}
MODES = {"rail", "road", "sea", "pipeline", "power", "digital", "multimodal"}
C_STATUS = {"planned", "under_construction", "operational", "suspended", "unknown"}
M_STATUS = {"member", "founding_member", "observer", "dialogue_partner", "partner", "applicant", "candidate",
            "suspended", "former_member"}


def iso3():
    p = Path("/usr/share/iso-codes/json/iso_3166-1.json")
    if p.exists():
        return {c["alpha_3"] for c in json.loads(p.read_text())["3166-1"]}
    return None


def check(gf, iso, errors, warnings):
    def err(msg):
        errors.append(f"{gf.name}: {msg}")

    def code(c, where, optional):
        if iso is not None and c in iso:
            return
        if c in ORGS:
            return
        (warnings if optional else errors).append(f"{gf.name}: {where}: unknown code {c!r}")

    try:
        g = json.loads(gf.read_text(encoding="utf-8"))
    except ValueError as e:
        err(f"invalid JSON: {e}")
        return
    art = gf.parent.parent / g.get("article", gf.stem + ".txt")
    if not art.exists():
        err(f"article {art.name} not found")
        return
    text = art.read_text(encoding="utf-8")
    for key in ("agreements", "corridors", "memberships"):
        for opt in (False, True):
            k = ("optional_" if opt else "") + key
            for i, r in enumerate(g.get(k, [])):
                where = f"{k}[{i}]"
                ev = r.get("evidence")
                if ev is None:
                    if not opt:
                        err(f"{where}: no evidence")
                elif not quoted_in(ev, text):
                    err(f"{where}: evidence not in article: {ev[:80]!r}")
                if key == "agreements":
                    if r.get("kind") not in KINDS or r.get("status") not in A_STATUS:
                        err(f"{where}: kind/status {r.get('kind')!r}/{r.get('status')!r}")
                    for p in r.get("parties", []):
                        code(p, where, opt)
                elif key == "corridors":
                    if not r.get("name"):
                        err(f"{where}: no name")
                    if "mode" in r and r["mode"] not in MODES or "status" in r and r["status"] not in C_STATUS:
                        err(f"{where}: mode/status {r.get('mode')!r}/{r.get('status')!r}")
                    for c in r.get("countries", []):
                        code(c, where, opt)
                else:
                    if r.get("status") not in M_STATUS:
                        err(f"{where}: status {r.get('status')!r}")
                    code(r.get("member"), where, opt)
                    code(r.get("organization"), where, opt)


def main(args):
    files = [Path(a) for a in args] or sorted((HERE / "gold").glob("*.json"))
    iso = iso3()
    errors, warnings = [], []
    for gf in files:
        check(gf, iso, errors, warnings)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(files)} gold files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
