"""Queries of the eighth blind set (see README.md for the meaning chosen for vague words)."""

N1 = "2027-03-10T10:00:00+08:00"  # Wednesday
N2 = "2027-06-17T10:00:00+08:00"  # Thursday, before the summer holidays
N3 = "2027-09-09T10:00:00+08:00"  # Thursday, before Mid-Autumn (09-15, Wed) and National Day (10-01 .. 10-07)
N4 = "2027-11-25T10:00:00+08:00"  # Thursday, a month before Christmas


def W(d0, d1=None, t0="00:00:00", t1="23:59:59"):
    return [f"{d0}T{t0}+08:00", f"{d1 or d0}T{t1}+08:00"]


def EVENING(d):
    return W(d, t0="18:00:00")


KIDS_OK = ["children", "family"]
# districts asked by name: a circle in the constraint only
NANSHAN = [22.53, 113.93, 6]
FUTIAN = [22.54, 114.06, 5]
XIHU = [30.26, 120.12, 5]
CD_GAOXIN = [30.56, 104.06, 5]
XA_GAOXIN = [34.20, 108.88, 5]
BINHAI = [39.05, 117.72, 12]
SIP = [31.31, 120.72, 7]
LAOSHAN = [36.12, 120.47, 6]
HUANGDAO = [35.96, 120.05, 10]
YUELU = [28.17, 112.93, 5]
NANAN = [29.53, 106.60, 5]
JIANGNING = [31.93, 118.84, 6]
JIMEI = [24.58, 118.10, 4]
GULANGYU = [24.45, 118.07, 2]

QUERIES = []


