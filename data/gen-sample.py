#!/usr/bin/env python3
"""Generate the fictional sample dataset of libantq.

Writes data/sample-province.json (the dataset format read by lib/io/load.c)
and data/sample-province.ndjson (the same units, one per line) for a
FICTIONAL province "P-99" ("tỉnh Sơn Nguyên", which does not exist),
modelled on the Bắc Kạn 2024 article that libantq takes as its seed: a
mountainous province whose residential areas and communes are mostly (more
than 80 %) and whose agencies, enterprises and educational institutions are
about 90 % recognised "An toàn về an ninh, trật tự" (Circular 124/2021/TT-BCA).

Every name, code, count, date and incident below is invented. Evaluation
year 2024, with 2023 evidence for comparison (every unit has both years).

Python 3 standard library only; deterministic (fixed seed): running it twice
gives byte-identical files.

    python3 data/gen-sample.py            # writes next to this script
    python3 data/gen-sample.py --out-dir /tmp/x
"""

import argparse
import json
import os
import random
import sys
from datetime import date, timedelta

SEED = 331  # after the number of the seed article's festival plan; any fixed value works
YEAR = 2024
PREV = 2023
PROVINCE = "P-99"
PROVINCE_NAME = "Sơn Nguyên"  # fictional

TOPICS_AE = ["unit_protection", "state_secrets", "internal_politics", "labour_safety", "fire_prevention",
             "environment"]
TOPICS_EI = ["unit_protection", "internal_politics", "learner_management", "fire_prevention"]

EXTRA_ID = "P99-BS-01"

# ---------------------------------------------------------------------------------------------
# The fictional administrative map (before the 1/7/2025 reform: a provincial city and three
# districts; communes, wards and towns). Names were checked not to be the name of any commune-level
# unit of the 2025 list (shared/data/vn-admin-units-2025.json); any resemblance to a real place
# before 2025 is accidental.

DISTRICTS = [
    ("SN", "thành phố Sơn Nguyên", [
        ("ward", "Khê Lạp"), ("ward", "Vân Thụy"), ("ward", "Minh Nghiễm"), ("ward", "Thượng Kiều"),
        ("ward", "Bình Lạp"), ("ward", "Tân Nghiễm"), ("commune", "Nà Khoang"), ("commune", "Phja Lằn"),
    ]),
    ("KV", "huyện Khâu Vạn", [
        ("town", "Khâu Vạn"), ("commune", "Khuổi Lằn"), ("commune", "Cốc Slảy"), ("commune", "Nặm Khoang"),
        ("commune", "Pù Nghiêm"), ("commune", "Lủng Vài"), ("commune", "Phiêng Tát"), ("commune", "Tổng Mòn"),
        ("commune", "Hua Chỏn"), ("commune", "Pò Nghiều"),
    ]),
    ("NL", "huyện Nà Lụa", [
        ("town", "Nà Lụa"), ("commune", "Khau Sliến"), ("commune", "Bản Tẳng"), ("commune", "Nà Ngần"),
        ("commune", "Cò Pẻo"), ("commune", "Slam Khét"), ("commune", "Thôm Luông"), ("commune", "Pác Dìa"),
        ("commune", "Nặm Đeng"), ("commune", "Khuổi Hin"),
    ]),
    ("PN", "huyện Pác Nghiêm", [
        ("town", "Pác Nghiêm"), ("commune", "Phja Tát"), ("commune", "Lủng Phầy"), ("commune", "Cốc Mòn"),
        ("commune", "Nà Hốc"), ("commune", "Pù Slải"), ("commune", "Hua Lùng"), ("commune", "Tổng Ngần"),
        ("commune", "Khau Chang"),
    ]),
]

TYPE_WORD = {"commune": "Xã", "ward": "Phường", "town": "Thị trấn"}

# Communes with a planned story in 2024 (ids are "P99-<district>-<nn>").
EXACT70 = "P99-KV-05"    # pool of 20, exactly 14 certified: passes C124-CW-04b at the edge
BELOW70 = "P99-NL-07"    # pool of 23, 16 certified (69.6 %): fails C124-CW-04b
SERIOUS = "P99-PN-03"    # a serious crime not promptly handled; a new hotspot
DISPUTE = "P99-NL-04"    # a prolonged dispute among the people; two new persons with social evils
LABOUR = "P99-KV-08"     # a fatal labour accident at a mine on its territory
POLICE = "P99-SN-03"     # a commune police officer reprimanded; one neighbourhood did not register
CRIME_UP = "P99-KV-01"   # crime up on the previous year (commune total)
UNDET = "P99-PN-06"      # previous-year count of other violations not reported -> undetermined
FIXED_POOLS = {EXACT70: 18, BELOW70: 21}  # residential areas (+ health station + lower-secondary school)

# Residential-area failure reasons spread over the other communes (2024 and 2023).
RA_REASONS_2024 = (["households"] * 16 + ["late_registration"] * 7 + ["late_resolution"] * 3 + ["crime_up"] * 9 +
                   ["evils_up"] * 3 + ["other_up"] * 4 + ["grassroots_reprimand"] * 4 +
                   ["grassroots_not_completed"] * 3 + ["policy_no"] * 1 +
                   ["prev_missing"] * 4 + ["events_unrecorded"] * 3 + ["events_partial"] * 1 +
                   ["disciplines_unrecorded"] * 1 + ["rating_missing"] * 1)
