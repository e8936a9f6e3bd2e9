"""Queries of the third blind set (see README.md for the meaning chosen for vague words)."""

A = "2027-03-10T10:00:00+08:00"  # Wednesday
B = "2027-04-28T10:00:00+08:00"  # Wednesday, before 劳动节
C = "2027-05-20T10:00:00+08:00"  # Thursday, 全国科技活动周
D = "2027-07-05T10:00:00+08:00"  # Monday, early summer
E = "2027-08-20T10:00:00+08:00"  # Friday, before school starts
S = "2027-09-14T10:00:00+08:00"  # Tuesday, the day before 中秋


def W(d0, d1=None, t0="00:00:00", t1="23:59:59"):
    return [f"{d0}T{t0}+08:00", f"{d1 or d0}T{t1}+08:00"]


SUMMER = W("2027-07-10", "2027-08-31")  # 暑假 / summer break
MAYDAY = W("2027-05-01", "2027-05-05")  # 五一 / 劳动节 / May Day holiday
BEFORE_SCHOOL = W("2027-08-20", "2027-08-31")  # 开学前, asked on 08-20
NATIONAL_DAY = W("2027-10-01", "2027-10-07")  # 国庆

GANSU = ["lanzhou", "jiuquan", "dunhuang", "jiayuguan"]
XINJIANG = ["urumqi", "kashi", "yining", "karamay", "turpan"]
TIBET = ["lhasa", "shigatse", "nyingchi", "ali"]
INNER_MONGOLIA = ["ordos", "chifeng", "manzhouli", "hulunbuir"]
YUNNAN = ["kunming", "lufeng", "lijiang", "jinghong", "chengjiang"]
GUANGDONG = ["shantou", "zhanjiang", "huizhou"]
SICHUAN = ["zigong", "xichang"]
HEILONGJIANG = ["qiqihar", "daqing", "suifenhe"]
LIAONING = ["shenyang", "dandong"]
KIDS_OK = ["children", "family"]

QUERIES = []