def F(q, now, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": c})


def T(q, now, title_has):
    QUERIES.append({"q": q, "now": now, "mode": "top1", "c": {"title_has": title_has}})


def N(q, now, near, **c):
    """A "near me" query: the user's position goes with the request and the constraint."""
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": dict(c, near=near), "near": near})


# ---- N1: Wed 2027-03-10; this Sat 03-13, weekend 03-13..14, next week 03-15..21 ----
WE1 = W("2027-03-13", "2027-03-14")
NW1 = W("2027-03-15", "2027-03-21")
MAR = W("2027-03-10", "2027-03-31")
F("What's on in Shenzhen this weekend?", N1, city=["shenzhen"], window=WE1)
F("anything family-friendly in Nanshan this Sat arvo?", N1, city=["shenzhen"], near=NANSHAN, audiences=["family"],
  aud_ok=KIDS_OK, window=W("2027-03-13", t0="12:00:00", t1="18:00:00"))
F("Friday night in Chengdu, anything on?", N1, city=["chengdu"], window=EVENING("2027-03-12"))
F("杭州 明晚七点以后 有什么讲座", N1, city=["hangzhou"], window=W("2027-03-11", t0="19:00:00"))
F("2027/3/15 苏州有什么科普活动", N1, city=["suzhou"], window=W("2027-03-15"))
F("3.20 西安", N1, city=["xian"], window=W("2027-03-20"))
F("3月14号 长沙 有啥活动", N1, city=["changsha"], window=W("2027-03-14"))
F("14号 郑州 有什么", N1, city=["zhengzhou"], window=W("2027-03-14"))
F("下个月初 杭州", N1, city=["hangzhou"], window=W("2027-04-01", "2027-04-10"))
F("月底前 天津 还有啥活动", N1, city=["tianjin"], window=MAR)
F("这个月内 成都有什么科普", N1, city=["chengdu"], window=MAR)
F("Anything on in Qingdao over the next fortnight?", N1, city=["qingdao"], window=W("2027-03-10", "2027-03-24"))
F("what's happening in Xiamen on the 20th", N1, city=["xiamen"], window=W("2027-03-20"))
F("Chongqing on the 20th?", N1, city=["chongqing"], window=W("2027-03-20"))
F("Looking for something to do with my toddler in Xiamen this weekend", N1, city=["xiamen"], audiences=["family"],
  aud_ok=KIDS_OK, window=WE1)
F("南京 这周末 学龄前儿童 科学活动", N1, city=["nanjing"], audiences=["children"], aud_ok=KIDS_OK, window=WE1)
F("这周 厦门 幼儿 活动", N1, city=["xiamen"], audiences=["children"], aud_ok=KIDS_OK, window=W("2027-03-10", "2027-03-14"))
F("AI events for university students in Shenzhen this weekend", N1, city=["shenzhen"], topics=["ai"], window=WE1)
F("研究生 量子 讲座 南京", N1, city=["nanjing"], topics=["quantum"])
F("这个月有没有适合上班族的线上心理讲座", N1, online=True, topics=["psychology"], window=MAR)
F("online AI talk for international school students", N1, online=True, topics=["ai"], audiences=["children"],
  aud_ok=KIDS_OK)
N("3公里内 这周末", N1, [22.53, 113.94, 3], window=WE1)
N("science events within 5 km of me next week", N1, [30.27, 120.13, 5], window=NW1)
N("步行可达的活动", N1, [32.045, 118.815, 1.5])
F("南山 机器人", N1, city=["shenzhen"], near=NANSHAN, topics=["robotics"])
F("成都高新区 这个月", N1, city=["chengdu"], near=CD_GAOXIN, window=MAR)
F("西安高新区 芯片", N1, city=["xian"], near=XA_GAOXIN, topics=["semiconductor"])
F("滨海新区 深海", N1, city=["tianjin"], near=BINHAI, topics=["deep_earth_sea"])
F("苏州工业园区 下周", N1, city=["suzhou"], near=SIP, window=NW1)
F("崂山 海洋", N1, city=["qingdao"], near=LAOSHAN, topics=["ocean"])
F("岳麓区 植物", N1, city=["changsha"], near=YUELU, topics=["biology"])
F("giant pandas in Chengdu", N1, city=["chengdu"], topics=["biology", "ecology"])
T("terracota army tour", N1, "Terracotta Army")
T("兵马俑 现场讲解", N1, "兵马俑")
F("杭州 免费的亲子活动 要报名吗", N1, city=["hangzhou"], audiences=["family"], aud_ok=KIDS_OK)
F("free science events in Suzhou for expat families", N1, city=["suzhou"], audiences=["family"], aud_ok=KIDS_OK)
F("郑州 农民 培训", N1, city=["zhengzhou"], audiences=["farmers"])
F("长沙 水稻 农民", N1, city=["changsha"], topics=["agriculture"], audiences=["farmers"])
F("Dinosaurs in Tianjin with the kids", N1, city=["tianjin"], topics=["paleontology"], audiences=["family"],
  aud_ok=KIDS_OK)
F("南京 周五晚上 观星", N1, city=["nanjing"], topics=["astronomy"], window=EVENING("2027-03-12"))
F("AI and robotics this weekend in Chongqing", N1, city=["chongqing"], topics=["ai", "robotics"], window=WE1)
T("Shenzhen chip exhibition", N1, "半导体科普展")
T("亲子机器人工作坊", N1, "亲子机器人工作坊")
F("下周末 深圳 无人机", N1, city=["shenzhen"], topics=["drone"], window=W("2027-03-20", "2027-03-21"))
F("青岛 这周六晚上 亲子", N1, city=["qingdao"], audiences=["family"], aud_ok=KIDS_OK, window=EVENING("2027-03-13"))
F("厦门 鼓浪屿", N1, city=["xiamen"], near=GULANGYU)
F("Saturday morning in Chengdu", N1, city=["chengdu"], window=W("2027-03-13", t0="06:00:00", t1="12:00:00"))
F("苏州 AI 大会 3月17号", N1, city=["suzhou"], topics=["ai"], window=W("2027-03-17"))
F("天津 3月23号 气象", N1, city=["tianjin"], topics=["weather"], window=W("2027-03-23"))
F("Chongqing international school science fair", N1, city=["chongqing"], audiences=["children"], aud_ok=KIDS_OK)
F("Any events in Wuhan this weekend?", N1, empty=True)
F("郑州 航天展", N1, city=["zhengzhou"], topics=["space"])
F("杭州 机器人比赛 这周六", N1, empty=True)
F("any stargazing in Nanjing before the end of the month?", N1, city=["nanjing"], topics=["astronomy"], window=MAR)

# ---- N2: Thu 2027-06-17; Friday 06-18, this Sat 06-19, weekend 06-19..20, next week 06-21..27 ----
WE2 = W("2027-06-19", "2027-06-20")
NW2 = W("2027-06-21", "2027-06-27")
SUMMER = W("2027-07-01", "2027-08-31")
F("What's on in Chengdu this Saturday?", N2, city=["chengdu"], window=W("2027-06-19"))
F("Friday night in Chengdu - anything for a robotics nerd?", N2, city=["chengdu"], topics=["robotics"],
  window=EVENING("2027-06-18"))
F("深圳 周五晚上 上班族 AI 课", N2, city=["shenzhen"], topics=["ai"], window=EVENING("2027-06-18"))
F("after 6pm tomorrow, any AI stuff in Shenzhen?", N2, city=["shenzhen"], topics=["ai"],
  window=W("2027-06-18", t0="18:00:00"))
F("这周六 深圳 幼儿 活动", N2, city=["shenzhen"], audiences=["children"], aud_ok=KIDS_OK, window=W("2027-06-19"))
F("parents of toddlers in Hangzhou - anything this weekend?", N2, city=["hangzhou"], audiences=["family"],
  aud_ok=KIDS_OK, window=WE2)
N("3公里内 这周六", N2, [22.54, 114.08, 3], window=W("2027-06-19"))
N("within 5 km this weekend", N2, [36.10, 120.46, 5], window=WE2)
F("天津 渔民 培训", N2, city=["tianjin"], audiences=["farmers"])
F("滨海新区 明天上午", N2, city=["tianjin"], near=BINHAI, window=W("2027-06-18", t1="12:00:00"))
F("International school science fair in Tianjin this Saturday", N2, city=["tianjin"], audiences=["children"],
  aud_ok=KIDS_OK, window=W("2027-06-19"))
F("南京 江宁 新能源汽车", N2, city=["nanjing"], near=JIANGNING, topics=["energy"])
F("Nanjing summer robotics camp for international school kids", N2, city=["nanjing"], topics=["robotics"],
  audiences=["children"], aud_ok=KIDS_OK)
F("7月初 南京 夏令营", N2, city=["nanjing"], window=W("2027-07-01", "2027-07-10"))
F("暑假 郑州 青少年 科学营", N2, city=["zhengzhou"], audiences=["children"], aud_ok=KIDS_OK, window=SUMMER)
F("this summer in Qingdao, marine biology for my teenager", N2, city=["qingdao"], topics=["ocean", "biology"],
  audiences=["children"], aud_ok=KIDS_OK, window=W("2027-06-17", "2027-08-31"))
F("下周 成都", N2, city=["chengdu"], window=NW2)
F("next week online astronomy", N2, online=True, topics=["astronomy"], window=NW2)
F("线上 老年人 手机 课", N2, online=True, topics=["digital_literacy"], audiences=["elderly"])
F("退休老人 线上课程", N2, online=True, audiences=["elderly"])
F("西安 周日 亲子", N2, city=["xian"], audiences=["family"], aud_ok=KIDS_OK, window=W("2027-06-20"))
T("terracota army science tour xian", N2, "Terracotta Army")
T("shenzen bay marine life exhibtion", N2, "Marine Life Exhibition")
F("Suzhou, next Wednesday lunchtime talk", N2, city=["suzhou"], window=W("2027-06-23", t0="11:00:00", t1="14:00:00"))
F("6.19 厦门", N2, city=["xiamen"], window=W("2027-06-19"))
F("大学生 海洋 比赛 厦门", N2, city=["xiamen"], topics=["ocean"])
F("这周末 长沙 大学生 机器人大赛", N2, city=["changsha"], topics=["robotics"], window=WE2)
F("郑州 6月19号 材料", N2, city=["zhengzhou"], topics=["materials"], window=W("2027-06-19"))
F("重庆 这周六 考古", N2, city=["chongqing"], topics=["archaeology"], window=W("2027-06-19"))
T("大足石刻 讲座", N2, "大足石刻")
F("苏州 周末 亲子 化学", N2, city=["suzhou"], topics=["chemistry"], audiences=["family"], aud_ok=KIDS_OK, window=WE2)
F("太湖 生态", N2, city=["suzhou"], topics=["ecology"])
F("杭州 新材料", N2, city=["hangzhou"], topics=["materials"])
F("成都 恐龙 展览", N2, city=["chengdu"], topics=["paleontology"])
F("Chengdu space week", N2, city=["chengdu"], topics=["space"])
F("南京 6月19号 晚上 观星", N2, empty=True)
F("青岛 周日 化学", N2, empty=True)
F("any free science talks this weekend in Zhengzhou? do I need to register?", N2, city=["zhengzhou"], window=WE2)
F("AI or robotics stuff in Chengdu before the end of June", N2, city=["chengdu"], topics=["ai", "robotics"],
  window=W("2027-06-17", "2027-06-30"))
F("深圳 南山 下周六", N2, city=["shenzhen"], near=NANSHAN, window=W("2027-06-26"))
F("深圳 大学生 芯片", N2, city=["shenzhen"], topics=["semiconductor"])
F("typhoon talk in Xiamen", N2, city=["xiamen"], topics=["weather"])
F("Guangzhou this weekend", N2, empty=True)
F("重庆 小朋友 防溺水", N2, empty=True)
N("附近 步行可达 亲子", N2, [31.30, 120.62, 1.5], audiences=["family"], aud_ok=KIDS_OK)
F("幼儿园小朋友 科学 深圳 这个月", N2, city=["shenzhen"], audiences=["children"], aud_ok=KIDS_OK,
  window=W("2027-06-17", "2027-06-30"))
F("On the 26th, anything in Hangzhou?", N2, city=["hangzhou"], window=W("2027-06-26"))
F("What's on at the weekend in Xi'an for a family?", N2, city=["xian"], audiences=["family"], aud_ok=KIDS_OK,
  window=WE2)
F("线上 心理 或 健康 讲座", N2, online=True, topics=["psychology", "health"])

# ---- N3: Thu 2027-09-09; this Sat 09-11, weekend 09-11..12, next week 09-13..19, 中秋 09-15 ----
WE3 = W("2027-09-11", "2027-09-12")
NW3 = W("2027-09-13", "2027-09-19")
NATIONAL = W("2027-10-01", "2027-10-07")
F("What's on in Hangzhou this weekend?", N3, city=["hangzhou"], window=WE3)
F("中秋节晚上 亲子 赏月", N3, topics=["astronomy"], audiences=["family"], aud_ok=KIDS_OK, window=EVENING("2027-09-15"))
F("Mid-Autumn moon watching in Changsha", N3, city=["changsha"], topics=["astronomy"], window=W("2027-09-15"))
F("西安 中秋 观星", N3, empty=True)
F("tomorrow evening in Xi'an, anything about space?", N3, city=["xian"], topics=["space"], window=EVENING("2027-09-10"))
F("大学生 航天 西安高新区", N3, city=["xian"], near=XA_GAOXIN, topics=["space"])
F("研究生 半导体 成都", N3, city=["chengdu"], topics=["semiconductor"])
F("成都高新区 下周", N3, city=["chengdu"], near=CD_GAOXIN, window=NW3)
F("成都高新区 这周末", N3, city=["chengdu"], near=CD_GAOXIN, window=WE3)
F("地震 应急 演练 成都", N3, city=["chengdu"], topics=["emergency"])
F("this Sat arvo in Tianjin, something for my 12-year-old", N3, city=["tianjin"], audiences=["children"],
  aud_ok=KIDS_OK, window=W("2027-09-11", t0="12:00:00", t1="18:00:00"))
F("Saturday morning birdwatching in Shenzhen", N3, city=["shenzhen"], topics=["ecology"],
  window=W("2027-09-11", t0="06:00:00", t1="12:00:00"))
F("苏州 无人机 展", N3, city=["suzhou"], topics=["drone"])
T("suzhou drone expo", N3, "Drone Expo")
F("青岛 农民 培训", N3, city=["qingdao"], audiences=["farmers"])
F("黄岛 农业", N3, city=["qingdao"], near=HUANGDAO, topics=["agriculture"])
F("青岛 机器人 展览", N3, city=["qingdao"], topics=["robotics"])
F("Qingdao weather workshop this weekend", N3, city=["qingdao"], topics=["weather"], window=WE3)
F("杭州 西湖区 茶农", N3, city=["hangzhou"], near=XIHU, audiences=["farmers"])
F("西湖区 幼儿", N3, city=["hangzhou"], near=XIHU, audiences=["children"], aud_ok=KIDS_OK)
F("下周 南京 大学生 心理", N3, city=["nanjing"], topics=["psychology"], window=NW3)
T("南京博物院 青铜器讲座", N3, "青铜器")
F("天津 青少年 无人机", N3, city=["tianjin"], topics=["drone"], audiences=["children"], aud_ok=KIDS_OK)
F("天津 9月12号 海洋", N3, empty=True)
F("退休老人 健康讲座 苏州", N3, city=["suzhou"], topics=["health"], audiences=["elderly"])
F("郑州 老年人", N3, city=["zhengzhou"], audiences=["elderly"])
F("郑州 下周五晚上 天文", N3, city=["zhengzhou"], topics=["astronomy"], window=EVENING("2027-09-17"))
F("观星 9月17号", N3, topics=["astronomy"], window=W("2027-09-17"))
F("重庆 南岸区 急救", N3, city=["chongqing"], near=NANAN, topics=["emergency"])
F("Chongqing hotpot food safety", N3, city=["chongqing"], topics=["food_safety"])
F("食品安全 线上", N3, online=True, topics=["food_safety"])
F("Xiamen tomorrow after 6pm", N3, city=["xiamen"], window=W("2027-09-10", t0="18:00:00"))
T("厦门 博饼 数学", N3, "博饼")
F("webinar for parents of toddlers", N3, online=True, audiences=["family"], aud_ok=KIDS_OK)
F("online AI tools for grad students", N3, online=True, topics=["ai"])
F("国庆 成都", N3, city=["chengdu"], window=NATIONAL)
F("国庆 深圳", N3, empty=True)
F("深圳 量子", N3, city=["shenzhen"], topics=["quantum"])
F("9月25号 深圳", N3, city=["shenzhen"], window=W("2027-09-25"))
F("南山 下周三晚上", N3, city=["shenzhen"], near=NANSHAN, window=EVENING("2027-09-15"))
F("AI talks in Shenzhen next week", N3, city=["shenzhen"], topics=["ai"], window=NW3)
F("长沙 特殊教育", N3, city=["changsha"], audiences=["children"], aud_ok=KIDS_OK)
T("秦岭 生物多样性", N3, "秦岭")
F("next fortnight in Nanjing", N3, city=["nanjing"], window=W("2027-09-09", "2027-09-23"))
F("Hangzhou before National Day, something for families", N3, city=["hangzhou"], audiences=["family"],
  aud_ok=KIDS_OK, window=W("2027-09-09", "2027-09-30"))
F("the 14th, Suzhou or Hangzhou", N3, city=["suzhou", "hangzhou"], window=W("2027-09-14"))
N("3公里内 下周", N3, [34.77, 113.75, 3], window=NW3)
N("within walking distance, next week", N3, [24.48, 118.11, 1.5], window=NW3)
F("无锡 这周末", N3, empty=True)
F("any paediatric or adult first aid courses in Chongqing?", N3, city=["chongqing"], topics=["emergency"])
F("周五晚上七点后 厦门", N3, city=["xiamen"], window=W("2027-09-10", t0="19:00:00"))

# ---- N4: Thu 2027-11-25; Fri 11-26, this Sat 11-27, weekend 11-27..28, next week 11-29..12-05 ----
WE4 = W("2027-11-27", "2027-11-28")
NW4 = W("2027-11-29", "2027-12-05")
XMAS = W("2027-11-25", "2027-12-24")
EARLY_DEC = W("2027-12-01", "2027-12-10")
NOV = W("2027-11-25", "2027-11-30")
F("What's on in Shenzhen before Christmas?", N4, city=["shenzhen"], window=XMAS)
T("christmas science show shenzen", N4, "Christmas Science Show")
F("this Saturday in Shekou, robotics for my kids at international school", N4, city=["shenzhen"], near=NANSHAN,
  topics=["robotics"], audiences=["children"], aud_ok=KIDS_OK, window=W("2027-11-27"))
F("下个月初 西安", N4, city=["xian"], window=EARLY_DEC)
F("月底前 杭州 老年人", N4, city=["hangzhou"], audiences=["elderly"], window=NOV)
F("杭州 老人 手机 课", N4, city=["hangzhou"], topics=["digital_literacy"], audiences=["elderly"])
F("平安夜 杭州 亲子", N4, city=["hangzhou"], audiences=["family"], aud_ok=KIDS_OK, window=EVENING("2027-12-24"))
F("Christmas Eve stargazing with the kids", N4, topics=["astronomy"], audiences=["family"], aud_ok=KIDS_OK,
  window=EVENING("2027-12-24"))
F("成都 这周六 地质", N4, city=["chengdu"], topics=["geology"], window=W("2027-11-27"))
F("autism-friendly science activities in Chengdu", N4, city=["chengdu"], audiences=["children"], aud_ok=KIDS_OK)
F("成都 猕猴桃", N4, city=["chengdu"], topics=["agriculture"])
F("西安高新区 老年人 急救", N4, city=["xian"], near=XA_GAOXIN, topics=["emergency"], audiences=["elderly"])
F("Winter stargazing with the kids in Xi'an", N4, city=["xian"], topics=["astronomy"], audiences=["family"],
  aud_ok=KIDS_OK)
T("kids archeology dig xian", N4, "Archaeology Dig")
T("紫金山天文台 观星", N4, "Purple Mountain")
F("退休老人 AI 南京", N4, city=["nanjing"], topics=["ai"], audiences=["elderly"])
T("南京 古代天文仪器 展览", N4, "Ancient Astronomical Instruments")
F("天津 冰雪 科学营", N4, city=["tianjin"], topics=["ice_snow"])
F("天津 亲子 化学", N4, city=["tianjin"], topics=["chemistry"], audiences=["family"], aud_ok=KIDS_OK)
F("Tianjin expat health talk", N4, city=["tianjin"], topics=["health"])
F("苏州 国际学校 数学", N4, city=["suzhou"], topics=["math"], audiences=["children"], aud_ok=KIDS_OK)
F("苏州工业园区 圣诞前 孩子 活动", N4, city=["suzhou"], near=SIP, audiences=["children"], aud_ok=KIDS_OK, window=XMAS)
F("太湖 观鸟", N4, empty=True)
F("苏州 渔民 培训", N4, city=["suzhou"], audiences=["farmers"])
F("青岛 周六 海滩 清洁 环保", N4, city=["qingdao"], topics=["ecology"], window=W("2027-11-27"))
F("崂山 老年人", N4, city=["qingdao"], near=LAOSHAN, audiences=["elderly"])
F("青岛 12月8号 晚上", N4, city=["qingdao"], window=EVENING("2027-12-08"))
F("长沙 家长 食品安全", N4, city=["changsha"], topics=["food_safety"])
F("岳麓区 防诈骗", N4, city=["changsha"], near=YUELU, topics=["digital_literacy"])
F("烟花 化学 长沙", N4, city=["changsha"], topics=["chemistry"])
F("跨年夜 重庆", N4, city=["chongqing"], window=EVENING("2027-12-31"))
F("跨年夜 长沙", N4, empty=True)
F("重庆 老年人 手机", N4, city=["chongqing"], topics=["digital_literacy"], audiences=["elderly"])
F("stargazing in Chongqing on the 4th", N4, city=["chongqing"], topics=["astronomy"], window=W("2027-12-04"))
F("南岸区 12月", N4, city=["chongqing"], near=NANAN, window=W("2027-12-01", "2027-12-31"))
F("郑州 外国孩子 编程", N4, city=["zhengzhou"], topics=["ai"], audiences=["children"], aud_ok=KIDS_OK)
F("郑州 12月4号 考古", N4, city=["zhengzhou"], topics=["archaeology"], window=W("2027-12-04"))
F("厦门 集美 老年人 健康", N4, city=["xiamen"], near=JIMEI, topics=["health"], audiences=["elderly"])
T("spoonbill birdwatching xiamen", N4, "黑脸琵鹭")
F("Anything on after 6pm on Friday in Xiamen?", N4, city=["xiamen"], window=W("2027-11-26", t0="18:00:00"))
F("online chemistry for kids this weekend", N4, online=True, topics=["chemistry"], audiences=["children"],
  aud_ok=KIDS_OK, window=WE4)
F("特殊教育 家长 线上 课", N4, online=True, audiences=["family"], aud_ok=KIDS_OK)
F("冬至 天文 直播", N4, online=True, topics=["astronomy"], window=W("2027-12-22"))
F("老年人 月底前", N4, audiences=["elderly"], window=NOV)
F("this weekend, anything for international school students?", N4, audiences=["children"], aud_ok=KIDS_OK, window=WE4)
N("3公里内 这周六", N4, [22.50, 113.92, 3], window=W("2027-11-27"))
N("within 5 km, before Christmas", N4, [30.27, 120.13, 5], window=XMAS)
N("步行可达 下周", N4, [29.55, 106.62, 1.5], window=NW4)
F("12月 国际学校 机器人", N4, topics=["robotics"], audiences=["children"], aud_ok=KIDS_OK,
  window=W("2027-12-01", "2027-12-31"))
F("Beijing this weekend", N4, empty=True)
F("深圳 福田 老年人", N4, city=["shenzhen"], near=FUTIAN, audiences=["elderly"])
F("2027/12/11 厦门", N4, city=["xiamen"], window=W("2027-12-11"))
F("any maths programmes for kids in Suzhou?", N4, city=["suzhou"], topics=["math"], audiences=["children"],
  aud_ok=KIDS_OK)
F("12.18 天津", N4, city=["tianjin"], window=W("2027-12-18"))
F("下个月初 重庆 天文 或者 无人机", N4, city=["chongqing"], topics=["astronomy", "drone"], window=EARLY_DEC)
