"""Builds the ninth blind eval set: corpus.ics, truth.jsonl, queries.jsonl.

Written without reading the bot's code. Run: python tests/eval_blind9/make_set.py
National Science Popularization Day (全国科普日, Saturday 2027-09-18) and the weeks around it, in central China
(郑州, 洛阳, 武汉, 宜昌, 长沙, 株洲, 南昌, 九江, 合肥, 芜湖, 太原, 大同) plus national events in 北京 and online.
Times are China time (+08:00) unless marked utc (then written as ...Z) or floating.
"""
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.resolve().parent))
from eval_ics import dt, esc, fold, ics_time, write_set  # noqa: E402  (shared with the other sets)

# venue key -> (city id, address, lat, lon)
V = {
    # Beijing (national)
    "bjstm": ("beijing", "北京市朝阳区北辰东路5号中国科学技术馆", 39.9830, 116.3980),
    "bjcas": ("beijing", "北京市海淀区中关村南三街8号中国科学院物理研究所", 39.9800, 116.3300),
    # Henan
    "zzstm": ("zhengzhou", "河南省郑州市郑东新区河南省科学技术馆新馆", 34.7800, 113.7300),
    "zzu": ("zhengzhou", "河南省郑州市高新区科学大道100号郑州大学主校区", 34.8200, 113.5400),
    "zzmet": ("zhengzhou", "河南省郑州市金水区金水路河南省气象台", 34.7700, 113.6700),
    "zzfarm": ("zhengzhou", "河南省郑州市中牟县农业技术推广中心", 34.7200, 113.9800),
    "zzmus": ("zhengzhou", "Henan Museum, 8 Nongye Road, Jinshui District, Zhengzhou", 34.7880, 113.6700),
    "zzcom": ("zhengzhou", "河南省郑州市金水区丰产路街道社区服务中心", 34.7900, 113.6600),
    "zzau": ("zhengzhou", "河南省郑州市郑东新区龙子湖河南农业大学", 34.8000, 113.8000),
    "zzmetro": ("zhengzhou", "河南省郑州市二七区郑州地铁运营控制中心", 34.7500, 113.6600),
    "lystm": ("luoyang", "河南省洛阳市洛龙区洛阳市科技馆", 34.6200, 112.4500),
    "lyuni": ("luoyang", "Henan University of Science and Technology, Kaiyuan Campus, Luolong District, Luoyang", 34.6000, 112.4200),
    "lyezt": ("luoyang", "河南省洛阳市偃师区二里头夏都遗址博物馆", 34.6900, 112.7900),
    # Hubei
    "whstm": ("wuhan", "湖北省武汉市东湖新技术开发区光谷湖北省科技馆", 30.4700, 114.4100),
    "whu": ("wuhan", "湖北省武汉市武昌区八一路299号武汉大学", 30.5400, 114.3600),
    "hust": ("wuhan", "Huazhong University of Science and Technology, 1037 Luoyu Road, Hongshan District, Wuhan", 30.5100, 114.4100),
    "whcas": ("wuhan", "湖北省武汉市武昌区东湖南路7号", 30.5500, 114.3500),
    "whgeo": ("wuhan", "湖北省武汉市洪山区鲁磨路388号中国地质大学逸夫博物馆", 30.5200, 114.4000),
    "whmet": ("wuhan", "湖北省武汉市洪山区武汉中心气象台", 30.5300, 114.3400),
    "wheq": ("wuhan", "湖北省武汉市洪山区洪山侧路40号中国地震局地震研究所", 30.5350, 114.3450),
    "whhp": ("wuhan", "湖北省武汉市黄陂区木兰乡文化站", 31.0500, 114.3500),
    "whdh": ("wuhan", "湖北省武汉市东湖生态旅游风景区落雁岛", 30.5600, 114.4300),
    "ycthree": ("yichang", "湖北省宜昌市夷陵区三斗坪镇三峡工程科普馆", 30.8200, 111.0000),
    "ycstm": ("yichang", "湖北省宜昌市西陵区宜昌市科技馆", 30.7000, 111.2900),
    "ycfarm": ("yichang", "湖北省宜昌市秭归县郭家坝镇柑橘技术服务站", 30.9500, 110.7500),
    "ycmet": ("yichang", "湖北省宜昌市伍家岗区宜昌市气象局", 30.6700, 111.3300),
    # Hunan
    "csstm": ("changsha", "湖南省长沙市岳麓区湖南省科学技术馆", 28.2300, 112.9600),
    "csu": ("changsha", "湖南省长沙市岳麓区麓山南路932号中南大学", 28.1700, 112.9300),
    "csrice": ("changsha", "湖南省长沙市芙蓉区马坡岭杂交水稻国家重点实验室", 28.2000, 113.0800),
    "csmus": ("changsha", "Hunan Museum, 50 Dongfeng Road, Kaifu District, Changsha", 28.2100, 112.9900),
    "csmet": ("changsha", "湖南省长沙市天心区湖南省气象局", 28.1100, 112.9800),
    "cswet": ("changsha", "湖南省长沙市岳麓区洋湖湿地公园", 28.1100, 112.9000),
    "cssany": ("changsha", "Sany Industrial Park, Xingsha, Changsha County, Hunan", 28.2400, 113.1000),
    "zhcrrc": ("zhuzhou", "湖南省株洲市石峰区田心中车株洲电力机车有限公司", 27.8900, 113.1300),
    "zhstm": ("zhuzhou", "湖南省株洲市天元区株洲市科技馆", 27.8300, 113.0800),
    "zhfarm": ("zhuzhou", "湖南省株洲市炎陵县霞阳镇农业服务中心", 26.4900, 113.7700),
    # Jiangxi
    "ncstm": ("nanchang", "江西省南昌市红谷滩区江西省科技馆", 28.6900, 115.8500),
    "ncu": ("nanchang", "江西省南昌市红谷滩区学府大道999号南昌大学前湖校区", 28.6600, 115.8000),
    "nceq": ("nanchang", "江西省南昌市青山湖区江西省地震局防震减灾科普馆", 28.6900, 115.9400),
    "ncmet": ("nanchang", "江西省南昌市东湖区江西省气象局", 28.6800, 115.8900),
    "nccom": ("nanchang", "江西省南昌市东湖区豫章街道社区活动中心", 28.6800, 115.9000),
    "ncdrone": ("nanchang", "Nanchang Aviation City, Qingyunpu District, Nanchang, Jiangxi", 28.6300, 115.9200),
    "jjlu": ("jiujiang", "江西省九江市庐山市中国科学院庐山植物园", 29.5500, 115.9900),
    "jjstm": ("jiujiang", "江西省九江市濂溪区九江市科技馆", 29.6800, 116.0000),
    "jjpy": ("jiujiang", "Poyang Lake Wetland, Duchang County, Jiujiang, Jiangxi", 29.2700, 116.2000),
    "jjvill": ("jiujiang", "江西省九江市柴桑区港口街镇村委会", 29.6000, 115.9000),
    # Anhui
    "hfustc": ("hefei", "安徽省合肥市包河区金寨路96号中国科学技术大学", 31.8400, 117.2700),
    "hfcas": ("hefei", "安徽省合肥市蜀山区蜀山湖路350号科学岛", 31.9100, 117.1600),
    "hfstm": ("hefei", "安徽省合肥市滨湖新区安徽省科技馆新馆", 31.7300, 117.3000),
    "hfqt": ("hefei", "Hefei Quantum Technology Exhibition Center, High-tech Zone, Hefei, Anhui", 31.8300, 117.1300),
    "hfmet": ("hefei", "安徽省合肥市蜀山区安徽省气象局", 31.8600, 117.2500),
    "hffx": ("hefei", "安徽省合肥市肥西县上派镇文化广场", 31.7100, 117.1600),
    "wurobot": ("wuhu", "安徽省芜湖市鸠江区芜湖机器人产业园", 31.4000, 118.4000),
    "wustm": ("wuhu", "安徽省芜湖市镜湖区芜湖市科技馆", 31.3300, 118.3800),
    "wuchery": ("wuhu", "Chery Automobile Science Museum, Economic Development Zone, Wuhu, Anhui", 31.3500, 118.3300),
    "wufarm": ("wuhu", "安徽省芜湖市南陵县农业技术推广中心", 30.9200, 118.3300),
    # Shanxi
    "tystm": ("taiyuan", "山西省太原市万柏林区长风商务区山西省科技馆", 37.8100, 112.5300),
    "tycom": ("taiyuan", "山西省太原市小店区坞城街道社区服务中心", 37.8000, 112.5700),
    "tycoal": ("taiyuan", "山西省太原市万柏林区迎泽西大街中国煤炭博物馆", 37.8500, 112.5100),
    "tyuni": ("taiyuan", "山西省太原市万柏林区迎泽西大街79号太原理工大学", 37.8700, 112.5100),
    "tymet": ("taiyuan", "山西省太原市小店区山西省气象局", 37.8600, 112.5600),
    "tyyq": ("taiyuan", "山西省太原市阳曲县黄寨镇农技站", 38.0600, 112.6700),
    "dtstm": ("datong", "山西省大同市平城区大同市科技馆", 40.0800, 113.3000),
    "dtyg": ("datong", "山西省大同市云冈区云冈石窟研究院", 40.1100, 113.1300),
    "dtvolc": ("datong", "山西省大同市云州区大同火山群国家地质公园", 40.0500, 113.6000),
}

