"""Queries of the second blind set (see README.md for the meaning chosen for vague time words)."""

A = "2026-10-20T10:00:00+08:00"  # Tuesday
B = "2026-11-22T10:00:00+08:00"  # Sunday
C = "2026-12-28T10:00:00+08:00"  # Monday
D = "2027-01-15T10:00:00+08:00"  # Friday
E = "2026-12-05T10:00:00+08:00"  # Saturday


def W(d0, d1=None, t0="00:00:00", t1="23:59:59"):
    return [f"{d0}T{t0}+08:00", f"{d1 or d0}T{t1}+08:00"]


WINTER_BREAK = W("2027-01-18", "2027-02-28")  # 寒假 / winter break
YEAR_END = W("2026-12-21", "2026-12-31")  # 年底 = 12月下旬
XMAS = W("2026-12-24", "2026-12-25")  # 圣诞 = 平安夜 + 圣诞节

ZJ = ["hangzhou", "jinhua", "yiwu"]
GD = ["guangzhou", "shenzhen", "foshan"]
HN = ["haikou", "wenchang", "sanya"]
CD_OK = ["chengdu", "dujiangyan"]
KIDS_OK = ["children", "family"]

QUERIES = []


def F(q, now, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": c})


def T(q, now, title_has):
    QUERIES.append({"q": q, "now": now, "mode": "top1", "c": {"title_has": title_has}})


def N(q, now, near, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": dict(c, near=near), "near": near})


# ---- now A: Tuesday 2026-10-20 ----
F("杭州这周末有什么科普活动", A, city=["hangzhou"], window=W("2026-10-24", "2026-10-25"))
F("本周六北京有啥活动", A, city=["beijing"], window=W("2026-10-24"))
F("下周末上海有天文活动吗", A, city=["shanghai"], topics=["astronomy"], window=W("2026-10-31", "2026-11-01"))
F("下个月成都有什么活动", A, city=["chengdu"], city_ok=CD_OK, window=W("2026-11-01", "2026-11-30"))
F("Shenzhen this weekend", A, city=["shenzhen"], window=W("2026-10-24", "2026-10-25"))
F("next weekend in Guangzhou, anything for kids?", A, city=["guangzhou"], audiences=["children"], aud_ok=KIDS_OK,
  window=W("2026-10-31", "2026-11-01"))
F("11月 武汉 人工智能", A, city=["wuhan"], topics=["ai"], window=W("2026-11-01", "2026-11-30"))
F("浙江 机器人", A, city=ZJ, topics=["robotics"])
F("Zhejiang robot events for kids", A, city=ZJ, topics=["robotics"], audiences=["children"], aud_ok=KIDS_OK)
F("金华 机器人", A, city=["jinhua"], city_ok=["jinhua", "yiwu"], topics=["robotics"])
F("义乌有什么活动", A, city=["yiwu"])
F("义乌 天文", A, empty=True)
F("广东 天文", A, city=GD, topics=["astronomy"])
F("drone events in Guangdong", A, city=GD, topics=["drone"])
F("Shenzen drones", A, city=["shenzhen"], topics=["drone"])
F("深圳 核电科普", A, city=["shenzhen"], topics=["nuclear"])
F("海南 航天", A, city=HN, topics=["space"])
F("Wenchang space events", A, city=["wenchang"], topics=["space"])
F("三亚 深海", A, city=["sanya"], topics=["deep_earth_sea"])
F("昆山 AI", A, city=["kunshan"], topics=["ai"])
F("苏州 老年人", A, city=["suzhou", "kunshan"], audiences=["elderly"])
F("江苏 老人 科普", A, city=["kunshan", "jiangyin"], audiences=["elderly"])
F("都江堰", A, city=["dujiangyan"])
F("杭州 碳中和", A, city=["hangzhou"], topics=["ecology"])
T("脑机接口", A, "脑机接口")
T("北斗导航", A, "北斗")
F("北京 大模型", A, city=["beijing"], topics=["ai"])
F("上海 元宇宙", A, city=["shanghai"], topics=["metaverse"])
F("大理 观鸟", A, city=["dali"], topics=["ecology"])
F("德令哈 看星星", A, city=["delingha"], topics=["astronomy"])
F("山东 农民培训", A, city=["shouguang"], audiences=["farmers"])
F("张家口崇礼 青少年", A, city=["zhangjiakou"], audiences=["children"])
F("天津 超算", A, city=["tianjin"], topics=["supercomputing"])
F("南宁 气象科普", A, city=["nanning"], topics=["weather"])
F("福建 海洋 亲子", A, city=["jinjiang"], topics=["ocean"], audiences=["family"], aud_ok=KIDS_OK)
F("线上 天文 直播", A, online=True, topics=["astronomy"])
F("大模型 直播", A, online=True, topics=["ai"])
F("webinar for teachers", A, online=True, audiences=["teachers"])
F("climate webinar", A, online=True, topics=["weather"])
F("航天直播", A, online=True, topics=["space"])
F("教师 人工智能 培训", A, topics=["ai"], audiences=["teachers"])
F("哈尔滨 海洋", A, empty=True)
F("石家庄 天文", A, empty=True)
F("Lhasa robotics", A, empty=True)
F("景德镇 科普活动", A, empty=True)
T("漠河 极光", A, "极光")
T("Aurora Watch", A, "Aurora")
N("亲子", A, [30.2086, 120.2136, 3], audiences=["family"])

# ---- now B: Sunday 2026-11-22 ----
F("后天西安有活动吗", B, city=["xian"], window=W("2026-11-24"))
F("the day after tomorrow in Hefei", B, city=["hefei"], window=W("2026-11-24"))
F("下周末 哈尔滨 亲子", B, city=["harbin"], audiences=["family"], aud_ok=KIDS_OK, window=W("2026-11-28", "2026-11-29"))
F("12月 合肥 量子", B, city=["hefei"], topics=["quantum"], window=W("2026-12-01", "2026-12-31"))
F("下个月长沙 老年人", B, city=["changsha"], audiences=["elderly"], window=W("2026-12-01", "2026-12-31"))
F("今天南宁有什么", B, city=["nanning"], window=W("2026-11-22"))
T("Quantum Open Lab", B, "Quantum Open Lab")
F("北京 智能手机培训 银发族", B, city=["beijing"], topics=["digital_literacy"], audiences=["elderly"])
F("杭州 防诈骗 老年人", B, city=["hangzhou"], title_has="诈")
F("seniors Chengdu", B, city=["chengdu"], city_ok=CD_OK, audiences=["elderly"])
F("成都 家长带娃", B, city=["chengdu"], city_ok=CD_OK, audiences=["family"], aud_ok=KIDS_OK)
F("武汉 食品安全", B, city=["wuhan"], topics=["food_safety"])
F("Shanghai toddler activities next weekend", B, city=["shanghai"], audiences=["family"], aud_ok=KIDS_OK,
  window=W("2026-11-28", "2026-11-29"))
F("livestream", B, online=True)
T("碳中和科普展", B, "碳中和")
F("first aid training Shanghai", B, city=["shanghai"], topics=["emergency"])

# ---- now C: Monday 2026-12-28 ----
F("元旦北京亲子活动", C, city=["beijing"], audiences=["family"], aud_ok=KIDS_OK, window=W("2027-01-01"))
F("元旦假期上海去哪玩", C, city=["shanghai"], window=W("2027-01-01", "2027-01-03"))
F("跨年夜 观星", C, topics=["astronomy"], window=["2026-12-31T18:00:00+08:00", "2027-01-01T03:00:00+08:00"])
F("New Year's Day stargazing in Beijing", C, city=["beijing"], topics=["astronomy"], window=W("2027-01-01"))
F("1月3日到5日 广州", C, city=["guangzhou"], window=W("2027-01-03", "2027-01-05"))
F("Shenzhen robotics Jan 2-4", C, city=["shenzhen"], topics=["robotics"], window=W("2027-01-02", "2027-01-04"))
F("杭州年底还有什么活动", C, city=["hangzhou"], window=YEAR_END)
F("这周末成都 小朋友", C, city=["chengdu"], city_ok=CD_OK, audiences=["children"], aud_ok=KIDS_OK,
  window=W("2027-01-02", "2027-01-03"))
F("哈尔滨 寒假 中小学生", C, city=["harbin"], audiences=["children"], aud_ok=KIDS_OK, window=WINTER_BREAK)
F("Wuhan in January", C, city=["wuhan"], window=W("2027-01-01", "2027-01-31"))
F("下个月 西安 航天", C, city=["xian"], topics=["space"], window=W("2027-01-01", "2027-01-31"))
F("下周末 西安", C, city=["xian"], window=W("2027-01-09", "2027-01-10"))
F("明天天津", C, city=["tianjin"], window=W("2026-12-29"))
F("元旦 线上活动", C, online=True, window=W("2027-01-01"))
T("New Year's Eve Science Night", C, "Science Night")
T("冰雪科学嘉年华", C, "冰雪科学嘉年华")
T("少儿科学冬令营", C, "冬令营")
F("Harbing", C, city=["harbin"])
F("延吉 活动", C, empty=True)
F("上个月 上海", C, empty=True)
F("元旦 三亚", C, empty=True)
N("", C, [31.2196, 121.5448, 5])
N("天文", C, [39.937, 116.336, 4], topics=["astronomy"])
N("rockets", C, [19.63, 110.97, 30], topics=["space"])

# ---- now D: Friday 2027-01-15 ----
F("tonight Beijing", D, city=["beijing"], window=W("2027-01-15", t0="18:00:00"))
F("this weekend in Shanghai for families", D, city=["shanghai"], audiences=["family"], aud_ok=KIDS_OK,
  window=W("2027-01-16", "2027-01-17"))
F("next Tuesday Hangzhou", D, city=["hangzhou"], window=W("2027-01-19"))
F("over the winter break Chengdu kids", D, city=["chengdu"], city_ok=CD_OK, audiences=["children"], aud_ok=KIDS_OK,
  window=WINTER_BREAK)
F("寒假 深圳 亲子", D, city=["shenzhen"], audiences=["family"], aud_ok=KIDS_OK, window=WINTER_BREAK)
F("下周 广州", D, city=["guangzhou"], window=W("2027-01-18", "2027-01-24"))
F("今晚上海有天文活动吗", D, city=["shanghai"], topics=["astronomy"], window=W("2027-01-15", t0="18:00:00"))
F("2月 上海 天文", D, city=["shanghai"], topics=["astronomy"], window=W("2027-02-01", "2027-02-28"))
F("寒假 线上 中小学生", D, online=True, audiences=["children"], window=WINTER_BREAK)
F("Hangzou", D, city=["hangzhou"])
T("Rocket Science Camp", D, "Rocket Science Camp")

# ---- now E: Saturday 2026-12-05 ----
F("圣诞节上海有什么活动", E, city=["shanghai"], window=XMAS)
F("12月下旬 北京 机器人", E, city=["beijing"], topics=["robotics"], window=W("2026-12-21", "2026-12-31"))
F("Christmas Eve in Shenzhen", E, city=["shenzhen"], window=W("2026-12-24"))
F("下周六 杭州", E, city=["hangzhou"], window=W("2026-12-12"))
F("武汉 年底 科普活动", E, city=["wuhan"], window=YEAR_END)
F("12月 广州 海洋", E, city=["guangzhou"], topics=["ocean"], window=W("2026-12-01", "2026-12-31"))
F("这个月 深圳", E, city=["shenzhen"], window=W("2026-12-01", "2026-12-31"))
F("北京 气候变化 讲座", E, city=["beijing"], topics=["weather"])
T("年终科学秀", E, "年终科学秀")