RA_REASONS_2023 = (["households"] * 27 + ["late_registration"] * 11 + ["late_resolution"] * 4 + ["crime_up"] * 16 +
                   ["evils_up"] * 5 + ["other_up"] * 5 + ["grassroots_reprimand"] * 6 +
                   ["grassroots_not_completed"] * 4 + ["prev_missing"] * 3 + ["events_unrecorded"] * 3)
EXACT70_REASONS = ["households", "late_registration", "crime_up", "grassroots_reprimand", "households", "other_up"]
BELOW70_REASONS = ["households", "households", "late_registration", "crime_up", "evils_up",
                   "grassroots_not_completed", "late_resolution"]

# Syllables for fictional village names (Tày/Nùng style) and common Kinh-style village names.
SYL1 = ["Nà", "Khuổi", "Pác", "Cốc", "Phja", "Lủng", "Nặm", "Khau", "Pù", "Cò", "Slam", "Hua", "Tổng", "Pò",
        "Phiêng", "Thôm", "Bó", "Vằng", "Kéo", "Búng"]
SYL2 = ["Lẹng", "Mạ", "Pài", "Vài", "Chang", "Mòn", "Tát", "Slải", "Chỏn", "Quân", "Hin", "Lùng", "Đeng", "Phầy",
        "Nghiều", "Sliến", "Cọ", "Dìa", "Tẳng", "Luông", "Ngần", "Pẻo", "Khét", "Hốc", "Mjầu", "Lạn", "Pục",
        "Thoi", "Giảo", "Nưa"]
KINH = ["Đồng Tâm", "Tân Lập", "Trung Tâm", "Bình Minh", "Thống Nhất", "Tiến Bộ", "Quyết Tiến", "Hợp Thành",
        "Tân Tiến", "Đoàn Kết", "Làng Mới", "Đồng Mới"]
