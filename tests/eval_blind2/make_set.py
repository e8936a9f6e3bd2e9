"""Builds the second blind eval set: corpus.ics, truth.jsonl, queries.jsonl.

Written without reading the bot's code. Run: python tests/eval_blind2/make_set.py
All times are China time (+08:00) unless marked utc (then emitted as ...Z in the .ics).
"""
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).parent
CST = timezone(timedelta(hours=8))
sys.path.insert(0, str(HERE.resolve().parent))
from eval_ics import dt, esc, fold, ics_time, write_set  # noqa: E402  (shared with the other sets)

# venue key -> (city id, full address, lat, lon); lat None = no GEO line
V = {
    # Zhejiang
    "hzstm": ("hangzhou", "浙江省杭州市拱墅区西湖文化广场21号浙江省科技馆", 30.2776, 120.1658),
    "hzlowc": ("hangzhou", "浙江省杭州市滨江区江汉路1号中国杭州低碳科技馆", 30.2086, 120.2136),
    "hzyuhang": ("hangzhou", "浙江省杭州市余杭区仓前街道文一西路1324号未来科技城梦想小镇", 30.2905, 119.9950),
    "jhstm": ("jinhua", "浙江省金华市婺城区双龙南街858号金华市科技馆", 29.0795, 119.6470),
    "jhwc": ("jinhua", "浙江省金华市婺城区汤溪镇农技服务中心", 29.0630, 119.4060),
    "ywstm": ("yiwu", "浙江省金华市义乌市稠城街道工人北路义乌市科技馆", 29.3110, 120.0740),
    # Beijing
    "cstm": ("beijing", "北京市朝阳区北辰东路5号中国科学技术馆", 40.0047, 116.3918),
    "bjplan": ("beijing", "北京市西城区西直门外大街138号北京天文馆", 39.9370, 116.3360),
    "bjzgc": ("beijing", "北京市海淀区中关村大街11号中关村创新中心", 39.9830, 116.3150),
    "bjhd": ("beijing", "北京市海淀区学院路街道社区活动中心", 39.9930, 116.3510),
    # Shanghai
    "shstm": ("shanghai", "上海市浦东新区世纪大道2000号上海科技馆", 31.2196, 121.5448),
    "shplan": ("shanghai", "上海市浦东新区临港新片区临港大道380号上海天文馆", 30.9130, 121.9089),
    "shnhm": ("shanghai", "上海市静安区北京西路510号上海自然博物馆", 31.2355, 121.4608),
    "shxh": ("shanghai", "上海市徐汇区漕河泾街道社区卫生服务中心", 31.1700, 121.4200),
    # Guangdong
    "gdsc": ("guangzhou", "广东省广州市番禺区小谷围街道科普路168号广东科学中心", 23.0413, 113.3660),
    "gzth": ("guangzhou", "广东省广州市天河区天河路558号广州市少年宫", 23.1370, 113.3290),
    "szsci": ("shenzhen", "广东省深圳市福田区上步中路1003号深圳市科学馆", 22.5452, 114.0940),
    "szstm": ("shenzhen", "广东省深圳市光明区光明大街深圳科技馆（新馆）", 22.7680, 113.9360),
    "szns": ("shenzhen", "广东省深圳市南山区粤海街道深圳湾科技生态园", 22.5270, 113.9480),
    "szdp": ("shenzhen", "广东省深圳市大鹏新区大亚湾核电基地科技展厅", 22.5990, 114.5440),
    "fssd": ("foshan", "广东省佛山市顺德区大良街道德民路顺德科学馆", 22.8420, 113.2520),
    "fsja": ("foshan", "广东省佛山市顺德区均安镇农业示范基地", 22.6780, 113.1330),
    # Sichuan
    "scstm": ("chengdu", "四川省成都市青羊区人民中路一段16号四川科技馆", 30.6605, 104.0658),
    "cdsf": ("chengdu", "四川省成都市郫都区菁蓉镇成都科幻馆", 30.8190, 103.8930),
    "cdwh": ("chengdu", "四川省成都市武侯区玉林街道社区服务中心", None, None),
    "djy": ("dujiangyan", "四川省成都市都江堰市灌口街道都江堰水利科普馆", 30.9990, 103.6190),
    "djyfarm": ("dujiangyan", "四川省成都市都江堰市胥家镇猕猴桃产业园", 30.9450, 103.7000),
    # Shaanxi
    "sxstm": ("xian", "陕西省西安市新城区新城广场陕西科学技术馆", 34.2660, 108.9530),
    "xaspace": ("xian", "陕西省西安市长安区航天基地东长安街中国航天科普馆", 34.1420, 109.0010),
    # Hubei
    "whstm": ("wuhan", "湖北省武汉市江岸区沿江大道91号武汉科学技术馆", 30.5856, 114.2980),
    "hbstm": ("wuhan", "湖北省武汉市东湖新技术开发区高新大道湖北省科技馆（光谷）", 30.4790, 114.4050),
    "whwc": ("wuhan", "湖北省武汉市武昌区中南路街道社区活动中心", 30.5400, 114.3300),
    # Heilongjiang
    "hljstm": ("harbin", "黑龙江省哈尔滨市松北区太阳岛路1号黑龙江省科技馆", 45.7910, 126.5600),
    "hrbice": ("harbin", "黑龙江省哈尔滨市松北区太阳岛西侧冰雪大世界", 45.7780, 126.5380),
    "mohe": ("mohe", "黑龙江省大兴安岭地区漠河市北极镇北极村观星营地", 53.4810, 122.3540),
    "mohecity": ("mohe", "黑龙江省大兴安岭地区漠河市西林吉镇农业技术推广站", 52.9720, 122.5380),
    # Anhui
    "ahstm": ("hefei", "安徽省合肥市包河区滨湖新区安徽省科技馆", 31.7300, 117.2900),
    "hfq": ("hefei", "安徽省合肥市高新区望江西路量子信息科普展示中心", 31.8300, 117.1300),
    # Hunan
    "hnstm": ("changsha", "湖南省长沙市岳麓区梅溪湖路湖南省科技馆", 28.1900, 112.8700),
    "cswy": ("changsha", "湖南省长沙市岳麓区望月湖街道社区服务中心", 28.2000, 112.9400),
    "csrice": ("changsha", "湖南省长沙市芙蓉区远大二路国家杂交水稻工程技术研究中心", 28.2000, 113.0700),
    # Hainan
    "hkstm": ("haikou", "海南省海口市美兰区海南科技馆", 20.0300, 110.3500),
    "wcspace": ("wenchang", "海南省文昌市龙楼镇文昌航天科普中心", 19.6300, 110.9700),
    "wcye": ("wenchang", "海南省文昌市东郊镇椰林湾", 19.5600, 110.8300),
    "sydeep": ("sanya", "海南省三亚市天涯区鹿回头路28号深海科学与工程研究所", 18.2100, 109.5100),
    "syreef": ("sanya", "海南省三亚市海棠区蜈支洲岛海洋牧场", 18.3100, 109.7600),
    # Jiangsu county-level cities
    "ksstm": ("kunshan", "江苏省苏州市昆山市玉山镇前进西路昆山市科技馆", 31.3850, 120.9580),
    "kshq": ("kunshan", "江苏省苏州市昆山市花桥镇国际博览中心", 31.3000, 121.1000),
    "jystm": ("jiangyin", "江苏省无锡市江阴市澄江街道江阴市科技馆", 31.9100, 120.2800),
    # others
    "jjstm": ("jinjiang", "福建省泉州市晋江市青阳街道世纪大道晋江市科技馆", 24.8000, 118.5800),
    "jjwt": ("jinjiang", "福建省泉州市晋江市金井镇围头湾海洋科普基地", 24.5200, 118.5700),
    "dali": ("dali", "云南省大理白族自治州大理市下关镇苍山地质博物馆", 25.6000, 100.2600),
    "dalier": ("dali", "云南省大理白族自治州大理市喜洲镇洱海湿地", 25.8500, 100.1400),
    "sg": ("shouguang", "山东省潍坊市寿光市洛城街道寿光蔬菜高科技示范园", 36.8700, 118.7900),
    "dlh": ("delingha", "青海省海西蒙古族藏族自治州德令哈市紫金山天文台青海观测站", 37.3800, 97.7300),
    "yanji": ("yanji", "吉林省延边朝鲜族自治州延吉市延吉市科技馆", 42.8900, 129.5100),
    "chongli": ("zhangjiakou", "河北省张家口市崇礼区西湾子镇冰雪科普馆", 40.9700, 115.2800),
    "nnqx": ("nanning", "广西壮族自治区南宁市青秀区民族大道气象科普馆", 22.8200, 108.3600),
    "gxstm": ("nanning", "广西壮族自治区南宁市青秀区民族大道20号广西科技馆", 22.8178, 108.3358),
    "tjstm": ("tianjin", "天津市河西区隆昌路94号天津科学技术馆", 39.0797, 117.2235),
    "tjsc": ("tianjin", "天津市滨海新区国家超级计算天津中心", 39.0300, 117.7100),
    "xjstm": ("urumqi", "新疆维吾尔自治区乌鲁木齐市沙依巴克区新疆科技馆", 43.8000, 87.5800),
    "jdz": ("jingdezhen", "江西省景德镇市珠山区景德镇市科技馆", 29.2700, 117.1800),
    # recurring series only (no query asks about these places)
    "bt": ("baotou", "内蒙古自治区包头市昆都仑区包头市科技馆", 40.6570, 109.8400),
    "ts": ("tianshui", "甘肃省天水市秦州区农业技术推广中心", 34.5800, 105.7200),
}

