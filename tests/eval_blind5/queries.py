"""Queries of the fifth blind set (see README.md for the meaning chosen for vague words)."""

N1 = "2026-10-08T10:00:00+08:00"  # Thursday, the day after the National Day holiday
N2 = "2026-11-30T10:00:00+08:00"  # Monday
N3 = "2027-02-20T10:00:00+08:00"  # Saturday, 元宵节 (Lantern Festival)
N4 = "2027-04-15T10:00:00+08:00"  # Thursday
N5 = "2027-06-01T10:00:00+08:00"  # Tuesday, 儿童节


def W(d0, d1=None, t0="00:00:00", t1="23:59:59"):
    return [f"{d0}T{t0}+08:00", f"{d1 or d0}T{t1}+08:00"]


def EVENING(d):
    return W(d, t0="18:00:00")


HAINAN = ["sanya", "haikou", "qionghai"]
GUANGXI = ["nanning", "guilin", "liuzhou", "beihai"]
FUJIAN = ["zhangzhou", "longyan", "ningde"]
SHANDONG = ["zibo", "rizhao"]
HEBEI = ["chengde", "handan"]
SHANXI = ["yuncheng", "jinzhong"]
HUBEI = ["shiyan", "jingzhou"]
HUNAN = ["zhangjiajie", "xiangtan"]
JIANGXI = ["pingxiang", "shangrao"]
SICHUAN = ["chengdu", "leshan"]
INNER_MONGOLIA = ["baotou", "hohhot"]
KIDS_OK = ["children", "family"]
# districts asked by name: a circle around the district centre, in the constraint only
HAIDIAN = [39.98, 116.31, 4]
PUDONG = [31.21, 121.56, 6]
TIANHE = [23.14, 113.34, 5]
BOAO = [19.16, 110.58, 5]
YANGSHUO = [24.78, 110.49, 10]

QUERIES = []


