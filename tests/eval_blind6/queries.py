"""Queries of the sixth blind set (see README.md for the meaning chosen for vague words)."""

N1 = "2027-04-28T10:00:00+08:00"  # Wednesday before the May Day holiday (05-01 Sat .. 05-05 Wed)
N2 = "2027-07-06T10:00:00+08:00"  # Tuesday, summer holidays
N3 = "2027-09-23T10:00:00+08:00"  # Thursday before the National Day holiday (10-01 .. 10-07)
N4 = "2027-12-03T10:00:00+08:00"  # Friday


def W(d0, d1=None, t0="00:00:00", t1="23:59:59"):
    return [f"{d0}T{t0}+08:00", f"{d1 or d0}T{t1}+08:00"]


def EVENING(d):
    return W(d, t0="18:00:00")


JILIN_PROV = ["changchun", "jilin"]
HEILONGJIANG = ["harbin", "mudanjiang"]
LIAONING = ["dalian", "anshan"]
NORTHEAST = JILIN_PROV + HEILONGJIANG + LIAONING
GUIZHOU = ["guiyang", "zunyi", "anshun"]
YUNNAN = ["dali", "qujing"]
JIANGSU = ["suzhou", "wuxi"]
ZHEJIANG = ["jinhua", "ningbo", "shaoxing"]
KIDS_OK = ["children", "family"]
# county-level cities and districts asked by name: a circle in the constraint only
KUNSHAN = [31.38, 120.98, 8]
CHANGSHU = [31.65, 120.75, 8]
JIANGYIN = [31.91, 120.28, 8]
YIWU = [29.31, 120.07, 10]
CIXI = [30.17, 121.27, 10]
ZHUJI = [29.71, 120.24, 10]
BEIBEI = [29.82, 106.42, 6]
SHAPINGBA = [29.56, 106.46, 4]
YUZHONG = [29.55, 106.53, 3]
YUBEI = [29.73, 106.58, 6]
WANZHOU = [30.81, 108.41, 10]
JIANGJIN = [29.29, 106.26, 10]
MEITAN = [27.77, 107.48, 10]
NONGAN = [44.43, 125.18, 10]

QUERIES = []


