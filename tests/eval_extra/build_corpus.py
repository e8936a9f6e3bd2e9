"""Builds corpus.ics and truth.jsonl of the extra search evaluation set (deterministic; re-run to regenerate).

    .venv/bin/python tests/eval_extra/build_corpus.py

The truth is written from what this script puts in the calendar, never from the bot: topics and
audiences come from the CATEGORIES written (CAT_TOPIC / CAT_AUD below, by meaning), the city from the
venue (pinyin of the prefecture-level city; None for online-only events), the span from DTSTART/DTEND
(an all-day event ends at 23:59:59 of its last day).
"""
from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).parent
SH = ZoneInfo("Asia/Shanghai")

# category label -> topic id (by meaning; labels a real organiser would write, Chinese and English)
CAT_TOPIC = {
    "人工智能": "ai", "大模型": "ai", "AI": "ai", "Artificial Intelligence": "ai",
    "航天": "space", "航空航天": "space", "Space": "space", "Space Exploration": "space",
    "天文": "astronomy", "天文科普": "astronomy", "Astronomy": "astronomy", "观星": "astronomy",
    "机器人": "robotics", "Robotics": "robotics",
    "海洋科学": "ocean", "海洋科普": "ocean", "Ocean": "ocean", "Marine Science": "ocean",
    "卫生健康": "health", "医疗健康": "health", "Health": "health", "Public Health": "health",
    "应急科普": "emergency", "防灾减灾": "emergency", "Disaster Prevention": "emergency", "Emergency": "emergency",
    "生态环保": "ecology", "生态文明": "ecology", "Ecology": "ecology", "Environmental Protection": "ecology",
    "观鸟": "ecology",
    "农业科技": "agriculture", "乡村振兴": "agriculture", "Agriculture": "agriculture", "农业": "agriculture",
    "量子科技": "quantum", "量子信息": "quantum", "Quantum": "quantum",
    "气象": "weather", "气象科普": "weather", "Meteorology": "weather", "Weather": "weather",
    "核科普": "nuclear", "Nuclear Energy": "nuclear",
    "大数据": "bigdata", "Big Data": "bigdata",
    "虚拟现实": "metaverse", "元宇宙": "metaverse", "Virtual Reality": "metaverse",
    "数字素养": "digital_literacy", "古生物": "biology",
    "科学教育": None, "线上": None, "Online": None,  # no topic of the taxonomy
}
CAT_AUD = {
    "青少年": "children", "少儿": "children", "Kids": "children", "Children": "children", "幼儿": "children",
    "老年人": "elderly", "银发族": "elderly", "Seniors": "elderly",
    "亲子": "family", "家庭": "family", "Families": "family",
    "农民": "farmers", "农户": "farmers", "Farmers": "farmers",
    "教师": "teachers", "Teachers": "teachers",
    "大学生": None,  # university students: none of the five audiences
}

