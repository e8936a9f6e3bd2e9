"""Writes queries.jsonl of the extra search evaluation set (same format as shared/eval/queries.jsonl).

    .venv/bin/python tests/eval_extra/build_queries.py

Each query: q, now, mode (filter | top1), c (constraints: city, city_ok, topics, audiences, aud_ok, online,
window, title_has, venue, near, empty), near (when the user shared a location). The constraints are what a
person asking that question would accept, written by hand; nothing here is read from the bot.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
N0 = "2026-09-16T10:00:00+08:00"  # a Wednesday, like the shared set


def day(d, h0="00:00:00", h1="23:59:59"):
    return [f"2026-{d}T{h0}+08:00", f"2026-{d}T{h1}+08:00"]


def span(d0, d1):
    return [f"2026-{d0}T00:00:00+08:00", f"2026-{d1}T23:59:59+08:00"]


WEEKEND = span("09-19", "09-20")
NEXT_WEEK = span("09-21", "09-27")
OCT = span("10-01", "10-31")
GD = ["guangzhou", "shenzhen", "zhanjiang"]  # Guangdong cities with events in the corpus
KIDS = {"audiences": ["children"], "aud_ok": ["children", "family"]}

Q = []


def q(text, c, mode="filter", now=N0, near=None):
    item = {"q": text, "now": now, "mode": mode, "c": c}
    if near is not None:
        item["near"] = near
        item["c"] = dict(c, near=near)
    Q.append(item)


# colloquial Chinese
q("下周六成都有啥适合孩子的科普活动", {"city": ["chengdu"], **KIDS, "window": day("09-26")})
q("这个周末武汉带娃去哪", {"city": ["wuhan"], **KIDS, "window": WEEKEND})
q("长沙航天 小朋友", {"city": ["changsha"], "topics": ["space"], **KIDS})
q("长沙 适合小学生的活动", {"city": ["changsha"], **KIDS})
q("合肥周末亲子", {"city": ["hefei"], "audiences": ["family"], "window": WEEKEND})
q("老人 健康讲座 兰州", {"city": ["lanzhou"], "topics": ["health"], "audiences": ["elderly"]})
q("四川 老年人", {"city": ["chengdu", "mianyang"], "audiences": ["elderly"]})
q("长沙 教师", {"city": ["changsha"], "audiences": ["teachers"]})
q("合肥 幼儿", {"city": ["hefei"], **KIDS})
# terse Chinese: place + topic
q("武汉 量子", {"city": ["wuhan"], "topics": ["quantum"]})
q("广东 海洋", {"city": GD, "topics": ["ocean"]})
q("广西 海洋", {"city": ["nanning", "beihai"], "topics": ["ocean"]})
q("沈阳 气象", {"city": ["shenyang"], "topics": ["weather"]})
q("深圳 核科普", {"city": ["shenzhen"], "topics": ["nuclear"]})
q("杭州 大数据", {"city": ["hangzhou"], "topics": ["bigdata"]})
q("湖北 应急", {"city": ["wuhan", "yichang"], "topics": ["emergency"]})
q("绵阳", {"city": ["mianyang"]})
# county-level city / district
q("涟源 农业", {"venue": "lianyuan", "topics": ["agriculture"]})
q("临潼 天文", {"venue": "xalt", "topics": ["astronomy"]})
q("都江堰 生态", {"venue": "djy", "topics": ["ecology"]})
q("余杭 人工智能", {"venue": "hzyh", "topics": ["ai"]})
# Chinese time expressions
q("深圳 明晚", {"city": ["shenzhen"], "window": day("09-17", "18:00:00")})
q("国庆 杭州", {"city": ["hangzhou"], "window": span("10-01", "10-07")})
q("9月20日 合肥", {"city": ["hefei"], "window": day("09-20")})
q("明天 西安", {"city": ["xian"], "window": day("09-17")})
q("9月26日到28日 长沙", {"city": ["changsha"], "window": span("09-26", "09-28")})
q("十月 兰州", {"city": ["lanzhou"], "window": OCT})
q("下个月 西安 天文", {"city": ["xian"], "topics": ["astronomy"], "window": OCT})
q("成都 人工智能 下周", {"city": ["chengdu"], "topics": ["ai"], "window": NEXT_WEEK})
q("广州 今晚", {"city": ["guangzhou"], "window": day("09-16", "18:00:00")})
q("中秋 成都", {"city": ["chengdu"], "window": span("09-25", "09-27")})
q("国庆期间 深圳 机器人", {"city": ["shenzhen"], "topics": ["robotics"], "window": span("10-01", "10-07")},
  now="2026-09-28T09:00:00+08:00")
# English
q("any stargazing in Xi'an this weekend?", {"city": ["xian"], "topics": ["astronomy"], "window": WEEKEND})
q("Hangzhou AI lectures next week", {"city": ["hangzhou"], "topics": ["ai"], "window": NEXT_WEEK})
q("from Sept 19 to 23 in Chengdu", {"city": ["chengdu"], "window": span("09-19", "09-23")})
q("farmers agriculture Hunan", {"city": ["changsha", "loudi", "zhuzhou"], "topics": ["agriculture"],
                                "audiences": ["farmers"]})
q("Harbin this weekend", {"city": ["haerbin"], "window": WEEKEND})
q("Wuhan kids science this Saturday", {"city": ["wuhan"], **KIDS, "window": day("09-19")})
q("Sept 26-27 Hefei quantum", {"city": ["hefei"], "topics": ["quantum"], "window": span("09-26", "09-27")})
q("Guangzhou events for seniors", {"city": ["guangzhou"], "audiences": ["elderly"]})
q("AI for kids Chengdu", {"city": ["chengdu"], "topics": ["ai"], **KIDS})
q("robot competition Guangzhou October", {"city": ["guangzhou"], "topics": ["robotics"], "window": OCT})
q("tomorrow morning Wuhan", {"city": ["wuhan"], "window": day("09-17", "06:00:00", "11:59:59")})
q("Lanzhou health talks for the elderly", {"city": ["lanzhou"], "topics": ["health"], "audiences": ["elderly"]})
q("What's on in Nanning this weekend", {"city": ["nanning"], "window": WEEKEND})
q("this weekend Changsha", {"city": ["changsha"], "window": span("09-26", "09-27")}, now="2026-09-26T15:00:00+08:00")
q("Hefei quantum", {"city": ["hefei"], "topics": ["quantum"]})
q("xian robots", {"city": ["xian"], "topics": ["robotics"]})
q("online health for families", {"online": True, "topics": ["health"], "audiences": ["family"]})
# typos and pinyin
q("Shenzen robots", {"city": ["shenzhen"], "topics": ["robotics"]})
q("Chendu astronomy", {"city": ["chengdu"], "topics": ["astronomy"]})
q("Guangzou ocean", {"city": ["guangzhou"], "topics": ["ocean"]})
q("chengdu kepu", {"city": ["chengdu"]})
# topic only / online
q("VR", {"topics": ["metaverse"]})
q("量子计算直播", {"online": True, "topics": ["quantum"]})
q("线上 天文", {"online": True, "topics": ["astronomy"]})
q("云直播 航天", {"online": True, "topics": ["space"]})
# several topics, audiences or places named: any of them will do
q("Shenzhen AI and robotics", {"city": ["shenzhen"], "topics": ["ai", "robotics"]})
q("成都 天文 航天", {"city": ["chengdu"], "topics": ["astronomy", "space"]})
q("kids and families Wuhan this weekend", {"city": ["wuhan"], "audiences": ["children", "family"], "window": WEEKEND})
q("Wuhan or Changsha space", {"city": ["wuhan", "changsha"], "topics": ["space"]})
# more everyday wording
q("杭洲 人工智能", {"city": ["hangzhou"], "topics": ["ai"]})
q("看星星 西安", {"city": ["xian"], "topics": ["astronomy"]})
q("武汉 爷爷奶奶", {"city": ["wuhan"], "audiences": ["elderly"]})
q("9.26 成都", {"city": ["chengdu"], "window": day("09-26")})
q("十一 长沙", {"city": ["changsha"], "window": span("10-01", "10-07")})
q("on the 26th in Changsha", {"city": ["changsha"], "window": day("09-26")})
# places with no events: nothing (the bot may suggest elsewhere, apart from the results)
q("上海 天文", {"empty": True})
q("Beijing robots", {"empty": True})
# near a point the user shared
q("", {}, near=[30.665, 104.066, 5])
q("机器人", {"topics": ["robotics"]}, near=[22.53, 113.95, 10])
q("this weekend", {"window": WEEKEND}, near=[30.598, 114.305, 15])
q("", {}, near=[39.9, 116.4, 20])
# a title
q("Stargazing Night", {"title_has": "Stargazing"}, mode="top1")
q("量子密码", {"title_has": "量子密码"}, mode="top1")
q("Deep Sea Discovery", {"title_has": "Deep Sea"}, mode="top1")
q("机器人之夜", {"title_has": "机器人之夜"}, mode="top1")
q("天问一号", {"title_has": "天问一号"}, mode="top1")
q("人工智能与未来教育论坛", {"title_has": "未来教育"}, mode="top1")
q("量子科技开放日", {"title_has": "量子科技开放日"}, mode="top1")
q("AI Frontier Lecture", {"title_has": "AI Frontier"}, mode="top1")
q("Moon Watching Party", {"title_has": "Moon Watching"}, mode="top1")
q("少儿人工智能编程课", {"title_has": "少儿人工智能编程"}, mode="top1")

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as f:
    for item in Q:
        f.write(json.dumps(item, ensure_ascii=False) + "\n")
print(f"{len(Q)} queries")
