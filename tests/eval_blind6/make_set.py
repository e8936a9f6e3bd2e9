"""Builds the sixth blind eval set: corpus.ics, truth.jsonl, queries.jsonl.

Written without reading the bot's code. Run: python tests/eval_blind6/make_set.py
April 2027 - January 2028, the Northeast (长春, 吉林, 大连, 哈尔滨, 牡丹江, 鞍山), Qinghai / Ningxia (西宁, 银川),
Guizhou / Yunnan (贵阳, 遵义, 安顺, 大理, 曲靖), Chongqing districts and county-level cities of Jiangsu / Zhejiang
(昆山, 常熟, 江阴, 义乌, 慈溪, 诸暨). Times are China time (+08:00) unless marked utc (then written as ...Z).
"""
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.resolve().parent))
from eval_ics import dt, esc, fold, ics_time, write_set  # noqa: E402  (shared with the other sets)

# venue key -> (city id, address, lat, lon)
V = {
    # Northeast
    "ccstm": ("changchun", "吉林省长春市净月区永顺路吉林省科技馆", 43.8200, 125.4000),
    "ccgeo": ("changchun", "吉林省长春市朝阳区西民主大街吉林大学地质宫博物馆", 43.8700, 125.3100),
    "ccauto": ("changchun", "吉林省长春市绿园区东风大街一汽红旗汽车科普馆", 43.8600, 125.2300),
    "ccfarm": ("changchun", "吉林省长春市农安县农业技术推广中心", 44.4300, 125.1800),
    "jlmet": ("jilin", "吉林省吉林市丰满区吉林市博物馆（陨石馆）", 43.8000, 126.5600),
    "jlrime": ("jilin", "吉林省吉林市龙潭区乌拉街镇雾凇岛科普站", 43.9800, 126.6800),
    "dlnat": ("dalian", "辽宁省大连市沙河口区西村街40号大连自然博物馆", 38.8800, 121.5600),
    "dlsea": ("dalian", "Sun Asia Ocean World, 608-6 Zhongshan Road, Shahekou District, Dalian, Liaoning", 38.8800, 121.5800),
    "dlut": ("dalian", "Dalian University of Technology, 2 Linggong Road, Ganjingzi District, Dalian", 38.8800, 121.5300),
    "dlfish": ("dalian", "辽宁省大连市长海县獐子岛镇渔业科技服务站", 39.0300, 122.7300),
    "hrbstm": ("harbin", "黑龙江省哈尔滨市松北区太阳岛黑龙江省科技馆", 45.8000, 126.5500),
    "hrbice": ("harbin", "黑龙江省哈尔滨市松北区冰雪大世界冰雪科普馆", 45.7800, 126.5700),
    "mdjfarm": ("mudanjiang", "黑龙江省牡丹江市宁安市农业技术推广站", 44.3400, 129.4700),
    "asstm": ("anshan", "辽宁省鞍山市铁东区鞍钢博物馆", 41.1100, 122.9900),
    # Qinghai / Ningxia
    "xnstm": ("xining", "青海省西宁市城北区青海省科技馆", 36.6600, 101.7400),
    "xntibet": ("xining", "青海省西宁市城西区青海藏医药文化博物馆", 36.6300, 101.7300),
    "xnplateau": ("xining", "青海省西宁市城中区高原生物研究所科普馆", 36.6000, 101.7800),
    "ycstm": ("yinchuan", "宁夏回族自治区银川市金凤区宁夏科技馆", 38.4800, 106.2200),
    "ycwine": ("yinchuan", "宁夏回族自治区银川市西夏区贺兰山东麓葡萄酒科普中心", 38.5000, 105.9500),
    "ycrock": ("yinchuan", "宁夏回族自治区银川市贺兰县贺兰山岩画景区科普馆", 38.7300, 106.0000),
    "yccom": ("yinchuan", "宁夏回族自治区银川市兴庆区丽景街社区服务中心", 38.4700, 106.2900),
    # Guizhou / Yunnan
    "gystm": ("guiyang", "贵州省贵阳市观山湖区贵州科技馆", 26.6300, 106.6200),
    "gybd": ("guiyang", "贵州省贵阳市观山湖区大数据展示中心", 26.6200, 106.6300),
    "zystm": ("zunyi", "贵州省遵义市汇川区遵义市科技馆", 27.7200, 106.9200),
    "zytea": ("zunyi", "贵州省遵义市湄潭县茶业科技示范园", 27.7700, 107.4800),
    "anhgs": ("anshun", "贵州省安顺市镇宁布依族苗族自治县黄果树景区科普中心", 25.9900, 105.6700),
    "dlerhai": ("dali", "云南省大理白族自治州大理市洱海生态保护科普馆", 25.6900, 100.1700),
    "dlzstm": ("dali", "云南省大理白族自治州大理市下关镇大理州科技馆", 25.6000, 100.2500),
    "qjstm": ("qujing", "云南省曲靖市麒麟区曲靖市科技馆", 25.4900, 103.7900),
    # Chongqing districts
    "cqbb": ("chongqing", "重庆市北碚区金华路398号重庆自然博物馆", 29.8200, 106.4200),
    "cqjb": ("chongqing", "重庆市江北区江北城文星门街7号重庆科技馆", 29.5700, 106.5700),
    "cqspb": ("chongqing", "重庆市沙坪坝区沙正街174号重庆大学科普中心", 29.5600, 106.4600),
    "cqyz": ("chongqing", "重庆市渝中区大坪街道社区科普站", 29.5500, 106.5200),
    "cqwz": ("chongqing", "重庆市万州区三峡移民纪念馆科普厅", 30.8100, 108.4100),
    "cqjj": ("chongqing", "重庆市江津区农业技术推广站", 29.2900, 106.2600),
    "cqyb": ("chongqing", "重庆市渝北区仙桃国际大数据谷展示中心", 29.7300, 106.5500),
    # Jiangsu / Zhejiang county-level cities (and their prefecture seats)
    "ksstm": ("suzhou", "江苏省苏州市昆山市玉山镇昆山市科技馆", 31.3800, 120.9800),
    "csstm": ("suzhou", "江苏省常熟市虞山街道常熟市科技馆", 31.6500, 120.7500),
    "szstm": ("suzhou", "江苏省苏州市姑苏区苏州科技馆", 31.3000, 120.5800),
    "ywstm": ("jinhua", "浙江省义乌市稠城街道义乌市科技馆", 29.3100, 120.0700),
    "jhstm": ("jinhua", "浙江省金华市婺城区金华科技馆", 29.0800, 119.6500),
    "cxstm": ("ningbo", "浙江省宁波市慈溪市白沙路街道慈溪科技馆", 30.1700, 121.2700),
    "nbstm": ("ningbo", "浙江省宁波市鄞州区宁波科学探索中心", 29.8300, 121.5600),
    "zjzj": ("shaoxing", "浙江省诸暨市暨阳街道诸暨市科技馆", 29.7100, 120.2400),
    "jystm": ("wuxi", "江苏省江阴市澄江街道江阴市科技馆", 31.9100, 120.2800),
}