ONLINE_LOCS = ["线上直播", "Online (livestream)", "腾讯会议", "线上（视频号直播间）", "Online webinar", "网络直播"]

PROV_CAST = {"beijing": "中国科协", "zhengzhou": "河南省科协", "luoyang": "洛阳市科协", "wuhan": "湖北省科协",
             "yichang": "宜昌市科协", "changsha": "湖南省科协", "zhuzhou": "株洲市科协", "nanchang": "江西省科协",
             "jiujiang": "九江市科协", "hefei": "安徽省科协", "wuhu": "芜湖市科协", "taiyuan": "山西省科协",
             "datong": "大同市科协", None: "中国科协"}

EV = []


def E(uid, title, venue, start, end, cats, topics=(), aud=(), **o):
    EV.append(dict(uid=uid, title=title, venue=venue, start=start, end=end, cats=cats,
                   topics=list(topics), aud=list(aud), **o))


def ON(uid, title, start, end, cats, topics=(), aud=(), loc=0, **o):
    E(uid, title, None, start, end, cats, topics, aud, online=True, loc=ONLINE_LOCS[loc % len(ONLINE_LOCS)], **o)


X = "CANCELLED"
A = dict(allday=True)
# cats None = no CATEGORIES line; the title alone tells the topic (the DESCRIPTION is then neutral)
# org = the ORGANIZER's name (default: the province's / city's 科协)

