#!/usr/bin/env python3
"""Write DIR/big.ndjson (1,660 communes of 59 residential areas each) and DIR/camp.json
(a plan with two festival targets, 4,980 festivals of which 830 point sites): the
input of the plan and festival timings in doc/performance.md."""
import json
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(out, exist_ok=True)
communes, per = 1660, 59
festivals = []
with open(os.path.join(out, "big.ndjson"), "w") as f:
    for c in range(communes):
        cid = f"X{c:05d}"
        f.write(json.dumps({"id": cid, "kind": "commune", "evidence": [{"year": 2024, "registered": True}]}) + "\n")
        for a in range(per):
            aid = f"{cid}-T{a:02d}"
            f.write(json.dumps({"id": aid, "kind": "residential_area", "parent": cid,
                                "evidence": [{"year": 2024, "registered": True, "households_resident": 100,
                                              "households_registered": 90}]}) + "\n")
            if a == 0 and c % 2 == 0:
                festivals.append({"id": f"F-{aid}", "host": aid, "year": 2024, "level": "residential_area",
                                  "point_site": True})
            elif a < 3:
                festivals.append({"id": f"F-{aid}", "host": aid, "year": 2024, "level": "residential_area",
                                  "point_site": False})
campaign = {"format": "antq-campaign", "version": 1,
            "plans": [{"id": "P", "year": 2024, "targets": [
                {"id": "T1", "metric": "communes_with_point_site", "festival_level": "residential_area",
                 "comparison": "100%"},
                {"id": "T2", "metric": "festival_held", "kinds": ["residential_area"], "comparison": "100%"}]}],
            "festivals": festivals}
with open(os.path.join(out, "camp.json"), "w") as f:
    json.dump(campaign, f)
