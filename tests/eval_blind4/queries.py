"""Queries of the fourth blind set (see README.md for the meaning chosen for vague words)."""

S = "2026-09-14T10:00:00+08:00"  # Monday, 全国科普日 week
A = "2026-11-25T10:00:00+08:00"  # Wednesday
B = "2026-12-12T10:00:00+08:00"  # Saturday
C = "2027-01-06T10:00:00+08:00"  # Wednesday
D = "2027-03-28T10:00:00+08:00"  # Sunday, before 清明


def W(d0, d1=None, t0="00:00:00", t1="23:59:59"):
    return [f"{d0}T{t0}+08:00", f"{d1 or d0}T{t1}+08:00"]


def FROM(now, d1):  # from the moment asked to the end of day d1 (两周内 / before Christmas)
    return [now, f"{d1}T23:59:59+08:00"]


JIANGSU = ["suzhou", "wuxi", "changzhou", "nantong", "xuzhou", "yangzhou", "taizhou_js", "nanjing"]
ZHEJIANG = ["hangzhou", "ningbo", "wenzhou", "taizhou_zj"]
FUJIAN = ["xiamen", "quanzhou", "fuzhou"]
GUANGDONG = ["shenzhen", "guangzhou", "dongguan", "foshan", "zhuhai", "zhongshan", "huizhou"]
ANHUI = ["wuhu", "bengbu", "suzhou_ah"]
JIANGXI = ["ganzhou", "jiujiang"]
HUNAN = ["yueyang", "changde"]
HUBEI = ["yichang", "xiangyang"]
SHANDONG = ["yantai", "weihai", "weifang", "linyi"]
SHANXI = ["datong", "taiyuan"]
KIDS_OK = ["children", "family"]

# districts: the city plus a circle around the district's venues
SIP = [31.30, 120.72, 6]        # 苏州工业园区
BINJIANG = [30.19, 120.19, 5]   # 杭州滨江区
NANSHAN = [22.52, 113.95, 6]    # 深圳南山区
PANYU = [23.04, 113.37, 6]      # 广州番禺区
SIMING = [24.485, 118.121, 4]   # 厦门思明区
XZ_GULOU = [34.29, 117.19, 3]   # 徐州鼓楼区
BEIDAIHE = [39.83, 119.51, 5]   # 秦皇岛北戴河区
POYANG = [29.18, 116.02, 10]    # 鄱阳湖 (吴城)

QUERIES = []


