"""Queries of the seventh blind set (see README.md for the meaning chosen for vague words)."""

N1 = "2026-12-02T10:00:00+08:00"  # Wednesday, early December
N2 = "2027-04-22T10:00:00+08:00"  # Thursday (世界地球日), two days before 中国航天日 04-24, before May Day
N3 = "2027-07-14T10:00:00+08:00"  # Wednesday, summer holidays
N4 = "2027-10-12T10:00:00+08:00"  # Tuesday after the National Day holiday


def W(d0, d1=None, t0="00:00:00", t1="23:59:59"):
    return [f"{d0}T{t0}+08:00", f"{d1 or d0}T{t1}+08:00"]


def EVENING(d):
    return W(d, t0="18:00:00")


def AFTERNOON(d):
    return W(d, t0="12:00:00", t1="18:00:00")


SICHUAN = ["mianyang", "yibin", "nanchong"]
SHAANXI = ["baoji", "xianyang", "hanzhong"]
HUNAN = ["hengyang", "zhuzhou"]
HUBEI = ["jingzhou", "xiangyang", "wuhan"]
SHANDONG = ["taian", "jining"]
HENAN = ["xinxiang", "nanyang"]
ANHUI = ["anqing", "fuyang"]
GUANGDONG = ["jiangmen", "zhaoqing", "guangzhou"]
FUJIAN = ["putian", "sanming"]
HEBEI = ["langfang", "cangzhou"]
KIDS_OK = ["children", "family"]
# county-level places, districts and scenic areas asked by name: a circle in the constraint only
PINGWU = [32.41, 104.53, 10]
LANGZHONG = [31.56, 105.97, 10]
CHANGNING = [28.55, 104.98, 10]   # 长宁县 / 蜀南竹海
YANGLING = [34.28, 108.07, 8]
YANGXIAN = [33.22, 107.55, 10]
TAIBAI = [34.06, 107.75, 10]      # 太白山 (眉县)
NANYUE = [27.25, 112.70, 8]       # 南岳区 / 衡山
HONGHU = [29.83, 113.47, 10]
FEICHENG = [36.18, 116.77, 10]
QUFU = [35.59, 116.99, 8]
WEISHAN = [34.81, 117.13, 10]     # 微山县 / 微山湖
HUIXIAN = [35.48, 113.79, 10]
XIXIA = [33.31, 111.49, 10]
QIANSHAN = [30.64, 116.57, 10]    # 潜山市 / 天柱山
XINHUI = [22.53, 113.02, 8]
TAISHAN_GD = [22.25, 112.79, 10]  # 台山市
DINGHU = [23.17, 112.54, 6]       # 鼎湖区 / 鼎湖山
TAINING = [26.90, 117.17, 10]
YANJIAO = [39.95, 116.82, 6]      # 燕郊 (三河市)
HUANGHUA = [38.37, 117.33, 10]

QUERIES = []