BRANDS = ["Hưng Phát", "Phúc Lộc", "Minh Khang", "An Thịnh", "Trường Sơn", "Bảo Ngọc", "Đại Việt", "Thành Công",
          "Kim Long", "Hoàng Gia", "Tín Nghĩa", "Quang Minh", "Việt Bắc", "Đức Tài", "Hải Nam", "Sao Mai"]


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.units = []        # unit dicts in output order (without evidence)
        self.meta = {}         # id -> planning record
        self.by_commune = {}   # commune id -> [member ids]
        self.communes = []     # commune ids
        self.n = {"AG": 0, "EN": 0, "EI": 0}

    # ---- helpers

    def d(self, y, m1, d1, m2, d2):
        a, b = date(y, m1, d1), date(y, m2, d2)
        return a + timedelta(days=self.rng.randint(0, (b - a).days))

    def next_id(self, prefix):
        self.n[prefix] += 1
        return "P99-%s-%03d" % (prefix, self.n[prefix])

    def add(self, unit, **meta):
        self.units.append(unit)
        m = {"unit": unit, "reason": {YEAR: None, PREV: None}, "flavour": {YEAR: None, PREV: None}}
        m.update(meta)
        self.meta[unit["id"]] = m
        parent = unit.get("parent")
        if unit["kind"] != "commune" and parent:
            self.by_commune[parent].append(unit["id"])
        return unit

    def in_pool(self, uid):
        """Counted in the commune's 70 % pool (rule N2): residential areas and eligible units under the
        commune's own or delegated management."""
        u = self.meta[uid]["unit"]
        if u["kind"] == "residential_area":
            return True
        if not self.meta[uid].get("eligible", True):
            return False
        return u.get("managing_level") == "commune" or u.get("delegated_to_commune") is True

    # ---- the map

    def build(self):
        rng = self.rng
        for dcode, dname, communes in DISTRICTS:
            for i, (ctype, cname) in enumerate(communes, 1):
                cid = "P99-%s-%02d" % (dcode, i)
                full = "%s %s" % (TYPE_WORD[ctype], cname)
                self.communes.append(cid)
                self.by_commune[cid] = []
                self.add({"id": cid, "kind": "commune", "name": full, "parent": PROVINCE, "commune_type": ctype},
                         district=dcode, district_name=dname, ctype=ctype, cname=cname, seat=(i == 1))
                self.build_residential(cid, ctype)
                self.build_local_units(cid, ctype, cname, dcode, dname, seat=(i == 1))

    def build_residential(self, cid, ctype):
        rng = self.rng
        if cid in FIXED_POOLS:
            n = FIXED_POOLS[cid]
        elif ctype == "ward":
            n = rng.randint(7, 12)
        elif ctype == "town":
            n = rng.randint(10, 14)
        else:
            n = rng.randint(10, 19)
        used = set()
        for k in range(1, n + 1):
            if ctype in ("ward", "town"):
                local, name = "tổ dân phố", "Tổ dân phố %d" % k
                households = rng.randint(90, 260)
            else:
                while True:
                    kinh = rng.random() < 0.3
                    if kinh:
                        base = rng.choice(KINH)
                    else:
                        base = "%s %s" % (rng.choice(SYL1), rng.choice(SYL2))
                    if base not in used:
                        used.add(base)
                        break
                # "bản" for some highland villages with local names; Kinh-style names are "thôn"
                local = "bản" if not kinh and rng.random() < 0.35 else "thôn"
                name = "%s %s" % ("Bản" if local == "bản" else "Thôn", base)
                households = rng.randint(35, 160)
            uid = "%s-T%02d" % (cid, k)
            self.add({"id": uid, "kind": "residential_area", "name": name, "local_type": local, "parent": cid},
                     households=households)

    def agency(self, parent, name, level, delegated=False, party=True, protection=True, staff=(5, 9),
               subunits=0, armed=False, emulation=True):
        u = {"id": self.next_id("AG"), "kind": "agency", "name": name, "parent": parent, "managing_level": level,
             "delegated_to_commune": delegated}
        u.update({"armed_forces": armed, "has_party_org": party, "has_protection_force": protection,
                  "emulation_eligible": emulation})
        return self.add(u, staff=self.rng.randint(*staff), subunits=subunits, eligible=not armed)

    def enterprise(self, parent, name, size, level, delegated=False, party=False, protection=True,
                   staff=(60, 200), subunits=0):
        u = {"id": self.next_id("EN"), "kind": "enterprise", "name": name, "parent": parent,
             "managing_level": level, "delegated_to_commune": delegated}
        u["enterprise_size"] = size
        eligible = size in ("medium", "large")
        if eligible:
            u.update({"has_party_org": party, "has_protection_force": protection, "emulation_eligible": True})
        return self.add(u, staff=self.rng.randint(*staff), subunits=subunits, eligible=eligible)

    def school(self, parent, name, level, managing, delegated=False, party=True, protection=False,
               staff=(20, 45), learners=(150, 600), subunits=(2, 4)):
        u = {"id": self.next_id("EI"), "kind": "educational_institution", "name": name, "parent": parent,
             "managing_level": managing, "delegated_to_commune": delegated}
        u["education_level"] = level
        eligible = level not in ("nursery", "kindergarten", "primary")
        if eligible:
            u.update({"has_party_org": party, "has_protection_force": protection, "emulation_eligible": True})
        return self.add(u, staff=self.rng.randint(*staff), learners=self.rng.randint(*learners),
                        subunits=self.rng.randint(*subunits), eligible=eligible)

    def build_local_units(self, cid, ctype, cname, dcode, dname, seat):
        rng = self.rng
        word = TYPE_WORD[ctype].lower()
        fixed = cid in FIXED_POOLS
        # commune health station: district health centre, recognition usually delegated to the commune;
        # its guard is not a collective rated for emulation titles (N6: the rating part is skipped)
        self.agency(cid, "Trạm Y tế %s %s" % (word, cname), "district",
                    delegated=True if fixed else rng.random() < 0.8, party=rng.random() < 0.4, emulation=False)
        self.school(cid, "Trường Mầm non %s" % cname, "kindergarten", "district", staff=(12, 25),
                    learners=(80, 250), subunits=(1, 2))
        self.school(cid, "Trường Tiểu học %s" % cname, "primary", "district", staff=(15, 30),
                    learners=(150, 450), subunits=(2, 3))
        self.school(cid, "Trường THCS %s" % cname, "lower_secondary", "district",
                    delegated=True if fixed else rng.random() < 0.65)
        if fixed:
            return
        if ctype in ("town",) or (ctype == "ward" and cid in ("P99-SN-01", "P99-SN-04")):
            self.agency(cid, "Ban Quản lý chợ %s" % cname, "commune", party=False, staff=(4, 8), emulation=False)
        n_small = rng.randint(2, 4) if ctype in ("ward", "town") else rng.randint(0, 1)
        for _ in range(n_small):
            kind = rng.choice(["Thương mại", "Xây dựng", "Dịch vụ Vận tải", "Nông lâm sản", "Du lịch"])
            size = rng.choice(["micro", "micro", "small"])
            self.enterprise(cid, "Công ty TNHH %s %s" % (kind, rng.choice(BRANDS)), size,
                            "district", staff=(3, 40))
        if ctype == "commune" and rng.random() < 0.3:
            trade = rng.choice(["Chế biến Nông sản", "Chế biến Gỗ", "Khai thác Đá", "Chè", "Dược liệu"])
            self.enterprise(cid, "Công ty TNHH %s %s" % (trade, cname), "medium", "district",
                            delegated=rng.random() < 0.6, party=rng.random() < 0.3, protection=True,
                            staff=(55, 120), subunits=rng.randint(2, 4))
        if seat:
            dshort = dname.split(" ", 1)[1]
            level_word = "thành phố" if dcode == "SN" else "huyện"
            self.agency(cid, "Phòng Giáo dục và Đào tạo %s %s" % (level_word, dshort), "district", party=True,
                        staff=(12, 20), subunits=0, emulation=False)
            self.agency(cid, "Trung tâm Y tế %s %s" % (level_word, dshort), "province", party=True,
                        protection=True, staff=(110, 180), subunits=rng.randint(7, 10))
            if dcode != "SN":
                self.school(cid, "Trung tâm GDNN-GDTX huyện %s" % dshort, "continuing", "district",
                            protection=(dcode == "KV"), staff=(18, 30), learners=(200, 400), subunits=(2, 3))
                self.school(cid, "Trường THPT %s" % dshort, "upper_secondary", "province", protection=True,
                            staff=(55, 85), learners=(800, 1300), subunits=(4, 6))
            if dcode == "KV":
                self.agency(cid, "Ban Chỉ huy Quân sự huyện Khâu Vạn", "province", party=True, protection=False,
                            staff=(25, 40), armed=True)
            if dcode == "NL":
                self.enterprise(cid, "Công ty Cổ phần Lâm sản Nà Lụa", "large", "province", party=True,
                                protection=True, staff=(320, 420), subunits=6)
            if dcode == "SN":
                self.build_provincial(cid)
        if cid == LABOUR:
            self.enterprise(cid, "Công ty TNHH MTV Khoáng sản Khâu Vạn", "medium", "province", party=True,
                            protection=True, staff=(140, 190), subunits=4)
        if cid == "P99-SN-05":
            self.enterprise(cid, "Công ty TNHH May Sơn Nguyên", "large", "province", party=True,
                            protection=True, staff=(900, 1300), subunits=8)
        if cid == "P99-PN-01":
            self.enterprise(cid, "Công ty Cổ phần Xây dựng Giao thông Pác Nghiêm", "medium", "district",
                            delegated=True, party=True, protection=True, staff=(70, 110), subunits=3)

    def build_provincial(self, cid):
        rng = self.rng
        p = PROVINCE_NAME
        for name, staff, sub in [("Sở Tư pháp tỉnh %s" % p, (40, 60), 5), ("Sở Y tế tỉnh %s" % p, (50, 70), 7),
                                 ("Sở Giáo dục và Đào tạo tỉnh %s" % p, (55, 75), 8),
                                 ("Bệnh viện Đa khoa tỉnh %s" % p, (420, 520), 18),
                                 ("Báo %s" % p, (45, 65), 5),
                                 ("Đài Phát thanh và Truyền hình tỉnh %s" % p, (80, 110), 6)]:
            self.agency(cid, name, "province", party=True, protection=True, staff=staff, subunits=sub)
        self.enterprise(cid, "Công ty Điện lực %s" % p, "large", "province", party=True, protection=True,
                        staff=(380, 460), subunits=9)
        self.enterprise(cid, "Công ty Cổ phần Cấp thoát nước %s" % p, "medium", "province", party=True,
                        protection=True, staff=(110, 160), subunits=5)
        for name, size, staff, sub in [("Công ty Cổ phần Môi trường Đô thị %s" % p, "medium", (90, 140), 4),
                                       ("Công ty TNHH MTV Xổ số Kiến thiết %s" % p, "medium", (50, 70), 3),
                                       ("Công ty Cổ phần Dược - Vật tư Y tế %s" % p, "medium", (80, 120), 4),
                                       ("Công ty TNHH Xi măng %s" % p, "large", (260, 340), 7),
                                       ("Công ty Cổ phần Bến xe %s" % p, "medium", (60, 90), 3),
                                       ("Công ty Cổ phần Du lịch Hồ %s" % p, "medium", (70, 110), 4)]:
            self.enterprise(cid, name, size, "province", party=True, protection=True, staff=staff, subunits=sub)
        self.school(cid, "Trường Cao đẳng %s" % p, "college", "province", protection=True, staff=(160, 210),
                    learners=(1800, 2400), subunits=(8, 10))
        self.school(cid, "Trường THPT Chuyên %s" % p, "upper_secondary", "province", protection=True,
                    staff=(70, 90), learners=(700, 900), subunits=(5, 7))
        self.school(cid, "Trường Phổ thông Dân tộc Nội trú tỉnh %s" % p, "multi_level", "province",
                    protection=True, staff=(60, 80), learners=(450, 600), subunits=(4, 6))
        self.school(cid, "Trường Trung cấp Nghề Dân tộc Nội trú %s" % p, "vocational", "province",
                    protection=True, staff=(50, 70), learners=(500, 800), subunits=(4, 6))

    # ---- stories

    def find(self, commune, name_prefix):
        for uid in self.by_commune[commune]:
            if self.meta[uid]["unit"]["name"].startswith(name_prefix):
                return uid
        raise KeyError((commune, name_prefix))

    def find_name(self, name):
        for uid, m in self.meta.items():
            if m["unit"]["name"] == name:
                return uid
        raise KeyError(name)

    def residential(self, cid):
        return [u for u in self.by_commune[cid] if self.meta[u]["unit"]["kind"] == "residential_area"]

    def plan(self):
        rng = self.rng
        for cid in self.communes:
            self.meta[cid]["reason"] = {YEAR: None, PREV: None}
        # ---- 2024: agencies, enterprises, schools
        ra_of = self.residential
        plan24 = {}
        plan24[self.find_name("Công ty TNHH MTV Khoáng sản Khâu Vạn")] = "fatal_accident"
        plan24[self.find_name("Công ty Cổ phần Lâm sản Nà Lụa")] = "protection_completed"
        plan24[self.find_name("Bệnh viện Đa khoa tỉnh %s" % PROVINCE_NAME)] = "subunits_low"
        plan24[self.find_name("Trung tâm Y tế huyện Pác Nghiêm")] = "staff_not_briefed"
        plan24[self.find_name("Công ty TNHH May Sơn Nguyên")] = "unlawful_strike"
        plan24[self.find_name("Phòng Giáo dục và Đào tạo huyện Nà Lụa")] = "late_plan"
        plan24[self.find_name("Trung tâm GDNN-GDTX huyện Khâu Vạn")] = "protection_member_warning"
        plan24[self.find_name("Trường THPT Nà Lụa")] = "member_crime"
        plan24[self.find_name("Công ty Cổ phần Cấp thoát nước %s" % PROVINCE_NAME)] = "resolution_unknown"
        # delegated members (in a commune pool) go to communes with room
        quiet = [c for c in self.communes if c not in (EXACT70, BELOW70, SERIOUS, DISPUTE, LABOUR, POLICE,
                                                       CRIME_UP, UNDET)]
        picks = rng.sample(sorted(quiet), 4)
        plan24[self.find(picks[0], "Trường THCS")] = "school_violence"
        plan24[self.find(picks[1], "Trạm Y tế")] = "no_model"
        plan24[self.find(picks[2], "Trường THCS")] = "events_unrecorded"
        plan24[self.find(picks[3], "Trường THCS")] = "learners_not_briefed"
        for uid, r in plan24.items():
            self.meta[uid]["reason"][YEAR] = r
        # ---- 2024: residential areas with events (their commune fails C124-CW-02 too)
        ras = ra_of(SERIOUS)
        self.meta[ras[2]]["reason"][YEAR] = "serious_crime"
        self.meta[ras[5]]["reason"][YEAR] = "new_hotspot"
        ras = ra_of(DISPUTE)
        self.meta[ras[1]]["reason"][YEAR] = "dispute"
        self.meta[ras[3]]["reason"][YEAR] = "new_evil_person"
        self.meta[ras[4]]["reason"][YEAR] = "new_evil_person"
        self.meta[ra_of(POLICE)[0]]["reason"][YEAR] = "not_registered"
        # the two edge communes: exactly the planned failures, nothing undetermined
        for cid, reasons in ((EXACT70, EXACT70_REASONS), (BELOW70, BELOW70_REASONS)):
            for uid, r in zip(rng.sample(ra_of(cid), len(reasons)), reasons):
                self.meta[uid]["reason"][YEAR] = r
        # commune-level stories
        self.meta[POLICE]["reason"][YEAR] = "police_disciplined"
        self.meta[CRIME_UP]["reason"][YEAR] = "crime_up"
        self.meta[UNDET]["reason"][YEAR] = "prev_missing"
        # the remaining residential-area reasons, spread with a cap per commune
        spread = [c for c in self.communes if c not in (EXACT70, BELOW70)]
        self.spread(YEAR, RA_REASONS_2024, spread)
        # flavour: events that are excused (serious crime promptly handled, fire by force majeure) or
        # below the bar (less-serious crime), on residential areas that otherwise pass
        clean = [u for c in spread for u in ra_of(c) if self.meta[u]["reason"][YEAR] is None]
        for uid, fl in zip(rng.sample(clean, 5), ["crime_prompt", "crime_prompt", "fire_force_majeure",
                                                   "crime_less_serious", "crime_less_serious"]):
            self.meta[uid]["flavour"][YEAR] = fl

        # ---- 2023: a different, slightly worse year
        pool23 = [c for c in self.communes if c not in (EXACT70, BELOW70)]
        c23 = rng.sample(sorted(pool23), 8)
        ras = ra_of(c23[0])
        self.meta[ras[0]]["reason"][PREV] = "serious_crime"
        self.meta[ra_of(c23[1])[1]]["reason"][PREV] = "dispute"
        self.meta[ra_of(c23[2])[0]]["reason"][PREV] = "dispute"
        self.meta[ra_of(c23[3])[2]]["reason"][PREV] = "new_evil_person"
        self.meta[c23[4]]["reason"][PREV] = "police_disciplined_extra_unmet"
        self.meta[c23[5]]["reason"][PREV] = "police_disciplined"
        self.meta[c23[6]]["reason"][PREV] = "crime_up"
        self.meta[c23[7]]["reason"][PREV] = "crime_up"
        eligible_members = sorted(u for u, m in self.meta.items()
                                  if m["unit"]["kind"] in ("agency", "enterprise", "educational_institution")
                                  and m.get("eligible", True) and m["reason"][YEAR] is None)
        reasons23 = ["staff_not_briefed", "staff_not_briefed", "late_plan", "late_plan", "no_model",
                     "protection_completed", "school_violence", "school_violence", "subunits_low",
                     "learners_not_briefed", "member_crime", "staff_social_evil", "events_unrecorded"]
        for uid, r in zip(rng.sample(eligible_members, len(reasons23)), reasons23):
            u = self.meta[uid]["unit"]
            if r == "protection_completed" and not (u.get("has_protection_force") and u.get("emulation_eligible")):
                r = "staff_not_briefed"
            if r in ("school_violence", "learners_not_briefed", "member_crime") and \
                    self.meta[uid]["unit"]["kind"] != "educational_institution":
                r = "late_plan"
            if r == "subunits_low" and self.meta[uid]["subunits"] < 3:
                r = "no_model"
            if r == "staff_social_evil" and self.meta[uid]["unit"]["kind"] == "educational_institution":
                r = "school_violence"
            self.meta[uid]["reason"][PREV] = r
        self.spread(PREV, RA_REASONS_2023, pool23, fill_edge=True)
        clean = [u for c in pool23 for u in ra_of(c) if self.meta[u]["reason"][PREV] is None]
        for uid, fl in zip(rng.sample(clean, 3), ["crime_prompt", "crime_less_serious", "fire_force_majeure"]):
            self.meta[uid]["flavour"][PREV] = fl

    def pool_load(self, cid, year):
        pool = [u for u in self.by_commune[cid] if self.in_pool(u)]
        bad = [u for u in pool if self.meta[u]["reason"][year] is not None]
        return len(pool), len(bad)

    def spread(self, year, reasons, communes, fill_edge=False):
        """Give each reason to a residential area without one, keeping every commune's failing or
        undetermined members at or below a quarter of its pool (so no commune falls below 70 % by
        accident and none lands exactly on 70 %)."""
        rng = self.rng
        if fill_edge:
            communes = communes + [EXACT70, BELOW70]
        for r in reasons:
            for _ in range(1000):
                cid = rng.choice(communes)
                size, bad = self.pool_load(cid, year)
                if (bad + 1) * 4 > size:
                    continue
                free = [u for u in self.residential(cid) if self.meta[u]["reason"][year] is None]
                if not free:
                    continue
                self.meta[rng.choice(free)]["reason"][year] = r
                break
            else:
                raise SystemExit("cannot place reason %s" % r)

    # ---- counts

    def series(self, up24, up23, min24=0, min23=0, base=(0, 1, 2), down=(0, 0, 0, 0, 0, 1)):
        """Counts for 2022, 2023, 2024 so that 2024 <= 2023 unless up24 and 2023 <= 2022 unless up23;
        a year without a planned increase is flat or slightly lower than the year before."""
        rng = self.rng
        c24 = max(min24, rng.choice(base))
        if up24:
            c24 = max(c24, 1)
            c23 = rng.randint(max(0, c24 - 3), c24 - 1)
        else:
            c23 = c24 + rng.choice(down)
        if c23 < min23:
            c23 = min23
            if up24 and c24 <= c23:
                c24 = c23 + 1
        if up23:
            if c23 == 0:
                c23 = 1
                if up24 and c24 <= c23:
                    c24 = c23 + 1
            c22 = rng.randint(max(0, c23 - 3), c23 - 1)
        else:
            c22 = c23 + rng.choice(down)
        return {2022: c22, 2023: c23, 2024: c24}

    def counts(self):
        # (count, reason that makes it rise, typical yearly values, typical fall from the year before);
        # most villages have no crime at all, so flat-at-zero is the common case
        cats = [("crimes", "crime_up", (0, 0, 0, 0, 1, 1, 2), (0, 0, 0, 0, 0, 1)),
                ("social_evils", "evils_up", (0, 0, 0, 0, 1, 1, 2), (0, 0, 0, 0, 0, 1)),
                ("other_violations", "other_up", (0, 0, 1, 1, 2, 3, 4), (0, 0, 0, 0, 1, 1))]
        for cid in self.communes:
            sums = {c[0]: {2022: 0, 2023: 0, 2024: 0} for c in cats}
            for uid in self.residential(cid):
                m = self.meta[uid]
                m["counts"] = {}
                for cat, up, base, down in cats:
                    mins = {}
                    for y in (YEAR, PREV):
                        n = 0
                        if cat == "crimes":
                            n = int(m["reason"][y] == "serious_crime") + int(
                                (m["flavour"][y] or "").startswith("crime")) + int(m["reason"][y] == "events_partial")
                        if cat == "social_evils":
                            n = int(m["reason"][y] == "new_evil_person")
                        mins[y] = n
                    s = self.series(m["reason"][YEAR] == up, m["reason"][PREV] == up, mins[YEAR], mins[PREV], base,
                                    down)
                    m["counts"][cat] = s
                    for y in s:
                        sums[cat][y] += s[y]
            # commune totals: the residential areas plus what is not attributed to any of them
            cm = self.meta[cid]
            cm["counts"] = {}
            for cat, _, _, _ in cats:
                up24 = cat == "crimes" and cm["reason"][YEAR] == "crime_up"
                up23 = cat == "crimes" and cm["reason"][PREV] == "crime_up"
                r = {y: self.rng.randint(0, 2) for y in (2022, 2023, 2024)}
                for _ in range(20):
                    c = {y: sums[cat][y] + r[y] for y in r}
                    ok = True
                    if up23 and not c[2023] > c[2022]:
                        r[2023] += c[2022] - c[2023] + 1
                        ok = False
                    elif not up23 and not c[2023] <= c[2022]:
                        r[2022] += c[2023] - c[2022]
                        ok = False
                    c = {y: sums[cat][y] + r[y] for y in r}
                    if up24 and not c[2024] > c[2023]:
                        r[2024] += c[2023] - c[2024] + self.rng.randint(1, 3)
                        ok = False
                    elif not up24 and not c[2024] <= c[2023]:
                        r[2023] += c[2024] - c[2023]
                        ok = False
                    if ok:
                        break
                cm["counts"][cat] = {y: sums[cat][y] + r[y] for y in r}

    # ---- evidence

    def q1_dates(self, y):
        reg = self.d(y, 1, 10, 3, 28)
        res = max(date(y, 1, 3), reg - timedelta(days=self.rng.randint(2, 25)))
        return res, reg

    def event_date(self, y):
        return self.d(y, 2, 1, 10, 15).isoformat()

    def discipline_date(self, y):
        return self.d(y, 4, 1, 10, 20).isoformat()

    def put_counts(self, ev, m, y, prev_missing=False, only_other_prev_missing=False):
        for cat in ("crimes", "social_evils", "other_violations"):
            s = m["counts"][cat]
            ev[cat] = s[y]
            if prev_missing or (only_other_prev_missing and cat == "other_violations"):
                ev[cat + "_prev"] = None
            else:
                ev[cat + "_prev"] = s[y - 1]

    def ev_residential(self, uid, y):
        rng = self.rng
        m = self.meta[uid]
        r, fl = m["reason"][y], m["flavour"][y]
        hh = m["households"] - (0 if y == YEAR else rng.randint(0, 3))
        ev = {"year": y}
        res, reg = self.q1_dates(y)
        if r == "late_registration":
            reg = self.d(y, 4, 2, 4, 26)
        if r == "late_resolution":
            res = self.d(y - 1, 12, 8, 12, 28)
        if r == "not_registered":
            ev["registered"] = False
        else:
            ev.update({"registered": True, "party_resolution_date": res.isoformat(),
                       "registration_date": reg.isoformat()})
        ev["households_resident"] = hh
        if r != "not_registered":
            ev["households_registered"] = hh - (rng.randint(1, 6) if r == "households" else 0)
        ev["implements_policy"] = r != "policy_no"
        self.put_counts(ev, m, y, prev_missing=(r == "prev_missing"))
        ev["supervision_effective"] = True
        if r == "rating_missing":
            ev["grassroots_rating"] = None
        elif r == "grassroots_not_completed":
            ev["grassroots_rating"] = "not_completed"
        else:
            ev["grassroots_rating"] = rng.choice(["excellent", "completed_well", "completed_well", "completed_well",
                                                  "completed"])
        events = []
        if r == "serious_crime":
            events.append({"date": self.event_date(y), "kind": "crime", "severity": "very_serious",
                           "force_majeure": False, "handled_promptly": False,
                           "note": "Vụ cố ý gây thương tích nghiêm trọng, phát hiện và báo cáo chậm (hư cấu)"})
        if r == "dispute":
            events.append({"date": self.event_date(y), "kind": "prolonged_dispute",
                           "note": "Tranh chấp đất rừng kéo dài giữa hai nhóm hộ (hư cấu)"})
        if r == "new_evil_person":
            events.append({"date": self.event_date(y), "kind": "new_social_evil_person",
                           "note": "Phát sinh 01 người nghiện ma túy mới (hư cấu)"})
        if r == "new_hotspot":
            events.append({"date": self.event_date(y), "kind": "new_hotspot",
                           "note": "Phát sinh tụ điểm đánh bạc (hư cấu)"})
        if r == "events_partial":
            events.append({"date": self.event_date(y), "kind": "crime", "severity": "less_serious",
                           "note": "Danh sách vụ việc chưa đầy đủ (hư cấu)"})
        if fl == "crime_prompt":
            events.append({"date": self.event_date(y), "kind": "crime", "severity": "serious",
                           "force_majeure": False, "handled_promptly": True,
                           "note": "Vụ trộm cắp tài sản giá trị lớn, phát hiện, xử lý và báo cáo kịp thời (hư cấu)"})
        if fl == "crime_less_serious":
            events.append({"date": self.event_date(y), "kind": "crime", "severity": "less_serious",
                           "note": "Vụ trộm cắp vặt (hư cấu)"})
        if fl == "fire_force_majeure":
            events.append({"date": self.event_date(y), "kind": "serious_fire_explosion", "force_majeure": True,
                           "note": "Cháy nhà do sét đánh (hư cấu)"})
        if r != "events_unrecorded":
            ev["events"] = events
            if r == "events_partial":
                ev["events_recorded"] = False
        discipline = []
        if r == "grassroots_reprimand":
            discipline.append({"date": self.discipline_date(y), "role": "grassroots_team", "level": "reprimand"})
        if r != "disciplines_unrecorded":
            ev["disciplines"] = discipline
        return ev

    def ev_commune(self, cid, y):
        rng = self.rng
        m = self.meta[cid]
        r = m["reason"][y] or ""
        res = self.d(y, 1, 5, 1, 31)
        plan = res + timedelta(days=rng.randint(3, 20))
        reg = plan + timedelta(days=rng.randint(3, 30))
        ev = {"year": y, "registered": True, "party_resolution_date": res.isoformat(),
              "plan_date": plan.isoformat(), "registration_date": reg.isoformat(),
              "effective_models": rng.randint(1, 4), "implements_policy": True}
        self.put_counts(ev, m, y, only_other_prev_missing=(r == "prev_missing"))
        ev["supervision_effective"] = True
        ev["police_effective"] = True
        ev["events"] = []
        ev["disciplines"] = ([{"date": self.discipline_date(y), "role": "commune_police", "level": "reprimand"}]
                             if r.startswith("police_disciplined") else [])
        ev["extra"] = [{"criterion": EXTRA_ID, "met": not r.endswith("extra_unmet")}]
        return ev

    def ev_member(self, uid, y):
        """Agencies, enterprises and educational institutions."""
        rng = self.rng
        m = self.meta[uid]
        u = m["unit"]
        ev = {"year": y}
        if not m.get("eligible", True):
            return ev  # outside the scope: nothing is appraised
        r = m["reason"][y]
        ei = u["kind"] == "educational_institution"
        res, reg = self.q1_dates(y)
        plan = min(reg, res + timedelta(days=rng.randint(1, 10)))
        if r == "late_plan":
            plan = self.d(y, 4, 3, 5, 20)
            reg = plan
        ev["registered"] = True
        if u.get("has_party_org") and r != "resolution_unknown":
            ev["party_resolution_date"] = res.isoformat()
        ev["plan_date"] = plan.isoformat()
        ev["registration_date"] = reg.isoformat()
        staff = max(3, m["staff"] + (0 if y == YEAR else rng.randint(-3, 3)))
        ev["staff_total"] = staff
        ev["staff_briefed"] = staff - (min(staff - 1, rng.randint(2, 5)) if r == "staff_not_briefed" else 0)
        if ei:
            learners = m["learners"] + (0 if y == YEAR else rng.randint(-30, 30))
            ev["learners_total"] = learners
            ev["learners_briefed"] = learners - (rng.randint(3, 12) if r == "learners_not_briefed" else 0)
            ev["rule_topics"] = TOPICS_EI
        else:
            ev["rule_topics"] = TOPICS_AE
        ev["effective_models"] = 0 if r == "no_model" else rng.randint(1, 3)
        ev["implements_policy"] = True
        if ei and u.get("education_level") in ("lower_secondary", "upper_secondary", "multi_level"):
            ev["parent_board_coordination"] = True
        if u.get("has_protection_force") and u.get("emulation_eligible"):
            if r == "protection_completed":
                ev["protection_rating"] = "completed"
                ev["protection_advanced_title"] = False
            else:
                ev["protection_rating"] = rng.choice(["completed_well", "completed_well", "excellent"])
        subunits = m["subunits"]
        ev["subunits_total"] = subunits
        if r == "subunits_low":
            ev["subunits_qualified"] = (subunits * 7 - 1) // 10  # just under 70 %
        else:
            ev["subunits_qualified"] = subunits - rng.randint(0, subunits * 3 // 10)
        events = []
        if r == "fatal_accident":
            events.append({"date": self.event_date(y), "kind": "fatal_labour_accident", "force_majeure": False,
                           "note": "Sập lò khai thác, 01 công nhân tử vong (hư cấu)"})
        if r == "unlawful_strike":
            events.append({"date": self.event_date(y), "kind": "unlawful_strike",
                           "note": "Ngừng việc tập thể trái quy định trong 02 ngày (hư cấu)"})
        if r == "school_violence":
            events.append({"date": self.d(y, 2, 20, 5, 10).isoformat(), "kind": "school_violence",
                           "note": "Nhóm học sinh đánh bạn, quay clip đăng mạng xã hội (hư cấu)"})
        if r == "member_crime":
            events.append({"date": self.d(y, 2, 20, 5, 10).isoformat(), "kind": "member_crime_or_evil",
                           "discipline": "warning", "note": "Học sinh sử dụng trái phép chất ma túy (hư cấu)"})
        if r == "staff_social_evil":
            events.append({"date": self.event_date(y), "kind": "staff_social_evil", "discipline": "warning",
                           "note": "Người lao động đánh bạc, bị kỷ luật cảnh cáo (hư cấu)"})
        if r != "events_unrecorded":
            ev["events"] = events
        discipline = []
        if r == "protection_member_warning":
            discipline.append({"date": self.discipline_date(y), "role": "protection_force", "level": "warning"})
        ev["disciplines"] = discipline
        return ev

    def evidence(self, uid, y):
        kind = self.meta[uid]["unit"]["kind"]
        if kind == "residential_area":
            return self.ev_residential(uid, y)
        if kind == "commune":
            return self.ev_commune(uid, y)
        return self.ev_member(uid, y)

    def records(self):
        out = []
        for u in self.units:
            rec = dict(u)
            rec["evidence"] = [self.evidence(u["id"], PREV), self.evidence(u["id"], YEAR)]
            out.append(rec)
        return out


OPTIONS = {
    # Only the year, the names for report headers and the extra criterion: every interpretation choice (trend_mode, pool_mode,
    # emulation_mode, deferral_is_warning, protection_force_required, school_year_end) is left at the
    # library default, so that the NDJSON copy, which has no options line, evaluates the same way.
    "year": YEAR,
    "province": "Tỉnh Sơn Nguyên (hư cấu)",
    "issuer": "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc "
              "tỉnh Sơn Nguyên",
    "extra_criteria": [{
        "id": EXTRA_ID,
        "text_vi": "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc cấp xã trong khoảng 01/7–19/8 theo kế hoạch "
                   "của Ban Chỉ đạo tỉnh (tiêu chí bổ sung hư cấu)",
        "text_en": "Holds the commune festival \"All people protect national security\" between 1 July and 19 August "
                   "under the provincial steering committee's plan (fictional extra criterion)",
        "source": "Quyết định số 99/2024/QĐ-UBND của UBND tỉnh Sơn Nguyên (hư cấu)",
        "kinds": ["commune"],
    }],
}


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out-dir", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    g = Gen(args.seed)
    g.build()
    g.plan()
    g.counts()
    recs = g.records()
    os.makedirs(args.out_dir, exist_ok=True)
    jpath = os.path.join(args.out_dir, "sample-province.json")
    npath = os.path.join(args.out_dir, "sample-province.ndjson")
    lines = [dump(r) for r in recs]
    with open(jpath, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"format":"antq-dataset","version":1,\n"options":%s,\n"units":[\n' % dump(OPTIONS))
        f.write(",\n".join(lines))
        f.write("\n]}\n")
    with open(npath, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")
    kinds = {}
    for r in recs:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print("wrote %s and %s: %d units (%s)" % (jpath, npath, len(recs),
                                              ", ".join("%s %d" % kv for kv in sorted(kinds.items()))),
          file=sys.stderr)


if __name__ == "__main__":
    main()
