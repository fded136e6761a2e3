#!/usr/bin/env python3
"""Writes data/campaign-2024.json: the 2024 plan and festivals of the fictional
province P-99 in sample-province.json, modelled on the Bắc Kạn 2024 article
(shared/domain/seed-bac-kan-2024.txt): plan 331/KH-BCĐ organising the festival,
the five key tasks, and the targets "trên 80% khu dân cư ... xã, phường, thị trấn
và 90% cơ quan, doanh nghiệp, cơ sở giáo dục", "không còn xã trọng điểm phức tạp".
The plan number is the seed's; everything else about the province is fictional.
Deterministic: run `python3 data/gen-campaign.py` from the repository root."""
import json, os, random

here = os.path.dirname(os.path.abspath(__file__))
dataset = json.load(open(os.path.join(here, "sample-province.json"), encoding="utf-8"))
units = dataset["units"]
communes = [u for u in units if u["kind"] == "commune"]
areas = [u for u in units if u["kind"] == "residential_area"]
orgs = [u for u in units if u["kind"] in ("agency", "enterprise", "educational_institution")]
rng = random.Random(331)

plan = {
    "id": "P99-KH-331-2024",
    "number": "331/KH-BCĐ",
    "issued_on": "2024-05-14",
    "year": 2024,
    "issuer": "Ban Chỉ đạo phòng chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ ANTQ tỉnh (hư cấu: tỉnh Sơn Nguyên)",
    "purpose": "Tổ chức điểm Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024; thi đua xây dựng đơn vị đạt tiêu chuẩn \"An toàn về an ninh, trật tự\".",
    "use_template": True,
    "tasks": [
        {"id": "T1", "template_task": "T1", "lead": "Công an tỉnh", "supporting": "Sở Thông tin và Truyền thông; Báo, Đài tỉnh",
         "deadline": "2024-08-19", "status": "done", "completed_on": "2024-08-15", "evidence": "Chuyên mục tuyên truyền 7/2024–8/2024"},
        {"id": "T2", "template_task": "T2", "lead": "Ủy ban MTTQ tỉnh", "deadline": "2024-12-31", "status": "in_progress"},
        {"id": "T3", "template_task": "T3", "lead": "Công an tỉnh", "supporting": "UBND các xã, phường",
         "deadline": "2024-10-31", "status": "in_progress", "evidence": "Mới 21/37 xã báo cáo mô hình đổi mới"},
        {"id": "T4", "template_task": "T4", "lead": "UBND các xã, phường", "supporting": "Ủy ban MTTQ tỉnh; Tỉnh đoàn",
         "deadline": "2024-11-15", "status": "done", "completed_on": "2024-11-25"},
        {"id": "T5", "template_task": "T5", "lead": "Công an tỉnh", "supporting": "UBND xã Ngọc Tuyền (điểm cấp tỉnh)",
         "deadline": "2024-08-19", "status": "done", "completed_on": "2024-08-16"},
        {"id": "T6", "content": "Tổng kết, khen thưởng tập thể, cá nhân tiêu biểu trong phong trào năm 2024",
         "lead": "Công an tỉnh", "supporting": "Sở Nội vụ", "deadline": "2024-12-20", "status": "not_started"},
    ],
    "targets": [
        {"id": "CT-1", "text": "Trên 80% khu dân cư, thôn, tổ dân phố, xã, phường, thị trấn được công nhận đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"",
         "metric": "share_certified", "kinds": ["residential_area", "commune"], "comparison": "trên 80%"},
        {"id": "CT-2", "text": "90% cơ quan, doanh nghiệp, cơ sở giáo dục được công nhận đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"",
         "metric": "share_certified", "kinds": ["agency", "enterprise", "educational_institution"], "comparison": "90%"},
        {"id": "CT-3", "text": "Không còn xã trọng điểm phức tạp về an ninh, trật tự",
         "metric": "key_complex_communes", "comparison": "không còn", "reported": [0, 1]},
        {"id": "CT-4", "text": "100% hộ gia đình đang cư trú đăng ký tham gia xây dựng khu dân cư an toàn",
         "metric": "households_registered", "comparison": "100%"},
        {"id": "CT-5", "text": "100% xã, phường, thị trấn tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
         "metric": "festival_held", "kinds": ["commune"], "comparison": "100%"},
        {"id": "CT-6", "text": "Từ 70% trở lên khu dân cư tổ chức Ngày hội",
         "metric": "festival_held", "kinds": ["residential_area"], "comparison": "từ 70% trở lên"},
        {"id": "CT-7", "text": "Ít nhất 01 điểm tổ chức Ngày hội cấp tỉnh",
         "metric": "point_sites", "festival_level": "province", "comparison": "ít nhất 1"},
        {"id": "CT-8", "text": "100% xã, phường, thị trấn có ít nhất 01 khu dân cư tổ chức điểm",
         "metric": "communes_with_point_site", "festival_level": "residential_area", "comparison": "100%"},
    ],
}