ONLINE_LOCS = ["线上直播", "Online (livestream)", "腾讯会议", "线上（视频号直播间）", "Online webinar", "网络直播"]

EV = []


def E(uid, title, venue, start, end, cats, topics=(), aud=(), **o):
    EV.append(dict(uid=uid, title=title, venue=venue, start=start, end=end, cats=cats,
                   topics=list(topics), aud=list(aud), **o))


def ON(uid, title, start, end, cats, topics=(), aud=(), loc=0, **o):
    E(uid, title, None, start, end, cats, topics, aud, online=True, loc=ONLINE_LOCS[loc % len(ONLINE_LOCS)], **o)


X = "CANCELLED"
A = dict(allday=True)
# cats None = no CATEGORIES line; the title alone tells the topic (the DESCRIPTION is then neutral)

# ---------------- Changchun / Jilin ----------------
E("cc01", "航天科普日：嫦娥与天宫", "ccstm", "2027-04-24 09:00", "2027-04-24 16:00", "航天,科普日", ["space"])
E("cc02", "Space Camp for Teens: Build a Water Rocket", "ccstm", "2027-07-17 09:00", "2027-07-18 16:00", "Space,Youth", ["space"], ["children"])
E("cc03", "五一亲子机器人挑战赛", "ccstm", "2027-05-02 09:00", "2027-05-02 16:00", "机器人,亲子", ["robotics"], ["family"])
E("cc04", "大模型进社区：老年人AI写作入门", "ccstm", "2027-05-08 14:00", "2027-05-08 16:00", "人工智能,老年人", ["ai"], ["elderly"])
E("cc05", "地质宫岩石标本开放日", "ccgeo", "2027-05-01", "2027-05-03", "地质,亲子", ["geology"], ["family"], **A)
E("cc06", "恐龙化石修复体验课", "ccgeo", "2027-07-24 10:00", "2027-07-24 12:00", "古生物,青少年", ["paleontology"], ["children"])
E("cc07", "红旗工厂科普行：新能源汽车怎样造", "ccauto", "2027-09-25 09:30", "2027-09-25 11:30", "交通,新能源", ["transport", "energy"])
E("cc08", "黑土地保护性耕作培训", "ccfarm", "2027-04-29 09:00", "2027-04-29 12:00", "农业,农民", ["agriculture"], ["farmers"])
E("cc09", "玉米机收与无人机植保现场会", "ccfarm", "2027-09-28 09:00", "2027-09-28 12:00", "农业,无人机,农民", ["agriculture", "drone"], ["farmers"])
E("cc10", "冬季冰雪运动安全与冻伤急救", "ccstm", "2027-12-11 14:00", "2027-12-11 16:00", "急救,健康", ["emergency", "health"])
E("cc11", "（取消）天文观测夜", "ccstm", "2027-05-01 19:00", "2027-05-01 21:00", "天文", ["astronomy"], status=X)
E("cc12", "量子计算科普讲座", "ccstm", "2027-10-16 14:00", "2027-10-16 16:00", "量子", ["quantum"])
E("cc13", "寒假青少年科学营：冰与雪的物理", "ccstm", "2028-01-15", "2028-01-18", "物理,冰雪,中小学生", ["physics", "ice_snow"], ["children"], **A)
E("cc14", "老年人春季养生与慢病讲座", "ccstm", "2027-05-08 09:30", "2027-05-08 11:00", "健康,老年人", ["health"], ["elderly"])
E("cc15", "AI Summer Camp for Middle Schoolers", "ccstm", "2027-07-10 09:00", "2027-07-10 16:00", "AI,Summer camp", ["ai"], ["children"])
E("cc16", "周日亲子物理秀：会飞的纸", "ccstm", "2027-09-26 14:00", "2027-09-26 15:00", "物理,亲子", ["physics"], ["family"])
E("cc17", "电动汽车电池拆解课", "ccauto", "2027-10-09 09:30", "2027-10-09 11:30", None, ["energy", "transport"])
E("jl01", "吉林陨石雨：陨石科普展", "jlmet", "2027-03-08", "2027-06-30", "天文,地质,展览", ["astronomy", "geology"], **A)
E("jl02", "雾凇是怎样形成的：气象亲子课", "jlrime", "2027-12-18 09:00", "2027-12-18 11:00", "气象,亲子", ["weather"], ["family"])
E("jl03", "松花江湿地观鸟日", "jlrime", "2027-05-04 07:00", "2027-05-04 10:00", "生态,观鸟,亲子", ["ecology"], ["family"])
E("jl04", "Meteorites for Kids: Touch a Space Rock", "jlmet", "2027-07-14 10:00", "2027-07-14 11:30", "Astronomy,Kids", ["astronomy", "geology"], ["children"])
E("jl05", "亲子厨房化学实验", "jlmet", "2027-05-09 14:00", "2027-05-09 15:30", "化学,亲子", ["chemistry"], ["family"])
# ---------------- Dalian / Anshan ----------------
E("dl01", "恐龙与海兽骨骼展", "dlnat", "2027-04-20", "2027-08-31", "古生物,亲子,展览", ["paleontology"], ["family"], **A)
E("dl02", "Beluga Biology Talk for Families", "dlsea", "2027-05-02 10:30", "2027-05-02 11:30", "Ocean,Family", ["ocean"], ["family"])
E("dl03", "海洋牧场与海参养殖技术培训", "dlfish", "2027-07-09 09:00", "2027-07-09 12:00", "海洋,农业,渔民", ["ocean", "agriculture"], ["farmers"])
E("dl04", "大连理工芯片设计公开课", "dlut", "2027-09-25 14:00", "2027-09-25 16:00", "半导体", ["semiconductor"])
E("dl05", "暑期海洋夏令营", "dlsea", "2027-07-19", "2027-07-23", "海洋,夏令营,中小学生", ["ocean"], ["children"], **A)
E("dl06", "Robot Soccer Open Day", "dlut", "2027-10-03 09:00", "2027-10-03 16:00", "Robotics,Family", ["robotics"], ["family"])
E("dl07", "（取消）防溺水安全课", "dlsea", "2027-07-10 09:00", "2027-07-10 10:00", "急救,中小学生", ["emergency"], ["children"], status=X)
E("dl08", "老年人防诈骗与智能手机课", "dlnat", "2027-12-08 09:30", "2027-12-08 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("dl09", "冬季海洋讲座：海冰与海洋牧场", "dlsea", "2028-01-13 14:00", "2028-01-13 15:30", "海洋", ["ocean"])
E("dl10", "五一海洋亲子日", "dlsea", "2027-05-04 09:00", "2027-05-04 16:00", "海洋,亲子", ["ocean"], ["family"])
E("dl11", "Ocean Currents and Climate (public lecture)", "dlut", "2027-08-15 14:00", "2027-08-15 15:30", "Ocean,Climate", ["ocean", "weather"])
E("dl12", "海边观星夜", "dlsea", "2027-09-25 19:30", "2027-09-25 21:30", "天文", ["astronomy"])
E("as01", "钢铁是怎样炼成的：研学课", "asstm", "2027-07-13 10:00", "2027-07-13 11:30", "材料,研学,中小学生", ["materials"], ["children"])
E("as02", "新材料科普讲座：高强钢", "asstm", "2027-09-27 14:00", "2027-09-27 16:00", "材料", ["materials"])
# ---------------- Harbin / Mudanjiang ----------------
E("hb01", "冰雪大世界：冰雕里的物理", "hrbice", "2027-12-25", "2028-02-20", "物理,冰雪,亲子", ["physics", "ice_snow"], ["family"], **A)
E("hb02", "冰雪科学嘉年华", "hrbstm", "2027-12-18 09:00", "2027-12-18 16:00", "冰雪,亲子", ["ice_snow"], ["family"])
E("hb03", "球幕电影：极光的秘密", "hrbstm", "2027-12-04 14:00", "2027-12-04 15:00", "天文", ["astronomy"])
E("hb04", "Harbin AI Forum: Large Language Models", "hrbstm", "2027-04-29 09:00", "2027-04-29 17:00", "AI", ["ai"], utc=True)
E("hb05", "Ice Festival Science Tour", "hrbice", "2028-01-12 10:00", "2028-01-12 12:00", "Ice and snow,Family", ["ice_snow"], ["family"])
E("hb06", "老年人冬季健康讲座：防跌倒", "hrbstm", "2027-12-15 09:30", "2027-12-15 11:00", "健康,老年人", ["health"], ["elderly"])
E("hb07", "机器人冬令营", "hrbstm", "2028-01-24", "2028-01-28", "机器人,中小学生", ["robotics"], ["children"], **A)
E("hb08", "五一亲子天文夜", "hrbstm", "2027-05-03 19:00", "2027-05-03 21:00", "天文,亲子", ["astronomy"], ["family"])
E("hb09", "暑期天文营", "hrbstm", "2027-07-13", "2027-07-15", "天文,夏令营,青少年", ["astronomy"], ["children"], **A)
E("hb10", "Summer Robotics Show", "hrbstm", "2027-08-12 10:00", "2027-08-12 12:00", "Robotics,Family", ["robotics"], ["family"])
E("hb11", "国庆航天展：从东方红到天问", "hrbstm", "2027-10-03 09:00", "2027-10-03 16:00", "航天,亲子", ["space"], ["family"])
E("hb12", "冰雪科普周", "hrbice", "2027-02-08 09:00", "2027-02-10 16:00", "冰雪", ["ice_snow"])
E("hb13", "极光与太阳风暴讲座", "hrbstm", "2027-04-30 19:00", "2027-04-30 20:30", "天文", ["astronomy"])
E("hb14", "雪花为什么是六角形", "hrbstm", "2027-12-11 14:00", "2027-12-11 15:00", None, ["physics", "weather"], ["family"])
E("mj01", "水稻育秧技术培训", "mdjfarm", "2027-04-30 09:00", "2027-04-30 11:30", "农业,农民", ["agriculture"], ["farmers"])
# ---------------- Xining / Yinchuan ----------------
E("xn01", "高原天文观测营", "xnstm", "2027-07-16 19:00", "2027-07-17 23:00", "天文,亲子", ["astronomy"], ["family"])
E("xn02", "藏医药与高原健康讲座", "xntibet", "2027-05-06 14:00", "2027-05-06 16:00", "健康,中医药,老年人", ["health"], ["elderly"])
E("xn03", "青藏高原生物多样性：藏羚羊与雪豹", "xnplateau", "2027-07-08 10:00", "2027-07-08 11:30", "生物,生态,亲子", ["biology", "ecology"], ["family"])
E("xn04", "Qinghai Lake Naked Carp Migration Talk", "xnplateau", "2027-07-21 15:00", "2027-07-21 16:00", "Ecology,Biology", ["ecology", "biology"])
E("xn05", "高原反应与急救知识", "xnstm", "2027-10-02 10:00", "2027-10-02 11:30", "急救,健康", ["emergency", "health"])
E("xn06", "无人机编程营", "xnstm", "2027-08-14 09:00", "2027-08-14 16:00", "无人机,青少年", ["drone"], ["children"])
E("xn07", "冬季星空观测：双子座流星雨前夜", "xnstm", "2027-12-13 20:00", "2027-12-13 22:00", "天文", ["astronomy"])
E("xn08", "青海地质博物之旅", "xnstm", "2027-05-02 10:00", "2027-05-02 11:30", "地质", ["geology"])
E("xn09", "夏夜观星", "xnstm", "2027-07-08 20:00", "2027-07-08 22:00", "天文,亲子", ["astronomy"], ["family"])
E("xn10", "（取消）国庆天文夜", "xnstm", "2027-10-02 19:30", "2027-10-02 21:30", "天文", ["astronomy"], status=X)
E("xn11", "高原气象站开放日", "xnstm", "2027-07-10 09:00", "2027-07-10 11:00", None, ["weather"])
E("yc01", "五一科技嘉年华", "ycstm", "2027-05-01", "2027-05-05", "科普,亲子", [], ["family"], **A)
E("yc02", "贺兰山东麓葡萄种植技术培训", "ycwine", "2027-04-29 09:00", "2027-04-29 12:00", "农业,农民", ["agriculture"], ["farmers"])
E("yc03", "贺兰山岩画里的古人", "ycrock", "2027-07-10 10:00", "2027-07-10 11:30", "考古,亲子", ["archaeology"], ["family"])
E("yc04", "沙漠星空：观星夜", "ycstm", "2027-09-25 20:00", "2027-09-25 22:30", "天文,亲子", ["astronomy"], ["family"])
E("yc05", "Robots & AI Week at Ningxia Science Museum", "ycstm", "2027-10-01", "2027-10-07", "Robotics,AI,Family", ["robotics", "ai"], ["family"], **A)
E("yc06", "垃圾分类进社区", "yccom", "2027-12-10 09:30", "2027-12-10 11:00", "环保,垃圾分类,老年人", ["ecology"], ["elderly"])
E("yc07", "Winter AI Workshop for Teens", "ycstm", "2028-01-16 09:00", "2028-01-16 16:00", "AI,Youth", ["ai"], ["children"])
E("yc08", "葡萄酒里的化学", "ycwine", "2027-09-26 14:00", "2027-09-26 15:30", None, ["chemistry"])
# ---------------- Guizhou ----------------
E("gy01", "大数据与人工智能体验周", "gybd", "2027-05-24", "2027-05-30", "人工智能,大数据", ["ai"], **A)
E("gy02", "中国天眼与射电天文", "gystm", "2027-07-10 14:00", "2027-07-10 15:30", "天文,中小学生", ["astronomy"], ["children"])
E("gy03", "Big Data Expo Youth Day", "gybd", "2027-05-27 09:00", "2027-05-27 17:00", "AI,Youth", ["ai"], ["children"])
E("gy04", "溶洞里的地质课", "gystm", "2027-09-26 10:00", "2027-09-26 11:30", "地质,亲子", ["geology"], ["family"])
E("gy05", "手机防诈与智能生活（老年班）", "gystm", "2027-12-06 09:30", "2027-12-06 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("gy06", "心理健康讲座：考试焦虑", "gystm", "2027-12-12 14:00", "2027-12-12 15:30", "心理,中学生", ["psychology", "health"], ["children"])
E("gy07", "元旦科学秀", "gystm", "2028-01-01 14:00", "2028-01-01 15:30", "化学,亲子", ["chemistry"], ["family"])
E("gy08", "寒假机器人营", "gystm", "2028-01-17", "2028-01-20", "机器人,中小学生", ["robotics"], ["children"], **A)
E("gy09", "应急救护培训", "gystm", "2027-04-30 09:00", "2027-04-30 11:30", "急救,健康", ["emergency", "health"])
E("gy10", "大数据夏令营", "gybd", "2027-08-18 09:00", "2027-08-20 16:00", "人工智能,夏令营,中小学生", ["ai"], ["children"])
E("gy11", "AI讲座：大模型怎样思考", "gystm", "2027-10-15 14:00", "2027-10-15 15:30", "人工智能", ["ai"])
E("gy12", "大数据博览会公众日", "gybd", "2027-04-20 09:00", "2027-04-20 17:00", "人工智能,大数据", ["ai"])
E("zy01", "茶园病虫害绿色防控培训", "zytea", "2027-04-30 09:00", "2027-04-30 11:30", "农业,茶农", ["agriculture"], ["farmers"])
E("zy02", "航天员见面会", "zystm", "2027-05-03 14:00", "2027-05-03 16:00", "航天,亲子", ["space"], ["family"])
E("zy03", "赤水丹霞地貌科普", "zystm", "2027-10-05 10:00", "2027-10-05 11:30", "地质", ["geology"])
E("zy04", "Kids Chemistry Show", "zystm", "2027-07-12 15:00", "2027-07-12 16:00", "Chemistry,Kids", ["chemistry"], ["children"])
E("zy05", "冬季茶园管理培训", "zytea", "2027-12-14 09:00", "2027-12-14 11:30", "农业,茶农", ["agriculture"], ["farmers"])
E("an01", "黄果树瀑布与喀斯特地貌", "anhgs", "2027-10-03 10:00", "2027-10-03 11:30", "地质,生态,亲子", ["geology", "ecology"], ["family"])
# ---------------- Yunnan ----------------
E("da01", "洱海保护：水生态科普行", "dlerhai", "2027-05-02 09:00", "2027-05-02 11:30", "生态,亲子", ["ecology"], ["family"])
E("da02", "苍山植物认识课", "dlerhai", "2027-07-15 09:00", "2027-07-15 11:00", "生物,植物,中小学生", ["biology"], ["children"])
E("da03", "天文望远镜DIY", "dlzstm", "2027-10-04 14:00", "2027-10-04 16:00", "天文,亲子", ["astronomy"], ["family"])
E("da04", "地震应急避险演练", "dlzstm", "2027-12-09 09:30", "2027-12-09 11:00", "应急,防震减灾", ["emergency"])
E("da05", "洱海冬季候鸟观察", "dlerhai", "2027-12-18 07:30", "2027-12-18 10:00", "生态,观鸟,亲子", ["ecology"], ["family"])
E("da06", "扎染里的化学", "dlzstm", "2027-05-03 14:00", "2027-05-03 15:30", "化学,亲子", ["chemistry"], ["family"])
E("da07", "咖啡种植技术培训", "dlzstm", "2027-09-29 09:00", "2027-09-29 11:30", "农业,农民", ["agriculture"], ["farmers"])
E("qj01", "古鱼化石与生命演化", "qjstm", "2027-09-29 10:00", "2027-09-29 11:30", "古生物", ["paleontology"])
E("qj02", "农村电商与智能手机培训", "qjstm", "2027-04-29 14:00", "2027-04-29 16:00", "数字素养,农民", ["digital_literacy"], ["farmers"])
# ---------------- Chongqing ----------------
E("cq01", "恐龙夜游：博物馆奇妙夜", "cqbb", "2027-05-01 19:00", "2027-05-01 21:00", "古生物,亲子", ["paleontology"], ["family"])
E("cq02", "Dinosaur Fossils of the Sichuan Basin (lecture)", "cqbb", "2027-07-17 10:00", "2027-07-17 11:30", "Paleontology", ["paleontology"])
E("cq03", "航天展：从神舟到天宫", "cqjb", "2027-09-20", "2027-10-10", "航天,亲子,展览", ["space"], ["family"], **A)
E("cq04", "机器人编程营", "cqjb", "2027-07-12 09:00", "2027-07-16 16:00", "机器人,编程,中小学生", ["robotics"], ["children"])
E("cq05", "半导体与芯片开放日", "cqspb", "2027-05-03 09:00", "2027-05-03 16:00", "半导体", ["semiconductor"])
E("cq06", "老年人智能手机课", "cqyz", "2027-04-30 09:30", "2027-04-30 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("cq07", "山城桥梁科普：重庆的桥", "cqyz", "2027-10-02 10:00", "2027-10-02 11:30", "交通,桥梁,亲子", ["transport"], ["family"])
E("cq08", "三峡库区生态讲座", "cqwz", "2027-09-24 14:00", "2027-09-24 16:00", "生态", ["ecology"])
E("cq09", "柑橘种植技术培训", "cqjj", "2027-12-07 09:00", "2027-12-07 11:30", "农业,果农", ["agriculture"], ["farmers"])
E("cq10", "无人机表演与航空科普", "cqyb", "2027-10-01 19:30", "2027-10-01 20:30", "无人机,亲子", ["drone"], ["family"])
E("cq11", "（取消）大模型应用沙龙", "cqyb", "2027-05-06 14:00", "2027-05-06 16:00", "人工智能", ["ai"], status=X)
E("cq12", "AI Meetup: LLM Agents", "cqyb", "2027-12-16 19:00", "2027-12-16 21:00", "AI", ["ai"])
E("cq13", "防汛与地质灾害避险", "cqwz", "2027-07-08 09:00", "2027-07-08 10:30", "应急,地质灾害", ["emergency", "geology"])
E("cq14", "寒假航天营", "cqjb", "2028-01-18", "2028-01-21", "航天,中小学生", ["space"], ["children"], **A)
E("cq15", "恐龙化石讲座：侏罗纪的重庆", "cqbb", "2027-12-11 14:00", "2027-12-11 15:30", "古生物", ["paleontology"])
E("cq16", "消防安全体验课", "cqyz", "2027-05-01 09:30", "2027-05-01 11:00", "应急,消防,中小学生", ["emergency"], ["children"])
E("cq17", "夏夜萤火虫观察", "cqbb", "2027-07-08 19:30", "2027-07-08 21:00", "生物,生态,亲子", ["biology", "ecology"], ["family"])
E("cq18", "防暑降温健康讲座", "cqyz", "2027-07-09 09:30", "2027-07-09 11:00", "健康,老年人", ["health"], ["elderly"])
E("cq19", "冬夜观星：猎户座", "cqjb", "2027-12-05 19:00", "2027-12-05 21:00", "天文,亲子", ["astronomy"], ["family"])
# ---------------- Jiangsu / Zhejiang ----------------
E("ks01", "五一亲子科学秀：泡泡与表面张力", "ksstm", "2027-05-02 14:00", "2027-05-02 15:00", "化学,物理,亲子", ["chemistry", "physics"], ["family"])
E("ks02", "Semiconductor Careers: a Talk for Students", "ksstm", "2027-07-09 14:00", "2027-07-09 16:00", "Semiconductor,Students", ["semiconductor"], ["children"])
E("ks03", "AI+制造论坛", "ksstm", "2027-09-28 09:00", "2027-09-28 17:00", "人工智能", ["ai"])
E("ks04", "亲子AI编程课", "ksstm", "2027-12-18 14:00", "2027-12-18 16:00", "人工智能,亲子", ["ai"], ["family"])
E("ks05", "暑期机器人营（已取消）", "ksstm", "2027-07-12 09:00", "2027-07-16 16:00", "机器人,中小学生", ["robotics"], ["children"], status=X, ics_status="CONFIRMED")
E("cs01", "虞山观星会", "csstm", "2027-07-10 19:30", "2027-07-10 21:30", "天文,亲子", ["astronomy"], ["family"])
E("cs02", "心肺复苏急救培训", "csstm", "2027-12-04 09:00", "2027-12-04 11:30", "急救,健康", ["emergency", "health"])
E("sz01", "机器人主题展", "szstm", "2027-05-01", "2027-05-05", "机器人,亲子", ["robotics"], ["family"], **A)
E("sz02", "夏夜天文讲座", "szstm", "2027-07-10 19:30", "2027-07-10 21:00", "天文", ["astronomy"])
E("yw01", "跨境电商与AI翻译工具课", "ywstm", "2027-04-30 14:00", "2027-04-30 16:00", "人工智能,数字素养", ["ai", "digital_literacy"])
E("yw02", "暑期无人机营", "ywstm", "2027-07-19 09:00", "2027-07-23 16:00", "无人机,中小学生", ["drone"], ["children"])
E("yw03", "食品安全进市场", "ywstm", "2027-09-27 09:30", "2027-09-27 11:00", "食品安全", ["food_safety"])
E("yw04", "跨年无人机灯光秀科普", "ywstm", "2027-12-31 20:00", "2027-12-31 22:00", "无人机,亲子", ["drone"], ["family"])
E("jh01", "恐龙蛋化石展", "jhstm", "2027-07-01", "2027-08-31", "古生物,亲子,展览", ["paleontology"], ["family"], **A)
E("jh02", "航天讲座：我们为什么要去火星", "jhstm", "2027-05-01 14:00", "2027-05-01 15:30", "航天", ["space"])
E("jh03", "国庆恐龙科普日", "jhstm", "2027-10-02 09:00", "2027-10-02 16:00", "古生物,亲子", ["paleontology"], ["family"])
E("cx01", "家电里的物理", "cxstm", "2027-05-04 14:00", "2027-05-04 15:30", "物理,亲子", ["physics"], ["family"])
E("cx02", "滩涂湿地观鸟", "cxstm", "2027-10-06 08:00", "2027-10-06 10:00", "生态,观鸟,亲子", ["ecology"], ["family"])
E("cx03", "冬季气象讲座：寒潮来了", "cxstm", "2027-12-08 14:00", "2027-12-08 15:30", "气象", ["weather"])
E("nb01", "海洋科普日", "nbstm", "2027-07-10 09:00", "2027-07-10 16:00", "海洋,亲子", ["ocean"], ["family"])
E("nb02", "Robotics Night", "nbstm", "2027-10-02 18:30", "2027-10-02 20:30", "Robotics", ["robotics"])
E("zj01", "珍珠养殖里的科学", "zjzj", "2027-09-25 10:00", "2027-09-25 11:30", "农业,生物", ["agriculture", "biology"])
E("zj02", "暑期化学实验营", "zjzj", "2027-08-16 09:00", "2027-08-18 16:00", "化学,中小学生", ["chemistry"], ["children"])
E("jy01", "长江大桥工程科普", "jystm", "2027-05-03 10:00", "2027-05-03 11:30", "交通,桥梁,亲子", ["transport"], ["family"])
E("jy02", "新材料产业开放日", "jystm", "2027-12-11 09:00", "2027-12-11 16:00", "材料", ["materials"])
E("jy03", "急救培训：海姆立克法", "jystm", "2028-01-14 09:00", "2028-01-14 11:00", "急救,健康", ["emergency", "health"])
# ---------------- Online ----------------
ON("on01", "直播：天宫课堂第六课", "2027-05-06 15:45", "2027-05-06 16:30", "航天,线上,中小学生", ["space"], ["children"], loc=0)
ON("on02", "Online: Intro to Large Language Models", "2027-05-08 20:00", "2027-05-08 21:30", "AI,Online", ["ai"], loc=4, utc=True)
ON("on03", "线上老年人健康讲座：高血压", "2027-07-07 15:00", "2027-07-07 16:00", "健康,老年人,线上", ["health"], ["elderly"], loc=2)
ON("on04", "线上暑期天文课", "2027-07-20 19:30", "2027-07-20 20:30", "天文,线上,中小学生", ["astronomy"], ["children"], loc=3)
ON("on05", "Livestream: Deep-Sea Submersible Q&A", "2027-09-29 20:00", "2027-09-29 21:00", "Ocean,Deep sea,Livestream", ["deep_earth_sea", "ocean"], loc=1)
ON("on06", "急救知识直播课", "2027-10-03 19:00", "2027-10-03 20:00", "急救,健康,直播", ["emergency", "health"], loc=5)
ON("on07", "（取消）线上量子科普", "2027-10-12 19:00", "2027-10-12 20:00", "量子,线上", ["quantum"], status=X, loc=0)
ON("on08", "线上心理健康讲座：冬季情绪", "2027-12-09 19:30", "2027-12-09 20:30", "心理,健康,线上", ["psychology", "health"], loc=2)
ON("on09", "直播：双子座流星雨观测", "2027-12-14 20:00", "2027-12-14 23:00", "天文,直播,亲子", ["astronomy"], ["family"], loc=3)
ON("on10", "Online Coding Class for Teens: Python & AI", "2027-12-05 10:00", "2027-12-05 11:30", "AI,Youth,Online", ["ai"], ["children"], loc=4)
ON("on11", "每周线上科普问答", "2027-05-05 19:00", "2027-05-05 20:00", "线上,问答", [], loc=0, rrule="FREQ=WEEKLY;COUNT=30;BYDAY=WE",
   exdate=["2027-10-06 19:00"])

# ---------------------------------------------------------------------------
DESCS = {
    "ai": "走近人工智能，现场体验智能应用。", "robotics": "Build and program robots, hands-on.",
    "astronomy": "天文辅导员带队观测，请注意保暖。", "space": "航天科普，了解中国航天。",
    "ocean": "认识海洋与海洋生物。", "health": "医生讲解，现场咨询。",
    "emergency": "安全与救护技能实操。", "ecology": "生态保护主题。",
    "agriculture": "农技专家田间指导。", "quantum": "量子科技入门。",
    "paleontology": "Fossils from millions of years ago.", "energy": "新能源与低碳科普。",
    "semiconductor": "芯片产业与半导体原理。", "weather": "气象知识科普。",
    "chemistry": "化学小实验。", "physics": "Physics demonstrations for everyone.",
    "geology": "认识岩石与地貌。", "archaeology": "考古与古代文明。", "psychology": "心理健康科普。",
    "materials": "材料科学科普。", "transport": "交通与工程科普。", "drone": "无人机原理与飞行演示。",
    "digital_literacy": "手把手教会用手机和网络。", "food_safety": "食品安全知识。",
    "deep_earth_sea": "深海探测科普。", "biology": "认识身边的生物。", "ice_snow": "冰雪里的科学。",
}


def vevent(e):
    L = ["BEGIN:VEVENT", f"UID:{e['uid']}@blind6.example", "DTSTAMP:20270401T000000Z", fold(f"SUMMARY:{esc(e['title'])}")]
    if e.get("allday"):
        s = datetime.strptime(e["start"], "%Y-%m-%d")
        en = datetime.strptime(e["end"], "%Y-%m-%d") + timedelta(days=1)
        L += [f"DTSTART;VALUE=DATE:{s:%Y%m%d}", f"DTEND;VALUE=DATE:{en:%Y%m%d}"]
    else:
        L.append(ics_time("DTSTART", e["start"], e))
        L.append(ics_time("DTEND", e["end"], e))
    if e.get("rrule"):
        L.append(f"RRULE:{e['rrule']}")
        L.append("EXDATE;TZID=Asia/Shanghai:" + ",".join(dt(x).strftime("%Y%m%dT%H%M%S") for x in e["exdate"]))
    if e["cats"]:
        L.append(fold("CATEGORIES:" + ",".join(esc(c) for c in e["cats"].split(","))))
    if e.get("online"):
        L.append(fold(f"LOCATION:{esc(e['loc'])}"))
        L.append(f"URL:https://live.blind6.example/{e['uid']}")
    else:
        _, addr, lat, lon = V[e["venue"]]
        L.append(fold(f"LOCATION:{esc(addr)}"))
        L.append(f"GEO:{lat};{lon}")
    d = "科普活动，免费参加，请提前预约。"
    if e["cats"]:  # without categories the description stays neutral: only the title tells the topic
        d = next((DESCS[t] for t in e["topics"] if t in DESCS), d)
    L.append(fold(f"DESCRIPTION:{esc(d)}"))
    L.append("ORGANIZER;CN=科协科普部:mailto:kepu@blind6.example")
    L.append(f"STATUS:{e.get('ics_status', e.get('status', 'CONFIRMED'))}")
    L.append("END:VEVENT")
    return L


def main():
    queries = write_set(HERE, "blind6", "科普活动 2027", EV, vevent, V)
    print(f"{len(EV)} events, {len(queries)} queries")


if __name__ == "__main__":
    main()