def F(q, now, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": c})


def T(q, now, title_has):
    QUERIES.append({"q": q, "now": now, "mode": "top1", "c": {"title_has": title_has}})


def N(q, now, near, **c):
    QUERIES.append({"q": q, "now": now, "mode": "filter", "c": dict(c, near=near), "near": near})


# ---- now S: Monday 2026-09-14, 科普日 week ----
F("Is there anything on robotics for teenagers in Suzhou Industrial Park this weekend?", S, city=["suzhou"], near=SIP,
  topics=["robotics"], audiences=["children"], aud_ok=KIDS_OK, window=W("2026-09-19", "2026-09-20"))
F("科普日这周末 苏州园区有啥", S, city=["suzhou"], near=SIP, window=W("2026-09-19", "2026-09-20"))
F("周三晚上杭州滨江有什么活动", S, city=["hangzhou"], near=BINJIANG, window=W("2026-09-16", t0="18:00:00"))
F("有没有适合老人的健康讲座啊😊 在宁波", S, city=["ningbo"], topics=["health"], audiences=["elderly"])
F("这周六 东莞", S, city=["dongguan"], window=W("2026-09-19"))
F("Xiamen this Sunday", S, city=["xiamen"], window=W("2026-09-20"))
F("烟台 这周末 看星星", S, empty=True)
F("洛阳 农民 培训", S, city=["luoyang"], audiences=["farmers"])
F("drone events for kids in Anhui this weekend", S, city=ANHUI, topics=["drone"], audiences=["children"],
  aud_ok=KIDS_OK, window=W("2026-09-19", "2026-09-20"))
F("唐山 防震", S, city=["tangshan"], topics=["emergency"])
F("威海 亲子 这周末", S, city=["weihai"], audiences=["family"], aud_ok=KIDS_OK, window=W("2026-09-19", "2026-09-20"))
F("泰州 健康讲座", S, city=["taizhou_js"], topics=["health"])
F("台州 机器人", S, city=["taizhou_zj"], topics=["robotics"])
F("本周 赣州", S, city=["ganzhou"], window=W("2026-09-14", "2026-09-20"))
F("宿州 农技", S, city=["suzhou_ah"], topics=["agriculture"])
F("这周六晚上 直播", S, online=True, window=W("2026-09-19", t0="18:00:00"))
F("webinar for teachers this week", S, online=True, audiences=["teachers"], window=W("2026-09-14", "2026-09-20"))
F("Baoding drone show", S, city=["baoding"], topics=["drone"])
F("北戴河 观鸟", S, city=["qinhuangdao"], near=BEIDAIHE, topics=["ecology"])
F("南通", S, city=["nantong"])
F("番禺 周末 带娃", S, city=["guangzhou"], near=PANYU, audiences=["family"], aud_ok=KIDS_OK,
  window=W("2026-09-19", "2026-09-20"))
F("开封 这周末 亲子", S, city=["kaifeng"], audiences=["family"], aud_ok=KIDS_OK, window=W("2026-09-19", "2026-09-20"))
F("温州 台风", S, city=["wenzhou"], topics=["weather"])
F("Xiamen typhoon", S, city=["xiamen"], topics=["weather"])
F("Hangzou quantum", S, city=["hangzhou"], topics=["quantum"])
T("常州科技嘉年华", S, "常州科技嘉年华")

# ---- now A: Wednesday 2026-11-25 ----
F("Is there anything on robotics for teenagers in Suzhou Industrial Park next weekend?", A, city=["suzhou"], near=SIP,
  topics=["robotics"], audiences=["children"], aud_ok=KIDS_OK, window=W("2026-12-05", "2026-12-06"))
F("这个周日下午 杭州 有啥好玩的", A, city=["hangzhou"], window=W("2026-11-29", t0="12:00:00", t1="18:00:00"))
F("this Sunday afternoon in Binjiang, Hangzhou", A, city=["hangzhou"], near=BINJIANG,
  window=W("2026-11-29", t0="12:00:00", t1="18:00:00"))
F("本月底 宁波 有什么活动", A, city=["ningbo"], window=W("2026-11-21", "2026-11-30"))
F("月底 芜湖", A, city=["wuhu"], window=W("2026-11-21", "2026-11-30"))
F("下个月初 南通", A, city=["nantong"], window=W("2026-12-01", "2026-12-10"))
F("early next month Yichang", A, city=["yichang"], window=W("2026-12-01", "2026-12-10"))
F("未来两周 深圳南山", A, city=["shenzhen"], near=NANSHAN, window=FROM(A, "2026-12-09"))
F("两周内 佛山", A, city=["foshan"], window=FROM(A, "2026-12-09"))
F("下周工作日晚上 佛山", A, city=["foshan"], window=W("2026-11-30", "2026-12-04", t0="18:00:00"))
F("weekday evenings next week in Foshan", A, city=["foshan"], window=W("2026-11-30", "2026-12-04", t0="18:00:00"))
F("12月第二个周末 温州", A, city=["wenzhou"], window=W("2026-12-12", "2026-12-13"))
F("12月第二个周末 东莞 机器人", A, city=["dongguan"], topics=["robotics"], window=W("2026-12-12", "2026-12-13"))
F("有没有适合准妈妈的健康讲座 宁波", A, city=["ningbo"], audiences=["pregnant"])
F("孕妇 讲座 深圳", A, city=["shenzhen"], audiences=["pregnant"])
F("中山 孕妈", A, city=["zhongshan"], audiences=["pregnant"])
F("准妈妈 线上课", A, online=True, audiences=["pregnant"])
F("残障人士 科普活动 厦门", A, city=["xiamen"], audiences=["disabled"])
F("广州 残障人士", A, city=["guangzhou"], audiences=["disabled"])
F("science events for deaf or blind visitors", A, audiences=["disabled"])
F("大学生 AI 广州", A, city=["guangzhou"], topics=["ai"], audiences=["university"])
F("VR 体验 东莞", A, city=["dongguan"], topics=["vr"])
F("杭州滨江 VR", A, city=["hangzhou"], near=BINJIANG, topics=["vr"])
F("VR for kids Shenzhen", A, city=["shenzhen"], topics=["vr"], audiences=["children"], aud_ok=KIDS_OK)
F("苏州 老年人", A, city=["suzhou"], audiences=["elderly"])
F("宿州 老年人", A, city=["suzhou_ah"], audiences=["elderly"])
F("苏洲 老人健康讲座", A, city=["suzhou"], topics=["health"], audiences=["elderly"])
F("泰州 中医 健康", A, city=["taizhou_js"], topics=["health"])
F("台州 新能源", A, city=["taizhou_zj"], topics=["energy"])
F("台州 渔民 培训", A, city=["taizhou_zj"], audiences=["farmers"])
F("福州鼓楼区 有啥活动", A, city=["fuzhou"])
F("徐州鼓楼区 老人", A, city=["xuzhou"], near=XZ_GULOU, audiences=["elderly"])
F("南京鼓楼 亲子", A, city=["nanjing"], audiences=["family"], aud_ok=KIDS_OK)
F("开封鼓楼区 农民培训", A, city=["kaifeng"], audiences=["farmers"])
F("北京朝阳区 天文", A, city=["beijing"], topics=["astronomy"])
F("辽宁朝阳 化石", A, city=["chaoyang"], topics=["paleontology"])
F("朝阳市 有什么活动", A, city=["chaoyang"])
F("Chaoyang District Beijing robots for families", A, city=["beijing"], topics=["robotics"], audiences=["family"],
  aud_ok=KIDS_OK)
F("常州 恐龙", A, city=["changzhou"], topics=["paleontology"])
F("这个周日下午 常州 带孩子", A, city=["changzhou"], audiences=["family"], aud_ok=KIDS_OK,
  window=W("2026-11-29", t0="12:00:00", t1="18:00:00"))
F("江苏 生态", A, city=JIANGSU, topics=["ecology"])
F("Poyang Lake birdwatching", A, city=["jiujiang"], near=POYANG, topics=["ecology"])
F("岳阳 老人", A, city=["yueyang"], audiences=["elderly"])
F("常德 农民", A, city=["changde"], audiences=["farmers"])
F("襄阳 航天", A, city=["xiangyang"], topics=["space"])
F("湖北 农民培训", A, city=HUBEI, audiences=["farmers"])
F("山东 海洋", A, city=SHANDONG, topics=["ocean"])
F("潍坊 农业技术", A, city=["weifang"], topics=["agriculture"])
F("My parents live in Linyi, are there any health lectures for old people there?", A, city=["linyi"],
  topics=["health"], audiences=["elderly"])
F("保定 老师", A, city=["baoding"], audiences=["teachers"])
F("唐山抗震纪念馆", A, venue="tsdz")
F("大同 新能源", A, city=["datong"], topics=["energy"])
F("山西 天文", A, city=SHANXI, topics=["astronomy"])
F("Taiyuan seniors", A, city=["taiyuan"], audiences=["elderly"])
F("Ganzhou navel orange farmers", A, city=["ganzhou"], audiences=["farmers"])
F("赣州 恐龙蛋", A, city=["ganzhou"], topics=["paleontology"])
F("老人家想学用智能手机 蚌埠哪里有课", A, city=["bengbu"], topics=["digital_literacy"], audiences=["elderly"])
F("老人家想学用智能手机 保定哪里有课", A, city=["baoding"], topics=["digital_literacy"], audiences=["elderly"])
F("温州科技馆 这周末", A, venue="wzstm", window=W("2026-11-28", "2026-11-29"))
F("浙江省科技馆 这周末", A, venue="hzstm", window=W("2026-11-28", "2026-11-29"))
F("福建省科技馆 天文", A, venue="fzgl", topics=["astronomy"])
F("中国科技馆 12月", A, venue="bjcy", window=W("2026-12-01", "2026-12-31"))
F("online next week", A, online=True, window=W("2026-11-30", "2026-12-06"))
F("直播 老年人 防诈骗", A, online=True, topics=["digital_literacy"], audiences=["elderly"])
F("teachers robotics webinar", A, online=True, topics=["robotics"], audiences=["teachers"])
F("汕头 活动", A, empty=True)
F("Huizhou nuclear power", A, city=["huizhou"], topics=["nuclear"])
F("珠海 航空 学生", A, city=["zhuhai"], topics=["space"], audiences=["children"], aud_ok=KIDS_OK)
F("中山 老人", A, city=["zhongshan"], audiences=["elderly"])
F("广东 量子", A, city=GUANGDONG, topics=["quantum"])
F("Shenzen chips", A, city=["shenzhen"], topics=["semiconductor"])
F("泉州 亲子", A, city=["quanzhou"], audiences=["family"], aud_ok=KIDS_OK)
F("Quanzhou", A, city=["quanzhou"])
F("Xuzhou stargazing", A, city=["xuzhou"], topics=["astronomy"])
F("扬州 下个月初 健康讲座", A, city=["yangzhou"], topics=["health"], window=W("2026-12-01", "2026-12-10"))
F("Wenzou", A, city=["wenzhou"])
F("Dongguang robots", A, city=["dongguan"], topics=["robotics"])
F("芜胡 机器人", A, city=["wuhu"], topics=["robotics"])
F("洛杨 天文", A, city=["luoyang"], topics=["astronomy"])
F("宁坡 海洋", A, city=["ningbo"], topics=["ocean"])
F("赣洲 农民", A, city=["ganzhou"], audiences=["farmers"])
F("浙江 天文", A, city=ZHEJIANG, topics=["astronomy"])
F("广东 无人机", A, city=GUANGDONG, topics=["drone"])
F("湖南 生态", A, city=HUNAN, topics=["ecology"])
F("河北 天文", A, empty=True)
F("安徽 农民", A, city=ANHUI, audiences=["farmers"])
F("福建 海洋 亲子", A, city=FUJIAN, topics=["ocean"], audiences=["family"], aud_ok=KIDS_OK)
F("嗯…东莞最近有啥机器人活动吗", A, city=["dongguan"], topics=["robotics"])
F("哎 爸妈在威海 有没有啥讲座适合他们", A, empty=True)
F("蚌埠有啥好玩的科普活动不😄", A, city=["bengbu"])
F("请问深圳南山区这周四晚上有没有AI相关的活动呀🙏", A, city=["shenzhen"], near=NANSHAN, topics=["ai"],
  window=W("2026-11-26", t0="18:00:00"))
F("Any health talks for elderly people in Dongguan or Zhongshan in December?", A, city=["dongguan", "zhongshan"],
  topics=["health"], audiences=["elderly"], window=W("2026-12-01", "2026-12-31"))
F("Where can my daughter (10) learn robotics in Ganzhou?", A, city=["ganzhou"], topics=["robotics"],
  audiences=["children"], aud_ok=KIDS_OK)
T("Robotics Open Lab for Teens", A, "Robotics Open Lab")
T("刘公岛", A, "刘公岛")
T("中华白海豚", A, "白海豚")
T("鞋里的科学", A, "鞋里的科学")
T("Chang'e Moon Mission", A, "Chang'e")
N("", A, [24.485, 118.121, 2])
N("无人机", A, [22.52, 113.95, 5], topics=["drone"])

# ---- now B: Saturday 2026-12-12 ----
F("圣诞前 线上亲子活动", B, online=True, audiences=["family"], aud_ok=KIDS_OK, window=FROM(B, "2026-12-24"))
F("anything for families in Hangzhou before Christmas?", B, city=["hangzhou"], audiences=["family"], aud_ok=KIDS_OK,
  window=FROM(B, "2026-12-24"))
F("元旦前后 有什么线上直播", B, online=True, window=W("2026-12-29", "2027-01-03"))
F("what's on in Yangzhou in two weeks?", B, city=["yangzhou"], window=W("2026-12-26"))
F("这个周日下午 中山", B, city=["zhongshan"], window=W("2026-12-13", t0="12:00:00", t1="18:00:00"))
F("this Sunday afternoon Guangzhou Panyu", B, city=["guangzhou"], near=PANYU,
  window=W("2026-12-13", t0="12:00:00", t1="18:00:00"))
F("mid-December in Xuzhou", B, city=["xuzhou"], window=W("2026-12-11", "2026-12-20"))
F("本月下旬 岳阳", B, city=["yueyang"], window=W("2026-12-21", "2026-12-31"))
F("下周末想带娃去泉州科技馆玩玩～有活动吗🤔", B, venue="qzstm", audiences=["family"], aud_ok=KIDS_OK,
  window=W("2026-12-19", "2026-12-20"))
F("求推荐！！厦门这周末有没有海洋相关的 🐬🐳", B, city=["xiamen"], topics=["ocean"],
  window=W("2026-12-12", "2026-12-13"))
F("小朋友喜欢恐龙🦖 广州有没有", B, city=["guangzhou"], topics=["paleontology"])
F("I'm in Weihai this weekend — anything about the ocean?", B, city=["weihai"], topics=["ocean"],
  window=W("2026-12-12", "2026-12-13"))
F("今晚 福州 天文", B, city=["fuzhou"], topics=["astronomy"], window=W("2026-12-12", t0="18:00:00"))
F("今晚 宿州", B, city=["suzhou_ah"], window=W("2026-12-12", t0="18:00:00"))
F("今晚 苏州", B, empty=True)
F("明天 番禺 恐龙", B, city=["guangzhou"], near=PANYU, topics=["paleontology"], window=W("2026-12-13"))
F("台州 今天", B, city=["taizhou_zj"], window=W("2026-12-12"))
F("泰州 今天", B, empty=True)
F("这周末 太原", B, city=["taiyuan"], window=W("2026-12-12", "2026-12-13"))
F("秦皇岛 教师培训", B, city=["qinhuangdao"], audiences=["teachers"])
F("今天 北京朝阳区", B, city=["beijing"], window=W("2026-12-12"))
F("明天 辽宁朝阳", B, city=["chaoyang"], window=W("2026-12-13"))
F("下周 宜昌", B, city=["yichang"], window=W("2026-12-14", "2026-12-20"))
F("Shenzhen quantum today", B, city=["shenzhen"], topics=["quantum"], window=W("2026-12-12"))
F("量子 直播", B, empty=True)
F("圣诞节 广州", B, city=["guangzhou"], window=W("2026-12-24", "2026-12-25"))
F("online AI talks", B, online=True, topics=["ai"])
T("Poyang Lake Migratory Birds", B, "Poyang")
T("双子座流星雨", B, "双子座")

# ---- now C: Wednesday 2027-01-06 ----
F("这周工作日晚上 佛山", C, city=["foshan"], window=W("2027-01-06", "2027-01-08", t0="18:00:00"))
F("下周三晚上 宁波", C, city=["ningbo"], window=W("2027-01-13", t0="18:00:00"))
F("下周三晚上 深圳南山", C, city=["shenzhen"], near=NANSHAN, window=W("2027-01-13", t0="18:00:00"))
F("月底 常州", C, city=["changzhou"], window=W("2027-01-21", "2027-01-31"))
F("中旬 常州", C, city=["changzhou"], window=W("2027-01-11", "2027-01-20"))
F("下个月初 珠海", C, city=["zhuhai"], window=W("2027-02-01", "2027-02-10"))
F("this weekend Zhuhai", C, city=["zhuhai"], window=W("2027-01-09", "2027-01-10"))
F("Poyang Lake family bird day this Saturday", C, city=["jiujiang"], topics=["ecology"], audiences=["family"],
  aud_ok=KIDS_OK, window=W("2027-01-09"))
F("威海 大天鹅", C, city=["weihai"], topics=["ecology"])
F("Datong stargazing this Saturday", C, city=["datong"], topics=["astronomy"], window=W("2027-01-09"))
F("太原 机器人 比赛", C, city=["taiyuan"], topics=["robotics"])
F("常德 AI 学生", C, city=["changde"], topics=["ai"], audiences=["children"], aud_ok=KIDS_OK)
F("洛阳 老人家", C, city=["luoyang"], audiences=["elderly"])
F("思明区 老人 学手机", C, city=["xiamen"], near=SIMING, topics=["digital_literacy"], audiences=["elderly"])
F("滨江区 无人机", C, city=["hangzhou"], near=BINJIANG, topics=["drone"])
F("Suzhou chip design camp for university students", C, city=["suzhou"], topics=["semiconductor"],
  audiences=["university"])
F("online science camp for school kids", C, online=True, audiences=["children"], aud_ok=KIDS_OK)
F("VR webinar for teachers", C, online=True, topics=["vr"], audiences=["teachers"])
F("Yichang kids camp", C, city=["yichang"], audiences=["children"], aud_ok=KIDS_OK)
F("南通 下周六", C, city=["nantong"], window=W("2027-01-16"))
F("惠州 观鸟", C, city=["huizhou"], topics=["ecology"])
F("上周 深圳南山区", C, empty=True)
F("哈尔滨 冰雪", C, empty=True)
T("睡眠科学", C, "睡眠科学")

# ---- now D: Sunday 2027-03-28 ----
F("本月底 温州", D, city=["wenzhou"], window=W("2027-03-21", "2027-03-31"))
F("月底前 中山 老人", D, city=["zhongshan"], audiences=["elderly"], window=W("2027-03-21", "2027-03-31"))
F("下个月初 深圳南山", D, city=["shenzhen"], near=NANSHAN, window=W("2027-04-01", "2027-04-10"))
F("early next month Tangshan", D, city=["tangshan"], window=W("2027-04-01", "2027-04-10"))
F("清明 有什么活动 厦门", D, city=["xiamen"], window=W("2027-04-05"))
F("清明 南通", D, city=["nantong"], window=W("2027-04-05"))
F("清明节 线上讲座", D, online=True, window=W("2027-04-05"))
F("this Sunday afternoon Datong", D, city=["datong"], window=W("2027-03-28", t0="12:00:00", t1="18:00:00"))
F("今晚 大同", D, city=["datong"], window=W("2027-03-28", t0="18:00:00"))
F("未来两周 东莞", D, city=["dongguan"], window=FROM(D, "2027-04-11"))
F("4月中旬 岳阳", D, city=["yueyang"], window=W("2027-04-11", "2027-04-20"))
F("mid-April Wenzhou", D, city=["wenzhou"], window=W("2027-04-11", "2027-04-20"))
F("4月3号 苏州工业园区", D, city=["suzhou"], near=SIP, window=W("2027-04-03"))
F("Suzhou Industrial Park robots in April", D, city=["suzhou"], near=SIP, topics=["robotics"],
  window=W("2027-04-01", "2027-04-30"))
F("无锡 超算", D, city=["wuxi"], topics=["supercomputing"])
F("泉州 茶农", D, city=["quanzhou"], audiences=["farmers"])
F("番禺 农民", D, city=["guangzhou"], near=PANYU, audiences=["farmers"])
F("洛阳 牡丹", D, city=["luoyang"], topics=["ecology"])
F("宜昌 观星", D, city=["yichang"], topics=["astronomy"])
F("蚌埠 农民", D, city=["bengbu"], audiences=["farmers"])
F("宁波 观鸟", D, city=["ningbo"], topics=["ecology"])
F("秦皇岛 观鸟", D, city=["qinhuangdao"], topics=["ecology"])
F("保定 大学生", D, city=["baoding"], audiences=["university"])
F("大学生 线上 科研", D, online=True, audiences=["university"])
F("芯片 直播", D, online=True, topics=["semiconductor"])
F("livestream stargazing", D, online=True, topics=["astronomy"])
F("开封 老人 防诈骗", D, city=["kaifeng"], topics=["digital_literacy"], audiences=["elderly"])
F("太原 AI", D, city=["taiyuan"], topics=["ai"])
F("九江 研学 学生", D, city=["jiujiang"], audiences=["children"], aud_ok=KIDS_OK)
F("常德 春耕", D, city=["changde"], topics=["agriculture"])
F("芜湖 4月初", D, city=["wuhu"], window=W("2027-04-01", "2027-04-10"))
F("江西 农民", D, city=JIANGXI, audiences=["farmers"])
F("三峡大坝 开放日", D, venue="ycsx")
F("临沂 老人", D, city=["linyi"], audiences=["elderly"])
F("上个月 宁波", D, empty=True)
F("上海 天文", D, empty=True)
F("宿州 农民培训", D, empty=True)
T("潍坊风筝节", D, "风筝节")
T("VR科普周", D, "VR 科普周")
T("光刻机", D, "光刻机")