# venue id -> (city pinyin, LOCATION, GEO or None)
VENUES = {
    "cdstm": ("chengdu", "四川省成都市青羊区人民中路一段16号四川科技馆", (30.665, 104.066)),
    "cdnature": ("chengdu", "四川省成都市成华区成华大道十里店路88号成都自然博物馆", (30.690, 104.140)),
    "djy": ("chengdu", "四川省成都市都江堰市青城山镇都江堰生态科普基地", (30.990, 103.620)),
    "mianyang": ("mianyang", "四川省绵阳市涪城区科教创业园区绵阳科技馆", None),
    "whstm": ("wuhan", "湖北省武汉市江岸区沿江大道91号武汉科技馆", (30.598, 114.305)),
    "whjx": ("wuhan", "湖北省武汉市江夏区文化大道湖北省防灾减灾科普馆", (30.375, 114.320)),
    "yichang": ("yichang", "湖北省宜昌市夷陵区三峡坝区三峡工程科普馆", (30.820, 111.000)),
    "xastm": ("xian", "陕西省西安市新城区新城广场陕西科学技术馆", (34.266, 108.953)),
    "xalt": ("xian", "陕西省西安市临潼区书院东路3号国家授时中心科普基地", (34.370, 109.220)),
    "hzstm": ("hangzhou", "浙江省杭州市西湖区西湖文化广场21号浙江省科技馆", (30.277, 120.165)),
    "hzyh": ("hangzhou", "浙江省杭州市余杭区文一西路1818号之江实验室", (30.270, 119.980)),
    "csstm": ("changsha", "湖南省长沙市岳麓区杜鹃路1号湖南省科学技术馆", (28.213, 112.880)),
    "lianyuan": ("loudi", "湖南省娄底市涟源市人民广场涟源市科技馆", (27.690, 111.660)),
    "ldlx": ("loudi", "湖南省娄底市娄星区长青中街娄底市科技馆", (27.730, 111.990)),
    "zhuzhou": ("zhuzhou", "湖南省株洲市天元区株洲市科技馆", None),
    "hfstm": ("hefei", "安徽省合肥市蜀山区黄山路安徽省科技馆", (31.848, 117.225)),
    "hfustc": ("hefei", "安徽省合肥市包河区中国科学技术大学东区", (31.838, 117.263)),
    "gzsci": ("guangzhou", "广东省广州市番禺区大学城西六路168号广东科学中心", (23.043, 113.370)),
    "szstm": ("shenzhen", "广东省深圳市光明区光侨路深圳科技馆", (22.770, 113.930)),
    "sznsh": ("shenzhen", "深圳湾科技生态园", (22.530, 113.950)),  # GEO, venue name only
    "szdyw": ("shenzhen", "广东省深圳市龙岗区大鹏新区大亚湾核电科普展厅", (22.600, 114.550)),
    "zhanjiang": ("zhanjiang", "广东省湛江市霞山区观海长廊湛江海洋科普馆", (21.200, 110.410)),
    "hrbstm": ("haerbin", "黑龙江省哈尔滨市松北区太阳岛黑龙江省科技馆", (45.785, 126.620)),
    "systm": ("shenyang", "辽宁省沈阳市浑南区智慧三街159号辽宁省科学技术馆", (41.730, 123.460)),
    "lzstm": ("lanzhou", "甘肃省兰州市城关区甘肃科技馆", (36.060, 103.840)),
    "nnstm": ("nanning", "广西科技馆", (22.817, 108.350)),  # GEO, venue name only
    "beihai": ("beihai", "广西壮族自治区北海市银海区银滩大道北海海洋科普馆", (21.420, 109.150)),
}
ONLINE_LOCATIONS = ["线上直播", "Online", "腾讯会议", None]  # None: URL only in LOCATION