# ---------------- Beijing (national) ----------------
E("bj01", "2027年全国科普日主场活动", "bjstm", "2027-09-18 09:00", "2027-09-18 17:00", "科普日,主场活动", [], org="中国科协")
E("bj02", "院士专家科普报告会：从天宫到火星", "bjstm", "2027-09-19 14:00", "2027-09-19 16:30", "航天,院士", ["space"], org="中国科协")
E("bj03", "中科院物理所公众科学日", "bjcas", "2027-09-18 09:00", "2027-09-18 16:00", "物理,开放日", ["physics"], org="中国科学院物理研究所")
E("bj04", "Quantum Computing Exhibition at China Science and Technology Museum", "bjstm", "2027-09-10", "2027-10-31", "Quantum,Exhibition", ["quantum"], **A)
E("bj05", "（取消）北京科学之夜：超算体验", "bjstm", "2027-09-17 19:00", "2027-09-17 21:30", "超算,科学之夜", ["ai"], status=X)
E("bj06", "中关村科学之夜：物理实验开放", "bjcas", "2027-09-18 19:00", "2027-09-18 22:00", "物理,科学之夜", ["physics"], org="中国科学院物理研究所")
E("bj07", "院士科普讲座：脑科学与人工智能", "bjstm", "2027-09-19 09:30", "2027-09-19 11:30", "人工智能,脑科学,院士", ["ai", "biology"])
E("bj08", "中科院青少年科学冬令营", "bjcas", "2028-01-20", "2028-01-25", "冬令营,物理,青少年", ["physics"], ["children"], **A, org="中国科学院")

# ---------------- Online ----------------
ON("on01", "全国科普日线上开幕直播", "2027-09-18 09:00", "2027-09-18 10:30", "科普日,直播", [], org="中国科协")
ON("on02", "院士带你看深海：奋斗者号直播讲座", "2027-09-16 19:30", "2027-09-16 21:00", "深海,海洋,直播", ["deep_earth_sea", "ocean"], loc=1)
ON("on03", "Live: Chinese Space Station Q&A with Astronauts", "2027-09-20 15:00", "2027-09-20 16:00", "Space,Livestream,Kids", ["space"], ["children"], loc=1, utc=True)
ON("on04", "气象科普直播：台风是怎样形成的", "2027-09-22 19:00", "2027-09-22 20:00", "气象,直播", ["weather"], loc=3, org="中国气象局")
ON("on05", "AI for Everyone: Online Workshop", "2027-09-25 14:00", "2027-09-25 16:00", "AI,Workshop", ["ai"], loc=4)
ON("on06", "地震科普线上知识竞赛", "2027-09-13", "2027-09-19", "地震,应急,竞赛,中小学生", ["geology", "emergency"], ["children"], loc=0, org="中国地震局", **A)
ON("on07", "科学家精神云讲堂：袁隆平与杂交水稻", "2027-09-21 19:30", "2027-09-21 21:00", "农业,科学家精神", ["agriculture"], loc=5)
ON("on08", "科普日预热直播：带你云逛科技馆", "2027-09-05 19:00", "2027-09-05 20:00", "科普日,直播", [], loc=3)
ON("on09", "老年人防诈骗线上课", "2027-09-23 10:00", "2027-09-23 11:00", "防诈骗,老年人", ["digital_literacy"], ["elderly"], loc=2)
ON("on10", "（取消）Online Astronomy Night: Saturn at Opposition", "2027-09-24 20:00", "2027-09-24 22:00", "Astronomy", ["astronomy"], loc=1, status=X)
ON("on11", "芯片是怎样炼成的：中科院微电子所云开放日", "2027-09-18 14:00", "2027-09-18 15:30", "芯片,开放日,直播", ["semiconductor"], loc=0, org="中国科学院微电子研究所")
ON("on12", "Online Workshop: Build Your Own Weather Station", "2027-09-26 10:00", "2027-09-26 12:00", "Weather,Workshop,Kids", ["weather"], ["children"], loc=4)
ON("on13", "全国科普日云上科学之夜：一起看星星", "2027-09-18 19:30", "2027-09-18 21:30", "天文,科学之夜,直播", ["astronomy"], loc=3)
ON("on14", "地震预警是怎么回事：中国地震局直播", "2027-09-21 15:00", "2027-09-21 16:00", "地震,应急,直播", ["geology", "emergency"], loc=5, org="中国地震局")
ON("on15", "（取消）院士直播课：黑洞是什么", "2027-09-15 19:30", "2027-09-15 21:00", "天文,院士,直播", ["astronomy"], loc=0, status=X)
ON("on16", "心理学家直播：考试焦虑怎么办", "2027-09-28 20:00", "2027-09-28 21:00", "心理,直播", ["psychology"], loc=3)
ON("on17", "全国科普日闭幕直播：十佳科普作品揭晓", "2027-09-24 20:00", "2027-09-24 21:00", "科普日,直播", [], loc=5, org="中国科协")