def activities(day, big):
    acts = [
        {"kind": "meeting", "part": "ceremony", "date": day, "participants": rng.randint(120, 400) * (3 if big else 1)},
        {"kind": "movement_review", "part": "ceremony", "date": day},
        {"kind": "commendation", "part": "ceremony", "date": day},
        {"kind": "law_contest", "part": "festival", "date": day, "participants": rng.randint(20, 80)},
        {"kind": "sport", "part": "festival", "date": day, "participants": rng.randint(30, 120)},
    ]
    if big or rng.random() < 0.4:
        n = rng.randint(5, 30)
        acts.append({"kind": "gift_visit", "part": "festival", "date": day, "gifts": n, "gift_value_vnd": n * 500000,
                     "description": "Thăm hỏi, tặng quà gia đình chính sách, hộ có hoàn cảnh khó khăn"})
    return acts

festivals = [{
    "id": "LH-P99-2024", "host": "P-99", "year": 2024, "level": "province", "point_site": True,
    "window_start": "2024-07-01", "window_end": "2024-08-19", "held_on": "2024-08-16", "participants": 1500,
    "activities": activities("2024-08-16", True),
    "commendations": [{"name": "Công an xã " + communes[0]["name"].split(" ", 1)[1], "collective": True, "form": "Bằng khen của Chủ tịch UBND tỉnh"},
                      {"name": "Tổ bảo vệ an ninh, trật tự thôn tiêu biểu", "collective": True, "form": "Giấy khen"},
                      {"name": "Ông Hoàng Văn Tiến (hư cấu)", "collective": False, "form": "Giấy khen"}],
}]
# 35 of 37 communes hold their festival; two do not (CT-5 is missed by 2)
for i, c in enumerate(communes):
    if i in (5, 21):
        continue
    day = "2024-08-%02d" % rng.randint(1, 19)
    festivals.append({"id": "LH-" + c["id"], "host": c["id"], "year": 2024, "level": "commune",
                      "point_site": i % 9 == 0, "window_start": "2024-07-01", "window_end": "2024-08-19",
                      "held_on": day, "activities": activities(day, False)})
# residential areas: about three in four hold it; in most communes one is a point site
by_commune = {}
for a in areas:
    by_commune.setdefault(a["parent"], []).append(a)
for ci, c in enumerate(communes):
    members = by_commune.get(c["id"], [])
    for k, a in enumerate(members):
        if rng.random() < 0.74:
            day = "2024-%02d-%02d" % (rng.choice([7, 8]), rng.randint(1, 19))
            festivals.append({"id": "LH-" + a["id"], "host": a["id"], "year": 2024, "level": "residential_area",
                              "point_site": k == 0 and ci % 6 != 3, "window_start": "2024-07-01",
                              "window_end": "2024-08-19", "held_on": day,
                              "activities": [{"kind": "meeting", "part": "ceremony", "date": day,
                                              "participants": rng.randint(40, 150)},
                                             {"kind": "cultural_exchange", "part": "festival", "date": day}]})
# agencies, enterprises and schools: schools may hold it earlier, in the school year (FEST-04)
for o in orgs:
    if rng.random() < 0.6:
        school = o["kind"] == "educational_institution"
        level = {"agency": "agency", "enterprise": "enterprise", "educational_institution": "educational_institution"}[o["kind"]]
        start = "2024-05-02" if school else "2024-07-01"
        day = "2024-05-%02d" % rng.randint(6, 24) if school else "2024-08-%02d" % rng.randint(1, 19)
        festivals.append({"id": "LH-" + o["id"], "host": o["id"], "year": 2024, "level": level,
                          "point_site": False, "window_start": start, "window_end": "2024-08-19", "held_on": day,
                          "activities": [{"kind": "traditional_talk", "part": "ceremony", "date": day}]})

doc = {"format": "antq-campaign", "version": 1, "plans": [plan], "festivals": festivals}
with open(os.path.join(here, "campaign-2024.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(festivals)} festivals")