def dt(s: str) -> datetime:
    """'2026-09-19 14:00' local Shanghai time."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=SH)


# Hand-written events behind the queries. Fields: uid, title, cats, venue (or "online:<loc>"),
# start, end (local; for all-day: dates), and flags: utc, allday, cancelled, duration, hybrid, nodtend.
E = []


def ev(uid, title, cats, venue, start, end=None, **kw):
    E.append(dict(uid=uid, title=title, cats=cats, venue=venue, start=start, end=end, **kw))


# --- Chengdu
ev("cd-kids-rocket", "少儿航天模型工作坊", ["航天", "青少年"], "cdstm", "2026-09-26 14:00", "2026-09-26 16:00")
ev("cd-kids-fossil", "恐龙化石探秘", ["古生物", "少儿"], "cdnature", "2026-09-26 09:30", "2026-09-26 11:30")
ev("cd-ai-salon", "AI伦理沙龙", ["人工智能"], "cdstm", "2026-09-26 19:00", "2026-09-26 21:00")
ev("cd-kids-sat19", "青少年科学实验秀", ["青少年"], "cdstm", "2026-09-19 10:00", "2026-09-19 11:30")
ev("cd-family-26", "亲子自然笔记", ["生态环保", "亲子"], "cdnature", "2026-09-26 14:00", "2026-09-26 16:00")
ev("cd-kids-cancel", "（取消）少儿机器人体验", ["机器人", "少儿"], "cdstm", "2026-09-26 10:00", "2026-09-26 12:00",
   cancelled=True)
ev("cd-astro-photo", "成都天文摄影展", ["天文"], "cdnature", "2026-09-10", "2026-10-15", allday=True)
ev("cd-ai-21", "人工智能与未来教育论坛", ["人工智能", "大模型"], "cdstm", "2026-09-21 14:00", "2026-09-21 17:00")
ev("cd-health-23", "心理健康公益讲座", ["医疗健康"], "cdstm", "2026-09-23 19:00", "2026-09-23 21:00")
ev("cd-ocean-24", "海洋塑料污染讲座", ["海洋科普"], "cdstm", "2026-09-24 09:00", "2026-09-24 11:00")
ev("cd-ai-kids", "少儿人工智能编程课", ["人工智能", "青少年"], "cdstm", "2026-10-10 09:30", "2026-10-10 11:30")
ev("cd-elderly-phone", "银发族智能手机课堂", ["数字素养", "老年人"], "cdstm", "2026-09-24 14:00", "2026-09-24 16:00")
ev("cd-star-concert", "星空音乐会", ["Astronomy"], "cdstm", "2026-10-04 19:30", "2026-10-04 21:00")
ev("cd-midautumn", "中秋赏月天文夜", ["天文", "亲子"], "cdnature", "2026-09-25 19:00", "2026-09-25 21:30")
ev("djy-panda", "大熊猫栖息地生态科普", ["生态环保"], "djy", "2026-09-27 09:00", "2026-09-27 12:00")
ev("djy-birds", "青城山观鸟活动", ["观鸟", "亲子"], "djy", "2026-10-04 07:00", "2026-10-04 10:00")
ev("cd-eco-city", "城市生态文明展", ["生态文明"], "cdstm", "2026-10-02 09:00", "2026-10-02 17:00")
ev("my-elderly-fraud", "老年人防诈骗讲座", ["数字素养", "老年人"], "mianyang", "2026-10-09 09:30", "2026-10-09 11:00")
ev("my-space", "绵阳航空科普日", ["航空航天"], "mianyang", "2026-09-27 09:00", "2026-09-27 16:00")
# --- Xi'an
ev("xa-stargazing", "Stargazing Night at Shaanxi Science Museum", ["Astronomy", "Families"], "xastm",
   "2026-09-19 19:30", "2026-09-19 21:30", utc=True)
ev("xa-lt-stars", "临潼星空观测夜", ["天文"], "xalt", "2026-09-20 20:00", "2026-09-20 22:00")
ev("xa-astro-26", "天文望远镜使用入门", ["天文科普"], "xastm", "2026-09-26 14:00", "2026-09-26 16:00")
ev("xa-robot-19", "机器人足球赛", ["机器人"], "xastm", "2026-09-19 09:00", "2026-09-19 12:00")
ev("xa-quake-17", "防震减灾体验", ["应急科普"], "xastm", "2026-09-17 14:00", "2026-09-17 16:00")
ev("xa-lt-time", "北斗授时与时间科学", ["航天"], "xalt", "2026-10-11 09:00", "2026-10-11 11:00")
ev("xa-lt-oct", "秋季星空讲座", ["天文"], "xalt", "2026-10-17 19:00", "2026-10-17 21:00")
ev("xa-tianwen", "天问一号火星探测成果展", ["航天"], "xastm", "2026-10-20 09:00", "2026-10-25 17:00")
ev("xa-astro-oct", "月球与行星观测", ["天文"], "xastm", "2026-10-24 19:00", "2026-10-24 21:00")
# --- Wuhan / Hubei
ev("wh-quantum-24", "量子通信科普讲座", ["量子科技"], "whstm", "2026-09-24 14:00", "2026-09-24 16:00")
ev("wh-quantum-oct", "Quantum Computing for Everyone", ["Quantum"], "whstm", "2026-10-10 14:00", "2026-10-10 16:00")
ev("wh-quantum-past", "量子力学入门（已结束）", ["量子信息"], "whstm", "2026-09-12 14:00", "2026-09-12 16:00")
ev("wh-quantum-cancel", "量子密码工作坊", ["量子信息"], "whstm", "2026-09-30 14:00", "2026-09-30 16:00",
   cancelled=True)
ev("wh-kids-sat", "儿童科学实验秀", ["少儿"], "whstm", "2026-09-19 10:00", "2026-09-19 11:30")
ev("wh-family-sun", "亲子天文课", ["天文", "亲子"], "whstm", "2026-09-20 15:00", "2026-09-20 17:00")
ev("wh-morning-17", "长江生态保护讲座", ["生态环保"], "whstm", "2026-09-17 09:00", "2026-09-17 11:00")
ev("wh-afternoon-17", "湖北气象科普", ["气象科普"], "whstm", "2026-09-17 14:00", "2026-09-17 16:00")
ev("wh-elderly", "长者防跌倒健康讲座", ["卫生健康", "老年人"], "whstm", "2026-10-15 09:30", "2026-10-15 11:00")
ev("wh-jx-quake", "地震应急避险演练", ["防灾减灾"], "whjx", "2026-09-22 09:00", "2026-09-22 11:00")
ev("wh-jx-weekend", "防汛安全周末课堂", ["应急科普", "亲子"], "whjx", "2026-09-19 14:00", "2026-09-19 16:00")
ev("yc-flood", "防汛抗旱科普", ["应急科普"], "yichang", "2026-10-16 09:00", "2026-10-16 11:00")
ev("yc-dam", "Three Gorges Dam Science Tour", ["Ecology"], "yichang", "2026-10-03 09:00", "2026-10-03 15:00")
# --- Hangzhou
ev("hz-ai-22", "人工智能大讲堂", ["人工智能"], "hzstm", "2026-09-22 14:00", "2026-09-22 16:00")
ev("hz-ai-24", "AI Frontier Lecture: Large Models", ["AI"], "hzyh", "2026-09-24 19:00", "2026-09-24 21:00", utc=True)
ev("hz-ai-oct9", "大模型应用开放日", ["大模型"], "hzyh", "2026-10-09 09:00", "2026-10-09 17:00")
ev("hz-bigdata", "大数据与城市大脑", ["大数据"], "hzyh", "2026-09-23 14:00", "2026-09-23 16:00")
ev("hz-ai-20", "AI绘画体验", ["人工智能"], "hzstm", "2026-09-20 14:00", "2026-09-20 16:00")
ev("hz-vr", "VR科学探索体验", ["虚拟现实"], "hzstm", "2026-09-25 10:00", "2026-09-25 16:00")
ev("hz-national", "国庆科技嘉年华", ["亲子"], "hzstm", "2026-10-01 09:00", "2026-10-07 17:00")
ev("hz-ai-oct3", "人工智能创新展", ["Artificial Intelligence"], "hzyh", "2026-10-03 09:00", "2026-10-03 17:00")
ev("hz-sep30", "科学之夜", ["天文"], "hzstm", "2026-09-30 19:00", "2026-09-30 21:00")
# --- Changsha / Hunan
ev("cs-kids-space", "小小航天员体验营", ["航天", "少儿"], "csstm", "2026-09-27 09:00", "2026-09-27 12:00")
ev("cs-kids-rocket", "火箭模型制作", ["航空航天", "青少年"], "csstm", "2026-10-03 14:00", "2026-10-03 16:00")
ev("cs-space-adult", "中国空间站成就展", ["航天"], "csstm", "2026-09-21 09:00", "2026-09-30 17:00")
ev("cs-kids-robot", "少儿机器人搭建", ["机器人", "少儿"], "csstm", "2026-09-26 09:30", "2026-09-26 11:30")
ev("cs-agri", "杂交水稻科普展", ["农业科技"], "csstm", "2026-09-28 09:00", "2026-09-28 17:00")
ev("cs-uni", "高校科研实验室开放日", ["大学生"], "csstm", "2026-09-27 14:00", "2026-09-27 17:00")
ev("cs-teachers", "科学教师实验教学培训", ["科学教育", "教师"], "csstm", "2026-10-24 09:00", "2026-10-24 17:00")
ev("ly-rice", "水稻种植技术培训", ["农业科技", "农民"], "lianyuan", "2026-09-23 09:00", "2026-09-23 11:30")
ev("ly-tea-oil", "油茶种植培训", ["农业科技"], "lianyuan", "2026-10-18 09:00", "2026-10-18 11:30")
ev("ld-smart-agri", "智慧农业讲座", ["乡村振兴", "农民"], "ldlx", "2026-10-14 14:00", "2026-10-14 16:00")
ev("zz-fruit", "果蔬种植技术下乡", ["农业", "农户"], "zhuzhou", "2026-10-20 09:00", "2026-10-20 11:00")
# --- Hefei
ev("hf-robot-20", "机器人编程挑战赛", ["机器人", "青少年"], "hfstm", "2026-09-20 09:00", "2026-09-20 12:00")
ev("hf-quantum-open", "量子科技开放日", ["量子科技"], "hfustc", "2026-09-20 14:00", "2026-09-20 17:00", hybrid=True)
ev("hf-21", "健康生活方式讲座", ["卫生健康"], "hfstm", "2026-09-21 14:00", "2026-09-21 16:00")
ev("hf-family-19", "亲子科学市集", ["亲子"], "hfstm", "2026-09-19", None, allday=True, nodtend=True)
ev("hf-quantum-26", "量子计算机科普展", ["量子信息"], "hfustc", "2026-09-26 09:00", "2026-09-27 17:00")
ev("hf-quantum-crypto", "量子密码通信体验课", ["量子科技"], "hfustc", "2026-10-17 14:00", "2026-10-17 16:00")
ev("hf-toddlers", "幼儿科学启蒙", ["幼儿"], "hfstm", "2026-10-11 09:30", "2026-10-11 10:30")
# --- Guangdong
ev("zj-ocean-week", "湛江海洋生物科普周", ["海洋科普"], "zhanjiang", "2026-09-18 09:00", "2026-09-30 17:00")
ev("gz-deepsea", "Deep Sea Discovery", ["Ocean"], "gzsci", "2026-10-05 10:00", "2026-10-05 12:00")
ev("sz-marine", "Marine Life Discovery", ["Ocean", "Families"], "szstm", "2026-09-27 10:00", "2026-09-27 12:00")
ev("sz-robot-night", "机器人之夜", ["机器人"], "szstm", "2026-09-17 19:00", "2026-09-17 21:00", utc=True)
ev("sz-ai-morning", "人工智能早餐会", ["人工智能"], "sznsh", "2026-09-17 10:00", "2026-09-17 12:00")
ev("sz-ai-night", "AI Night Talk", ["AI"], "sznsh", "2026-09-17 19:30", "2026-09-17 21:00")
ev("sz-humanoid", "人形机器人展", ["机器人"], "szstm", "2026-10-01 09:00", "2026-10-07 17:00")
ev("sz-robot-lab", "Robotics Open Lab", ["Robotics", "Kids"], "sznsh", "2026-09-26 14:00", "2026-09-26 16:00")
ev("sz-meta", "元宇宙科技展", ["元宇宙"], "szstm", "2026-10-02 09:00", "2026-10-02 17:00")
ev("sz-nuclear", "核电站公众开放日", ["核科普"], "szdyw", "2026-09-26 09:00", "2026-09-26 12:00")
ev("gz-vr", "Virtual Reality Lab", ["Virtual Reality"], "gzsci", "2026-09-29 14:00", "2026-09-29 16:00")
ev("gz-seniors", "Healthy Ageing Talk", ["Health", "Seniors"], "gzsci", "2026-09-30 09:30", "2026-09-30 11:00")
ev("gz-tonight", "Moon Watching Party", ["Astronomy"], "gzsci", "2026-09-16 19:00", "2026-09-16 21:00", utc=True)
ev("gz-today-am", "广府海洋文化讲座", ["海洋科学"], "gzsci", "2026-09-16 09:00", "2026-09-16 12:00")
ev("gz-robot-oct", "青少年机器人竞赛", ["机器人", "青少年"], "gzsci", "2026-10-17 09:00", "2026-10-17 17:00")
ev("gz-robot-sep", "机器人嘉年华", ["机器人"], "gzsci", "2026-09-27 09:00", "2026-09-27 17:00")
ev("gz-ocean-oct", "珠江口红树林与海洋", ["海洋科学"], "gzsci", "2026-10-18 09:00", "2026-10-18 11:00")
# --- Northeast, Northwest, Guangxi
ev("hrb-agri", "寒地黑土农业科普", ["农业科技"], "hrbstm", "2026-09-19 09:00", "2026-09-19 11:00")
ev("hrb-ice", "冰雪气象科普展", ["气象科普"], "hrbstm", "2026-09-20 09:00", "2026-09-20 16:00")
ev("sy-weather", "天气预报是怎样炼成的", ["气象"], "systm", "2026-09-23 14:00", "2026-09-23 16:00")
ev("sy-station", "Weather Station Open Day", ["Meteorology"], "systm", "2026-10-12 09:00", "2026-10-12 12:00")
ev("lz-elderly-health", "老年人慢病防治讲座", ["卫生健康", "老年人"], "lzstm", "2026-09-22 09:30", "2026-09-22 11:00")
ev("lz-silver", "银龄健康课堂", ["医疗健康", "银发族"], "lzstm", "2026-10-13 09:30", "2026-10-13 11:00")
ev("lz-health", "健康饮食讲座", ["卫生健康"], "lzstm", "2026-09-29 14:00", "2026-09-29 16:00")
ev("lz-elderly-ai", "老年人AI入门", ["人工智能", "老年人"], "lzstm", "2026-09-25 14:00", "2026-09-25 16:00")
ev("lz-oct-desert", "沙漠生态科普展", ["生态环保"], "lzstm", "2026-10-08 09:00", "2026-10-08 17:00")
ev("nn-kids", "少儿科学实验课", ["少儿"], "nnstm", "2026-09-20 09:30", "2026-09-20 11:00")
ev("nn-ocean", "海洋生物标本展", ["海洋科学"], "nnstm", "2026-09-28 09:00", "2026-09-28 17:00")
ev("bh-ocean", "北部湾海洋科普", ["海洋科普", "亲子"], "beihai", "2026-10-05 09:00", "2026-10-05 11:00")
# --- Online
ev("ol-quantum-live", "量子计算直播课", ["量子科技", "线上"], "online:线上直播", "2026-09-25 20:00", "2026-09-25 21:00")
ev("ol-quantum-web", "Quantum Computing Webinar", ["Quantum", "Online"], "online:Online", "2026-10-08 20:00",
   "2026-10-08 21:00", utc=True)
ev("ol-stars", "云端观星直播", ["天文科普"], "online:", "2026-09-21 20:00", "2026-09-21 21:30")
ev("ol-shenzhou", "神舟飞船发射直播解说", ["航天", "线上"], "online:腾讯会议", "2026-10-12 09:00", "2026-10-12 10:30")
ev("ol-health", "家庭急救云课堂", ["卫生健康", "家庭"], "online:线上直播", "2026-09-28 19:30", "2026-09-28 20:30",
   duration=True)
ev("ol-ai-cancel", "大模型直播（取消）", ["人工智能", "线上"], "online:线上直播", "2026-09-22 20:00", "2026-09-22 21:00",
   cancelled=True)

# --- Filler: more events in the same places, made at random (seeded), like the shared set's dev-xxx.
POOLS = {
    "ai": (["人工智能", "AI"], ["人工智能", "机器学习", "大模型"], "AI"),
    "space": (["航天", "Space"], ["载人航天", "探月工程", "北斗导航"], "Space"),
    "astronomy": (["天文", "Astronomy"], ["星空观测", "流星雨", "日食"], "Astronomy"),
    "robotics": (["机器人", "Robotics"], ["仿生机器人", "机器人竞赛"], "Robotics"),
    "ocean": (["海洋科学", "Marine Science"], ["海洋生物", "极地科考"], "Ocean"),
    "health": (["卫生健康", "Public Health"], ["合理膳食", "急救技能"], "Health"),
    "emergency": (["应急科普", "Disaster Prevention"], ["地震避险", "消防安全"], "Safety"),
    "ecology": (["生态环保", "Environmental Protection"], ["垃圾分类", "湿地保护"], "Ecology"),
    "agriculture": (["农业科技", "Agriculture"], ["智慧农业", "种业振兴"], "Farming"),
    "quantum": (["量子科技", "Quantum"], ["量子信息"], "Quantum"),
    "weather": (["气象科普", "Meteorology"], ["天气与气候"], "Weather"),
    "bigdata": (["大数据", "Big Data"], ["数据科学"], "Data"),
}
AUD_POOL = [("青少年", "Kids"), ("老年人", "Seniors"), ("亲子", "Families")]
FORMATS_ZH = ["讲座", "工作坊", "展览", "开放日", "研学"]
FORMATS_EN = ["Lecture", "Workshop", "Exhibition", "Open Day"]
PHYS = [v for v in VENUES if v not in ("mianyang", "zhuzhou")]


def fillers(n: int) -> None:
    rnd = random.Random(20260916)
    for i in range(n):
        venue = rnd.choice(PHYS)
        tid = rnd.choice(list(POOLS))
        cats_pool, subjects, en_subject = POOLS[tid]
        english = rnd.random() < 0.2
        cat = cats_pool[1] if english else cats_pool[0]
        if english:
            title = f"{en_subject} {rnd.choice(FORMATS_EN)}"
        else:
            title = rnd.choice(subjects) + rnd.choice(FORMATS_ZH)
        cats = [cat]
        if rnd.random() < 0.3:
            a = rnd.choice(AUD_POOL)
            cats.append(a[1] if english else a[0])
        day = date(2026, 9, 8) + timedelta(days=rnd.randrange(0, 60))
        h = rnd.choice([9, 14, 19])
        length = rnd.choice([2, 3])
        start = f"{day.isoformat()} {h:02d}:00"
        end = f"{day.isoformat()} {h + length:02d}:00"
        ev(f"x-{i:03d}", title, cats, venue, start, end, cancelled=rnd.random() < 0.06, utc=rnd.random() < 0.15)


fillers(100)

# --------------------------------------------------------------------------- writing

VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Asia/Shanghai
BEGIN:STANDARD
DTSTART:19700101T000000
TZNAME:CST
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE"""