def F(q, now, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": c})


def T(q, now, title_has):
    QUERIES.append({"q": q, "now": now, "mode": "top1", "c": {"title_has": title_has}})


def N(q, now, near, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": dict(c, near=near), "near": near})


# ---- N1: Thursday 2026-10-08; this weekend = 10-10..11, next week = 10-12..18 ----
WE1 = W("2026-10-10", "2026-10-11")
F("any science stuff for kids this weekend in Guilin?", N1, city=["guilin"], audiences=["children"], aud_ok=KIDS_OK,
  window=WE1)
F("guilin dizhi", N1, city=["guilin"], topics=["geology"])
F("I'm in Sanya next week, anything about marine biology?", N1, city=["sanya"], topics=["ocean"],
  window=W("2026-10-12", "2026-10-18"))
F("sanya haiyang", N1, city=["sanya"], topics=["ocean"])
F("Haidian AI", N1, city=["beijing"], near=HAIDIAN, topics=["ai"])
F("What's on in Pudong this weekend?", N1, city=["shanghai"], near=PUDONG, window=WE1)
F("Tianhe psychology talk", N1, city=["guangzhou"], near=TIANHE, topics=["psychology"])
F("Anyang archaeology this coming weekend", N1, city=["anyang"], topics=["archaeology"], window=WE1)
T("殷墟", N1, "殷墟")
F("山西 考古", N1, city=SHANXI, topics=["archaeology"])
F("Sichuan province robots", N1, city=SICHUAN, topics=["robotics"])
F("Inner Mongolia stargazing", N1, city=INNER_MONGOLIA, topics=["astronomy"])
F("baotou xitu cailiao", N1, city=["baotou"], topics=["materials"])
F("承德 周六晚上 看星星", N1, city=["chengde"], topics=["astronomy"], window=EVENING("2026-10-10"))
F("Xinglong observatory open night", N1, city=["chengde"], venue="cdxl")
F("hangzhou tianwen", N1, city=["hangzhou"], topics=["astronomy"])
F("Macau this weekend", N1, city=["macau"], window=WE1)
F("澳门 物理", N1, city=["macau"], topics=["physics"])
F("HK seniors smartphone class", N1, city=["hongkong"], topics=["digital_literacy"], audiences=["elderly"])
F("Hong Kong Space Museum", N1, city=["hongkong"], venue="hksp")
F("香港 這個週末", N1, city=["hongkong"], window=WE1)
F("线下 亲子 化学 香港", N1, city=["hongkong"], topics=["chemistry"], audiences=["family"], aud_ok=KIDS_OK)
F("Nanning robots this weekend with the family", N1, city=["nanning"], topics=["robotics"], audiences=["family"],
  aud_ok=KIDS_OK, window=WE1)
F("十堰 汽车", N1, city=["shiyan"], topics=["transport"])
F("张家界 地质", N1, city=["zhangjiajie"], topics=["geology"])
F("黄山 气象", N1, city=["huangshan"], topics=["weather"])
F("大后天 成都", N1, city=["chengdu"], window=W("2026-10-11"))
F("beijing tianwenguan", N1, city=["beijing"], venue="bjplanet")
F("Fujian batteries", N1, city=FUJIAN, topics=["energy"])
F("淄博 新材料", N1, city=["zibo"], topics=["materials"])
F("柳州 新能源车", N1, city=["liuzhou"], topics=["energy"])
F("online this weekend", N1, online=True, window=WE1)
F("family chemistry online", N1, online=True, topics=["chemistry"], audiences=["family"], aud_ok=KIDS_OK)
F("Guangzhou next week", N1, city=["guangzhou"], window=W("2026-10-12", "2026-10-18"))
F("深圳 无人机", N1, city=["shenzhen"], topics=["drone"])
F("日照 观星", N1, city=["rizhao"], topics=["astronomy"])
F("邯郸 农民培训", N1, city=["handan"], audiences=["farmers"])
F("萍乡有什么活动", N1, city=["pingxiang"])
F("Xi'an archaeology", N1, empty=True)
F("海口 台风", N1, city=["haikou"], topics=["weather"])
F("Hainan this weekend", N1, city=HAINAN, window=WE1)
N("astronomy", N1, [22.30, 114.175, 2], topics=["astronomy"])

# ---- N2: Monday 2026-11-30; this weekend = 12-05..06, next week = 12-07..13, 下下周 = 12-14..20 ----
D5 = W("2026-12-05")
F("12/5 Haikou", N2, city=["haikou"], window=D5)
F("5 Dec Zibo", N2, city=["zibo"], window=D5)
F("Dec. 5th Leshan", N2, city=["leshan"], window=D5)
F("2026-12-05 漳州", N2, city=["zhangzhou"], window=D5)
F("南阳 12.5", N2, city=["nanyang"], window=D5)
F("十二月五号荆州有什么", N2, city=["jingzhou"], window=D5)
F("下下周 澳门", N2, city=["macau"], window=W("2026-12-14", "2026-12-20"))
F("大后天 邯郸", N2, city=["handan"], window=W("2026-12-03"))
F("本周六日 深圳", N2, city=["shenzhen"], window=W("2026-12-05", "2026-12-06"))
F("this coming weekend Hong Kong", N2, city=["hongkong"], window=W("2026-12-05", "2026-12-06"))
F("the weekend after next in Hohhot", N2, city=["hohhot"], window=W("2026-12-12", "2026-12-13"))
F("from the 3rd to the 6th, anything in Nanning?", N2, city=["nanning"], window=W("2026-12-03", "2026-12-06"))
F("中关村 量子", N2, city=["beijing"], topics=["quantum"])
F("Pudong chips", N2, city=["shanghai"], near=PUDONG, topics=["semiconductor"])
F("Tianhe teachers training", N2, city=["guangzhou"], near=TIANHE, audiences=["teachers"])
F("online materials science lecture", N2, online=True, topics=["materials"])
F("心理 直播", N2, online=True, topics=["psychology"])
F("长辈学防骗 线上", N2, online=True, topics=["digital_literacy"], audiences=["elderly"])
F("Liuzhou bridges", N2, city=["liuzhou"], topics=["transport"])
F("bridge engineering in Sichuan", N2, city=SICHUAN, topics=["transport"])
F("广西 农业技术培训", N2, city=GUANGXI, topics=["agriculture"])
F("淮南 能源", N2, city=["huainan"], topics=["energy"])
F("博鳌 医疗", N2, city=["qionghai"], near=BOAO, topics=["health"])
F("三亚 深海", N2, city=["sanya"], topics=["deep_earth_sea"])
F("Macau robotics for kids", N2, city=["macau"], topics=["robotics"], audiences=["children"], aud_ok=KIDS_OK)
F("龙岩 地震演练", N2, city=["longyan"], topics=["emergency"])
F("湘潭 农民", N2, city=["xiangtan"], audiences=["farmers"])
F("12月 成都 健康讲座", N2, city=["chengdu"], topics=["health"], window=W("2026-12-01", "2026-12-31"))
F("Hong Kong first aid course", N2, city=["hongkong"], topics=["emergency"])
F("math lecture online", N2, online=True, topics=["math"])
T("doctor Q&A about children's vaccines", N2, "Vaccines")
F("武汉 天文", N2, empty=True)
F("Shanghai dinosaurs", N2, empty=True)
F("海口 看星星", N2, city=["haikou"], topics=["astronomy"])
F("桂林 农民", N2, city=["guilin"], audiences=["farmers"])
F("Sanya family stuff this weekend", N2, city=["sanya"], audiences=["family"], aud_ok=KIDS_OK, window=W("2026-12-05", "2026-12-06"))

# ---- N3: Saturday 2027-02-20 (元宵节); this weekend = 02-20..21, next week = 02-22..28 ----
F("元宵节晚上海口有什么活动", N3, city=["haikou"], window=EVENING("2027-02-20"))
F("今晚 萍乡", N3, city=["pingxiang"], window=EVENING("2027-02-20"))
F("Guangzhou family activities this weekend", N3, city=["guangzhou"], audiences=["family"], aud_ok=KIDS_OK,
  window=W("2027-02-20", "2027-02-21"))
F("Tianhe kids coding", N3, city=["guangzhou"], near=TIANHE, topics=["ai"], audiences=["children"], aud_ok=KIDS_OK)
F("Sanya this weekend", N3, city=["sanya"], window=W("2027-02-20", "2027-02-21"))
F("三亚 下周 农业", N3, city=["sanya"], topics=["agriculture"], window=W("2027-02-22", "2027-02-28"))
F("海南 农民 培训", N3, city=HAINAN, audiences=["farmers"])
F("Hong Kong planetarium show tomorrow", N3, city=["hongkong"], topics=["astronomy"], window=W("2027-02-21"))
F("Shanghai materials exhibition", N3, city=["shanghai"], topics=["materials"])
F("Pudong physics", N3, city=["shanghai"], near=PUDONG, topics=["physics"])
F("physics webinar for teachers", N3, online=True, topics=["physics"], audiences=["teachers"])
F("春耕 农技 直播", N3, online=True, topics=["agriculture"])
F("运城 果农", N3, city=["yuncheng"], audiences=["farmers"])
F("淮南 化学", N3, city=["huainan"], topics=["chemistry"])
T("氢能", N3, "氢能")
F("南宁 航天", N3, city=["nanning"], topics=["space"])
F("下周三 海口", N3, city=["haikou"], window=W("2027-02-24"))
F("Hainan next week", N3, city=HAINAN, window=W("2027-02-22", "2027-02-28"))
F("元宵节烟花里的化学", N3, topics=["chemistry"], window=W("2027-02-20"))
F("online science this weekend", N3, empty=True)
F("Macau", N3, city=["macau"])
F("Hong Kong engineering exhibition", N3, city=["hongkong"], topics=["transport"])
F("chengdu", N3, city=["chengdu"])
F("offline chemistry for families in Guangzhou", N3, city=["guangzhou"], topics=["chemistry"], audiences=["family"],
  aud_ok=KIDS_OK)

# ---- N4: Thursday 2027-04-15; this weekend = 04-17..18, next week = 04-19..25, next Tuesday = 04-20 ----
WE4 = W("2027-04-17", "2027-04-18")
F("next Tuesday evening in Macau", N4, city=["macau"], window=EVENING("2027-04-20"))
F("Haidian next Tuesday evening", N4, city=["beijing"], near=HAIDIAN, window=EVENING("2027-04-20"))
F("HKUST open day materials", N4, city=["hongkong"], topics=["materials"])
F("Hong Kong math lecture", N4, city=["hongkong"], topics=["math"])
F("stargazing in Sanya this weekend", N4, city=["sanya"], topics=["astronomy"], window=WE4)
F("Guilin this weekend", N4, city=["guilin"], window=WE4)
F("张家界 桥梁", N4, city=["zhangjiajie"], topics=["transport"])
T("Zhangjiajie glass bridge", N4, "Glass Bridge")
F("湖南 地质", N4, empty=True)
F("江西 中小学生 活动", N4, city=JIANGXI, audiences=["children"], aud_ok=KIDS_OK)
F("上饶 地质", N4, city=["shangrao"], topics=["geology"])
F("Fujian geology walk", N4, city=FUJIAN, topics=["geology"])
F("Ningde battery", N4, city=["ningde"], topics=["energy"])
F("this weekend Shanxi", N4, city=SHANXI, window=WE4)
F("运城 化学", N4, city=["yuncheng"], topics=["chemistry"])
F("Anyang study camp for teens this weekend", N4, city=["anyang"], audiences=["children"], aud_ok=KIDS_OK, window=WE4)
F("南阳 数学", N4, city=["nanyang"], topics=["math"])
F("math for teenagers", N4, topics=["math"], audiences=["children"], aud_ok=KIDS_OK)
F("荆州 考古", N4, city=["jingzhou"], topics=["archaeology"])
F("archaeology", N4, topics=["archaeology"])
F("考古 直播", N4, online=True, topics=["archaeology"])
F("in-person archaeology events this weekend", N4, topics=["archaeology"], window=WE4)
F("乐山大佛", N4, city=["leshan"])
F("Boao medical expo", N4, city=["qionghai"], near=BOAO, topics=["health"])
F("海口 火山", N4, city=["haikou"], topics=["geology"])
F("Haikou seniors", N4, city=["haikou"], audiences=["elderly"])
T("武当山", N4, "武当山")
F("十堰 老人", N4, city=["shiyan"], audiences=["elderly"])
F("黄山 茶农", N4, city=["huangshan"], audiences=["farmers"])
F("Inner Mongolia farmers", N4, city=INNER_MONGOLIA, audiences=["farmers"])
F("浦东 老人 急救", N4, city=["shanghai"], near=PUDONG, topics=["emergency"], audiences=["elderly"])
F("hangzhou keji zhou", N4, city=["hangzhou"], window=W("2027-05-15", "2027-05-22"))
F("杭州 科技周 机器人", N4, city=["hangzhou"], topics=["robotics"])
F("shenzhen jiqiren", N4, city=["shenzhen"], topics=["robotics"])
F("Liuzhou kids robotics this weekend", N4, city=["liuzhou"], topics=["robotics"], audiences=["children"],
  aud_ok=KIDS_OK, window=WE4)
F("涠洲岛 地质", N4, city=["beihai"], topics=["geology"])
F("online rocket launch tomorrow", N4, online=True, topics=["space"], window=W("2027-04-16"))
F("北京天文馆 展览", N4, city=["beijing"], venue="bjplanet")
F("Macau seniors next week", N4, city=["macau"], audiences=["elderly"], window=W("2027-04-19", "2027-04-25"))
F("Shandong archaeology", N4, city=SHANDONG, topics=["archaeology"])
F("湖北 考古", N4, city=HUBEI, topics=["archaeology"])
F("Hunan bridges", N4, city=HUNAN, topics=["transport"])
F("this weekend Hebei", N4, city=HEBEI, window=WE4)
F("Harbin archaeology", N4, empty=True)
F("成都 下个月", N4, city=["chengdu"], window=W("2027-05-01", "2027-05-31"))
F("4月24日 宁德", N4, city=["ningde"], window=W("2027-04-24"))
F("4/22 Hong Kong", N4, city=["hongkong"], window=W("2027-04-22"))
N("生态", N4, [25.27, 110.31, 3], topics=["ecology"])

# ---- N5: Tuesday 2027-06-01 (儿童节); this weekend = 06-05..06, next week = 06-07..13, 端午 = 06-09 ----
WE5 = W("2027-06-05", "2027-06-06")
F("Hong Kong teens this weekend", N5, city=["hongkong"], audiences=["children"], aud_ok=KIDS_OK, window=WE5)
F("teen mental health", N5, topics=["psychology"], audiences=["children"], aud_ok=KIDS_OK)
F("心理健康", N5, topics=["psychology"])
F("海口 心理", N5, city=["haikou"], topics=["psychology"])
F("湘潭 心理健康讲座", N5, city=["xiangtan"], topics=["psychology"])
F("Rizhao ocean week", N5, city=["rizhao"], topics=["ocean"])
F("World Oceans Day events (June 8)", N5, topics=["ocean"], window=W("2027-06-08"))
F("端午 线上 亲子", N5, online=True, audiences=["family"], aud_ok=KIDS_OK, window=W("2027-06-09"))
F("Baotou materials this weekend", N5, city=["baotou"], topics=["materials"], window=WE5)
F("Pingyao archaeology for kids", N5, city=["jinzhong"], topics=["archaeology"], audiences=["children"], aud_ok=KIDS_OK)
F("pingyao kaogu", N5, city=["jinzhong"], topics=["archaeology"])
F("Guilin stargazing", N5, city=["guilin"], topics=["astronomy"])
F("阳朔 观星", N5, city=["guilin"], near=YANGSHUO, topics=["astronomy"])
F("Nanning seniors diabetes talk", N5, city=["nanning"], topics=["health"], audiences=["elderly"])
F("南宁 这周六 编程", N5, city=["nanning"], topics=["ai"], window=W("2027-06-05"))
F("Sichuan province AI camp for teens", N5, city=SICHUAN, topics=["ai"], audiences=["children"], aud_ok=KIDS_OK)
F("柳州 老师", N5, city=["liuzhou"], audiences=["teachers"])
F("Guangxi teachers", N5, city=GUANGXI, audiences=["teachers"])
F("三亚 老人 急救", N5, city=["sanya"], topics=["emergency"], audiences=["elderly"])
F("三亚 海洋夏令营", N5, empty=True)
F("琼海 急救", N5, city=["qionghai"], topics=["emergency"])
F("Hainan first aid", N5, city=HAINAN, topics=["emergency"])
F("上饶 数学", N5, city=["shangrao"], topics=["math"])
F("math for kids this weekend", N5, topics=["math"], audiences=["children"], aud_ok=KIDS_OK, window=WE5)
F("online physics for middle schoolers", N5, online=True, topics=["physics"], audiences=["children"], aud_ok=KIDS_OK)
F("地质灾害 线上", N5, online=True, topics=["geology"])
F("后天 三亚", N5, city=["sanya"], window=W("2027-06-03"))
F("明晚 海口", N5, city=["haikou"], window=EVENING("2027-06-02"))
F("beijing tianwen xialingying", N5, city=["beijing"], topics=["astronomy"])
F("海淀 天文 夏令营", N5, city=["beijing"], near=HAIDIAN, topics=["astronomy"])
T("ocean plastic webinar", N5, "Ocean Plastic")
F("this weekend Beihai", N5, empty=True)
F("Beihai next week", N5, city=["beihai"], window=W("2027-06-07", "2027-06-13"))
F("online chemistry class", N5, empty=True)
F("Macau", N5, empty=True)
F("湖北", N5, empty=True)
F("日照 下周", N5, city=["rizhao"], window=W("2027-06-07", "2027-06-13"))
F("teachers", N5, audiences=["teachers"])