# ---------------- Zhengzhou / Luoyang ----------------
E("zz01", "2027年河南省科普日主场活动开幕式", "zzstm", "2027-09-18 09:00", "2027-09-18 11:30", "科普日,开幕式", [])
E("zz02", "河南科技馆科学之夜：点亮星空", "zzstm", "2027-09-18 18:30", "2027-09-18 21:30", "科学之夜,天文,亲子", ["astronomy"], ["family"])
E("zz03", "郑州大学院士讲座：超硬材料与金刚石", "zzu", "2027-09-16 15:00", "2027-09-16 17:00", "材料,讲座", ["materials"], org="郑州大学")
E("zz04", "气象局开放日：走进河南省气象台", "zzmet", "2027-09-18 09:00", "2027-09-18 16:00", "气象,开放日,亲子", ["weather"], ["family"], org="河南省气象局")
E("zz05", "科普大篷车进乡村：中牟县小麦种植技术", "zzfarm", "2027-09-20 09:00", "2027-09-20 12:00", "农业,农民,科普大篷车", ["agriculture"], ["farmers"])
E("zz06", "河南博物院小小考古工作坊", "zzmus", "2027-09-25 10:00", "2027-09-25 12:00", "考古,工作坊,儿童", ["archaeology"], ["children"], org="河南博物院")
E("zz07", "青少年人工智能与机器人挑战赛", "zzstm", "2027-09-19 09:00", "2027-09-19 17:00", "人工智能,机器人,比赛,青少年", ["ai", "robotics"], ["children"])
E("zz08", "开学第一课：安全与急救", "zzstm", "2027-09-06 09:00", "2027-09-06 11:00", "急救,中小学生", ["emergency"], ["children"])
E("zz09", "深空探测主题展", "zzstm", "2027-09-10", "2027-10-20", "航天,展览", ["space"], **A)
E("zz10", "（取消）郑州大学化学实验开放日", "zzu", "2027-09-18 09:00", "2027-09-18 12:00", "化学,开放日", ["chemistry"], status=X, org="郑州大学")
E("zz11", "黄河泥沙从哪里来", "zzstm", "2027-09-26 14:00", "2027-09-26 15:30", None, ["geology", "ecology"])
E("zz12", "国庆亲子科学秀：液氮冰淇淋", "zzstm", "2027-10-02 14:00", "2027-10-02 15:00", "化学,亲子", ["chemistry"], ["family"])
E("zz13", "郑州科普周：社区急救培训工作坊", "zzcom", "2027-09-14 09:30", "2027-09-14 11:30", "急救,健康,工作坊", ["emergency", "health"])
E("zz14", "少儿编程工作坊：小小程序员", "zzstm", "2027-09-18 14:00", "2027-09-18 16:00", "人工智能,编程,儿童", ["ai"], ["children"])
E("zz15", "河南农大小麦育种国家重点实验室开放日", "zzau", "2027-09-21 09:00", "2027-09-21 12:00", "农业,开放日", ["agriculture"], org="河南农业大学")
E("zz16", "郑州地铁安全科普开放日", "zzmetro", "2027-09-25 09:00", "2027-09-25 12:00", "交通,安全,开放日", ["transport", "emergency"], org="郑州地铁集团")
E("zz17", "Dinosaur Eggs of Xixia: Exhibition at Henan Science Museum", "zzstm", "2027-09-01", "2027-11-30", "Paleontology,Exhibition", ["paleontology"], **A)
E("ly01", "洛阳市科普日主场活动暨科普嘉年华", "lystm", "2027-09-18 09:00", "2027-09-18 16:00", "科普日,亲子", [], ["family"])
E("ly02", "二里头考古开放日：夏都遗址探秘", "lyezt", "2027-09-19 09:00", "2027-09-19 16:00", "考古,开放日,亲子", ["archaeology"], ["family"], org="二里头夏都遗址博物馆")
E("ly03", "Tractors and Smart Farming: Open Day at Henan University of Science and Technology", "lyuni", "2027-09-17 14:00", "2027-09-17 17:00", "Agriculture,Open day", ["agriculture"], org="河南科技大学")
E("ly04", "牡丹籽油与食品安全讲座", "lystm", "2027-09-23 09:30", "2027-09-23 11:00", "食品安全,老年人", ["food_safety"], ["elderly"])
E("ly05", "洛阳青少年无人机编程比赛", "lystm", "2027-09-25 09:00", "2027-09-25 17:00", "无人机,比赛,青少年", ["drone"], ["children"])
E("ly06", "暑期研学：龙门石窟的数字保护", "lystm", "2027-08-20", "2027-08-22", "考古,研学,中小学生", ["archaeology"], ["children"], **A)
E("ly07", "洛阳科学之夜：轴承里的物理", "lystm", "2027-09-18 19:00", "2027-09-18 21:00", "物理,科学之夜", ["physics"])
E("ly08", "Ancient Capitals of Luoyang: An Archaeology Lecture", "lystm", "2027-09-22 14:00", "2027-09-22 16:00", "Archaeology,Lecture", ["archaeology"])