def fold(line: str) -> list[str]:
    """RFC 5545 folding at 75 octets, never inside a UTF-8 character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return [out[0]] + [" " + p for p in out[1:]]


def ical_time(s: str, utc: bool) -> str:
    d = dt(s)
    if utc:
        return "DTSTART:" + d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return "DTSTART;TZID=Asia/Shanghai:" + d.strftime("%Y%m%dT%H%M%S")


def main() -> None:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//extra eval corpus//kepu//", "CALSCALE:GREGORIAN",
             *VTIMEZONE.splitlines()]
    truth = []
    for e in E:
        online_loc = e["venue"][7:] if e["venue"].startswith("online:") else None
        is_online = online_loc is not None or e.get("hybrid", False)
        v = None if online_loc is not None else VENUES[e["venue"]]
        ev_lines = ["BEGIN:VEVENT", f"UID:{e['uid']}@extra.example", "DTSTAMP:20260901T000000Z",
                    f"SUMMARY:{e['title']}"]
        if e.get("allday"):
            d0 = date.fromisoformat(e["start"])
            d1 = date.fromisoformat(e["end"]) if e["end"] else d0
            ev_lines.append(f"DTSTART;VALUE=DATE:{d0.strftime('%Y%m%d')}")
            if not e.get("nodtend"):
                ev_lines.append(f"DTEND;VALUE=DATE:{(d1 + timedelta(days=1)).strftime('%Y%m%d')}")
            t0 = datetime.combine(d0, datetime.min.time(), tzinfo=SH)
            t1 = datetime.combine(d1, datetime.min.time(), tzinfo=SH) + timedelta(hours=23, minutes=59, seconds=59)
        else:
            t0, t1 = dt(e["start"]), dt(e["end"])
            ev_lines.append(ical_time(e["start"], e.get("utc", False)))
            if e.get("duration"):
                mins = int((t1 - t0).total_seconds() // 60)
                ev_lines.append(f"DURATION:PT{mins // 60}H{mins % 60}M" if mins % 60 else f"DURATION:PT{mins // 60}H")
            else:
                ev_lines.append(ical_time(e["end"], e.get("utc", False)).replace("DTSTART", "DTEND"))
        ev_lines.append("CATEGORIES:" + ",".join(e["cats"]))
        if online_loc is not None:
            url = f"https://live.extra.example/{e['uid']}"
            ev_lines.append(f"LOCATION:{online_loc or url}")
            ev_lines.append(f"URL:{url}")
        else:
            loc = v[1] + (" / 线上直播" if e.get("hybrid") else "")
            ev_lines.append(f"LOCATION:{loc}")
            if v[2] is not None:
                ev_lines.append(f"GEO:{v[2][0]};{v[2][1]}")
            if e.get("hybrid"):
                ev_lines.append(f"URL:https://live.extra.example/{e['uid']}")
        ev_lines.append("ORGANIZER;CN=科协:mailto:org@extra.example")
        ev_lines.append("STATUS:" + ("CANCELLED" if e.get("cancelled") else "CONFIRMED"))
        ev_lines.append("END:VEVENT")
        for ln in ev_lines:
            lines += fold(ln)
        topics = []
        auds = []
        for c in e["cats"]:
            if c in CAT_TOPIC:
                if CAT_TOPIC[c] and CAT_TOPIC[c] not in topics:
                    topics.append(CAT_TOPIC[c])
            elif c in CAT_AUD:
                if CAT_AUD[c] and CAT_AUD[c] not in auds:
                    auds.append(CAT_AUD[c])
            else:
                raise SystemExit(f"unmapped category {c!r}")
        truth.append({
            "uid": f"{e['uid']}@extra.example", "title": e["title"],
            "city": None if v is None else v[0], "topics": topics, "audiences": auds,
            "online": is_online, "status": "CANCELLED" if e.get("cancelled") else "CONFIRMED",
            "start": t0.isoformat(), "end": t1.isoformat(),
            "lat": None if v is None or v[2] is None else v[2][0],
            "lon": None if v is None or v[2] is None else v[2][1],
            "venue": None if v is None else e["venue"],
        })
    lines.append("END:VCALENDAR")
    (HERE / "corpus.ics").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"{len(truth)} events")


if __name__ == "__main__":
    main()