ONLINE_LOCS = ["线上直播", "Online (livestream)", "腾讯会议线上", "线上（B站直播间）", "Online webinar (Zoom)", "线上"]

EV = []


def E(uid, title, venue, start, end, cats, topics=(), aud=(), **o):
    EV.append(dict(uid=uid, title=title, venue=venue, start=start, end=end, cats=cats,
                   topics=list(topics), aud=list(aud), **o))


def ON(uid, title, start, end, cats, topics=(), aud=(), loc=0, **o):
    E(uid, title, None, start, end, cats, topics, aud, online=True, loc=ONLINE_LOCS[loc % len(ONLINE_LOCS)], **o)


X = "CANCELLED"

# ---------------- Hangzhou / Jinhua / Yiwu ----------------
E("hz01", "AI奇妙夜：大模型体验营", "hzyuhang", "2026-10-24 14:00", "2026-10-24 17:00", "人工智能,大模型,青少年", ["ai"], ["children"])
E("hz02", "机器人足球友谊赛", "hzstm", "2026-10-25 09:30", "2026-10-25 12:00", "机器人,青少年", ["robotics"], ["children"])
E("hz03", "低碳生活亲子市集", "hzlowc", "2026-10-24 10:00", "2026-10-24 16:00", "碳中和,生态环保,亲子", ["ecology"], ["family"])
E("hz04", "（取消）天文望远镜入门", "hzstm", "2026-10-25 19:00", "2026-10-25 21:00", "天文", ["astronomy"], status=X)
E("hz05", "秋季观鸟沙龙", "hzlowc", "2026-10-11 09:00", "2026-10-11 11:30", "生态,观鸟", ["ecology"])
E("hz06", "脑机接口开放日", "hzyuhang", "2026-11-14 09:00", "2026-11-14 16:00", "人工智能,脑科学,医学", ["ai", "health"])
E("hz07", "老年人防诈骗知识讲座", "hzstm", "2026-11-18 14:00", "2026-11-18 16:00", "防诈骗,数字素养,老年人", ["digital_literacy"], ["elderly"])
E("hz08", "银龄反诈课堂", "hzlowc", "2026-12-09 09:30", "2026-12-09 11:00", "反诈,老年人", ["digital_literacy"], ["elderly"])
E("hz09", "Robot Coding Workshop", "hzyuhang", "2026-12-12 13:30", "2026-12-12 16:30", "Robotics,编程,儿童", ["robotics"], ["children"])
E("hz10", "碳中和科普展", "hzlowc", "2026-12-01", "2027-01-31", "碳中和,气候变化,展览", ["ecology", "weather"], allday=True)
E("hz11", "跨年天文观测夜", "hzstm", "2026-12-31 20:00", "2026-12-31 23:30", "天文,观星,亲子", ["astronomy"], ["family"])
E("hz12", "少儿科学冬令营", "hzstm", "2027-01-25 09:00", "2027-01-29 16:00", "冬令营,科学实验,青少年", [], ["children"])
E("hz13", "地震应急演练体验", "hzstm", "2027-01-19 14:00", "2027-01-19 16:00", "应急科普,防灾减灾", ["emergency"])
E("hz14", "数字素养提升：老年人智能手机课", "hzstm", "2027-01-19 09:30", None, "数字素养,智能手机,老年人", ["digital_literacy"], ["elderly"], duration="PT1H30M")
E("hz15", "Quantum Computing Talk", "hzyuhang", "2026-11-07 14:00", "2026-11-07 16:00", "Quantum,量子计算", ["quantum"], utc=True)
E("hz16", "老年人防诈骗情景剧", "hzlowc", "2027-01-08 14:00", "2027-01-08 15:30", "防诈骗,老年人", ["digital_literacy"], ["elderly"])