# ---------------- Wuhan / Yichang ----------------
E("wh01", "2027年湖北省科普日主场活动启动仪式", "whstm", "2027-09-18 09:30", "2027-09-18 11:30", "科普日,启动仪式", [])
E("wh02", "武汉大学珞珈讲座：院士谈北斗与遥感", "whu", "2027-09-17 19:00", "2027-09-17 21:00", "航天,讲座,院士", ["space"], org="武汉大学")
E("wh03", "生命科学学院开放日：走进生物实验室", "whu", "2027-09-18 09:00", "2027-09-18 12:00", "生物,开放日,中小学生", ["biology"], ["children"], org="武汉大学")
E("wh04", "Open Day: Institute of Hydrobiology, Chinese Academy of Sciences", "whcas", "2027-09-18 09:00", "2027-09-18 16:00", "Biology,Ecology,Open day", ["biology", "ecology"], org="中国科学院水生生物研究所")
E("wh05", "长江江豚保护科普展", "whstm", "2027-09-10", "2027-10-10", "生态,生物,展览", ["ecology", "biology"], **A)
E("wh06", "华中科技大学科学之夜：激光与光", "hust", "2027-09-18 19:00", "2027-09-18 22:00", "物理,科学之夜", ["physics"], org="华中科技大学")
E("wh07", "逸夫博物馆恐龙化石展", "whgeo", "2027-09-01", "2027-12-31", "古生物,展览", ["paleontology"], **A, org="中国地质大学（武汉）")
E("wh08", "气象局开放日：武汉中心气象台", "whmet", "2027-09-22 09:00", "2027-09-22 16:00", "气象,开放日", ["weather"], org="湖北省气象局")
E("wh09", "地震局开放日：防震减灾体验", "wheq", "2027-09-18 09:00", "2027-09-18 16:00", "地震,应急,亲子", ["geology", "emergency"], ["family"], org="中国地震局地震研究所")
E("wh10", "Robotics Workshop for Teens at HUST", "hust", "2027-09-25 14:00", "2027-09-25 17:00", "Robotics,Teens,Workshop", ["robotics"], ["children"], org="华中科技大学", floating=True)
E("wh11", "武汉大学讲座：大模型与未来工作", "whu", "2027-09-23 19:00", "2027-09-23 21:00", "人工智能,讲座", ["ai"], org="武汉大学")
E("wh12", "（取消）武汉大学天文台公众观测夜", "whu", "2027-09-18 19:30", "2027-09-18 21:30", "天文", ["astronomy"], status=X, org="武汉大学")
E("wh13", "Summer Research Camp: Yangtze River Ecology", "whcas", "2027-08-10", "2027-08-14", "Ecology,Summer camp,Teens", ["ecology"], ["children"], **A)
E("wh14", "科普大篷车进乡村：黄陂区木兰乡", "whhp", "2027-09-21 09:00", "2027-09-21 15:00", "科普大篷车,农业,农民", ["agriculture"], ["farmers"])
E("wh15", "光谷芯片是怎样制造的", "whstm", "2027-10-04 14:00", "2027-10-04 15:30", None, ["semiconductor"])
E("wh16", "中小学生科学研学营：光谷科创之旅", "whstm", "2027-10-02", "2027-10-04", "研学,人工智能,中小学生", ["ai"], ["children"], **A)
E("wh17", "东湖生态研学：湿地与水鸟", "whdh", "2027-09-26 09:00", "2027-09-26 12:00", "生态,研学,青少年", ["ecology", "biology"], ["children"])
E("wh18", "心理健康讲座：开学季焦虑怎么办", "hust", "2027-09-14 19:00", "2027-09-14 20:30", "心理,讲座", ["psychology"], org="华中科技大学")
E("yc01", "三峡工程开放日：大坝里的科学", "ycthree", "2027-09-18 09:00", "2027-09-18 16:00", "水电,能源,开放日", ["energy"], org="中国长江三峡集团")
E("yc02", "宜昌市科普日主场活动", "ycstm", "2027-09-18 09:00", "2027-09-18 12:00", "科普日,主场活动", [])
E("yc03", "科普大篷车进秭归：脐橙病虫害防治", "ycfarm", "2027-09-16 09:00", "2027-09-16 12:00", "农业,果农,科普大篷车", ["agriculture"], ["farmers"])
E("yc04", "Chinese Sturgeon Release and River Ecology Talk", "ycthree", "2027-09-25 10:00", "2027-09-25 12:00", "Ecology,Biology", ["ecology", "biology"])
E("yc05", "磷化工与绿色化学讲座", "ycstm", "2027-09-23 14:30", "2027-09-23 16:00", "化学,讲座", ["chemistry"])
E("yc06", "（取消）宜昌青少年航模比赛", "ycstm", "2027-09-26 09:00", "2027-09-26 16:00", "航模,比赛,青少年", ["transport"], ["children"], status=X)
E("yc07", "Three Gorges Dam Engineering Tour", "ycthree", "2027-10-05 09:00", "2027-10-05 12:00", "Energy,Engineering", ["energy", "transport"])
E("yc08", "宜昌气象开放日：三峡库区的天气", "ycmet", "2027-09-23 09:00", "2027-09-23 12:00", "气象,开放日", ["weather"], org="宜昌市气象局")