def F(q, now, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": c})


def T(q, now, title_has):
    QUERIES.append({"q": q, "now": now, "mode": "top1", "c": {"title_has": title_has}})


def N(q, now, near, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": dict(c, near=near), "near": near})


# ---- now A: Wednesday 2027-03-10 ----
F("兰州这周末有什么活动", A, city=["lanzhou"], window=W("2027-03-13", "2027-03-14"))
F("Lanzou stargazing", A, city=["lanzhou"], topics=["astronomy"])
F("lanzhou tianwen", A, city=["lanzhou"], topics=["astronomy"])
F("蘭州 機器人", A, city=["lanzhou"], topics=["robotics"])
F("兰州新区有什么科普活动", A, city=["lanzhou"], near=[36.51, 103.63, 15])
F("清明节兰州有活动吗", A, city=["lanzhou"], window=W("2027-04-05"))
F("兰州 老师培训", A, city=["lanzhou"], audiences=["teachers"])
F("甘肃 老年人", A, city=GANSU, audiences=["elderly"])
F("月底兰州有啥", A, city=["lanzhou"], window=W("2027-03-21", "2027-03-31"))
F("anything about dinosaurs for my 6 year old in Kunming this Saturday?", A, city=["kunming"],
  topics=["paleontology"], audiences=["children", "family"], window=W("2027-03-13"))
F("这周六晚上昆明能看星星不", A, city=["kunming"], topics=["astronomy"], window=W("2027-03-13", t0="18:00:00"))
F("kunming konglong", A, city=["kunming"], topics=["paleontology"])
F("云南有什么恐龙活动", A, city=YUNNAN, topics=["paleontology"])
F("雲南 觀星", A, city=YUNNAN, topics=["astronomy"])
F("下周末 昆明", A, city=["kunming"], window=W("2027-03-20", "2027-03-21"))
F("昆明 4月 幼儿活动", A, city=["kunming"], audiences=["family"], aud_ok=KIDS_OK, window=W("2027-04-01", "2027-04-30"))
F("astronomy night Lhasa next week", A, city=["lhasa"], topics=["astronomy"], window=W("2027-03-15", "2027-03-21"))
F("拉萨下周有啥活动", A, city=["lhasa"], window=W("2027-03-15", "2027-03-21"))
F("西藏 下个月", A, city=TIBET, window=W("2027-04-01", "2027-04-30"))
F("瀋陽 芯片", A, city=["shenyang"], topics=["semiconductor"])
F("沈阳浑南区有什么活动", A, city=["shenyang"], near=[41.715, 123.47, 6])
F("robots for kids in Shenyang this Saturday", A, city=["shenyang"], topics=["robotics"], audiences=["children"],
  aud_ok=KIDS_OK, window=W("2027-03-13"))
F("沈阳 老年人 健康讲座", A, city=["shenyang"], topics=["health"], audiences=["elderly"])
F("后天沈阳有什么", A, city=["shenyang"], window=W("2027-03-12"))
F("丹东 观鸟", A, city=["dandong"], topics=["ecology"])
F("自贡 恐龙", A, city=["zigong"], topics=["paleontology"])
F("贵州 天文", A, city=["pingtang"], topics=["astronomy"])
F("芯片 科普", A, topics=["semiconductor"])
F("半导体", A, topics=["semiconductor"])
F("线上 天文 直播", A, online=True, topics=["astronomy"])
F("webinar for teachers", A, online=True, audiences=["teachers"])
F("老人 防诈骗 网上课", A, online=True, topics=["digital_literacy"], audiences=["elderly"])
F("Ordos AI for teens", A, city=["ordos"], topics=["ai"], audiences=["children"], aud_ok=KIDS_OK)
F("拉萨 海洋", A, empty=True)
F("哈密 天文", A, empty=True)
F("上个月 兰州", A, empty=True)
T("麗江天文臺觀星夜", A, "丽江天文台")
T("自贡恐龙灯会", A, "恐龙灯会")
T("天眼", A, "天眼")
N("天文", A, [36.07, 103.88, 3], topics=["astronomy"])
N("", A, [25.08, 102.73, 2])

# ---- now B: Wednesday 2027-04-28 ----
F("五一 兰州 亲子", B, city=["lanzhou"], audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
F("family things to do in Lanzhou over May Day", B, city=["lanzhou"], audiences=["family"], aud_ok=KIDS_OK,
  window=MAYDAY)
F("劳动节 云南 带娃", B, city=YUNNAN, audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
F("这周五晚上齐齐哈尔", B, city=["qiqihar"], window=W("2027-04-30", t0="18:00:00"))
F("明天沈阳", B, city=["shenyang"], window=W("2027-04-29"))
F("Xishuangbanna May Day", B, city=["jinghong"], window=MAYDAY)
F("下周 拉萨", B, city=["lhasa"], window=W("2027-05-03", "2027-05-09"))
F("五一假期 线上", B, online=True, window=MAYDAY)
F("酒泉 航天", B, city=["jiuquan"], city_ok=["jiuquan", "dunhuang"], topics=["space"])
F("禄丰恐龙谷", B, city=["lufeng"])
F("下个月 内蒙古", B, city=INNER_MONGOLIA, window=W("2027-05-01", "2027-05-31"))
F("Urumqi 应急演练", B, empty=True)
T("北斗", B, "北斗")
N("恐龙", B, [25.12, 102.15, 10], topics=["paleontology"])

# ---- now C: Thursday 2027-05-20 ----
F("events in Guangdong", C, city=GUANGDONG)
F("广东 台风", C, city=GUANGDONG, topics=["weather"])
F("Huizhou nuclear power open day", C, city=["huizhou"], topics=["nuclear"])
F("内蒙古 新能源", C, city=INNER_MONGOLIA, topics=["energy"])
F("neimenggu xinnengyuan", C, city=INNER_MONGOLIA, topics=["energy"])
F("碳中和 直播", C, online=True, topics=["energy", "ecology"])
F("新疆 机器人", C, city=XINJIANG, topics=["robotics"])
F("Kashgar", C, city=["kashi"])
F("Urumuqi", C, city=["urumqi"])
F("烏魯木齊 活動", C, city=["urumqi"])
F("爸妈退休了想学用手机 乌鲁木齐", C, city=["urumqi"], topics=["digital_literacy"], audiences=["elderly"])
F("今晚乌鲁木齐有什么", C, empty=True)
F("这周末沈阳有什么", C, city=["shenyang"], window=W("2027-05-22", "2027-05-23"))
F("端午 昆明", C, city=["kunming"], window=W("2027-06-09"))
F("端午节 线上 亲子", C, online=True, audiences=["family"], aud_ok=KIDS_OK, window=W("2027-06-09"))
F("宁夏 观星", C, city=["zhongwei"], topics=["astronomy"])
F("中卫 这周末", C, city=["zhongwei"], window=W("2027-05-22", "2027-05-23"))
F("elderly smartphone class Zhongwei", C, city=["zhongwei"], topics=["digital_literacy"], audiences=["elderly"])
F("下个月 日喀则", C, city=["shigatse"], window=W("2027-06-01", "2027-06-30"))
F("拉萨有没有恐龙展览啊", C, city=["lhasa"], topics=["paleontology"])
F("Tibet dinosaur exhibition", C, city=TIBET, topics=["paleontology"])
F("what's on for seniors in Lhasa", C, city=["lhasa"], audiences=["elderly"])
F("甘肃 航天", C, city=GANSU, topics=["space"])
F("月底 沈阳", C, city=["shenyang"], window=W("2027-05-21", "2027-05-31"))
F("drones online", C, online=True, topics=["drone"])
F("赤峰 农牧民培训", C, city=["chifeng"], audiences=["farmers"])
F("澄江 化石", C, city=["chengjiang"], topics=["paleontology"])
F("黑龙江 新能源", C, city=HEILONGJIANG, topics=["energy"])
F("大数据 讲座", C, topics=["bigdata"])
F("明天 汕头", C, empty=True)
T("兰州大学开放实验室", C, "开放实验室")
T("Rocket Launch Livewatch", C, "Rocket Launch Livewatch")

# ---- now D: Monday 2027-07-05 ----
F("暑假 兰州 中小学生", D, city=["lanzhou"], audiences=["children"], aud_ok=KIDS_OK, window=SUMMER)
F("Inner Mongolia dinosaurs", D, city=INNER_MONGOLIA, topics=["paleontology"])
F("周末带娃去哪儿 鄂尔多斯", D, city=["ordos"], audiences=["family"], aud_ok=KIDS_OK, window=W("2027-07-10", "2027-07-11"))
F("呼伦贝尔 暑假", D, city=["hulunbuir"], city_ok=["hulunbuir", "manzhouli"], window=SUMMER)
F("Hulunbeir", D, city=["hulunbuir"], city_ok=["hulunbuir", "manzhouli"])
F("Kunming summer camp robots", D, city=["kunming"], topics=["robotics"])
F("下周三 昆明", D, city=["kunming"], window=W("2027-07-14"))
F("anything for teachers in Kunming this summer?", D, city=["kunming"], audiences=["teachers"], window=SUMMER)
F("暑假 线上 天文", D, online=True, topics=["astronomy"], window=SUMMER)
F("dinosaur talk online for kids", D, online=True, topics=["paleontology"])
F("这周末 自贡", D, city=["zigong"], window=W("2027-07-10", "2027-07-11"))
F("next week Xichang", D, city=["xichang"], window=W("2027-07-12", "2027-07-18"))
F("新疆 暑假 小朋友", D, city=XINJIANG, audiences=["children"], aud_ok=KIDS_OK, window=SUMMER)
F("林芝 研学", D, city=["nyingchi"])
F("平塘 天眼 学生研学", D, city=["pingtang"], audiences=["children"], aud_ok=KIDS_OK)
F("吐鲁番 高温", D, city=["turpan"], topics=["weather"])
F("Xishuangbanna rainforest camp", D, city=["jinghong"], topics=["ecology"], audiences=["children"], aud_ok=KIDS_OK)
F("汕头 机器人 学生", D, city=["shantou"], topics=["robotics"], audiences=["children"], aud_ok=KIDS_OK)
F("湛江 防台风", D, city=["zhanjiang"], topics=["weather", "emergency"])
F("8月 内蒙古 观星", D, city=INNER_MONGOLIA, topics=["astronomy"], window=W("2027-08-01", "2027-08-31"))
F("格尔木", D, city=["golmud"])
F("满洲里", D, city=["manzhouli"])
F("沈阳 AI 夏令营", D, city=["shenyang"], topics=["ai"], audiences=["children"], aud_ok=KIDS_OK)
F("黑龙江 機器人", D, city=HEILONGJIANG, topics=["robotics"])
F("丹东 亲子", D, city=["dandong"], audiences=["family"], aud_ok=KIDS_OK)
F("西昌 看火箭", D, city=["xichang"], topics=["space"])

# ---- now E: Friday 2027-08-20 ----
F("开学前 兰州 带娃", E, city=["lanzhou"], audiences=["family"], aud_ok=KIDS_OK, window=BEFORE_SCHOOL)
F("这周日 兰州", E, city=["lanzhou"], window=W("2027-08-22"))
F("tomorrow night Zhongwei stargazing", E, city=["zhongwei"], topics=["astronomy"], window=W("2027-08-21", t0="18:00:00"))
F("嘉峪关 明晚", E, city=["jiayuguan"], window=W("2027-08-21", t0="18:00:00"))
F("开学前 线上 教师", E, online=True, audiences=["teachers"], window=BEFORE_SCHOOL)
F("下周 大庆", E, city=["daqing"], window=W("2027-08-23", "2027-08-29"))
F("9月 敦煌", E, city=["dunhuang"], window=W("2027-09-01", "2027-09-30"))
F("开学前 安全 直播", E, online=True, topics=["emergency"], window=BEFORE_SCHOOL)
F("青海 天文", E, city=["golmud"], topics=["astronomy"])
F("今晚 格尔木", E, empty=True)

# ---- now S: Tuesday 2027-09-14 ----
F("中秋 兰州", S, city=["lanzhou"], window=W("2027-09-15"))
F("Mid-Autumn moon watching Shenyang", S, city=["shenyang"], topics=["astronomy"], window=W("2027-09-15"))
F("中秋节 线上", S, online=True, window=W("2027-09-15"))
F("这周末 西藏 观星", S, city=TIBET, topics=["astronomy"], window=W("2027-09-18", "2027-09-19"))
F("新疆 这周末", S, city=XINJIANG, window=W("2027-09-18", "2027-09-19"))
F("国庆 沈阳", S, city=["shenyang"], window=NATIONAL_DAY)
F("国庆 兰州 亲子", S, city=["lanzhou"], audiences=["family"], aud_ok=KIDS_OK, window=NATIONAL_DAY)
F("any rocket launch viewing in Sichuan?", S, city=SICHUAN, topics=["space"])
F("惠州 新能源", S, city=["huizhou"], topics=["energy"])
F("量子 直播", S, online=True, topics=["quantum"])
F("延安 老年人", S, city=["yanan"], audiences=["elderly"])
F("丽江 天文", S, city=["lijiang"], topics=["astronomy"])
F("后天 喀什", S, city=["kashi"], window=W("2027-09-16"))
F("周五 吐鲁番", S, city=["turpan"], window=W("2027-09-17"))
F("Karamay AI", S, city=["karamay"], topics=["ai"])
F("Dunhaung", S, city=["dunhuang"])
F("Is there a stargazing event in Dunhuang this weekend?", S, city=["dunhuang"], topics=["astronomy"],
  window=W("2027-09-18", "2027-09-19"))
F("online events next week", S, online=True, window=W("2027-09-20", "2027-09-26"))
F("昆明 呈贡", S, city=["kunming"], near=[24.84, 102.85, 8])
F("兰洲 老人", S, city=["lanzhou"], audiences=["elderly"])
F("上海 天文", S, empty=True)
T("Ordos New Energy Vehicle Expo", S, "New Energy Vehicle")