def F(q, now, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": c})


def T(q, now, title_has):
    QUERIES.append({"q": q, "now": now, "mode": "top1", "c": {"title_has": title_has}})


def N(q, now, near, **c):
    """A "near me" query: the user's position goes with the request and the constraint."""
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": dict(c, near=near), "near": near})


# ---- N1: Wed 2026-12-02; 这周末 12-05..06; 下周 12-07..13; 下下周 12-14..20; 这个月底 12-25..31; 元旦 01-01..03 ----
WE1 = W("2026-12-05", "2026-12-06")
NW1 = W("2026-12-07", "2026-12-13")
NNW1 = W("2026-12-14", "2026-12-20")
END_DEC = W("2026-12-25", "2026-12-31")
YUANDAN = W("2027-01-01", "2027-01-03")
F("请问这周末绵阳有什么科普活动吗", N1, city=["mianyang"], window=WE1)
F("想带孩子去看星星，绵阳有没有", N1, city=["mianyang"], topics=["astronomy"], audiences=["family"], aud_ok=KIDS_OK)
F("12月10号到15号 北京有什么活动", N1, city=["beijing"], window=W("2026-12-10", "2026-12-15"))
F("What's happening in Jiangmen on Dec 5th?", N1, city=["jiangmen"], window=W("2026-12-05"))
F("12/20 阜阳", N1, city=["fuyang"], window=W("2026-12-20"))
F("下下周 荆州", N1, city=["jingzhou"], window=NNW1)
F("这个月底有什么天文活动", N1, topics=["astronomy"], window=END_DEC)
F("这周六下午有什么亲子活动", N1, audiences=["family"], aud_ok=KIDS_OK, window=AFTERNOON("2026-12-05"))
F("下周三晚上有什么线上讲座", N1, online=True, window=EVENING("2026-12-09"))
F("三天内 新乡", N1, city=["xinxiang"], window=["2026-12-02T10:00:00+08:00", "2026-12-04T23:59:59+08:00"])
F("最近泰安有没有看星星的", N1, city=["taian"], topics=["astronomy"])
F("元旦 阆中有活动吗", N1, city=["nanchong"], near=LANGZHONG, window=YUANDAN)
F("阆中 有天文活动吗", N1, city=["nanchong"], near=LANGZHONG, topics=["astronomy"])
F("南充 天文", N1, city=["nanchong"], topics=["astronomy"])
F("宝鸡 青铜器", N1, city=["baoji"], topics=["archaeology"])
F("宝鸡青铜器博物院 活动", N1, venue="bjqt")
T("何尊特展", N1, "何尊")
F("senior smartphone class anqing", N1, city=["anqing"], topics=["digital_literacy"], audiences=["elderly"])
F("老人 防诈骗 廊坊", N1, city=["langfang"], topics=["digital_literacy"], audiences=["elderly"])
F("燕郊有什么活动", N1, city=["langfang"], near=YANJIAO)
F("我爸妈在襄阳，有没有适合老人的健康讲座", N1, city=["xiangyang"], topics=["health"], audiences=["elderly"])
F("南阳 中医", N1, city=["nanyang"], topics=["health"], title_has="中医")
T("张仲景 讲座", N1, "张仲景")
F("Nanyang dinosaur eggs", N1, city=["nanyang"], topics=["paleontology"])
F("西峡 恐龙蛋", N1, city=["nanyang"], near=XIXIA, topics=["paleontology"])
F("安庆 江豚", N1, city=["anqing"], topics=["biology"])
T("江豚 展", N1, "江豚")
T("廊坊 人工智能展", N1, "人工智能展")
T("北京 看流星雨", N1, "Meteor Shower")
T("株州 高铁 开放日", N1, "高铁")
F("小学生 编程", N1, topics=["ai"], audiences=["children"], aud_ok=KIDS_OK)
T("大学生编程比赛", N1, "大学生编程马拉松")
F("Beijing planetarium", N1, venue="bjtwg")
F("湖南 这周末", N1, city=HUNAN, window=WE1)
F("下周 湖北", N1, city=HUBEI, window=NW1)
F("广东 周末 亲子", N1, city=GUANGDONG, audiences=["family"], aud_ok=KIDS_OK, window=WE1)
F("陕西 下周", N1, city=SHAANXI, window=NW1)
F("阜阳 AI 亲子", N1, city=["fuyang"], topics=["ai"], audiences=["family"], aud_ok=KIDS_OK)
F("12月中旬 河南", N1, city=HENAN, window=W("2026-12-11", "2026-12-20"))
F("semiconductor talk in shanghai next week", N1, city=["shanghai"], topics=["semiconductor"], window=NW1)
F("洪湖 观鸟", N1, city=["jingzhou"], near=HONGHU, topics=["ecology"])
F("这周末 洪湖", N1, city=["jingzhou"], near=HONGHU, window=WE1)
F("肇庆 鼎湖山", N1, city=["zhaoqing"], near=DINGHU)
F("沧州 农民 培训", N1, city=["cangzhou"], audiences=["farmers"])
F("agricultre training in Cangzhou", N1, city=["cangzhou"], topics=["agriculture"])
F("hengyang nuclear energy", N1, city=["hengyang"], topics=["energy"])
F("Stargazing with my kids in Tai'an this weekend", N1, city=["taian"], topics=["astronomy"], audiences=["family"],
  aud_ok=KIDS_OK, window=WE1)
F("莆田 天闻", N1, city=["putian"], topics=["astronomy"])
F("山西 这个月", N1, city=["changzhi"], window=W("2026-12-02", "2026-12-31"))
F("宜宾 天文", N1, empty=True)
F("大同 这周末", N1, empty=True)
F("online astronomy lecture", N1, online=True, topics=["astronomy"])
N("附近有什么活动", N1, [26.26, 117.64, 3])
N("我在新乡科技馆附近，这周末有什么", N1, [35.30, 113.90, 3], window=WE1)
F("宝妈带娃周末去哪 新乡", N1, city=["xinxiang"], audiences=["family"], aud_ok=KIDS_OK, window=WE1)
F("12月 Guangzhou 亲子", N1, city=["guangzhou"], audiences=["family"], aud_ok=KIDS_OK, window=W("2026-12-01", "2026-12-31"))
F("南岳衡山 气象", N1, city=["hengyang"], near=NANYUE, topics=["weather"])
T("越王勾践剑", N1, "越王勾践剑")
T("落下闳 讲座", N1, "落下闳")
F("元旦 北京 带孩子", N1, city=["beijing"], audiences=["family"], aud_ok=KIDS_OK, window=YUANDAN)
F("绵阳 飞机", N1, empty=True)

# ---- N2: Thu 2027-04-22; 后天 = 04-24 (中国航天日); 这周末 04-24..25; 下周 04-26..05-02; 下下周 05-03..09;
#      这个月底 04-24..30; 五一 05-01..05 ----
WE2 = W("2027-04-24", "2027-04-25")
NW2 = W("2027-04-26", "2027-05-02")
NNW2 = W("2027-05-03", "2027-05-09")
END_APR = W("2027-04-24", "2027-04-30")
MAYDAY = W("2027-05-01", "2027-05-05")
F("后天有什么航天科普吗", N2, topics=["space"], window=W("2027-04-24"))
F("中国航天日那天有啥航天活动", N2, topics=["space"], window=W("2027-04-24"))
F("五一带娃去哪 湖南", N2, city=HUNAN, audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
F("五一 衡阳 小学生 科普", N2, city=["hengyang"], audiences=["children"], aud_ok=KIDS_OK, window=MAYDAY)
F("这个月底 绵阳", N2, city=["mianyang"], window=END_APR)
F("绵阳 大熊猫", N2, city=["mianyang"], topics=["biology"])
F("哪里能看到大熊猫", N2, topics=["biology"], title_has="大熊猫")
F("平武 这周末", N2, city=["mianyang"], near=PINGWU, window=WE2)
F("汉中 飞机", N2, city=["hanzhong"], topics=["transport"])
F("陕西 飞机", N2, city=SHAANXI, topics=["transport"])
F("去洋县看朱鹮", N2, city=["hanzhong"], near=YANGXIAN, topics=["biology", "ecology"])
F("杨凌 明天 农业培训", N2, city=["xianyang"], near=YANGLING, topics=["agriculture"], window=W("2027-04-23"))
F("farmers training tomorrow", N2, audiences=["farmers"], window=W("2027-04-23"))
F("宝鸡 这周日", N2, city=["baoji"], window=W("2027-04-25"))
F("爸妈有高血压，宝鸡有讲座吗", N2, city=["baoji"], topics=["health"], audiences=["elderly"])
F("衡阳 中医", N2, city=["hengyang"], topics=["health"], title_has="中医")
F("南阳 五一 恐龙", N2, city=["nanyang"], topics=["paleontology"], window=MAYDAY)
F("五一 带孩子看化石", N2, topics=["paleontology"], audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
F("荆洲 考古", N2, city=["jingzhou"], topics=["archaeology"])
F("Jingzhou Museum", N2, venue="jzbwg")
F("Yangtze University open day", N2, venue="jzyu")
F("襄阳 新能源汽车", N2, city=["xiangyang"], topics=["energy"])
F("Xiangyang electirc car", N2, city=["xiangyang"], topics=["energy"])
F("湖北 机器人比赛", N2, city=HUBEI, topics=["robotics"])
F("泰山 地质", N2, city=["taian"], topics=["geology"])
F("肥城 桃树", N2, city=["taian"], near=FEICHENG, topics=["agriculture"])
F("微山湖 观鸟", N2, city=["jining"], near=WEISHAN, topics=["ecology"])
F("曲阜 考古讲座", N2, city=["jining"], near=QUFU, topics=["archaeology"])
F("新乡 五一", N2, city=["xinxiang"], window=MAYDAY)
F("潜山 天柱山", N2, city=["anqing"], near=QIANSHAN)
F("阜阳 小麦 病虫害", N2, city=["fuyang"], topics=["agriculture"])
T("中微子 开放日", N2, "中微子")
F("新会 小鸟天堂 观鸟", N2, city=["jiangmen"], near=XINHUI, topics=["ecology"])
T("小鸟天堂 看鹭鸟", N2, "小鸟天堂")
T("七星岩 溶洞", N2, "七星岩")
F("肇庆 初中生 火箭比赛", N2, city=["zhaoqing"], topics=["space"], audiences=["children"], aud_ok=KIDS_OK)
F("莆田 荔枝", N2, city=["putian"], topics=["agriculture"])
F("三明 考古", N2, city=["sanming"], topics=["archaeology"])
F("廊坊 航天", N2, city=["langfang"], topics=["space"])
F("沧州 五一 机器人", N2, city=["cangzhou"], topics=["robotics"], window=MAYDAY)
F("长治 能源", N2, city=["changzhi"], topics=["energy"])
T("上党 中医药文化节", N2, "中医药文化节")
T("上海天文馆 火星展", N2, "火星")
F("上海 量子", N2, empty=True)
F("武汉 大熊猫展", N2, city=["wuhan"], topics=["biology"])
F("4月24号 江门", N2, city=["jiangmen"], window=W("2027-04-24"))
F("下下周 湖北", N2, city=HUBEI, window=NNW2)
F("online talk for seniors about phone scams", N2, online=True, topics=["digital_literacy"], audiences=["elderly"])
F("这个月底 线上", N2, online=True, window=END_APR)
F("宜宾 化学", N2, city=["yibin"], topics=["chemistry"])
F("宜宾 长江 生太", N2, city=["yibin"], topics=["ecology"])
N("附近 这周末", N2, [34.35, 107.19, 3], window=WE2)
F("下周 湖南 老人", N2, city=HUNAN, audiences=["elderly"], window=NW2)
F("安徽 五一", N2, city=ANHUI, window=MAYDAY)
F("宝妈群里问：五一 阜阳 带娃去哪", N2, city=["fuyang"], audiences=["family"], aud_ok=KIDS_OK, window=MAYDAY)
F("湖北 这周末 亲子", N2, city=HUBEI, audiences=["family"], aud_ok=KIDS_OK, window=WE2)
F("五一 science show 衡阳", N2, city=["hengyang"], topics=["physics", "chemistry"], window=MAYDAY)
T("青铜锈是怎么来的", N2, "青铜器里的化学")
T("兵马俑 科技", N2, "兵马俑")
T("Maglev talk Zhuzhou", N2, "Maglev")
F("汉中 下周", N2, city=["hanzhong"], window=NW2)

# ---- N3: Wed 2027-07-14; 明天 07-15; 这周末 07-17..18; 这周六 07-17; 下周 07-19..25; 暑假 now..08-31; 8月初 08-01..10 ----
WE3 = W("2027-07-17", "2027-07-18")
NW3 = W("2027-07-19", "2027-07-25")
SUMMER = W("2027-07-14", "2027-08-31")
F("孩子放暑假了，有没有垃圾分类的亲子活动", N3, topics=["ecology"], title_has="垃圾分类", audiences=["family"],
  aud_ok=KIDS_OK)
F("防溺水安全课", N3, topics=["emergency"], title_has="防溺水")
F("宜宾 防溺水", N3, city=["yibin"], topics=["emergency"])
F("明天 防溺水 直播", N3, online=True, topics=["emergency"], window=W("2027-07-15"))
F("这周末 咸阳", N3, city=["xianyang"], window=WE3)
F("杨凌 昆虫", N3, city=["xianyang"], near=YANGLING, topics=["biology"])
F("drone class for teens Xianyang", N3, city=["xianyang"], topics=["drone"], audiences=["children"], aud_ok=KIDS_OK)
F("7.24 北京", N3, city=["beijing"], window=W("2027-07-24"))
T("北京 恐龙化石展", N3, "恐龙化石")
F("暑假有没有化石展览", N3, topics=["paleontology"], window=SUMMER)
F("Is there anything about dinosaurs in Henan?", N3, city=HENAN, topics=["paleontology"])
F("长宁 竹海 亲子", N3, city=["yibin"], near=CHANGNING, audiences=["family"], aud_ok=KIDS_OK)
F("宜宾 暑假 初中生 考古营", N3, city=["yibin"], topics=["archaeology"], audiences=["children"], aud_ok=KIDS_OK,
  window=SUMMER)
T("李庄 测绘", N3, "李庄")
F("阆中 天文夏令营", N3, city=["nanchong"], near=LANGZHONG, topics=["astronomy"], audiences=["children"],
  aud_ok=KIDS_OK)
F("stargazing camp for kids in Sichuan", N3, city=SICHUAN, topics=["astronomy"], audiences=["children"],
  aud_ok=KIDS_OK)
F("太白山 中小学生 研学", N3, city=["baoji"], near=TAIBAI, audiences=["children"], aud_ok=KIDS_OK)
F("株洲 萤火虫", N3, city=["zhuzhou"], topics=["biology"])
F("有没有适合宝妈带娃的活动 株洲 这周", N3, city=["zhuzhou"], audiences=["family"], aud_ok=KIDS_OK,
  window=W("2027-07-14", "2027-07-18"))
F("荆州 暑期 小朋友 考古", N3, city=["jingzhou"], topics=["archaeology"], audiences=["children"], aud_ok=KIDS_OK,
  window=SUMMER)
F("洪湖 虾稻", N3, city=["jingzhou"], near=HONGHU, topics=["agriculture"])
F("洪湖 今天 观鸟", N3, empty=True)
F("襄阳 化学 夏令营", N3, city=["xiangyang"], topics=["chemistry"])
F("泰安 这周末 亲子", N3, city=["taian"], audiences=["family"], aud_ok=KIDS_OK, window=WE3)
F("济宁 量子", N3, city=["jining"], topics=["quantum"])
F("微山湖 荷花 研学", N3, empty=True)
F("新乡 机器人夏令营", N3, city=["xinxiang"], topics=["robotics"])
F("辉县 明天 防汛演练", N3, city=["xinxiang"], near=HUIXIAN, topics=["emergency"], window=W("2027-07-15"))
F("南阳 中医 小学生", N3, city=["nanyang"], topics=["health"], audiences=["children"], aud_ok=KIDS_OK)
F("安庆 天文 夏令营", N3, city=["anqing"], topics=["astronomy"])
F("Fuyang drowning prevention", N3, city=["fuyang"], topics=["emergency"])
F("台山 防台风", N3, city=["jiangmen"], near=TAISHAN_GD, topics=["weather"])
F("insect night walk Zhaoqing", N3, city=["zhaoqing"], topics=["biology"])
F("肇庆 露营 看星星", N3, empty=True)
F("莆田 海洋 小学生", N3, city=["putian"], topics=["ocean"], audiences=["children"], aud_ok=KIDS_OK)
F("福建 台风 演练", N3, city=FUJIAN, topics=["emergency"])
F("泰宁 丹霞", N3, city=["sanming"], near=TAINING, topics=["geology"])
F("coding class for kids this Saturday", N3, topics=["ai"], audiences=["children"], aud_ok=KIDS_OK,
  window=W("2027-07-17"))
F("廊坊 航天夏令营", N3, empty=True)
F("黄骅 海洋 孩子", N3, city=["cangzhou"], near=HUANGHUA, topics=["ocean"], audiences=["children"], aud_ok=KIDS_OK)
T("太行山大峡谷", N3, "太行山大峡谷")
F("长治 暑假 初中生 研学", N3, city=["changzhi"], audiences=["children"], aud_ok=KIDS_OK, window=SUMMER)
F("广州 深海", N3, city=["guangzhou"], topics=["deep_earth_sea"])
F("Guangdong Science Center this summer", N3, venue="gzsc", window=SUMMER)
F("武汉 水稻", N3, city=["wuhan"], topics=["agriculture"])
F("武汉 防汛", N3, city=["wuhan"], topics=["emergency"])
F("下周 湖北", N3, city=HUBEI, window=NW3)
F("8月初 四川", N3, city=SICHUAN, window=W("2027-08-01", "2027-08-10"))
N("我在荆州博物馆，附近最近有什么活动", N3, [30.35, 112.19, 3])
F("暑加 天文 夏令营", N3, topics=["astronomy"], audiences=["children"], aud_ok=KIDS_OK, window=SUMMER)
F("robot competiton in Beijing", N3, city=["beijing"], topics=["robotics"])
F("初中生 暑假 机器人", N3, topics=["robotics"], audiences=["children"], aud_ok=KIDS_OK, window=SUMMER)
F("汉中 飞机 小朋友", N3, city=["hanzhong"], topics=["transport"], audiences=["children"], aud_ok=KIDS_OK)
F("Are there any science events for kids in Mianyang this summer?", N3, city=["mianyang"], audiences=["children"],
  aud_ok=KIDS_OK, window=SUMMER)
F("西南科技大学 机器人", N3, venue="myswust")
T("湄洲岛 海洋生物课", N3, "湄洲岛")
F("这周末 Beijing 有什么", N3, city=["beijing"], window=WE3)
F("北京或上海 暑假", N3, city=["beijing", "shanghai"], window=SUMMER)

# ---- N4: Tue 2027-10-12; 这周六 10-16; 这周末 10-16..17; 下周 10-18..24; 下个月 11-01..30; 11月中旬 11-11..20;
#      这个月底 10-25..31 ----
WE4 = W("2027-10-16", "2027-10-17")
NW4 = W("2027-10-18", "2027-10-24")
NOV = W("2027-11-01", "2027-11-30")
F("下个月有什么线上讲座", N4, online=True, window=NOV)
F("11月中旬 济宁", N4, city=["jining"], window=W("2027-11-11", "2027-11-20"))
F("十月二十三号 宜宾", N4, city=["yibin"], window=W("2027-10-23"))
F("Oct 23 events in Sanming", N4, city=["sanming"], window=W("2027-10-23"))
F("下周 湖南", N4, city=HUNAN, window=NW4)
F("这周六 广州", N4, city=["guangzhou"], window=W("2027-10-16"))
F("drone show guangzhou saturday night", N4, city=["guangzhou"], topics=["drone"], window=EVENING("2027-10-16"))
T("杨凌农高会", N4, "农高会")
F("杨凌 下周", N4, city=["xianyang"], near=YANGLING, window=NW4)
F("咸阳 无人机", N4, empty=True)
F("汉中 火箭", N4, city=["hanzhong"], topics=["space"])
F("汉中 飞机 展览", N4, city=["hanzhong"], topics=["transport"])
F("陕西 这周末", N4, city=SHAANXI, window=WE4)
F("绵阳 物理", N4, city=["mianyang"], topics=["physics"])
F("南充 大学生 心理讲座", N4, city=["nanchong"], topics=["psychology"])
F("大学生 心理健康 线上讲座", N4, online=True, topics=["psychology"])
F("周末 robot 活动 南充", N4, city=["nanchong"], topics=["robotics"], window=WE4)
F("太白山 气象站", N4, city=["baoji"], near=TAIBAI, topics=["weather"])
F("株洲 老人 智能手机", N4, city=["zhuzhou"], topics=["digital_literacy"], audiences=["elderly"])
F("襄阳 无人驾驶 体验", N4, city=["xiangyang"], topics=["ai", "transport"])
T("泰山 日出 云海", N4, "云海")
F("泰安 小麦 灌溉", N4, city=["taian"], topics=["agriculture"])
T("新乡 编程马拉松", N4, "编程马拉松")
F("新乡 小麦", N4, city=["xinxiang"], topics=["agriculture"])
F("南阳 南水北调", N4, city=["nanyang"], topics=["ecology"])
F("安庆 老人 中医 养生", N4, city=["anqing"], topics=["health"], audiences=["elderly"])
F("阜阳 食品安权", N4, city=["fuyang"], topics=["food_safety"])
F("广东 渔民 培训", N4, city=GUANGDONG, audiences=["farmers"])
F("江门 量子", N4, city=["jiangmen"], topics=["quantum"])
T("端砚", N4, "端砚")
F("肇庆 地质", N4, city=["zhaoqing"], topics=["geology"])
F("beach cleanup Putian this weekend", N4, city=["putian"], topics=["ecology"], window=WE4)
F("三明 森林碳汇 讲座", N4, city=["sanming"], topics=["ecology"])
F("燕郊 天文 亲子", N4, city=["langfang"], near=YANJIAO, topics=["astronomy"], audiences=["family"], aud_ok=KIDS_OK)
F("廊坊 这周六晚上", N4, city=["langfang"], window=EVENING("2027-10-16"))
F("沧州 盐碱地", N4, city=["cangzhou"], topics=["agriculture"])
F("长治 化学秀 亲子", N4, city=["changzhi"], topics=["chemistry"], audiences=["family"], aud_ok=KIDS_OK)
F("北京的恐龙展还有吗", N4, city=["beijing"], topics=["paleontology"])
F("上海 C919 大飞机 讲座", N4, city=["shanghai"], topics=["transport"])
F("上海 下个月", N4, city=["shanghai"], window=NOV)
F("湖北 候鸟", N4, city=HUBEI, topics=["ecology"])
T("狮子座流星雨", N4, "狮子座流星雨")
F("带孩子看流星雨 四川", N4, city=SICHUAN, topics=["astronomy"], audiences=["family"], aud_ok=KIDS_OK)
F("online mental health webinar", N4, online=True, topics=["psychology"])
F("线上 中医", N4, online=True, topics=["health"], title_has="中医")
F("防诈骗 老人 下周", N4, topics=["digital_literacy"], audiences=["elderly"], window=NW4)
N("周末 附近有什么", N4, [36.19, 117.09, 5], window=WE4)
N("what's on near me next week", N4, [32.09, 112.17, 5], window=NW4)
F("Guangzhou drone show this weeknd", N4, city=["guangzhou"], topics=["drone"], window=WE4)
F("山东 下个月", N4, city=SHANDONG, window=NOV)
F("河北 11月 亲子", N4, city=HEBEI, audiences=["family"], aud_ok=KIDS_OK, window=NOV)
F("福建 下个月", N4, city=FUJIAN, window=NOV)
F("广州 科技周 AI", N4, city=["guangzhou"], topics=["ai"])
F("大熊猫 展览", N4, empty=True)
F("这个月底 南阳", N4, city=["nanyang"], window=W("2027-10-25", "2027-10-31"))
F("衡阳 植物 徒步", N4, city=["hengyang"], topics=["biology"])
F("下周四晚上 线上讲座", N4, online=True, window=EVENING("2027-10-21"))
F("渔民 海上 急救", N4, topics=["emergency"], audiences=["farmers"])
F("江门 这个月", N4, city=["jiangmen"], window=W("2027-10-12", "2027-10-31"))
F("安徽 下个月", N4, city=ANHUI, window=NOV)
F("三天内 株洲", N4, empty=True)