# ---------------- Changsha / Zhuzhou ----------------
E("cs01", "2027年湖南省科普日主场活动", "csstm", "2027-09-18 09:00", "2027-09-18 12:00", "科普日,主场活动", [])
E("cs02", "杂交水稻国家重点实验室开放日", "csrice", "2027-09-17 09:00", "2027-09-17 16:00", "农业,开放日", ["agriculture", "biology"], org="杂交水稻国家重点实验室")
E("cs03", "中南大学院士讲座：有色金属与新材料", "csu", "2027-09-20 15:00", "2027-09-20 17:00", "材料,讲座,院士", ["materials"], org="中南大学")
E("cs04", "Mawangdui Silk and Ancient Medicine: Museum Lecture", "csmus", "2027-09-24 14:00", "2027-09-24 15:30", "Archaeology,Health", ["archaeology", "health"], org="湖南博物院")
E("cs05", "长沙科学之夜：星空露营", "csstm", "2027-09-25 19:00", "2027-09-25 23:00", "天文,科学之夜,亲子", ["astronomy"], ["family"])
E("cs06", "湖南气象开放日：人工增雨的秘密", "csmet", "2027-09-19 09:00", "2027-09-19 15:00", "气象,开放日,亲子", ["weather"], ["family"], org="湖南省气象局")
E("cs07", "青少年编程夏令营", "csstm", "2027-08-01", "2027-08-05", "人工智能,夏令营,青少年", ["ai"], ["children"], **A)
E("cs08", "国庆科普游园会", "csstm", "2027-10-01", "2027-10-05", "亲子,游园", [], ["family"], **A)
E("cs09", "湘江候鸟来了：洋湖湿地观鸟", "cswet", "2027-10-09 07:00", "2027-10-09 10:00", "生态,观鸟,亲子", ["ecology"], ["family"])
E("cs10", "电动汽车电池安全知多少", "csstm", "2027-09-22 14:00", "2027-09-22 15:30", None, ["energy", "transport"])
E("cs11", "中南大学冬令营：有色金属探秘", "csu", "2028-01-15", "2028-01-19", "材料,冬令营,中学生", ["materials"], ["children"], **A, org="中南大学")
E("cs12", "Rice Seeds Workshop for Kids", "csrice", "2027-09-26 09:30", "2027-09-26 11:30", "Agriculture,Kids,Workshop", ["agriculture"], ["children"])
E("cs13", "Sany Open Day: Giant Machines and Smart Factories", "cssany", "2027-09-22 09:00", "2027-09-22 12:00", "Robotics,Open day", ["robotics"], org="三一集团")
E("zh01", "走进中车：轨道交通开放日", "zhcrrc", "2027-09-18 09:00", "2027-09-18 16:00", "交通,开放日", ["transport"], org="中车株洲电力机车有限公司")
E("zh02", "Maglev Trains Explained: A Talk for Families", "zhstm", "2027-09-19 10:00", "2027-09-19 11:30", "Transport,Physics,Family", ["transport", "physics"], ["family"])
E("zh03", "株洲市科普日主场活动暨航空科普展", "zhstm", "2027-09-18 09:00", "2027-09-18 17:00", "科普日,航空,展览", ["transport"])
E("zh04", "科普大篷车进炎陵：黄桃种植与电商培训", "zhfarm", "2027-09-22 09:00", "2027-09-22 12:00", "农业,电商,农民,科普大篷车", ["agriculture", "digital_literacy"], ["farmers"])
E("zh05", "（已取消）株洲青少年无人机表演赛", "zhstm", "2027-09-25 09:00", "2027-09-25 16:00", "无人机,比赛,青少年", ["drone"], ["children"], status=X, ics_status="CONFIRMED")
E("zh06", "株洲科学之夜：电力机车的秘密", "zhstm", "2027-09-18 19:00", "2027-09-18 21:00", "交通,物理,科学之夜", ["transport", "physics"])

# ---------------- Nanchang / Jiujiang ----------------
E("nc01", "2027年江西省科普日主场活动", "ncstm", "2027-09-18 09:00", "2027-09-18 12:00", "科普日,主场活动", [])
E("nc02", "食品科学与技术国家重点实验室开放日", "ncu", "2027-09-18 14:00", "2027-09-18 17:00", "食品安全,开放日", ["food_safety"], org="南昌大学")
E("nc03", "地震局开放日：防震减灾科普馆", "nceq", "2027-09-19 09:00", "2027-09-19 16:00", "地震,应急,亲子", ["geology", "emergency"], ["family"], org="江西省地震局")
E("nc04", "Drone Photography Workshop for Teens", "ncdrone", "2027-09-25 14:00", "2027-09-25 16:00", "Drone,Teens,Workshop", ["drone"], ["children"])
E("nc05", "院士科普报告会：稀土与新材料", "ncu", "2027-09-16 15:00", "2027-09-16 17:00", "材料,院士", ["materials"], org="南昌大学")
E("nc06", "鄱阳湖候鸟科普展", "ncstm", "2027-09-20", "2027-11-30", "生态,生物,展览", ["ecology", "biology"], **A)
E("nc07", "南昌科学之夜：会唱歌的特斯拉线圈", "ncstm", "2027-09-11 19:00", "2027-09-11 21:30", "物理,科学之夜", ["physics"])
E("nc08", "老年人智能手机课：学会用健康码和网约车", "nccom", "2027-09-22 09:30", "2027-09-22 11:00", "智能手机,老年人", ["digital_literacy"], ["elderly"])
E("nc09", "江西省气象局开放日", "ncmet", "2027-09-18 09:00", "2027-09-18 16:00", "气象,开放日", ["weather"], org="江西省气象局")
E("nc10", "Paper Planes and Flight: A Family Afternoon", "ncstm", "2027-09-26 14:00", "2027-09-26 16:00", "Transport,Physics,Family", ["transport", "physics"], ["family"])
E("nc11", "赣江鱼类保护科普讲座", "ncu", "2027-09-27 15:00", "2027-09-27 16:30", "生物,生态,讲座", ["biology", "ecology"], org="南昌大学")
E("jj01", "中科院庐山植物园开放日：秋季植物识别", "jjlu", "2027-09-18 09:00", "2027-09-18 16:00", "植物,开放日,亲子", ["biology"], ["family"], org="中国科学院庐山植物园")
E("jj02", "九江市科普日主场活动", "jjstm", "2027-09-18 09:00", "2027-09-18 12:00", "科普日,主场活动", [])
E("jj03", "Poyang Lake Bird-Watching for Families", "jjpy", "2027-10-03 07:00", "2027-10-03 10:00", "Ecology,Birds,Family", ["ecology"], ["family"])
E("jj04", "长江水文与防汛讲座", "jjstm", "2027-09-28 15:00", "2027-09-28 16:30", "气象,防汛,讲座", ["weather", "emergency"])
E("jj05", "（取消）庐山星空观测营", "jjlu", "2027-09-11 20:00", "2027-09-11 23:00", "天文", ["astronomy"], status=X)
E("jj06", "科普大篷车进柴桑：乡村健康与种植技术", "jjvill", "2027-09-29 09:00", "2027-09-29 12:00", "科普大篷车,农业,健康,农民", ["agriculture", "health"], ["farmers"])