def F(q, now, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": c})


def T(q, now, title_has):
    QUERIES.append({"q": q, "now": now, "mode": "top1", "c": {"title_has": title_has}})


def N(q, now, near, **c):
    """A "near me" query: the user's position goes with the request and the constraint."""
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": dict(c, near=near), "near": near})


# ---- N1: Wed 2027-04-28; 这礼拜六 = 05-01; weekend 05-01..02; 下礼拜 05-03..09; 五一 05-01..05 ----
MAYDAY = W("2027-05-01", "2027-05-05")
WE1 = W("2027-05-01", "2027-05-02")
NW1 = W("2027-05-03", "2027-05-09")
F("长春五一有啥活动", N1, city=["changchun"], window=MAYDAY)
F("五一带娃去哪 大连", N1, city=["dalian"], audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
F("这礼拜六重庆有什么科普", N1, city=["chongqing"], window=W("2027-05-01"))
F("下礼拜 长春", N1, city=["changchun"], window=NW1)
F("后天晚上哈尔滨有啥", N1, city=["harbin"], window=EVENING("2027-04-30"))
F("the day after tomorrow evening in Harbin", N1, city=["harbin"], window=EVENING("2027-04-30"))
F("大后天 银川", N1, city=["yinchuan"], window=W("2027-05-01"))
F("明天 农民培训", N1, audiences=["farmers"], window=W("2027-04-29"))
F("黑龙江 农业", N1, city=HEILONGJIANG, topics=["agriculture"])
F("吉林省 五一 亲子", N1, city=JILIN_PROV, audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
F("吉林市 陨石", N1, city=["jilin"], topics=["astronomy", "geology"])
T("吉林陨石展", N1, "陨石科普展")
F("大连 恐龙", N1, city=["dalian"], topics=["paleontology"])
F("Dalian dinosaurs with the family", N1, city=["dalian"], topics=["paleontology"], audiences=["family"],
  aud_ok=KIDS_OK)
F("重庆 恐龙", N1, city=["chongqing"], topics=["paleontology"])
F("北碚 恐龙化石", N1, city=["chongqing"], near=BEIBEI, topics=["paleontology"])
F("昆山 五一", N1, city=["suzhou"], near=KUNSHAN, window=MAYDAY)
F("kunshan this weekend", N1, city=["suzhou"], near=KUNSHAN, window=WE1)
F("义乌 人工智能", N1, city=["jinhua"], near=YIWU, topics=["ai"])
F("慈溪 物理", N1, city=["ningbo"], near=CIXI, topics=["physics"])
F("江阴 桥梁", N1, city=["wuxi"], near=JIANGYIN, topics=["transport"])
F("贵州 天文", N1, city=GUIZHOU, topics=["astronomy"])
F("遵义 航天", N1, city=["zunyi"], topics=["space"])
F("湄潭 茶农 培训", N1, city=["zunyi"], near=MEITAN, audiences=["farmers"])
F("online AI lecture", N1, online=True, topics=["ai"])
T("天宫课堂 直播", N1, "天宫课堂")
F("线上讲座 中小学生", N1, online=True, audiences=["children"], aud_ok=KIDS_OK)
F("下礼拜 大模型 讲座", N1, topics=["ai"], window=NW1)
F("重庆 老年人 智能手机 培训", N1, city=["chongqing"], topics=["digital_literacy"], audiences=["elderly"])
F("银川 葡萄种植", N1, city=["yinchuan"], topics=["agriculture"])
F("宁夏 五一 亲子", N1, city=["yinchuan"], audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
F("西宁 五一", N1, city=["xining"], window=MAYDAY)
F("青海 藏医药", N1, city=["xining"], topics=["health"])
F("大理 洱海 生态", N1, city=["dali"], topics=["ecology"])
F("曲靖 农民 手机", N1, city=["qujing"], audiences=["farmers"])
F("哈尔滨 大模型", N1, city=["harbin"], topics=["ai"])
F("Harbin AI forum tomorrow", N1, city=["harbin"], topics=["ai"], window=W("2027-04-29"))
F("牡丹江 水稻", N1, city=["mudanjiang"], topics=["agriculture"])
F("重庆 芯片", N1, city=["chongqing"], topics=["semiconductor"])
F("沙坪坝 半导体", N1, city=["chongqing"], near=SHAPINGBA, topics=["semiconductor"])
F("渝北 人工智能", N1, city=["chongqing"], near=YUBEI, topics=["ai"])
F("金华 五一 航天", N1, city=["jinhua"], topics=["space"], window=MAYDAY)
F("苏州 五一 机器人", N1, city=["suzhou"], topics=["robotics"], window=MAYDAY)
F("江苏 五一 亲子", N1, city=JIANGSU, audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
N("附近有什么活动", N1, [29.57, 106.57, 3])
N("science events near me this weekend", N1, [38.88, 121.56, 5], window=WE1)
F("大連 這週末 親子活動", N1, city=["dalian"], audiences=["family"], aud_ok=KIDS_OK, window=WE1)
F("重慶 禮拜六 恐龍", N1, city=["chongqing"], topics=["paleontology"], window=W("2027-05-01"))
F("Chongquing natural history museum", N1, city=["chongqing"], venue="cqbb")
F("Changchun robot competiton", N1, city=["changchun"], topics=["robotics"])
F("Dailan ocean", N1, city=["dalian"], topics=["ocean"])
T("Guiyang big data expo youth day", N1, "Big Data Expo")
F("长春 AI 讲座 for seniors", N1, city=["changchun"], topics=["ai"], audiences=["elderly"])
F("五一 重庆 亲子", N1, city=["chongqing"], audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
F("长春 航天", N1, city=["changchun"], topics=["space"])
F("吉林 观鸟", N1, city=JILIN_PROV, topics=["ecology"])
F("东北 五一 天文", N1, city=NORTHEAST, topics=["astronomy"], window=MAYDAY)
F("拉萨 五一", N1, empty=True)
F("西宁 量子", N1, empty=True)
F("长春 五一 天文观测", N1, empty=True)

# ---- N2: Tue 2027-07-06; 这礼拜六 07-10; weekend 07-10..11; 下礼拜 07-12..18; 这个月 07-06..31;
#      下个月中旬 08-11..20; 暑假 = until 08-31 ----
SUMMER = W("2027-07-06", "2027-08-31")
MIDAUG = W("2027-08-11", "2027-08-20")
F("暑假 长春 中小学生", N2, city=["changchun"], audiences=["children"], aud_ok=KIDS_OK, window=SUMMER)
F("这礼拜六 常熟", N2, city=["suzhou"], near=CHANGSHU, window=W("2027-07-10"))
F("常熟 观星", N2, city=["suzhou"], near=CHANGSHU, topics=["astronomy"])
F("苏州 这周六 天文", N2, city=["suzhou"], topics=["astronomy"], window=W("2027-07-10"))
F("后天晚上 西宁", N2, city=["xining"], window=EVENING("2027-07-08"))
F("重庆 后天晚上 亲子", N2, city=["chongqing"], audiences=["family"], aud_ok=KIDS_OK, window=EVENING("2027-07-08"))
F("大后天 重庆", N2, city=["chongqing"], window=W("2027-07-09"))
F("下礼拜 重庆 机器人", N2, city=["chongqing"], topics=["robotics"], window=W("2027-07-12", "2027-07-18"))
F("这个月 大连", N2, city=["dalian"], window=W("2027-07-06", "2027-07-31"))
F("下个月中旬 哈尔滨", N2, city=["harbin"], window=MIDAUG)
F("下个月中旬 大连 海洋", N2, city=["dalian"], topics=["ocean"], window=MIDAUG)
F("下个月中旬 西宁 无人机", N2, city=["xining"], topics=["drone"], window=MIDAUG)
F("贵阳 下个月中旬", N2, city=["guiyang"], window=MIDAUG)
F("暑假 无人机营", N2, topics=["drone"], audiences=["children"], aud_ok=KIDS_OK, window=SUMMER)
F("义乌 暑假 无人机", N2, city=["jinhua"], near=YIWU, topics=["drone"], window=SUMMER)
F("金华 恐龙蛋", N2, city=["jinhua"], topics=["paleontology"])
F("dinosaur eggs in Jinhua this summer", N2, city=["jinhua"], topics=["paleontology"], window=SUMMER)
F("大连 海洋 夏令营", N2, city=["dalian"], topics=["ocean"], audiences=["children"], aud_ok=KIDS_OK)
F("Dalian fishermen training", N2, city=["dalian"], audiences=["farmers"])
F("渔民 海洋 培训", N2, topics=["ocean"], audiences=["farmers"])
F("青海 生物多样性", N2, city=["xining"], topics=["biology"])
T("藏羚羊", N2, "藏羚羊")
T("Qinghai lake fish migration", N2, "Naked Carp")
F("宁夏 岩画", N2, city=["yinchuan"], topics=["archaeology"])
F("银川 这周末 亲子", N2, city=["yinchuan"], audiences=["family"], aud_ok=KIDS_OK, window=W("2027-07-10", "2027-07-11"))
T("贵阳 天眼", N2, "天眼")
F("FAST telescope talk Guizhou", N2, city=GUIZHOU, topics=["astronomy"])
F("遵义 小朋友 化学", N2, city=["zunyi"], topics=["chemistry"], audiences=["children"], aud_ok=KIDS_OK)
F("大理 植物", N2, city=["dali"], topics=["biology"])
F("重庆 萤火虫", N2, city=["chongqing"], topics=["biology"])
F("重庆 防汛 避险", N2, city=["chongqing"], topics=["emergency"])
F("昆山 芯片 中学生", N2, city=["suzhou"], near=KUNSHAN, topics=["semiconductor"], audiences=["children"],
  aud_ok=KIDS_OK)
F("昆山 机器人营", N2, empty=True)
F("鞍山 钢铁 研学", N2, city=["anshan"], topics=["materials"])
F("辽宁 材料", N2, city=LIAONING, topics=["materials"])
F("宁波 海洋 亲子 这周六", N2, city=["ningbo"], topics=["ocean"], audiences=["family"], aud_ok=KIDS_OK,
  window=W("2027-07-10"))
F("Ningbo ocean day this Saturday", N2, city=["ningbo"], topics=["ocean"], window=W("2027-07-10"))
F("线上 老年人 健康", N2, online=True, topics=["health"], audiences=["elderly"])
F("online astronomy class for teens this month", N2, online=True, topics=["astronomy"], audiences=["children"],
  aud_ok=KIDS_OK, window=W("2027-07-06", "2027-07-31"))
F("暑假 线上 天文", N2, online=True, topics=["astronomy"], window=SUMMER)
F("吉林 小朋友 陨石", N2, city=JILIN_PROV, topics=["astronomy"], audiences=["children"], aud_ok=KIDS_OK)
F("哈尔滨 暑假 天文营", N2, city=["harbin"], topics=["astronomy"], window=SUMMER)
N("附近 亲子活动", N2, [31.38, 120.98, 5], audiences=["family"], aud_ok=KIDS_OK)
F("Chongqing robot camp for kids next week", N2, city=["chongqing"], topics=["robotics"], audiences=["children"],
  aud_ok=KIDS_OK, window=W("2027-07-12", "2027-07-18"))
F("重慶 暑假 兒童 機器人營", N2, city=["chongqing"], topics=["robotics"], audiences=["children"], aud_ok=KIDS_OK,
  window=SUMMER)
F("大連 海洋 夏令營", N2, city=["dalian"], topics=["ocean"], audiences=["children"], aud_ok=KIDS_OK)
F("長春 這禮拜六 人工智慧", N2, city=["changchun"], topics=["ai"], window=W("2027-07-10"))
F("西寧 觀星", N2, city=["xining"], topics=["astronomy"])
F("哈爾濱 機器人", N2, city=["harbin"], topics=["robotics"])
F("西宁 气象", N2, city=["xining"], topics=["weather"])
F("乌鲁木齐 暑假", N2, empty=True)
F("这个月 线上 健康讲座", N2, online=True, topics=["health"], window=W("2027-07-06", "2027-07-31"))

# ---- N3: Thu 2027-09-23; weekend 09-25..26; 这礼拜六 09-25; 下礼拜 09-27..10-03; 国庆 10-01..07;
#      这个月 09-23..30; 下个月中旬 10-11..20 ----
NATDAY = W("2027-10-01", "2027-10-07")
WE3 = W("2027-09-25", "2027-09-26")
F("国庆 重庆 亲子", N3, city=["chongqing"], audiences=["family"], aud_ok=KIDS_OK, window=NATDAY)
F("十一 大连", N3, city=["dalian"], window=NATDAY)
F("国庆节 遵义", N3, city=["zunyi"], window=NATDAY)
F("国庆 贵州 地质", N3, city=GUIZHOU, topics=["geology"], window=NATDAY)
F("黄果树 喀斯特", N3, city=["anshun"], topics=["geology"])
F("安顺 国庆", N3, city=["anshun"], window=NATDAY)
F("宁夏 国庆 机器人", N3, city=["yinchuan"], topics=["robotics"], window=NATDAY)
F("这礼拜六 长春", N3, city=["changchun"], window=W("2027-09-25"))
F("长春 新能源汽车", N3, city=["changchun"], topics=["energy"])
F("后天晚上 银川 观星", N3, city=["yinchuan"], topics=["astronomy"], window=EVENING("2027-09-25"))
F("后天晚上 大连", N3, city=["dalian"], window=EVENING("2027-09-25"))
F("大后天 长春 亲子", N3, city=["changchun"], audiences=["family"], aud_ok=KIDS_OK, window=W("2027-09-26"))
F("下礼拜 昆山", N3, city=["suzhou"], near=KUNSHAN, window=W("2027-09-27", "2027-10-03"))
F("下礼拜 义乌 食品安全", N3, city=["jinhua"], near=YIWU, topics=["food_safety"], window=W("2027-09-27", "2027-10-03"))
F("下个月中旬 长春 量子", N3, city=["changchun"], topics=["quantum"], window=W("2027-10-11", "2027-10-20"))
F("下个月中旬 贵阳", N3, city=["guiyang"], window=W("2027-10-11", "2027-10-20"))
F("这个月 大理 农民 培训", N3, city=["dali"], audiences=["farmers"], window=W("2027-09-23", "2027-09-30"))
F("大理 咖啡种植", N3, city=["dali"], topics=["agriculture"])
F("无人机植保 培训", N3, topics=["drone"], audiences=["farmers"])
F("农安 玉米", N3, city=["changchun"], near=NONGAN, topics=["agriculture"])
F("诸暨 珍珠", N3, city=["shaoxing"], near=ZHUJI, topics=["agriculture"])
F("绍兴 这周末", N3, city=["shaoxing"], window=WE3)
F("Xining first aid", N3, city=["xining"], topics=["emergency"])
T("高原反应", N3, "高原反应")
F("国庆 线上 急救", N3, online=True, topics=["emergency"], window=NATDAY)
F("深海 直播", N3, online=True, topics=["deep_earth_sea"])
F("livestream deep sea submersible", N3, online=True, topics=["deep_earth_sea"])
F("哈尔滨 国庆 航天", N3, city=["harbin"], topics=["space"], window=NATDAY)
F("重庆 航天展", N3, city=["chongqing"], topics=["space"])
F("渝中 桥梁", N3, city=["chongqing"], near=YUZHONG, topics=["transport"])
F("万州 生态", N3, city=["chongqing"], near=WANZHOU, topics=["ecology"])
F("慈溪 国庆 观鸟", N3, city=["ningbo"], near=CIXI, topics=["ecology"], window=NATDAY)
F("宁波 国庆 机器人", N3, city=["ningbo"], topics=["robotics"], window=NATDAY)
F("鞍山 新材料", N3, city=["anshan"], topics=["materials"])
F("大连 芯片 这周六", N3, city=["dalian"], topics=["semiconductor"], window=W("2027-09-25"))
F("Dalian chip design open class", N3, city=["dalian"], topics=["semiconductor"])
F("曲靖 古生物", N3, city=["qujing"], topics=["paleontology"])
F("昆山 人工智能", N3, city=["suzhou"], near=KUNSHAN, topics=["ai"])
F("國慶 重慶 親子活動", N3, city=["chongqing"], audiences=["family"], aud_ok=KIDS_OK, window=NATDAY)
F("寧夏 國慶 機器人", N3, city=["yinchuan"], topics=["robotics"], window=NATDAY)
F("Harbin space exibition during National Day", N3, city=["harbin"], topics=["space"], window=NATDAY)
F("西宁 国庆 天文", N3, empty=True)
N("国庆 附近 科普", N3, [38.48, 106.22, 3], window=NATDAY)
F("银川 化学", N3, city=["yinchuan"], topics=["chemistry"])
F("长春 电池", N3, city=["changchun"], topics=["energy"])
F("大理 国庆 天文 亲子", N3, city=["dali"], topics=["astronomy"], audiences=["family"], aud_ok=KIDS_OK,
  window=NATDAY)
F("金华 国庆 恐龙", N3, city=["jinhua"], topics=["paleontology"], window=NATDAY)
F("这周末 遵义", N3, empty=True)
F("鞍山 下礼拜", N3, city=["anshan"], window=W("2027-09-27", "2027-10-03"))
F("重庆 这个月", N3, city=["chongqing"], window=W("2027-09-23", "2027-09-30"))

# ---- N4: Fri 2027-12-03; 这礼拜六 12-04; weekend 12-04..05; 下礼拜 12-06..12; 这个月 12-03..31;
#      下个月中旬 2028-01-11..20; 元旦 2028-01-01; 跨年夜 12-31 evening ----
DEC = W("2027-12-03", "2027-12-31")
MIDJAN = W("2028-01-11", "2028-01-20")
F("这礼拜六 哈尔滨", N4, city=["harbin"], window=W("2027-12-04"))
F("哈尔滨 这个月 冰雪", N4, city=["harbin"], topics=["ice_snow"], window=DEC)
T("冰雪大世界", N4, "冰雪大世界")
F("下个月中旬 哈尔滨", N4, city=["harbin"], window=MIDJAN)
F("下个月中旬 长春 中小学生", N4, city=["changchun"], audiences=["children"], aud_ok=KIDS_OK, window=MIDJAN)
F("下礼拜 贵阳", N4, city=["guiyang"], window=W("2027-12-06", "2027-12-12"))
F("贵阳 考试焦虑", N4, city=["guiyang"], topics=["psychology"])
F("online mental health talk", N4, online=True, topics=["psychology"])
T("双子座流星雨", N4, "双子座流星雨")  # both Geminids events answer it (first written as only the livestream: unfair)
F("stargazing in Xining this month", N4, city=["xining"], topics=["astronomy"], window=DEC)
F("吉林 雾凇", N4, city=JILIN_PROV, topics=["weather"])
F("吉林市 这个月 亲子", N4, city=["jilin"], audiences=["family"], aud_ok=KIDS_OK, window=DEC)
F("大连 老年人 防诈骗", N4, city=["dalian"], topics=["digital_literacy"], audiences=["elderly"])
F("老年人 防诈骗", N4, topics=["digital_literacy"], audiences=["elderly"])
F("常熟 急救", N4, city=["suzhou"], near=CHANGSHU, topics=["emergency"])
F("CPR training Changshu this weekend", N4, city=["suzhou"], near=CHANGSHU, topics=["emergency"],
  window=W("2027-12-04", "2027-12-05"))
F("江阴 急救 下个月中旬", N4, city=["wuxi"], near=JIANGYIN, topics=["emergency"], window=MIDJAN)
F("江阴 新材料", N4, city=["wuxi"], near=JIANGYIN, topics=["materials"])
F("大理 地震 演练", N4, city=["dali"], topics=["emergency"])
F("大理 候鸟", N4, city=["dali"], topics=["ecology"])
F("重庆 这个月 恐龙", N4, city=["chongqing"], topics=["paleontology"], window=DEC)
F("江津 柑橘", N4, city=["chongqing"], near=JIANGJIN, topics=["agriculture"])
F("重庆 果农 培训", N4, city=["chongqing"], audiences=["farmers"])
F("Chongqing AI meetup", N4, city=["chongqing"], topics=["ai"])
F("元旦 贵阳", N4, city=["guiyang"], window=W("2028-01-01"))
F("跨年夜 义乌", N4, city=["jinhua"], near=YIWU, window=EVENING("2027-12-31"))
F("New Year's Eve drone show Yiwu", N4, city=["jinhua"], near=YIWU, topics=["drone"], window=EVENING("2027-12-31"))
F("银川 垃圾分类", N4, city=["yinchuan"], topics=["ecology"])
F("垃圾分类 老年人", N4, topics=["ecology"], audiences=["elderly"])
F("遵义 茶农", N4, city=["zunyi"], audiences=["farmers"])
F("哈尔滨 老年人 健康", N4, city=["harbin"], topics=["health"], audiences=["elderly"])
F("大后天 贵阳 老年人", N4, city=["guiyang"], audiences=["elderly"], window=W("2027-12-06"))
F("重庆 后天晚上 观星", N4, city=["chongqing"], topics=["astronomy"], window=EVENING("2027-12-05"))
F("下个月中旬 重庆 航天", N4, city=["chongqing"], topics=["space"], window=MIDJAN)
F("下个月中旬 大连", N4, city=["dalian"], window=MIDJAN)
F("昆山 亲子 AI", N4, city=["suzhou"], near=KUNSHAN, topics=["ai"], audiences=["family"], aud_ok=KIDS_OK)
F("慈溪 气象", N4, city=["ningbo"], near=CIXI, topics=["weather"])
F("online python course for teenagers", N4, online=True, topics=["ai"], audiences=["children"], aud_ok=KIDS_OK)
F("哈爾濱 這個月 冰雪 親子", N4, city=["harbin"], topics=["ice_snow"], audiences=["family"], aud_ok=KIDS_OK,
  window=DEC)
F("下個月中旬 長春 青少年", N4, city=["changchun"], audiences=["children"], aud_ok=KIDS_OK, window=MIDJAN)
F("Harbin ice festivl", N4, city=["harbin"], topics=["ice_snow"])
N("附近 这周末", N4, [45.80, 126.55, 3], window=W("2027-12-04", "2027-12-05"))
F("哈尔滨 无人机", N4, empty=True)
F("呼伦贝尔 这个月", N4, empty=True)
F("西宁 冬季 天文", N4, city=["xining"], topics=["astronomy"])
F("线上 心理健康", N4, online=True, topics=["psychology"])
F("哈尔滨 物理", N4, city=["harbin"], topics=["physics"])
F("长春 急救", N4, city=["changchun"], topics=["emergency"])
F("黑龙江 这个月", N4, city=HEILONGJIANG, window=DEC)
F("云南 这个月", N4, city=YUNNAN, window=DEC)
F("浙江 这个月 亲子", N4, city=ZHEJIANG, audiences=["family"], aud_ok=KIDS_OK, window=DEC)