E("jh01", "机器人嘉年华", "jhstm", "2026-11-07 09:00", "2026-11-07 17:00", "机器人,亲子", ["robotics"], ["family"])
E("jh02", "冬季柑橘种植技术培训", "jhwc", "2026-11-12 09:00", "2026-11-12 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("jh03", "双龙洞星空讲座", "jhstm", "2026-12-19 19:00", "2026-12-19 21:00", "天文", ["astronomy"])
E("yw01", "跨境电商与大数据科普讲座", "ywstm", "2026-10-31 14:00", "2026-10-31 16:00", "大数据", ["bigdata"])
E("yw02", "青少年机器人编程挑战赛", "ywstm", "2026-11-28 09:00", "2026-11-29 17:00", "机器人,编程,青少年", ["robotics"], ["children"])
E("yw03", "Yiwu Family Science Fair", "ywstm", "2027-01-23", "2027-01-23", "科学实验,亲子", [], ["family"], allday=True)
E("yw04", "（已取消）无人机灯光秀科普", "ywstm", "2026-12-20 19:00", "2026-12-20 20:30", "无人机", ["drone"], status=X)

# ---------------- Beijing ----------------
E("bj01", "中国科技馆周末科学秀", "cstm", "2026-10-24 10:00", "2026-10-24 11:30", "科学表演,亲子", [], ["family"])
E("bj02", "Mars Exploration Talk", "bjplan", "2026-10-24 14:00", "2026-10-24 15:30", "航天,Space", ["space"])
E("bj03", "秋季星空观测", "bjplan", "2026-10-23 19:00", "2026-10-23 21:00", "天文,观星", ["astronomy"])
E("bj04", "大模型应用开放日", "bjzgc", "2026-11-06 09:00", "2026-11-06 17:00", "人工智能,大模型", ["ai"])
E("bj05", "银发族智能手机课堂", "bjhd", "2026-11-25 09:30", "2026-11-25 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("bj06", "气候变化与极端天气讲座", "cstm", "2026-12-05 14:00", "2026-12-05 16:00", "气候变化,气象", ["weather", "ecology"])
E("bj07", "Climate Futures Exhibition", "cstm", "2026-12-01", "2027-01-10", "Climate,气象,展览", ["weather", "ecology"], allday=True)
E("bj08", "元旦亲子科学嘉年华", "cstm", "2027-01-01 09:00", "2027-01-01 16:00", "亲子,科学实验", [], ["family"])
E("bj09", "新年第一课：儿童机器人搭建", "cstm", "2027-01-01 13:00", "2027-01-01 15:00", "机器人,儿童", ["robotics"], ["children"])
E("bj10", "元旦天文讲座：新年星空", "bjplan", "2027-01-01 10:00", "2027-01-01 11:30", "天文", ["astronomy"])
E("bj11", "Robot Challenge Finals", "cstm", "2026-12-26 09:00", "2026-12-26 17:00", "Robotics,青少年", ["robotics"], ["children"])
E("bj12", "人形机器人科普展", "bjzgc", "2026-12-15 09:00", "2026-12-22 17:00", "机器人,展览", ["robotics"])
E("bj13", "机器狗编程体验", "bjzgc", "2026-12-19 14:00", "2026-12-19 16:00", "机器人,编程,儿童", ["robotics"], ["children"])
E("bj14", "冬夜观星：猎户座", "bjplan", "2027-01-15 19:00", "2027-01-15 21:00", "天文,观星", ["astronomy"])
E("bj15", "Winter Night Lecture: Black Holes", "bjplan", "2027-01-15 18:30", "2027-01-15 20:00", "Astronomy", ["astronomy"], utc=True)
E("bj16", "冬季流感预防讲座", "cstm", "2027-01-15 10:00", "2027-01-15 11:30", "卫生健康", ["health"])
E("bj17", "（取消）深冬星空摄影", "bjplan", "2027-01-15 20:00", "2027-01-15 22:00", "天文", ["astronomy"], status=X)
E("bj18", "智能手机防诈骗银发课堂", "bjhd", "2027-01-13 09:30", "2027-01-13 11:00", "数字素养,防诈骗,老年人", ["digital_literacy"], ["elderly"])
E("bj19", "儿童AI绘画工作坊", "cstm", "2026-11-21 14:00", "2026-11-21 16:00", "AI,儿童", ["ai"], ["children"])
E("bj20", "中小学教师AI素养研修班", "bjzgc", "2026-11-28 09:00", "2026-11-28 17:00", "人工智能,教师", ["ai"], ["teachers"])

# ---------------- Shanghai ----------------
E("sh01", "Halloween Night at the Planetarium", "shplan", "2026-10-31 18:30", "2026-10-31 21:00", "Astronomy,亲子", ["astronomy"], ["family"])
E("sh02", "天文摄影工作坊", "shplan", "2026-11-01 13:00", "2026-11-01 16:00", "天文", ["astronomy"])
E("sh03", "恐龙之夜", "shnhm", "2026-10-31 18:00", "2026-10-31 21:00", "古生物,亲子", [], ["family"])
E("sh04", "天象厅新片首映", "shplan", "2026-10-24 10:00", "2026-10-24 12:00", "天文", ["astronomy"])
E("sh05", "AED急救培训", "shstm", "2026-11-14 09:00", "2026-11-14 11:00", "急救,应急", ["emergency", "health"])
E("sh06", "First Aid for Parents", "shxh", "2026-12-12 09:30", "2026-12-12 11:30", "First Aid,亲子", ["emergency", "health"], ["family"])
E("sh07", "元宇宙科普体验展", "shstm", "2026-11-20 09:00", "2026-12-20 17:00", "元宇宙,VR", ["metaverse"])
E("sh08", "圣诞科学之夜", "shstm", "2026-12-24 18:00", "2026-12-24 21:00", "科学表演,亲子", [], ["family"])
E("sh09", "Christmas Star Party", "shplan", "2026-12-25 19:00", "2026-12-25 22:00", "Astronomy", ["astronomy"])
E("sh10", "冬至天文讲座", "shplan", "2026-12-22 14:00", "2026-12-22 16:00", "天文", ["astronomy"])
E("sh11", "恐龙化石修复体验", "shnhm", "2026-12-26 10:00", "2026-12-26 12:00", "古生物,儿童", [], ["children"])
E("sh12", "New Year's Eve Science Night", "shstm", "2026-12-31 20:00", "2027-01-01 01:00", "科学表演,天文,亲子", ["astronomy"], ["family"])
E("sh13", "新年天象厅特别场", "shplan", "2027-01-02 10:00", "2027-01-02 16:00", "天文,亲子", ["astronomy"], ["family"])
E("sh14", "冬季昆虫展", "shnhm", "2026-12-29", "2027-01-24", "生物多样性,儿童,展览", ["ecology"], ["children"], allday=True)
E("sh15", "Family Science Saturday: Magnets", "shstm", "2027-01-16 10:00", "2027-01-16 12:00", "亲子,物理", [], ["family"])
E("sh16", "冬夜星空观测", "shplan", "2027-01-15 19:00", "2027-01-15 21:30", "天文,观星", ["astronomy"])
E("sh17", "春节星空特别观测", "shplan", "2027-02-06 19:00", "2027-02-06 21:00", "天文,亲子", ["astronomy"], ["family"])
E("sh17b", "Lunar New Year Sky Show", "shplan", "2027-02-10 14:00", "2027-02-10 15:30", "Astronomy", ["astronomy"])
E("sh17c", "（取消）日晕与大气光学讲座", "shplan", "2027-02-13 14:00", "2027-02-13 16:00", "天文,气象", ["astronomy", "weather"], status=X)
E("sh18", "（取消）元旦亲子实验课", "shstm", "2027-01-02 09:30", "2027-01-02 11:30", "亲子,科学实验", [], ["family"], status=X)
E("sh19", "上海科技节回顾展", "shstm", "2026-10-05 09:00", "2026-10-10 17:00", "科技节,展览", [])
E("sh20", "幼儿科学启蒙：泡泡实验", "shnhm", "2026-11-28 10:00", "2026-11-28 11:00", "幼儿,亲子", [], ["family", "children"])
E("sh21", "Hands-only CPR 心肺复苏公益课", "shstm", "2027-01-09 14:00", "2027-01-09 16:00", "急救,应急", ["emergency", "health"])

# ---------------- Guangzhou / Shenzhen / Foshan ----------------
E("gz01", "Ocean Explorers Kids Camp", "gdsc", "2026-10-31 09:00", "2026-10-31 16:00", "Ocean,儿童", ["ocean"], ["children"])
E("gz02", "亲子无人机飞行体验", "gdsc", "2026-11-01 14:00", "2026-11-01 16:00", "无人机,亲子", ["drone"], ["family"])
E("gz03", "天文沙龙：秋夜话土星", "gzth", "2026-10-31 19:00", "2026-10-31 21:00", "天文", ["astronomy"])
E("gz04", "深海探秘：海洋科普月", "gdsc", "2026-12-01", "2026-12-31", "海洋,深海", ["ocean", "deep_earth_sea"], allday=True)
E("gz05", "珊瑚保护讲座", "gzth", "2026-12-12 14:00", "2026-12-12 16:00", "海洋保护,生态", ["ocean", "ecology"])
E("gz06", "Mangrove Walk", "gzth", "2026-11-21 09:00", "2026-11-21 11:00", "海洋,生态", ["ocean", "ecology"])
E("gz07", "新年机器人营", "gdsc", "2027-01-03 09:00", "2027-01-05 16:00", "机器人,青少年,冬令营", ["robotics"], ["children"])
E("gz08", "冬季星空讲座", "gzth", "2027-01-04 19:30", "2027-01-04 21:00", "天文", ["astronomy"])
E("gz09", "流感防护讲座", "gzth", "2027-01-06 14:00", "2027-01-06 15:30", "卫生健康", ["health"])
E("gz10", "元旦科学秀", "gdsc", "2027-01-02 10:00", "2027-01-02 12:00", "科学表演,亲子", [], ["family"])
E("gz11", "AI少年营", "gdsc", "2027-01-20 09:00", "2027-01-22 16:00", "人工智能,青少年", ["ai"], ["children"])
E("gz12", "（取消）南海海洋讲座", "gzth", "2027-01-21 14:00", "2027-01-21 16:00", "海洋", ["ocean"], status=X)
E("gz13", "寒假机器人冬令营", "gdsc", "2027-01-25 09:00", "2027-01-29 16:00", "机器人,冬令营,青少年", ["robotics"], ["children"])

E("sz01", "Shenzhen Drone Show & Tell", "szns", "2026-10-24 14:00", "2026-10-24 16:00", "Drones,无人机", ["drone"])
E("sz02", "核电科普开放日", "szdp", "2026-10-25 09:00", "2026-10-25 12:00", "核能,核科普", ["nuclear"])
E("sz03", "人工智能创客周", "szsci", "2026-10-19 09:00", "2026-10-23 17:00", "人工智能,创客", ["ai"])
E("sz04", "青少年无人机编程入门", "szstm", "2026-11-14 14:00", "2026-11-14 16:30", "无人机,编程,青少年", ["drone"], ["children"])
E("sz05", "Nuclear Energy Science Week", "szdp", "2026-12-07 09:00", "2026-12-11 17:00", "Nuclear,核能", ["nuclear"])
E("sz06", "Christmas Robot Parade", "szns", "2026-12-24 18:00", "2026-12-24 20:00", "Robotics,亲子", ["robotics"], ["family"])
E("sz07", "平安夜观星会", "szstm", "2026-12-24 20:00", "2026-12-24 22:00", "天文,观星", ["astronomy"])
E("sz08", "冬季消防安全体验", "szsci", "2026-12-26 10:00", "2026-12-26 12:00", "应急,消防", ["emergency"])
E("sz09", "新年机器人挑战赛", "szstm", "2027-01-03 09:00", "2027-01-03 17:00", "机器人,青少年", ["robotics"], ["children"])
E("sz10", "Robot Dog Meetup", "szns", "2027-01-05 19:00", "2027-01-05 21:00", "Robotics", ["robotics"])
E("sz11", "人工智能新年讲座", "szsci", "2027-01-02 14:00", "2027-01-02 16:00", "人工智能", ["ai"])
E("sz12", "寒假亲子科学营", "szstm", "2027-01-26 09:00", "2027-01-30 16:00", "亲子,冬令营", [], ["family"])
E("sz13", "Winter Break Family Drone Day", "szns", "2027-02-13", "2027-02-13", "Drones,亲子", ["drone"], ["family"], allday=True)
E("sz14", "寒假少儿编程冬令营", "szsci", "2027-02-01 09:00", "2027-02-05 16:00", "编程,人工智能,儿童", ["ai"], ["children"])

E("fs01", "智能制造与机器人开放日", "fssd", "2026-11-21 09:00", "2026-11-21 16:00", "机器人,智能制造", ["robotics"])
E("fs02", "Foshan Stargazing Night", "fssd", "2026-12-19 19:00", "2026-12-19 22:00", "Astronomy,观星", ["astronomy"])
E("fs03", "无人机植保农民培训班", "fsja", "2026-11-05 09:00", "2026-11-05 12:00", "无人机,农业,农民", ["drone", "agriculture"], ["farmers"])

# ---------------- Chengdu / Dujiangyan ----------------
E("cd01", "成都科幻大会科普展", "cdsf", "2026-11-05 09:00", "2026-11-08 17:00", "科幻,航天", ["space"])
E("cd02", "Seniors Health Talk: Winter Wellness", "scstm", "2026-11-18 14:00", "2026-11-18 15:30", "健康,老年人", ["health"], ["elderly"])
E("cd03", "熊猫与生物多样性", "scstm", "2026-10-24 10:00", "2026-10-24 12:00", "生物多样性,生态", ["ecology"])
E("cd04", "AI少年创客营", "scstm", "2026-11-29 09:00", "2026-11-29 17:00", "人工智能,青少年", ["ai"], ["children"])
E("cd05", "航天知识竞赛", "scstm", "2026-12-01 14:00", "2026-12-01 16:00", "航天", ["space"])
E("cd06", "新年亲子科学日", "scstm", "2027-01-02 10:00", "2027-01-02 16:00", "亲子,科学实验", [], ["family"])
E("cd07", "Kids Astronomy Night", "scstm", "2027-01-03 18:30", "2027-01-03 20:30", "Astronomy,儿童", ["astronomy"], ["children"])
E("cd08", "老年人防跌倒健康讲座", "cdwh", "2027-01-02 09:30", "2027-01-02 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("cd09", "寒假科学冬令营", "scstm", "2027-01-25 09:00", "2027-01-30 16:00", "冬令营,青少年", [], ["children"])
E("cd10", "Winter Break Robot Camp", "cdsf", "2027-02-08 09:00", "2027-02-10 16:00", "Robotics,儿童", ["robotics"], ["children"])
E("cd11", "老年人智能手机课", "cdwh", "2027-01-20 14:00", "2027-01-20 15:30", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("cd12", "（取消）银发科学茶话会", "scstm", "2026-12-15 14:00", "2026-12-15 16:00", "老年人", [], ["elderly"], status=X)
E("dj01", "都江堰水利工程研学", "djy", "2026-11-14 09:00", "2026-11-14 15:00", "水利科普,生态,青少年", ["ecology"], ["children"])
E("dj02", "猕猴桃种植技术培训", "djyfarm", "2026-12-10 09:00", "2026-12-10 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("dj03", "Dujiangyan Panda Ecology Day", "djy", "2027-01-09 10:00", "2027-01-09 15:00", "Ecology,亲子", ["ecology"], ["family"])

# ---------------- Xi'an ----------------
E("xa01", "航天科普进校园", "xaspace", "2026-11-24 14:00", "2026-11-24 16:00", "航天,青少年", ["space"], ["children"])
E("xa02", "秦岭生态讲座", "sxstm", "2026-11-24 19:00", "2026-11-24 20:30", "生态,生物多样性", ["ecology"], utc=True)
E("xa03", "冬季呼吸道健康讲座", "sxstm", "2026-11-25 14:00", "2026-11-25 15:30", "卫生健康", ["health"])
E("xa04", "Xi'an Space Day: Chang'e Missions", "xaspace", "2027-01-09 10:00", "2027-01-09 16:00", "航天,探月", ["space"])
E("xa05", "火箭模型冬令营", "xaspace", "2027-01-26 09:00", "2027-01-28 16:00", "航天,火箭,冬令营,青少年", ["space"], ["children"])
E("xa06", "卫星发射直播观看会", "sxstm", "2026-12-20 09:00", "2026-12-20 11:00", "航天", ["space"])
E("xa07", "（取消）航天员见面会", "xaspace", "2027-01-16 14:00", "2027-01-16 16:00", "航天", ["space"], status=X)

# ---------------- Wuhan ----------------
E("wh01", "光谷人工智能创新周", "hbstm", "2026-11-09 09:00", "2026-11-13 17:00", "人工智能", ["ai"])
E("wh02", "北斗导航科普展", "hbstm", "2026-11-20", "2026-12-06", "北斗,航天,展览", ["space"], allday=True)
E("wh03", "AI Ethics Forum", "whstm", "2026-10-28 14:00", "2026-10-28 17:00", "AI", ["ai"])
E("wh04", "食品安全进社区", "whwc", "2026-12-03 09:30", "2026-12-03 11:00", "食品安全,老年人", ["food_safety"], ["elderly"])
E("wh05", "Food Safety Lab for Kids", "whstm", "2027-01-10 10:00", "2027-01-10 12:00", "Food Safety,儿童", ["food_safety"], ["children"])
E("wh06", "长江冬季观鸟", "whstm", "2026-12-27 08:00", "2026-12-27 11:00", "生态,观鸟", ["ecology"])
E("wh07", "年终科学秀", "whstm", "2026-12-30 19:00", "2026-12-30 21:00", "科学表演", [])
E("wh08", "冬季心脑血管健康讲座", "whwc", "2026-12-10 09:30", "2026-12-10 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("wh09", "寒假AI训练营", "hbstm", "2027-01-23 09:00", "2027-01-27 16:00", "人工智能,冬令营,青少年", ["ai"], ["children"])
E("wh10", "冬季星空讲座", "whstm", "2027-01-12 19:00", "2027-01-12 20:30", "天文", ["astronomy"])
E("wh11", "武汉科技周闭幕式", "whstm", "2026-10-12 09:00", "2026-10-12 11:00", "科技周", [])

# ---------------- Harbin / Mohe ----------------
E("hb01", "冰雪科学亲子日", "hljstm", "2026-11-28 10:00", "2026-11-28 15:00", "冰雪科学,亲子", [], ["family"])
E("hb02", "Snowflake Physics for Kids", "hljstm", "2026-11-29 14:00", "2026-11-29 16:00", "物理,儿童", [], ["children"])
E("hb03", "冬季气象讲座", "hljstm", "2026-11-21 14:00", "2026-11-21 16:00", "气象", ["weather"])
E("hb04", "冰雕中的科学", "hrbice", "2026-12-05 10:00", "2026-12-05 15:00", "冰雪科学,亲子", [], ["family"])
E("hb05", "冰雪科学冬令营", "hljstm", "2027-01-24 09:00", "2027-01-28 16:00", "冬令营,青少年", [], ["children"])
E("hb06", "冰雪科学嘉年华", "hrbice", "2027-01-05 10:00", "2027-02-25 20:00", "冰雪科学,亲子", [], ["family"])
E("hb07", "老年人冬季健康讲座", "hljstm", "2027-02-03 09:30", "2027-02-03 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("mo01", "北极村极光观测夜 Aurora Watch", "mohe", "2026-12-20 20:00", "2026-12-21 02:00", "极光,天文,观星", ["astronomy"])
E("mo02", "冬至观星营", "mohe", "2026-12-21 19:00", "2026-12-21 23:00", "天文,观星", ["astronomy"])
E("mo03", "寒地农业技术讲座", "mohecity", "2026-11-10 09:00", "2026-11-10 11:00", "农业科技,农民", ["agriculture"], ["farmers"])

# ---------------- Hefei ----------------
E("hf01", "量子科技开放日", "hfq", "2026-12-12 09:00", "2026-12-12 16:00", "量子科技", ["quantum"])
E("hf02", "Quantum Open Lab", "hfq", "2026-12-19 09:30", "2026-12-19 15:30", "Quantum", ["quantum"])
E("hf03", "量子通信讲座", "ahstm", "2026-11-27 14:00", "2026-11-27 16:00", "量子通信", ["quantum"])
E("hf04", "量子计算冬令营", "hfq", "2027-01-25 09:00", "2027-01-27 16:00", "量子,冬令营,青少年", ["quantum"], ["children"])
E("hf05", "机器人工作坊", "ahstm", "2026-11-24 10:00", None, "机器人", ["robotics"], duration="PT2H")
E("hf06", "人工智能与医疗科普日", "ahstm", "2026-11-24", "2026-11-24", "人工智能,医学科普", ["ai", "health"], allday=True)
E("hf07", "秋冬天文观测", "ahstm", "2026-11-23 19:00", "2026-11-23 21:00", "天文", ["astronomy"])
E("hf08", "（取消）超算中心参观日", "hfq", "2026-11-24 09:00", "2026-11-24 12:00", "超级计算", ["supercomputing"], status=X)

# ---------------- Changsha ----------------
E("cs01", "老年人冬季健康讲座", "hnstm", "2026-12-08 09:30", "2026-12-08 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("cs02", "Smartphone Class for Seniors", "cswy", "2026-12-16 14:00", "2026-12-16 15:30", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("cs03", "重阳后养生讲座", "hnstm", "2026-11-28 09:30", "2026-11-28 11:00", "健康,老年人", ["health"], ["elderly"])
E("cs04", "新年老年人用药安全讲座", "cswy", "2027-01-06 09:30", "2027-01-06 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("cs05", "湘江生态科普行", "hnstm", "2026-12-12 09:00", "2026-12-12 12:00", "生态环保", ["ecology"])
E("cs06", "杂交水稻研学日", "csrice", "2026-10-29 09:00", "2026-10-29 16:00", "农业科技,青少年", ["agriculture"], ["children"])

# ---------------- Hainan ----------------
E("hk01", "海口海洋科普日", "hkstm", "2026-11-07 09:00", "2026-11-07 16:00", "海洋,亲子", ["ocean"], ["family"])
E("hk02", "航天模型比赛", "hkstm", "2026-12-19 09:00", "2026-12-19 16:00", "航天,青少年", ["space"], ["children"])
E("hk03", "台风与气象科普", "hkstm", "2026-10-27 14:00", "2026-10-27 16:00", "气象,防灾减灾", ["weather", "emergency"])
E("wc01", "Rocket Launch Viewing Day", "wcspace", "2026-11-15", "2026-11-15", "航天,火箭,亲子", ["space"], ["family"], allday=True)
E("wc02", "Wenchang Rocket Science Camp", "wcspace", "2027-01-26 09:00", "2027-01-30 16:00", "航天,冬令营,青少年", ["space"], ["children"])
E("wc03", "文昌航天科普展", "wcspace", "2026-10-01", "2027-02-28", "航天,展览", ["space"], allday=True)
E("wc04", "（取消）新年火箭发射观看", "wcspace", "2027-01-01 08:00", "2027-01-01 12:00", "航天,火箭", ["space"], status=X)
E("wc05", "椰林生态研学", "wcye", "2026-12-05 09:00", "2026-12-05 12:00", "生态", ["ecology"])
E("sy01", "深海探测科普开放日", "sydeep", "2026-11-21 09:00", "2026-11-21 16:00", "深海,海洋", ["deep_earth_sea", "ocean"])
E("sy02", "Deep Sea Submersible Talk", "sydeep", "2026-12-19 14:00", "2026-12-19 16:00", "Deep Sea,海洋", ["deep_earth_sea", "ocean"])
E("sy03", "珊瑚礁保护亲子课", "syreef", "2027-01-16 09:00", "2027-01-16 11:30", "海洋,生态,亲子", ["ocean", "ecology"], ["family"])

# ---------------- Jiangsu county-level cities ----------------
E("ks01", "昆山人工智能产业开放日", "ksstm", "2026-10-24 09:00", "2026-10-24 16:00", "人工智能", ["ai"])
E("ks02", "老年人健康讲座", "ksstm", "2026-11-11 09:30", "2026-11-11 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("ks03", "Kunshan Robotics Expo", "kshq", "2026-12-04 09:00", "2026-12-06 17:00", "Robotics,AI", ["robotics", "ai"])
E("ks04", "老年人智能手机课堂", "ksstm", "2027-01-12 14:00", "2027-01-12 15:30", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("jy01", "老年人防诈骗讲座", "jystm", "2026-11-26 09:30", "2026-11-26 11:00", "防诈骗,老年人", ["digital_literacy"], ["elderly"])
E("jy02", "长江江豚生态观察", "jystm", "2026-12-13 09:00", "2026-12-13 11:30", "生态", ["ecology"])
E("jy03", "Jiangyin Science Night", "jystm", "2026-10-16 19:00", "2026-10-16 21:00", "科学表演,亲子", [], ["family"])

# ---------------- other smaller places ----------------
E("jj01", "鞋服智能制造机器人展", "jjstm", "2026-11-20 09:00", "2026-11-20 17:00", "机器人,智能制造", ["robotics"])
E("jj02", "围头湾海洋亲子研学", "jjwt", "2026-12-26 09:00", "2026-12-26 12:00", "海洋,亲子", ["ocean"], ["family"])
E("jj03", "Jinjiang AI Day", "jjstm", "2027-01-09 09:00", "2027-01-09 16:00", "AI", ["ai"])
E("dl01", "洱海湿地观鸟", "dalier", "2026-11-28 08:00", "2026-11-28 11:00", "生态,观鸟", ["ecology"])
E("dl02", "苍山地质与深地探测讲座", "dali", "2026-12-12 14:00", "2026-12-12 16:00", "地质,深地探测", ["deep_earth_sea"])
E("dl03", "Dali Stargazing Retreat", "dali", "2026-10-31 19:00", "2026-10-31 23:00", "Astronomy", ["astronomy"])
E("sg01", "蔬菜种植新技术培训", "sg", "2026-11-16 09:00", "2026-11-16 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("sg02", "智慧农业无人机植保现场会", "sg", "2026-12-03 09:00", "2026-12-03 12:00", "农业,无人机,农民", ["agriculture", "drone"], ["farmers"])
E("sg03", "Smart Greenhouse Open Day", "sg", "2027-01-12 09:00", "2027-01-12 16:00", "Agriculture", ["agriculture"])
E("sg04", "农产品食品安全检测培训", "sg", "2026-10-22 09:00", "2026-10-22 11:00", "食品安全,农民", ["food_safety", "agriculture"], ["farmers"])
E("dlh01", "德令哈星空观测营", "dlh", "2026-10-30 19:00", "2026-11-01 23:00", "天文,观星", ["astronomy"])
E("dlh02", "Delingha Dark Sky Night", "dlh", "2026-12-12 20:00", "2026-12-12 23:59", "Astronomy,观星", ["astronomy"])
E("dlh03", "（取消）戈壁天文讲座", "dlh", "2026-11-20 19:00", "2026-11-20 21:00", "天文", ["astronomy"], status=X)
E("yj01", "延吉科技周", "yanji", "2026-10-12 09:00", "2026-10-16 17:00", "科技周", [])
E("yj02", "延边农业技术讲座", "yanji", "2026-10-18 09:00", "2026-10-18 11:00", "农业科技,农民", ["agriculture"], ["farmers"])
E("zjk01", "冰雪运动中的科学", "chongli", "2026-12-19 09:00", "2026-12-19 12:00", "冰雪科学,青少年", [], ["children"])
E("zjk02", "冬奥科技成果展", "chongli", "2026-11-01", "2027-03-01", "冬奥,科技,展览", [], allday=True)
E("zjk03", "滑雪安全与应急救护讲座", "chongli", "2027-01-09 14:00", "2027-01-09 16:00", "应急,急救", ["emergency", "health"])
E("nn01", "气象开放日", "nnqx", "2026-11-22 09:00", "2026-11-22 16:00", "气象", ["weather"])
E("nn02", "广西科技馆人工智能展", "gxstm", "2026-11-15 09:00", "2026-11-30 17:00", "人工智能,展览", ["ai"])
E("nn03", "少儿机器人赛", "gxstm", "2026-11-21 09:00", "2026-11-21 16:00", "机器人,儿童", ["robotics"], ["children"])
E("nn04", "Nanning Weather Science Week", "nnqx", "2027-02-20 09:00", "2027-02-26 17:00", "Weather,气象", ["weather"])
E("nn05", "壮乡农技讲座", "gxstm", "2026-11-23 09:00", "2026-11-23 11:00", "农业科技,农民", ["agriculture"], ["farmers"])
E("tj01", "超算天河开放日", "tjsc", "2026-11-07 09:00", "2026-11-07 16:00", "超级计算,超算", ["supercomputing"])
E("tj02", "Supercomputing for Teens", "tjsc", "2026-12-29 09:00", "2026-12-29 12:00", "Supercomputing,青少年", ["supercomputing"], ["children"])
E("tj03", "年末天文夜", "tjstm", "2026-12-29 19:00", "2026-12-29 21:00", "天文", ["astronomy"])
E("tj04", "冬季健康讲座", "tjstm", "2026-12-30 09:30", "2026-12-30 11:00", "卫生健康", ["health"])
E("tj05", "（取消）渤海海洋讲座", "tjstm", "2026-12-29 14:00", "2026-12-29 16:00", "海洋", ["ocean"], status=X)
E("uq01", "冬季雪灾防灾讲座", "xjstm", "2026-12-10 14:00", "2026-12-10 16:00", "防灾减灾,应急", ["emergency"])
E("uq02", "Xinjiang Astronomy Night", "xjstm", "2026-11-14 19:00", "2026-11-14 22:00", "Astronomy", ["astronomy"])
E("jdz01", "（取消）陶瓷中的化学", "jdz", "2026-11-14 14:00", "2026-11-14 16:00", "化学", [], status=X)

# floating local times (no TZID), calendar says X-WR-TIMEZONE:Asia/Shanghai
E("cs07", "长沙科技馆冬季开放日", "hnstm", "2027-01-16 10:00", "2027-01-16 15:00", "科学实验", [], floating=True)
E("hk04", "海口少儿天文课", "hkstm", "2026-11-28 10:00", "2026-11-28 11:30", "天文,儿童", ["astronomy"], ["children"], floating=True)
# events with no STATUS line (treated as confirmed)
E("zjk04", "崇礼冬季气象观测体验", "chongli", "2027-01-23 10:00", "2027-01-23 12:00", "气象,青少年", ["weather"], ["children"], nostatus=True)
E("jh04", "金华寒假亲子科学日", "jhstm", "2027-02-06 10:00", "2027-02-06 16:00", "亲子", [], ["family"], nostatus=True)

# ---------------- online ----------------
ON("on01", "云端天文课：冬季星座直播", "2026-12-10 20:00", "2026-12-10 21:00", "天文,线上", ["astronomy"], loc=0)
ON("on02", "Livestream: Rocket Launch Explained", "2026-11-15 20:00", "2026-11-15 21:00", "Space,Online", ["space"], loc=1, utc=True)
ON("on03", "大模型科普直播", "2026-11-05 19:30", "2026-11-05 21:00", "人工智能,大模型,直播", ["ai"], loc=5)
ON("on04", "Climate Change Webinar", "2026-12-02 20:00", None, "Climate,Webinar", ["weather", "ecology"], loc=4, utc=True, duration="PT1H30M")
ON("on05", "北斗卫星导航线上公开课", "2026-10-28 19:00", "2026-10-28 20:30", "北斗,航天,线上", ["space"], loc=3)
ON("on06", "新年第一课：元旦线上科学实验", "2027-01-01 10:00", "2027-01-01 11:30", "线上,亲子", [], ["family"], loc=2)
ON("on07", "中小学教师人工智能教学线上研修", "2026-11-18 19:00", "2026-11-18 21:00", "人工智能,教师,线上", ["ai"], ["teachers"], loc=2)
ON("on08", "Webinar for Teachers: Teaching Climate Science", "2027-01-14 19:00", "2027-01-14 20:30", "Climate,Teachers,Online", ["weather"], ["teachers"], loc=4)
ON("on09", "寒假线上科学实验课（中小学生）", "2027-01-27 10:00", "2027-01-27 11:30", "线上,青少年", [], ["children"], loc=3)
ON("on10", "Winter Break Online Astronomy Camp", "2027-02-02 19:00", "2027-02-04 20:30", "Astronomy,Online,儿童", ["astronomy"], ["children"], loc=1)
ON("on11", "（取消）机器人直播课", "2026-12-15 19:00", "2026-12-15 20:00", "机器人,直播", ["robotics"], loc=0, status=X)
ON("on12", "防诈骗线上讲座", "2026-10-15 19:00", "2026-10-15 20:00", "防诈骗,老年人,线上", ["digital_literacy"], ["elderly"], loc=5)
ON("on13", "跨年天文直播：新年前的星空", "2026-12-31 21:00", "2026-12-31 23:00", "天文,直播", ["astronomy"], loc=0)

# recurring series (kept out of truth; their places are never asked about)
RRULES = [
    dict(uid="bt-weekly", title="银龄智能手机周课", venue="bt", start="2026-10-21 14:00", end="2026-10-21 15:30",
         cats="数字素养,老年人", rrule="FREQ=WEEKLY;BYDAY=WE;UNTIL=20270127T235959Z",
         exdate=["2026-12-30 14:00", "2027-01-13 14:00"]),
    dict(uid="ts-weekly", title="农技夜校", venue="ts", start="2026-11-05 19:00", end="2026-11-05 20:30",
         cats="农业科技,农民", rrule="FREQ=WEEKLY;COUNT=12", exdate=["2026-12-31 19:00"]),
]


# ---------------------------------------------------------------------------
DESCS = {
    "ai": "人工智能主题科普活动，现场互动体验。", "robotics": "Hands-on robotics activity.",
    "astronomy": "专业天文老师带领观测，请注意保暖。", "space": "航天主题科普。",
    "ocean": "海洋科普，了解蓝色星球。", "health": "医生现场讲解，欢迎咨询。",
    "emergency": "应急安全知识与实操。", "ecology": "生态环保主题。",
    "agriculture": "农业技术专家现场指导。", "quantum": "量子科技主题。",
}


def vevent(e):
    L = ["BEGIN:VEVENT", f"UID:{e['uid']}@blind2.example", "DTSTAMP:20261001T000000Z", fold(f"SUMMARY:{esc(e['title'])}")]
    if e.get("allday"):
        s = datetime.strptime(e["start"], "%Y-%m-%d")
        en = datetime.strptime(e["end"], "%Y-%m-%d") + timedelta(days=1)
        L += [f"DTSTART;VALUE=DATE:{s:%Y%m%d}", f"DTEND;VALUE=DATE:{en:%Y%m%d}"]
    else:
        L.append(ics_time("DTSTART", e["start"], e))
        if e.get("duration"):
            L.append(f"DURATION:{e['duration']}")
        else:
            L.append(ics_time("DTEND", e["end"], e))
    if e.get("rrule"):
        L.append(f"RRULE:{e['rrule']}")
        L.append("EXDATE;TZID=Asia/Shanghai:" + ",".join(dt(x).strftime("%Y%m%dT%H%M%S") for x in e["exdate"]))
    L.append(fold("CATEGORIES:" + ",".join(esc(c) for c in e["cats"].split(","))))
    if e.get("online"):
        L.append(fold(f"LOCATION:{esc(e['loc'])}"))
        L.append(f"URL:https://live.blind2.example/{e['uid']}")
    else:
        city, addr, lat, lon = V[e["venue"]]
        L.append(fold(f"LOCATION:{esc(addr)}"))
        if lat is not None:
            L.append(f"GEO:{lat};{lon}")
    d = e.get("desc") or next((DESCS[t] for t in e.get("topics", []) if t in DESCS), "科普活动，免费参加，名额有限。")
    L.append(fold(f"DESCRIPTION:{esc(d)}"))
    L.append("ORGANIZER;CN=科协科普部:mailto:kepu@blind2.example")
    if not e.get("nostatus"):
        L.append(f"STATUS:{e.get('status', 'CONFIRMED')}")
    L.append("END:VEVENT")
    return L


def main():
    queries = write_set(HERE, "blind2", "科普活动 2026-2027 冬季", EV, vevent, V, series=[dict(r, topics=[]) for r in RRULES])
    print(f"{len(EV)} events + {len(RRULES)} recurring series, {len(queries)} queries")


if __name__ == "__main__":
    main()