# ---------------- Hefei / Wuhu ----------------
E("hf01", "2027年安徽省科普日主场活动", "hfstm", "2027-09-18 09:00", "2027-09-18 12:00", "科普日,主场活动", [])
E("hf02", "科学岛公众开放日：走近人造太阳", "hfcas", "2027-09-18 08:30", "2027-09-18 16:30", "能源,物理,开放日", ["energy", "physics"], org="中国科学院合肥物质科学研究院")
E("hf03", "中国科大院士讲座：量子信息与未来", "hfustc", "2027-09-17 19:00", "2027-09-17 21:00", "量子,讲座,院士", ["quantum"], org="中国科学技术大学")
E("hf04", "Quantum Computer Open Lab Tour", "hfqt", "2027-09-25 10:00", "2027-09-25 12:00", "Quantum,Open day", ["quantum"])
E("hf05", "中国科大科学之夜", "hfustc", "2027-09-18 19:00", "2027-09-18 22:00", "物理,化学,科学之夜", ["physics", "chemistry"], org="中国科学技术大学")
E("hf06", "安徽省气象局开放日：雷电与防护", "hfmet", "2027-09-22 09:00", "2027-09-22 16:00", "气象,防雷,开放日", ["weather", "emergency"], org="安徽省气象局")
E("hf07", "青少年科技创新大赛（安徽赛区）", "hfstm", "2027-09-25", "2027-09-26", "比赛,青少年", [], ["children"], **A)
E("hf08", "超导体为什么能让磁铁悬浮", "hfstm", "2027-09-23 14:00", "2027-09-23 15:30", None, ["physics", "materials"])
E("hf09", "（取消）科普大篷车进肥西县", "hffx", "2027-09-20 09:00", "2027-09-20 12:00", "科普大篷车,农业,农民", ["agriculture"], ["farmers"], status=X)
E("hf10", "暑期量子夏令营", "hfustc", "2027-07-20", "2027-07-24", "量子,夏令营,中学生", ["quantum"], ["children"], **A, org="中国科学技术大学")
E("hf11", "Stargazing Night at the USTC Observatory", "hfustc", "2027-10-02 19:30", "2027-10-02 22:00", "Astronomy,Family", ["astronomy"], ["family"], org="中国科学技术大学", utc=True)
E("hf12", "合肥科普周：量子科技展", "hfqt", "2027-09-13", "2027-09-19", "量子,展览", ["quantum"], **A)
E("hf13", "中国科大讲座：人工智能与科学发现", "hfustc", "2027-09-21 19:00", "2027-09-21 21:00", "人工智能,讲座", ["ai"], org="中国科学技术大学")
E("hf14", "Plasma Balls and Magnets: Kids Workshop on Science Island", "hfcas", "2027-10-03 09:30", "2027-10-03 11:30", "Physics,Kids,Workshop", ["physics"], ["children"], org="中国科学院合肥物质科学研究院")
E("wu01", "芜湖机器人产业园开放日", "wurobot", "2027-09-18 09:00", "2027-09-18 16:00", "机器人,开放日", ["robotics"])
E("wu02", "Electric Cars and Batteries: Chery Factory Tour", "wuchery", "2027-09-25 09:30", "2027-09-25 11:30", "Energy,Transport", ["energy", "transport"], org="奇瑞汽车")
E("wu03", "芜湖市科普日主场活动：科普嘉年华", "wustm", "2027-09-18 09:00", "2027-09-18 16:00", "科普日,亲子", [], ["family"])
E("wu04", "无人机植保现场培训会", "wufarm", "2027-09-21 09:00", "2027-09-21 12:00", "无人机,农业,农民", ["drone", "agriculture"], ["farmers"])
E("wu05", "青少年机器人夏令营", "wurobot", "2027-07-12", "2027-07-16", "机器人,夏令营,青少年", ["robotics"], ["children"], **A)
E("wu06", "芜湖科学之夜：机器人舞会", "wustm", "2027-09-18 19:00", "2027-09-18 21:00", "机器人,科学之夜,亲子", ["robotics"], ["family"])

