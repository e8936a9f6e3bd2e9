"""Builds the eighth blind eval set: corpus.ics, truth.jsonl, queries.jsonl.

Written without reading the bot's code. Run: python tests/eval_blind8/make_set.py
January - December 2027, big cities (深圳, 杭州, 成都, 西安, 南京, 天津, 苏州, 青岛, 长沙, 郑州, 重庆, 厦门) and some of
their districts, many English events for expats and international schools. Times are China time (+08:00) unless
marked utc (written as ...Z) or floating (no TZID).
"""
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.resolve().parent))
from eval_ics import dt, esc, fold, ics_time, write_set  # noqa: E402  (shared with the other sets)

# venue key -> (city id, address, lat, lon)
V = {
    "szns": ("shenzhen", "广东省深圳市南山区深圳湾科技生态园科普空间", 22.5280, 113.9450),
    "szu": ("shenzhen", "Shenzhen University, 3688 Nanhai Ave, Nanshan District, Shenzhen", 22.5350, 113.9350),
    "szint": ("shenzhen", "Shekou International School, Shekou, Nanshan District, Shenzhen", 22.4900, 113.9200),
    "szft": ("shenzhen", "广东省深圳市福田区上步中路深圳科学馆", 22.5430, 114.0850),
    "szmang": ("shenzhen", "广东省深圳市福田区福田红树林生态公园", 22.5200, 114.0100),
    "szgm": ("shenzhen", "广东省深圳市光明区深圳科技馆（新馆）", 22.7600, 113.9300),
    "hzxh": ("hangzhou", "浙江省杭州市西湖区文三路西湖区青少年科技中心", 30.2800, 120.1300),
    "hzzju": ("hangzhou", "Zhejiang University Yuquan Campus, 38 Zheda Road, Xihu District, Hangzhou", 30.2650, 120.1250),
    "hzlj": ("hangzhou", "浙江省杭州市西湖区龙井村茶叶科技服务站", 30.2300, 120.1200),
    "hzbj": ("hangzhou", "浙江省杭州市滨江区江南大道滨江科普中心", 30.2100, 120.2100),
    "hzint": ("hangzhou", "Hangzhou International School, 78 Dongxin Street, Binjiang District, Hangzhou", 30.2000, 120.2000),
    "hzxs": ("hangzhou", "浙江省杭州市萧山区萧山科技馆", 30.1600, 120.2700),
    "cdgx": ("chengdu", "四川省成都市高新区天府大道中段天府软件园科普展厅", 30.5450, 104.0650),
    "cdst": ("chengdu", "四川省成都市青羊区天府广场成都科技馆", 30.6600, 104.0650),
    "cdpanda": ("chengdu", "Chengdu Research Base of Giant Panda Breeding, Chenghua District, Chengdu", 30.7350, 104.1450),
    "cdcut": ("chengdu", "四川省成都市成华区成都理工大学博物馆", 30.6800, 104.1500),
    "cdfarm": ("chengdu", "四川省成都市蒲江县猕猴桃产业园", 30.2000, 103.5000),
    "xagx": ("xian", "陕西省西安市高新区锦业路西安高新区科创中心", 34.1900, 108.8700),
    "xaint": ("xian", "Xi'an Hi-Tech International School, Gaoxin 2nd Road, Xi'an", 34.2300, 108.8900),
    "xast": ("xian", "陕西省西安市未央区西安科技馆", 34.3300, 108.9400),
    "xamus": ("xian", "Shaanxi History Museum, 91 Xiaozhai East Road, Yanta District, Xi'an", 34.2000, 108.9550),
    "xaqin": ("xian", "陕西省西安市临潼区秦始皇帝陵博物院", 34.3800, 109.2700),
    "njzsh": ("nanjing", "江苏省南京市玄武区紫金山天文台", 32.0700, 118.8200),
    "njst": ("nanjing", "江苏省南京市雨花台区南京科技馆", 31.9800, 118.7600),
    "nju": ("nanjing", "Nanjing University Gulou Campus, 22 Hankou Road, Gulou District, Nanjing", 32.0560, 118.7800),
    "njjn": ("nanjing", "江苏省南京市江宁区江宁开发区科创中心", 31.9300, 118.8400),
    "njmus": ("nanjing", "江苏省南京市玄武区中山东路321号南京博物院", 32.0400, 118.8200),
    "tjst": ("tianjin", "天津市河西区隆昌路94号天津科技馆", 39.0900, 117.2300),
    "tjbh": ("tianjin", "天津市滨海新区中新生态城国家海洋博物馆", 39.1000, 117.7700),
    "tjnat": ("tianjin", "Tianjin Natural History Museum, 31 Youyi Road, Hexi District, Tianjin", 39.0900, 117.2200),
    "tjint": ("tianjin", "International School of Tianjin, Sishui Road, Hexi District, Tianjin", 39.0700, 117.2400),
    "sugy": ("suzhou", "江苏省苏州市工业园区星港街苏州科技文化艺术中心", 31.3200, 120.7100),
    "sust": ("suzhou", "江苏省苏州市姑苏区人民路苏州科技馆", 31.3000, 120.6200),
    "suint": ("suzhou", "Suzhou Singapore International School, Suzhou Industrial Park", 31.3000, 120.7700),
    "sutai": ("suzhou", "江苏省苏州市吴中区太湖生态科普馆", 31.1500, 120.4000),
    "qdsea": ("qingdao", "山东省青岛市市南区莱阳路2号青岛海底世界", 36.0600, 120.3300),
    "qdls": ("qingdao", "山东省青岛市崂山区科苑纬一路海洋科学研究中心", 36.1000, 120.4700),
    "qdst": ("qingdao", "Qingdao Science and Technology Museum, Licang District, Qingdao", 36.1600, 120.3900),
    "qdhd": ("qingdao", "山东省青岛市黄岛区（西海岸新区）农业技术推广站", 35.9600, 120.0500),
    "csyl": ("changsha", "湖南省长沙市岳麓区麓山南路湖南大学科普基地", 28.1800, 112.9400),
    "csyh": ("changsha", "湖南省长沙市岳麓区洋湖湿地公园科普馆", 28.1400, 112.9200),
    "csmus": ("changsha", "Hunan Museum, 50 Dongfeng Road, Kaifu District, Changsha", 28.2100, 112.9900),
    "csfarm": ("changsha", "湖南省长沙市浏阳市农业科技示范园", 28.1600, 113.6400),
    "zzst": ("zhengzhou", "河南省郑州市郑东新区郑州科技馆", 34.7700, 113.7500),
    "zzmus": ("zhengzhou", "河南省郑州市金水区农业路8号河南博物院", 34.7900, 113.6700),
    "zzfarm": ("zhengzhou", "河南省郑州市中牟县农业技术推广中心", 34.7200, 113.9800),
    "zzuni": ("zhengzhou", "Zhengzhou University, 100 Science Avenue, High-tech Zone, Zhengzhou", 34.8200, 113.5300),
    "cqlj": ("chongqing", "重庆市两江新区礼嘉智慧公园科普馆", 29.6600, 106.5000),
    "cqnan": ("chongqing", "重庆市南岸区南山植物园科普中心", 29.5500, 106.6200),
    "cqint": ("chongqing", "Yew Chung International School of Chongqing, Yubei District, Chongqing", 29.6200, 106.5300),
    "cqdz": ("chongqing", "重庆市大足区大足石刻研究院", 29.7000, 105.7200),
    "xmsm": ("xiamen", "福建省厦门市思明区厦门科技馆", 24.4800, 118.1100),
    "xmgly": ("xiamen", "福建省厦门市思明区鼓浪屿海洋生物科普馆", 24.4500, 118.0700),
    "xmjm": ("xiamen", "福建省厦门市集美区集美学村科普中心", 24.5800, 118.1000),
    "xmsea": ("xiamen", "Xiamen University Xiang'an Campus Marine Station, Xiamen", 24.6100, 118.3100),
    "xmint": ("xiamen", "Xiamen International School, Huli District, Xiamen", 24.5100, 118.1500),
}

ONLINE_LOCS = ["线上直播", "Online (Zoom)", "腾讯会议", "Online livestream", "B站直播间", "Online webinar"]

EV = []


def E(uid, title, venue, start, end, cats, topics=(), aud=(), **o):
    EV.append(dict(uid=uid, title=title, venue=venue, start=start, end=end, cats=cats,
                   topics=list(topics), aud=list(aud), **o))


def ON(uid, title, start, end, cats, topics=(), aud=(), loc=0, **o):
    E(uid, title, None, start, end, cats, topics, aud, online=True, loc=ONLINE_LOCS[loc % len(ONLINE_LOCS)], **o)


X = "CANCELLED"
A = dict(allday=True)
C, F_ = ["children"], ["family"]
# cats None = no CATEGORIES line; the title alone tells the topic (the DESCRIPTION is then neutral)

# ---------------- Shenzhen ----------------
E("sz01", "AI Hackathon for University Students", "szu", "2027-03-13 09:00", "2027-03-14 18:00", "AI,Hackathon", ["ai"])
E("sz02", "深圳湾亲子机器人工作坊", "szns", "2027-03-13 14:00", "2027-03-13 16:00", "机器人,亲子", ["robotics"], F_)
E("sz03", "Drone Light Show Science Night", "szgm", "2027-03-20 19:00", "2027-03-20 21:00", "Drone,Family", ["drone"], F_)
E("sz04", "芯片是怎样炼成的：半导体科普展", "szft", "2027-03-01", "2027-05-31", "半导体,展览", ["semiconductor"], **A)
E("sz05", "Shekou Family Science Fair", "szint", "2027-03-06 10:00", "2027-03-06 15:00", "Science fair,Family", ["physics", "chemistry"], F_)
E("sz06", "上班族夜校：Python与大模型入门", "szns", "2027-06-18 19:30", "2027-06-18 21:30", "人工智能,夜校", ["ai"])
E("sz07", "（取消）南山海洋科普夜", "szns", "2027-06-19 19:00", "2027-06-19 21:00", "海洋", ["ocean"], status=X)
E("sz08", "幼儿科学启蒙：会变色的水", "szft", "2027-06-19 10:00", "2027-06-19 11:00", "化学,幼儿,亲子", ["chemistry"], ["children", "family"])
E("sz09", "Mangrove Birdwatching Walk in Futian", "szmang", "2027-09-11 07:30", "2027-09-11 10:00", "Ecology,Birdwatching", ["ecology", "biology"])
E("sz10", "深圳科技馆新馆：量子计算开放日", "szgm", "2027-09-25 09:00", "2027-09-25 17:00", "量子,开放日", ["quantum"])
E("sz11", "International Schools Robotics League Shenzhen", "szint", "2027-11-27 09:00", "2027-11-27 17:00", "Robotics,Students", ["robotics"], C)
E("sz12", "退休人员智能手机防诈骗课堂", "szft", "2027-11-26 14:30", "2027-11-26 16:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("sz13", "Christmas Science Show: The Physics of Snow", "szint", "2027-12-18 15:00", "2027-12-18 16:30", "Physics,Family", ["physics"], F_)
E("sz14", "特殊教育学校科学体验日（南山）", "szns", "2027-11-30 09:30", "2027-11-30 11:30", "科学实验,特殊教育", ["physics"], C)
E("sz15", "深圳大学生芯片设计大赛决赛", "szu", "2027-06-26 09:00", "2027-06-26 17:00", "半导体,大学生", ["semiconductor"])
E("sz16", "Shenzhen Bay Marine Life Exhibition", "szns", "2027-06-01", "2027-08-31", "Ocean,Exhibition", ["ocean", "biology"], **A)
E("sz17", "南山科技园 AI 夜谈：大模型落地", "szns", "2027-09-15 19:30", "2027-09-15 21:00", "人工智能,上班族", ["ai"], floating=True)
# ---------------- Hangzhou ----------------
E("hz01", "西湖区青少年编程与AI冬令营", "hzxh", "2027-01-25", "2027-01-29", "人工智能,青少年", ["ai"], C, **A)
E("hz02", "Hangzhou Expat Science Café: How Chatbots Think", "hzbj", "2027-03-11 19:00", "2027-03-11 21:00", "AI,Talk", ["ai"])
E("hz03", "浙大玉泉开放日：光学与物理实验", "hzzju", "2027-03-20 09:00", "2027-03-20 16:00", "物理,开放日", ["physics"])
E("hz04", "西湖水下生态：藻类与鱼类科普讲座", "hzxh", "2027-04-03 14:00", "2027-04-03 16:00", "生态,生物", ["ecology", "biology"])
E("hz05", "（取消）萧山青少年机器人大赛", "hzxs", "2027-03-13 09:00", "2027-03-13 17:00", "机器人,青少年", ["robotics"], C, status=X)
E("hz06", "Toddler Tinkering: Magnets and Colours", "hzint", "2027-06-19 10:00", "2027-06-19 11:30", "Physics,Toddlers", ["physics"], ["children", "family"])
E("hz07", "亚运场馆里的新材料", "hzxs", "2027-06-26 14:00", "2027-06-26 16:00", "材料", ["materials"])
E("hz08", "龙井茶园病虫害绿色防控培训", "hzlj", "2027-09-14 09:00", "2027-09-14 11:30", "农业,茶农", ["agriculture"], ["farmers"])
E("hz09", "Mid-Autumn Moon Watching Party", "hzxh", "2027-09-15 19:00", "2027-09-15 21:30", "Astronomy,Family", ["astronomy"], F_)
E("hz10", "秋冬心脑血管保健讲座（老年人）", "hzbj", "2027-11-27 09:30", "2027-11-27 11:00", "健康,老年人", ["health"], ["elderly"])
E("hz11", "Digital Skills for Seniors (bilingual)", "hzbj", "2027-12-04 14:00", "2027-12-04 15:30", "Digital literacy,Seniors", ["digital_literacy"], ["elderly"])
E("hz12", "圣诞亲子天文夜", "hzxh", "2027-12-24 18:30", "2027-12-24 20:30", "天文,亲子", ["astronomy"], F_)
E("hz13", "西湖边的小小博物学家：幼儿自然课", "hzxh", "2027-09-11 09:30", "2027-09-11 11:00", "生物,幼儿,亲子", ["biology"], ["children", "family"])
# ---------------- Chengdu ----------------
E("cd01", "Giant Panda Conservation Talk for Expats", "cdpanda", "2027-03-13 10:00", "2027-03-13 11:30", "Ecology,Biology", ["ecology", "biology"])
E("cd02", "高新区 AI 创业者沙龙", "cdgx", "2027-03-12 19:00", "2027-03-12 21:00", "人工智能", ["ai"])
E("cd03", "熊猫基地亲子自然课", "cdpanda", "2027-06-19 09:00", "2027-06-19 11:00", "生物,亲子", ["biology"], F_)
E("cd04", "Chengdu Space Week: Rocket Engines Explained", "cdst", "2027-06-21", "2027-06-27", "Space,Exhibition", ["space"], **A)
E("cd05", "恐龙化石特展", "cdst", "2027-05-01", "2027-10-31", "古生物,展览", ["paleontology"], **A)
E("cd06", "（取消）高新区无人机表演", "cdgx", "2027-09-11 19:30", "2027-09-11 20:30", "无人机", ["drone"], status=X)
E("cd07", "地震应急演练与科普（高新区社区）", "cdgx", "2027-09-12 09:00", "2027-09-12 11:00", "应急,安全", ["emergency"])
E("cd08", "研究生学术沙龙：半导体材料前沿", "cdgx", "2027-09-16 14:00", "2027-09-16 17:00", "半导体,材料,研究生", ["semiconductor", "materials"])
E("cd09", "矿物与晶体讲座", "cdcut", "2027-11-27 14:00", "2027-11-27 15:30", "地质", ["geology"])
E("cd10", "Autism-friendly Science Morning: Bubbles and Light", "cdst", "2027-12-04 09:00", "2027-12-04 11:00", "Special education,Kids", ["physics"], C)
E("cd11", "猕猴桃种植技术培训", "cdfarm", "2027-11-30 09:00", "2027-11-30 12:00", "农业,农民", ["agriculture"], ["farmers"])
E("cd12", "Chengdu Hi-tech Zone Robotics Meetup", "cdgx", "2027-06-18 19:00", "2027-06-18 21:00", "Robotics,Meetup", ["robotics"], utc=True)
# ---------------- Xi'an ----------------
E("xa01", "兵马俑考古发掘现场讲解", "xaqin", "2027-03-13 10:00", "2027-03-13 11:30", "考古", ["archaeology"])
E("xa02", "Terracotta Army Science Tour (in English)", "xaqin", "2027-06-19 09:00", "2027-06-19 12:00", "Archaeology,Tour", ["archaeology"])
E("xa03", "高新区硬科技大讲堂：光子芯片", "xagx", "2027-03-18 14:00", "2027-03-18 16:00", "半导体", ["semiconductor"])
E("xa04", "唐代文物修复展", "xamus", "2027-02-01", "2027-04-30", "考古,展览", ["archaeology"], **A)
E("xa05", "Xi'an Hi-Tech Intl School STEM Open Day", "xaint", "2027-03-20 09:00", "2027-03-20 13:00", "STEM,Students", ["robotics", "physics"], C)
E("xa06", "航天基地亲子火箭日", "xast", "2027-06-20 09:00", "2027-06-20 16:00", "航天,亲子", ["space"], F_)
E("xa07", "大学生航天创新大赛宣讲会", "xagx", "2027-09-10 19:00", "2027-09-10 21:00", "航天,大学生", ["space"])
E("xa08", "（取消）中秋赏月观星会", "xast", "2027-09-15 19:00", "2027-09-15 21:00", "天文", ["astronomy"], status=X)
E("xa09", "秦岭生物多样性摄影展", "xast", "2027-09-01", "2027-12-31", "生物,生态,展览", ["biology", "ecology"], **A)
E("xa10", "Winter Stargazing for Families", "xast", "2027-12-11 18:30", "2027-12-11 21:00", "Astronomy,Family", ["astronomy"], F_)
E("xa11", "老年人防跌倒与急救培训", "xagx", "2027-11-26 09:30", "2027-11-26 11:00", "急救,健康,老年人", ["emergency", "health"], ["elderly"])
E("xa12", "Kids' Archaeology Dig (English)", "xamus", "2027-12-04 10:00", "2027-12-04 12:00", "Archaeology,Kids", ["archaeology"], C)
# ---------------- Nanjing ----------------
E("nj01", "紫金山天文台 春季观星夜", "njzsh", "2027-03-12 19:00", "2027-03-12 21:30", "天文", ["astronomy"])
E("nj02", "Public Lecture: Quantum Computing 101", "nju", "2027-03-16 19:00", "2027-03-16 20:30", "Quantum,Lecture", ["quantum"])
E("nj03", "幼儿科学乐园（学龄前专场）", "njst", "2027-03-14 09:30", "2027-03-14 11:00", "幼儿,亲子,物理", ["physics"], ["children", "family"])
E("nj04", "六朝考古特展", "njmus", "2027-01-15", "2027-03-31", "考古,展览", ["archaeology"], **A)
E("nj05", "新能源汽车电池科普", "njjn", "2027-06-19 14:00", "2027-06-19 16:00", "新能源,交通", ["energy", "transport"])
E("nj06", "（取消）紫金山夏夜观星", "njzsh", "2027-06-19 20:00", "2027-06-19 22:00", "天文", ["astronomy"], status=X)
E("nj07", "Summer Robotics Camp for International School Students", "njjn", "2027-07-05", "2027-07-09", "Robotics,Camp", ["robotics"], C, **A)
E("nj08", "大学生心理健康讲座：新学期焦虑", "nju", "2027-09-13 19:00", "2027-09-13 20:30", "心理,大学生", ["psychology"])
E("nj09", "青铜器与古代冶金", "njmus", "2027-09-18 14:00", "2027-09-18 15:30", "考古,材料", ["archaeology", "materials"])
E("nj10", "Stargazing at Purple Mountain Observatory", "njzsh", "2027-12-03 19:00", "2027-12-03 21:00", "Astronomy", ["astronomy"], utc=True)
E("nj11", "退休老人学用AI助手", "njst", "2027-11-29 09:00", "2027-11-29 11:30", "人工智能,老年人", ["ai", "digital_literacy"], ["elderly"])
E("nj12", "Ancient Astronomical Instruments: Winter Exhibition", "njmus", "2027-11-15", "2028-02-28", "Astronomy,Archaeology,Exhibition", ["astronomy", "archaeology"], **A)
# ---------------- Tianjin ----------------
E("tj01", "深海探测展", "tjbh", "2027-02-10", "2027-06-30", "深海,海洋,展览", ["deep_earth_sea", "ocean"], **A)
E("tj02", "Dinosaur Night at the Natural History Museum", "tjnat", "2027-03-12 18:30", "2027-03-12 21:00", "Paleontology,Family", ["paleontology"], F_)
E("tj03", "世界气象日开放日", "tjst", "2027-03-23 09:00", "2027-03-23 16:00", "气象", ["weather"])
E("tj04", "渔民海上安全与急救培训", "tjbh", "2027-06-18 09:00", "2027-06-18 11:00", "急救,渔民", ["emergency"], ["farmers"])
E("tj05", "International School of Tianjin Science Fair", "tjint", "2027-06-19 09:00", "2027-06-19 14:00", "Science fair,Students", ["chemistry", "physics"], C)
E("tj06", "无人机科普与操控体验（青少年）", "tjst", "2027-09-11 14:00", "2027-09-11 16:00", "无人机,青少年", ["drone"], C)
E("tj07", "（取消）海洋生物讲座", "tjbh", "2027-09-12 10:00", "2027-09-12 11:00", "海洋", ["ocean"], status=X)
E("tj08", "Expat Health Talk: Air Quality and Your Lungs", "tjst", "2027-11-27 10:00", "2027-11-27 11:30", "Health", ["health"])
E("tj09", "冬季冰雪科学营", "tjst", "2027-12-18", "2027-12-19", "冰雪,物理,中小学生", ["ice_snow", "physics"], C, **A)
E("tj10", "亲子化学魔术秀", "tjnat", "2027-12-05 14:00", "2027-12-05 15:00", None, ["chemistry"], F_)
# ---------------- Suzhou ----------------
E("su01", "工业园区 AI 开发者大会", "sugy", "2027-03-17", "2027-03-18", "人工智能", ["ai"], **A)
E("su02", "Young Engineers Week", "suint", "2027-03-15", "2027-03-19", "Engineering,Students", ["robotics"], C, **A)
E("su03", "太湖蓝藻与水生态科普", "sutai", "2027-06-19 09:00", "2027-06-19 11:00", "生态", ["ecology"])
E("su04", "周末亲子化学实验", "sust", "2027-06-20 14:00", "2027-06-20 15:30", "化学,亲子", ["chemistry"], F_)
E("su05", "上班族午间讲座：睡眠与心理健康", "sugy", "2027-06-23 12:00", "2027-06-23 13:00", "心理,健康,上班族", ["psychology", "health"])
E("su06", "（取消）太湖观鸟日", "sutai", "2027-11-27 07:00", "2027-11-27 10:00", "生态,观鸟", ["ecology"], status=X)
E("su07", "Suzhou Industrial Park Drone Expo", "sugy", "2027-09-10", "2027-09-12", "Drone,Expo", ["drone"], **A)
E("su08", "中医养生讲座（老年人专场）", "sust", "2027-09-14 09:30", "2027-09-14 11:00", "健康,老年人", ["health"], ["elderly"])
E("su09", "Christmas Robotics Workshop for Kids", "suint", "2027-12-11 10:00", "2027-12-11 12:00", "Robotics,Kids", ["robotics"], C)
E("su10", "大闸蟹生态养殖技术培训", "sutai", "2027-11-29 09:00", "2027-11-29 11:30", "农业,渔民", ["agriculture"], ["farmers"])
E("su11", "International Schools Maths Challenge", "suint", "2027-11-27 09:00", "2027-11-27 12:00", "Maths,Students", ["math"], C)
# ---------------- Qingdao ----------------
E("qd01", "海洋生物亲子夜游", "qdsea", "2027-03-13 18:30", "2027-03-13 20:30", "海洋,亲子", ["ocean", "biology"], F_)
E("qd02", "Ocean Science Lecture: Deep-sea Submersibles", "qdls", "2027-03-19 15:00", "2027-03-19 16:30", "Deep sea,Ocean", ["deep_earth_sea", "ocean"])
E("qd03", "海洋科学研究中心公众开放日", "qdls", "2027-06-19 09:00", "2027-06-19 16:00", "海洋,开放日", ["ocean"])
E("qd04", "（取消）啤酒里的化学", "qdst", "2027-06-20 14:00", "2027-06-20 15:30", "化学", ["chemistry"], status=X)
E("qd05", "Sailing and Weather Workshop", "qdst", "2027-09-11 09:00", "2027-09-11 12:00", "Weather", ["weather"])
E("qd06", "海水稻种植技术培训", "qdhd", "2027-09-14 09:00", "2027-09-14 11:00", "农业,农民", ["agriculture"], ["farmers"])
E("qd07", "机器人科普展", "qdst", "2027-08-01", "2027-10-31", "机器人,展览", ["robotics"], **A)
E("qd08", "Beach Clean-up and Microplastics Talk", "qdsea", "2027-11-27 09:00", "2027-11-27 11:00", "Ecology,Ocean", ["ecology", "ocean"])
E("qd09", "老年人智能手机课", "qdls", "2027-12-02 14:00", "2027-12-02 15:30", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("qd10", "冬季海洋气象讲座", "qdst", "2027-12-08 19:00", "2027-12-08 20:30", None, ["weather", "ocean"])
E("qd11", "Marine Biology Summer Camp", "qdls", "2027-07-19", "2027-07-30", "Ocean,Biology,Camp", ["ocean", "biology"], C, **A)
# ---------------- Changsha ----------------
E("cs01", "岳麓山春季植物识别", "csyl", "2027-03-14 09:00", "2027-03-14 11:00", "植物,生物", ["biology"])
E("cs02", "Mawangdui: The Science Behind the Lady of Dai", "csmus", "2027-03-13 14:00", "2027-03-13 15:30", "Archaeology", ["archaeology"])
E("cs03", "水稻育秧技术培训", "csfarm", "2027-03-16 09:00", "2027-03-16 12:00", "农业,农民", ["agriculture"], ["farmers"])
E("cs04", "大学生机器人大赛", "csyl", "2027-06-19", "2027-06-20", "机器人,大学生", ["robotics"], **A)
E("cs05", "（取消）暑期无人机营", "csyl", "2027-07-12", "2027-07-16", "无人机,中小学生", ["drone"], C, status=X, **A)
E("cs06", "Family Day: Ancient Chinese Bronzes", "csmus", "2027-09-11 10:00", "2027-09-11 12:00", "Archaeology,Family", ["archaeology"], F_)
E("cs07", "洋湖湿地中秋亲子观月", "csyh", "2027-09-15 19:00", "2027-09-15 21:00", "天文,亲子", ["astronomy"], F_)
E("cs08", "老年人防诈骗讲座", "csyl", "2027-11-26 09:30", "2027-11-26 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("cs09", "Food Safety Workshop for Parents", "csyl", "2027-12-04 10:00", "2027-12-04 11:30", "Food safety,Parents", ["food_safety"], F_)
E("cs10", "烟花里的化学", "csyh", "2027-12-30 19:00", "2027-12-30 20:30", None, ["chemistry"])
E("cs11", "特殊教育学生机器人体验课", "csyl", "2027-09-16 14:00", "2027-09-16 16:00", "机器人,特殊教育", ["robotics"], C)
# ---------------- Zhengzhou ----------------
E("zz01", "航天展：从东方红到天宫", "zzst", "2027-01-20", "2027-04-20", "航天,展览", ["space"], **A)
E("zz02", "甲骨文与古代数学", "zzmus", "2027-03-14 14:00", "2027-03-14 15:30", "考古,数学", ["archaeology", "math"])
E("zz03", "小麦病虫害防治田间课", "zzfarm", "2027-03-18 09:00", "2027-03-18 11:00", "农业,农民", ["agriculture"], ["farmers"])
E("zz04", "Open Lab: Materials Science", "zzuni", "2027-06-19 09:00", "2027-06-19 12:00", "Materials", ["materials"])
E("zz05", "亲子气象站体验", "zzst", "2027-06-20 10:00", "2027-06-20 11:30", "气象,亲子", ["weather"], F_)
E("zz06", "（取消）大学生AI论坛", "zzuni", "2027-09-11 09:00", "2027-09-11 17:00", "人工智能,大学生", ["ai"], status=X)
E("zz07", "暑期青少年科学营", "zzst", "2027-07-12", "2027-07-16", "科学营,中小学生", ["physics", "chemistry"], C, **A)
E("zz08", "夜观木星：天文爱好者观测会", "zzst", "2027-09-17 19:30", "2027-09-17 21:30", "天文", ["astronomy"])
E("zz09", "冬季考古讲座：商城遗址", "zzmus", "2027-12-04 14:00", "2027-12-04 15:30", "考古", ["archaeology"])
E("zz10", "Expat Kids Coding Club", "zzuni", "2027-11-27 10:00", "2027-11-27 12:00", "AI,Coding,Kids", ["ai"], C)
E("zz11", "退休老人秋季健康讲座", "zzmus", "2027-09-10 09:30", "2027-09-10 11:00", "健康,老年人", ["health"], ["elderly"])
# ---------------- Chongqing ----------------
E("cq01", "礼嘉智慧公园 AI亲子日", "cqlj", "2027-03-13 10:00", "2027-03-13 16:00", "人工智能,亲子", ["ai"], F_)
E("cq02", "南山植物园春季植物科普", "cqnan", "2027-03-20 09:00", "2027-03-20 11:00", "植物,生物", ["biology"])
E("cq03", "YCIS Chongqing Science Fair", "cqint", "2027-03-12 13:00", "2027-03-12 16:00", "Science fair,Students", ["physics", "chemistry"], C)
E("cq04", "大足石刻数字化保护讲座", "cqdz", "2027-06-19 14:00", "2027-06-19 15:30", "考古", ["archaeology"])
E("cq05", "（取消）夏季防溺水课", "cqnan", "2027-06-26 09:00", "2027-06-26 10:00", "急救,中小学生", ["emergency"], C, status=X)
E("cq06", "Hotpot Food Safety Talk", "cqlj", "2027-09-11 14:00", "2027-09-11 15:30", "Food safety", ["food_safety"])
E("cq07", "南岸区社区急救培训（CPR）", "cqnan", "2027-09-18 09:00", "2027-09-18 11:30", "急救,健康", ["emergency", "health"])
E("cq08", "老年人AI智能手机课", "cqlj", "2027-11-27 14:00", "2027-11-27 15:30", "数字素养,老年人", ["digital_literacy", "ai"], ["elderly"])
E("cq09", "Stargazing Night on Nanshan", "cqnan", "2027-12-04 19:00", "2027-12-04 21:00", "Astronomy", ["astronomy"])
E("cq10", "跨年无人机灯光秀科普", "cqlj", "2027-12-31 19:00", "2027-12-31 21:00", "无人机", ["drone"])
# ---------------- Xiamen ----------------
E("xm01", "鼓浪屿海洋生物亲子探索", "xmgly", "2027-03-13 09:00", "2027-03-13 11:00", "海洋,生物,亲子", ["ocean", "biology"], F_)
E("xm02", "Sea Turtle Conservation Talk", "xmsea", "2027-03-20 15:00", "2027-03-20 16:30", "Ocean,Ecology", ["ocean", "ecology"])
E("xm03", "幼儿科学秀：空气的力量", "xmsm", "2027-03-11 10:00", "2027-03-11 11:00", "幼儿,亲子,物理", ["physics"], ["children", "family"])
E("xm04", "大学生海洋科技创新赛", "xmjm", "2027-06-19", "2027-06-20", "海洋,大学生", ["ocean"], **A)
E("xm05", "（取消）台风科普讲座", "xmsm", "2027-06-18 19:00", "2027-06-18 20:30", "气象", ["weather"], status=X)
E("xm06", "Typhoon Season Preparedness Workshop", "xmint", "2027-09-10 18:30", "2027-09-10 20:00", "Weather,Emergency", ["weather", "emergency"])
E("xm07", "中秋博饼里的数学", "xmsm", "2027-09-14 19:00", "2027-09-14 20:30", "数学,亲子", ["math"], F_)
E("xm08", "Xiamen International School STEM Night", "xmint", "2027-11-26 18:00", "2027-11-26 20:00", "STEM,Students", ["robotics"], C)
E("xm09", "老年人健康讲座：冬季养生", "xmjm", "2027-11-30 09:30", "2027-11-30 11:00", "健康,老年人", ["health"], ["elderly"])
E("xm10", "冬季观鸟：黑脸琵鹭", "xmjm", "2027-12-11 07:30", "2027-12-11 10:00", "生态,观鸟", ["ecology", "biology"])
# ---------------- Online ----------------
ON("on01", "Online: AI Ethics for International School Students", "2027-03-12 19:00", "2027-03-12 20:00", "AI,Students,Online", ["ai"], C, loc=1, utc=True)
ON("on02", "线上心理健康讲座：职场压力", "2027-03-17 20:00", "2027-03-17 21:00", "心理,上班族,线上", ["psychology"], loc=0)
ON("on03", "Livestream: Total Lunar Eclipse Explained", "2027-06-22 20:00", "2027-06-22 21:30", "Astronomy,Livestream", ["astronomy"], loc=3)
ON("on04", "线上老年人数字生活课堂", "2027-06-24 15:00", "2027-06-24 16:00", "数字素养,老年人,线上", ["digital_literacy"], ["elderly"], loc=2)
ON("on05", "（取消）线上量子科普", "2027-06-20 19:00", "2027-06-20 20:00", "量子,线上", ["quantum"], status=X, loc=0)
ON("on06", "Webinar: Toddlers and Screen Time", "2027-09-15 20:00", "2027-09-15 21:00", "Parenting,Psychology,Webinar", ["psychology", "digital_literacy"], F_, loc=5)
ON("on07", "线上食品安全知识周", "2027-09-13", "2027-09-19", "食品安全,线上", ["food_safety"], loc=4, **A)
ON("on08", "研究生科研写作与AI工具", "2027-09-16 19:00", "2027-09-16 20:30", "人工智能,研究生,线上", ["ai"], loc=2)
ON("on09", "Online Chemistry Demos for Kids", "2027-11-27 10:00", "2027-11-27 11:00", "Chemistry,Kids,Online", ["chemistry"], C, loc=1)
ON("on10", "冬至天文直播：最长的夜", "2027-12-22 19:00", "2027-12-22 20:00", "天文,直播", ["astronomy"], loc=4)
ON("on11", "特殊教育家长课堂：孤独症儿童的科学启蒙", "2027-11-30 19:30", "2027-11-30 20:30", "特殊教育,家长,线上", ["psychology"], F_, loc=2)
ON("on12", "Weekly Online Science Q&A", "2027-03-03 20:00", "2027-03-03 21:00", "Online,Q&A", [], loc=1, rrule="FREQ=WEEKLY;COUNT=40;BYDAY=WE",
   exdate=["2027-06-23 20:00"])

# ---------------------------------------------------------------------------
DESCS = {
    "ai": "走近人工智能，现场体验智能应用。", "robotics": "Build and program robots, hands-on.",
    "astronomy": "天文辅导员带队观测。", "space": "航天科普，了解中国航天。",
    "ocean": "Discover the ocean and marine life.", "health": "医生讲解，现场咨询。",
    "emergency": "安全与救护技能实操。", "ecology": "Nature and conservation.",
    "agriculture": "农技专家田间指导。", "quantum": "量子科技入门。",
    "paleontology": "Fossils from millions of years ago.", "energy": "新能源与低碳科普。",
    "semiconductor": "芯片产业与半导体原理。", "weather": "气象知识科普。",
    "chemistry": "化学小实验。", "physics": "Physics demonstrations for everyone.",
    "geology": "认识岩石与矿物。", "archaeology": "考古与古代文明。", "psychology": "心理健康科普。",
    "materials": "材料科学科普。", "transport": "交通与工程科普。", "drone": "无人机原理与飞行演示。",
    "digital_literacy": "手把手教会用手机和网络。", "food_safety": "食品安全知识。",
    "deep_earth_sea": "深海探测科普。", "biology": "认识身边的生物。", "ice_snow": "冰雪里的科学。",
    "math": "Fun with numbers.",
}


def vevent(e):
    L = ["BEGIN:VEVENT", f"UID:{e['uid']}@blind8.example", "DTSTAMP:20270101T000000Z", fold(f"SUMMARY:{esc(e['title'])}")]
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
        L.append(f"URL:https://live.blind8.example/{e['uid']}")
    else:
        _, addr, lat, lon = V[e["venue"]]
        L.append(fold(f"LOCATION:{esc(addr)}"))
        L.append(f"GEO:{lat};{lon}")
    d = "科普活动，免费参加，请提前预约。 Free, registration required."
    if e["cats"]:  # without categories the description stays neutral: only the title tells the topic
        d = next((DESCS[t] for t in e["topics"] if t in DESCS), d)
    L.append(fold(f"DESCRIPTION:{esc(d)}"))
    L.append("ORGANIZER;CN=科普活动组:mailto:events@blind8.example")
    L.append(f"STATUS:{e.get('ics_status', e.get('status', 'CONFIRMED'))}")
    L.append("END:VEVENT")
    return L


def main():
    queries = write_set(HERE, "blind8", "City Science Events 2027 科普活动", EV, vevent, V)
    print(f"{len(EV)} events, {len(queries)} queries")


if __name__ == "__main__":
    main()