# ---------------- Taiyuan / Datong ----------------
E("ty01", "2027年山西省科普日主场活动", "tystm", "2027-09-18 09:00", "2027-09-18 12:00", "科普日,主场活动", [])
E("ty02", "防震减灾进社区：地震来了怎么办", "tycom", "2027-09-20 09:30", "2027-09-20 11:30", "防震减灾,应急", ["geology", "emergency"], org="山西省地震局")
E("ty03", "煤是怎样形成的：煤炭博物馆研学", "tycoal", "2027-09-25 09:00", "2027-09-25 12:00", "地质,能源,研学,中小学生", ["geology", "energy"], ["children"], org="中国煤炭博物馆")
E("ty04", "太原理工大学院士讲座：碳中和与煤的清洁利用", "tyuni", "2027-09-16 15:00", "2027-09-16 17:00", "能源,讲座,院士", ["energy"], org="太原理工大学")
E("ty05", "Taiyuan Science Night: Chemistry Magic Show", "tystm", "2027-09-18 19:00", "2027-09-18 21:00", "Chemistry,Science Night,Family", ["chemistry"], ["family"])
E("ty06", "山西省气象局开放日", "tymet", "2027-09-22 09:00", "2027-09-22 16:00", "气象,开放日", ["weather"], org="山西省气象局")
E("ty07", "老年人健康讲座：秋季防跌倒", "tycom", "2027-09-24 09:30", "2027-09-24 11:00", "健康,老年人,讲座", ["health"], ["elderly"])
E("ty08", "开学季校园安全科普", "tystm", "2027-09-03 09:00", "2027-09-03 11:00", "安全,中小学生", ["emergency"], ["children"])
E("ty09", "Drone Racing for Middle Schoolers", "tystm", "2027-09-26 09:00", "2027-09-26 16:00", "Drone,Competition,Teens", ["drone"], ["children"])
E("ty10", "太原科普周：科普大篷车进阳曲县", "tyyq", "2027-09-15 09:00", "2027-09-15 15:00", "科普大篷车,农业,健康,农民", ["agriculture", "health"], ["farmers"])
E("dt01", "云冈石窟数字化保护开放日", "dtyg", "2027-09-18 09:00", "2027-09-18 17:00", "考古,开放日", ["archaeology"], org="云冈研究院")
E("dt02", "大同火山群地质研学", "dtvolc", "2027-10-02 09:00", "2027-10-02 15:00", "地质,研学,亲子", ["geology"], ["family"])
E("dt03", "Datong Science Day Fair", "dtstm", "2027-09-18 09:00", "2027-09-18 16:00", "Science Day,Family", [], ["family"])
E("dt04", "大同风电与光伏科普讲座", "dtstm", "2027-09-28 15:00", "2027-09-28 16:30", "能源,讲座", ["energy"])
E("dt05", "大同冬令营：冰雪里的科学", "dtstm", "2028-01-18", "2028-01-21", "冰雪,冬令营,中小学生", ["ice_snow"], ["children"], **A)
E("dt06", "大同暑期天文夏令营", "dtstm", "2027-08-05", "2027-08-08", "天文,夏令营,中小学生", ["astronomy"], ["children"], **A)

# ---------------- past: the science and technology week in May, and an exhibition of it now ----------------
E("wh19", "2027年全国科技活动周湖北主场", "whstm", "2027-05-22", "2027-05-29", "科技活动周", [], **A)
E("wh20", "科技活动周优秀展品巡展", "whstm", "2027-09-01", "2027-10-31", "展览,科技活动周", ["ai", "robotics"], **A)

DESCS = {
    "ai": "走近人工智能，现场体验智能应用。", "robotics": "Build and program robots, hands-on.",
    "astronomy": "天文辅导员带队观测。", "space": "航天科普，了解中国航天。",
    "ocean": "认识海洋。", "health": "医生讲解，现场咨询。",
    "emergency": "安全与救护技能实操。", "ecology": "生态保护主题。",
    "agriculture": "农技专家田间指导。", "quantum": "量子科技入门。",
    "paleontology": "Fossils from millions of years ago.", "energy": "能源与低碳科普。",
    "semiconductor": "芯片原理。", "weather": "气象知识科普。",
    "chemistry": "化学小实验。", "physics": "Physics demonstrations for everyone.",
    "geology": "认识地球。", "archaeology": "考古与古代文明。", "psychology": "心理健康科普。",
    "materials": "材料科学科普。", "transport": "交通与工程科普。", "drone": "无人机原理与飞行演示。",
    "digital_literacy": "手把手教会用手机和网络。", "food_safety": "食品安全知识。",
    "deep_earth_sea": "深海探测科普。", "biology": "认识身边的生物。", "ice_snow": "冰雪里的科学。",
}


def vevent(e):
    L = ["BEGIN:VEVENT", f"UID:{e['uid']}@blind9.example", "DTSTAMP:20270801T000000Z", fold(f"SUMMARY:{esc(e['title'])}")]
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
        L.append(f"URL:https://live.blind9.example/{e['uid']}")
        city = None
    else:
        city, addr, lat, lon = V[e["venue"]]
        L.append(fold(f"LOCATION:{esc(addr)}"))
        L.append(f"GEO:{lat};{lon}")
    d = "科普活动，免费参加，请提前预约。"
    if e["cats"]:  # without categories the description stays neutral: only the title tells the topic
        d = next((DESCS[t] for t in e["topics"] if t in DESCS), d)
    L.append(fold(f"DESCRIPTION:{esc(d)}"))
    org = e.get("org") or PROV_CAST[city]
    L.append(fold(f"ORGANIZER;CN=\"{org}\":mailto:kepu@blind9.example"))
    L.append(f"STATUS:{e.get('ics_status', e.get('status', 'CONFIRMED'))}")
    L.append("END:VEVENT")
    return L


def main():
    queries = write_set(HERE, "blind9", "全国科普日 2027 华中", EV, vevent, V)
    print(f"{len(EV)} events, {len(queries)} queries")


if __name__ == "__main__":
    main()
