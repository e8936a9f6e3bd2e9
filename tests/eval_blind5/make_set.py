"""Builds the fifth blind eval set: corpus.ics, truth.jsonl, queries.jsonl.

Written without reading the bot's code. Run: python tests/eval_blind5/make_set.py
October 2026 - July 2027, Hong Kong, Macau, Hainan, Guangxi, and towns of Fujian, Shandong, Hebei, Shanxi, Henan,
Hubei, Hunan, Anhui, Jiangxi, Sichuan, Inner Mongolia, plus Beijing Haidian, Shanghai Pudong, Guangzhou Tianhe.
All times are China / Hong Kong time (+08:00) unless marked utc (then emitted as ...Z in the .ics).
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
    # Hong Kong / Macau
    "hksm": ("hongkong", "Hong Kong Science Museum, 2 Science Museum Road, Tsim Sha Tsui, Kowloon, Hong Kong", 22.3015, 114.1775),
    "hksp": ("hongkong", "香港太空館 九龍尖沙咀梳士巴利道10號", 22.2942, 114.1719),
    "hkust": ("hongkong", "HKUST, Clear Water Bay, Sai Kung, Hong Kong", 22.3364, 114.2655),
    "hkwet": ("hongkong", "Hong Kong Wetland Park, Tin Shui Wai, New Territories, Hong Kong", 22.4670, 114.0070),
    "mosc": ("macau", "澳門科學館 澳門孫逸仙大馬路", 22.1857, 113.5533),
    "moum": ("macau", "University of Macau, Avenida da Universidade, Taipa, Macau", 22.1283, 113.5450),
    # Hainan
    "syocean": ("sanya", "海南省三亚市海棠区海洋科普馆", 18.3100, 109.7300),
    "sydeep": ("sanya", "海南省三亚市天涯区深海科技科普展厅", 18.2600, 109.5000),
    "syyz": ("sanya", "海南省三亚市崖州区崖州湾科技城南繁科普基地", 18.3800, 109.1800),
    "hkstm": ("haikou", "海南省海口市美兰区海南省科技馆", 20.0400, 110.3500),
    "hkcom": ("haikou", "海南省海口市龙华区金贸街道社区服务中心", 20.0300, 110.3300),
    "hkfarm": ("haikou", "海南省海口市琼山区农业技术推广站", 19.9800, 110.4000),
    "hkvolc": ("haikou", "海南省海口市秀英区石山火山群国家地质公园", 19.9300, 110.2100),
    "qhbo": ("qionghai", "海南省琼海市博鳌镇博鳌乐城国际医疗旅游先行区", 19.1600, 110.5800),
    "qhcom": ("qionghai", "海南省琼海市嘉积镇科技活动中心", 19.2400, 110.4700),
    # Guangxi
    "nnstm": ("nanning", "广西壮族自治区南宁市青秀区广西科技馆", 22.8100, 108.3900),
    "nnfarm": ("nanning", "广西壮族自治区南宁市武鸣区农业技术推广中心", 23.1600, 108.2700),
    "nnmed": ("nanning", "广西壮族自治区南宁市青秀区医科大学科普厅", 22.8300, 108.3200),
    "glkarst": ("guilin", "广西壮族自治区桂林市七星区岩溶地质科普馆", 25.2700, 110.3100),
    "glstm": ("guilin", "广西壮族自治区桂林市象山区桂林市科技馆", 25.2800, 110.2900),
    "glys": ("guilin", "广西壮族自治区桂林市阳朔县农业技术推广站", 24.7800, 110.4900),
    "lzind": ("liuzhou", "广西壮族自治区柳州市柳北区柳州工业博物馆", 24.3100, 109.4300),
    "lzstm": ("liuzhou", "广西壮族自治区柳州市城中区柳州科技馆", 24.3300, 109.4100),
    "bhsea": ("beihai", "广西壮族自治区北海市银海区海洋之窗", 21.4400, 109.0900),
    "bhmg": ("beihai", "广西壮族自治区北海市银海区金海湾红树林", 21.4500, 109.1900),
    "bhwz": ("beihai", "广西壮族自治区北海市海城区涠洲岛火山国家地质公园", 21.0400, 109.1100),
    # Fujian
    "zzstm": ("zhangzhou", "福建省漳州市芗城区漳州科技馆", 24.5100, 117.6500),
    "lystm": ("longyan", "福建省龙岩市新罗区龙岩科技馆", 25.0800, 117.0200),
    "ndbat": ("ningde", "福建省宁德市蕉城区新能源科普展厅", 26.6600, 119.5200),
    # Shandong / Hebei / Shanxi / Henan
    "zbceram": ("zibo", "山东省淄博市张店区中国陶瓷馆", 36.8000, 118.0500),
    "rzsea": ("rizhao", "山东省日照市东港区海洋科普馆", 35.4200, 119.5300),
    "cdxl": ("chengde", "河北省承德市兴隆县国家天文台兴隆观测基地", 40.3900, 117.5800),
    "hdstm": ("handan", "河北省邯郸市丛台区邯郸科技馆", 36.6200, 114.4900),
    "ycsalt": ("yuncheng", "山西省运城市盐湖区盐湖科普馆", 35.0000, 111.0200),
    "pymus": ("jinzhong", "山西省晋中市平遥县平遥古城科普馆", 37.2000, 112.1800),
    "ayyx": ("anyang", "河南省安阳市殷都区殷墟博物馆", 36.1200, 114.3100),
    "nyzh": ("nanyang", "河南省南阳市卧龙区张衡博物馆", 33.0000, 112.5300),
    # Hubei / Hunan / Anhui / Jiangxi
    "shycar": ("shiyan", "湖北省十堰市张湾区汽车工业科普馆", 32.6300, 110.8000),
    "shywd": ("shiyan", "湖北省十堰市丹江口市武当山中医药科普馆", 32.4000, 111.0000),
    "jzmus": ("jingzhou", "湖北省荆州市荆州区荆州博物馆", 30.3500, 112.1900),
    "zjjgeo": ("zhangjiajie", "湖南省张家界市武陵源区世界地质公园博物馆", 29.3300, 110.5500),
    "xtstm": ("xiangtan", "湖南省湘潭市岳塘区湘潭科技馆", 27.8600, 112.9200),
    "hsmt": ("huangshan", "安徽省黄山市黄山区黄山风景区科普中心", 30.1300, 118.1600),
    "hncoal": ("huainan", "安徽省淮南市田家庵区能源科普馆", 32.6300, 116.9900),
    "pxstm": ("pingxiang", "江西省萍乡市安源区萍乡科技馆", 27.6200, 113.8500),
    "srstm": ("shangrao", "江西省上饶市信州区上饶科技馆", 28.4500, 117.9400),
    # Sichuan / Inner Mongolia
    "cdstm": ("chengdu", "四川省成都市青羊区四川科技馆", 30.6600, 104.0700),
    "cdpanda": ("chengdu", "Chengdu Research Base of Giant Panda Breeding, Chenghua District, Chengdu", 30.7300, 104.1500),
    "lsgb": ("leshan", "四川省乐山市市中区乐山大佛景区科普中心", 29.5500, 103.7700),
    "btre": ("baotou", "内蒙古自治区包头市昆都仑区稀土新材料科普馆", 40.6500, 109.8400),
    "hhstm": ("hohhot", "内蒙古自治区呼和浩特市新城区内蒙古科技馆", 40.8400, 111.7500),
    "hhfarm": ("hohhot", "内蒙古自治区呼和浩特市土默特左旗农牧业技术推广站", 40.7200, 111.1500),
    # Beijing Haidian / Shanghai Pudong / Guangzhou Tianhe / Hangzhou / Shenzhen
    "bjplanet": ("beijing", "北京市西城区西直门外大街北京天文馆", 39.9370, 116.3360),
    "bjhd": ("beijing", "北京市海淀区中关村大街科普展示中心", 39.9800, 116.3100),
    "shstm": ("shanghai", "上海市浦东新区世纪大道上海科技馆", 31.2190, 121.5430),
    "shnhm": ("shanghai", "上海市静安区北京西路上海自然博物馆", 31.2350, 121.4560),
    "shzj": ("shanghai", "上海市浦东新区张江科学城科创中心", 31.2000, 121.6000),
    "gzth": ("guangzhou", "广东省广州市天河区天河路科普活动中心", 23.1400, 113.3400),
    "gzpy": ("guangzhou", "广东省广州市番禺区广东科学中心", 23.0400, 113.3700),
    "hzstm": ("hangzhou", "浙江省杭州市西湖区浙江省科技馆", 30.2700, 120.1600),
    "szns": ("shenzhen", "广东省深圳市南山区科技园青少年创新中心", 22.5400, 113.9500),
}

ONLINE_LOCS = ["线上直播", "Online (livestream)", "腾讯会议线上", "线上（B站直播间）", "Online webinar (Zoom)", "线上",
               "视频号直播"]

EV = []


def E(uid, title, venue, start, end, cats, topics=(), aud=(), **o):
    EV.append(dict(uid=uid, title=title, venue=venue, start=start, end=end, cats=cats,
                   topics=list(topics), aud=list(aud), **o))


def ON(uid, title, start, end, cats, topics=(), aud=(), loc=0, **o):
    E(uid, title, None, start, end, cats, topics, aud, online=True, loc=ONLINE_LOCS[loc % len(ONLINE_LOCS)], **o)


X = "CANCELLED"
# cats None = no CATEGORIES line (only the title tells the topic; the DESCRIPTION is then neutral)

# ---------------- Hong Kong / Macau ----------------
E("hk01", "Space Museum Sky Show: Mars Rising", "hksp", "2026-10-10 14:00", "2026-10-10 15:00", "Astronomy,Space", ["astronomy", "space"])
E("hk02", "香港科學館：化學魔術表演", "hksm", "2026-10-11 15:00", "2026-10-11 16:00", "化學,親子", ["chemistry"], ["family"])
E("hk03", "Wetland Park Birdwatching for Families", "hkwet", "2026-12-05 08:30", "2026-12-05 11:00", "Ecology,Family", ["ecology"], ["family"])
E("hk04", "First Aid Basics Workshop (English)", "hksm", "2026-12-12 10:00", "2026-12-12 12:00", "First Aid,Health", ["emergency", "health"])
E("hk05", "港科大開放日：材料科學實驗室", "hkust", "2027-04-17 10:00", "2027-04-17 16:00", "材料,開放日", ["materials"])
E("hk06", "Mathematics Public Lecture: The Shape of Space", "hkust", "2027-04-22 19:00", "2027-04-22 20:30", "Mathematics", ["math"], utc=True)
E("hk07", "（取消）Night Sky Watch at Sai Kung", "hkust", "2027-04-17 20:00", "2027-04-17 22:00", "Astronomy", ["astronomy"], status=X)
E("hk08", "香港太空館天象節目：日全食", "hksp", "2027-02-21 14:30", "2027-02-21 15:30", None, ["astronomy"])
E("hk09", "Mental Health Talk for Teens", "hksm", "2027-06-05 14:00", "2027-06-05 15:30", "Psychology,Teens", ["psychology", "health"], ["children"])
E("hk10", "Bridges & Tunnels: Engineering Hong Kong", "hksm", "2026-11-20", "2027-03-31", "Engineering,Transport", ["transport"], allday=True)
E("hk11", "Seniors' Smartphone Class 長者智能手機班", "hksm", "2026-10-14 10:00", "2026-10-14 11:30", "Digital,Seniors", ["digital_literacy"], ["elderly"])
E("hk12", "Weekly Lunchtime Science Talk", "hksm", "2026-10-13 12:30", "2026-10-13 13:15", "Talk", [], rrule="FREQ=WEEKLY;COUNT=10;BYDAY=TU", exdate=["2026-11-03 12:30"])
E("mo01", "澳門科學館天文館：秋季星空", "mosc", "2026-10-10 19:30", "2026-10-10 20:30", "天文", ["astronomy"])
E("mo02", "Macao Science Center Robotics Day for Kids", "mosc", "2026-12-06 10:00", "2026-12-06 17:00", "Robotics,Kids", ["robotics"], ["children"])
E("mo03", "澳大中醫藥科普講座", "moum", "2027-04-20 19:00", "2027-04-20 20:30", "中醫藥,健康", ["health"])
E("mo04", "长者防跌倒健康讲座", "mosc", "2027-04-24 10:00", "2027-04-24 11:30", "健康,长者", ["health"], ["elderly"])
E("mo05", "Grand Prix Science: The Physics of Speed", "mosc", "2026-11-14 14:00", "2026-11-14 15:30", "Physics", ["physics"])
E("mo06", "澳门 中学生物理竞赛辅导营", "moum", "2026-12-19 09:00", "2026-12-20 16:00", "物理,中学生", ["physics"], ["children"])

# ---------------- Hainan: Sanya, Haikou, Qionghai ----------------
E("sy01", "珊瑚礁保护科普讲座", "syocean", "2026-10-10 10:00", "2026-10-10 11:30", "海洋,珊瑚,生态", ["ocean", "ecology"])
E("sy02", "Marine Biology Talk: Life on the Reef", "syocean", "2026-10-15 15:00", "2026-10-15 16:30", "Marine Biology,Ocean", ["ocean"])
E("sy03", "深海探测：奋斗者号科普展", "sydeep", "2026-12-01", "2027-02-28", "深海,海洋,展览", ["ocean", "deep_earth_sea"], allday=True)
E("sy04", "南繁育种开放日", "syyz", "2027-02-23 09:00", "2027-02-23 12:00", "农业科技,育种", ["agriculture"])
E("sy05", "亲子海龟保护课堂", "syocean", "2027-02-21 10:00", "2027-02-21 11:30", "海洋,亲子", ["ocean", "ecology"], ["family"])
E("sy06", "Sanya Stargazing on the Beach", "syocean", "2027-04-17 20:00", "2027-04-17 22:00", "Astronomy", ["astronomy"])
E("sy07", "（取消）三亚海洋科普夏令营", "syocean", "2027-06-05 09:00", "2027-06-07 16:00", "海洋,夏令营,青少年", ["ocean"], ["children"], status=X)
E("sy08", "老年人防溺水与急救课", "syocean", "2027-06-03 09:30", "2027-06-03 11:00", "急救,老年人", ["emergency", "health"], ["elderly"])
E("sy09", "国庆黄金周海洋科普展", "syocean", "2026-10-01", "2026-10-07", "海洋,展览", ["ocean"], allday=True)
E("sy10", "Sanya Dolphin Research Open Day", "sydeep", "2026-10-16 09:00", "2026-10-16 12:00", None, ["ocean"])
E("sy11", "崖州湾 种子里的科学（亲子）", "syyz", "2026-12-05 09:30", "2026-12-05 11:30", "农业,亲子", ["agriculture"], ["family"])
E("hak01", "元宵节科学灯谜会", "hkstm", "2027-02-20 19:00", "2027-02-20 21:00", "亲子,元宵", [], ["family"])
E("hak02", "椰子种植与病虫害防治培训", "hkfarm", "2027-02-24 09:00", "2027-02-24 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("hak03", "台风季防灾讲座", "hkcom", "2026-10-13 14:00", "2026-10-13 15:30", "台风,防灾", ["weather", "emergency"])
E("hak04", "Haikou Kids Chemistry Lab", "hkstm", "2026-12-05 10:00", "2026-12-05 11:30", "Chemistry,Kids", ["chemistry"], ["children"])
E("hak05", "火山口地质研学（中学生）", "hkvolc", "2027-04-17 09:00", "2027-04-17 12:00", "地质,火山,中学生", ["geology"], ["children"])
E("hak06", "老年人智能手机与防诈骗", "hkcom", "2027-04-20 09:30", "2027-04-20 11:00", "防诈骗,老年人", ["digital_literacy"], ["elderly"])
E("hak07", "Haikou Mental Wellness Workshop", "hkcom", "2027-06-05 14:00", "2027-06-05 16:00", None, ["psychology", "health"])
E("hak08", "心理健康讲座：考前减压", "hkstm", "2027-06-02 19:00", "2027-06-02 20:30", "心理,青少年", ["psychology", "health"], ["children"])
E("hak09", "海口 冬季星空观测", "hkstm", "2026-12-12 19:30", "2026-12-12 21:30", "天文,观星", ["astronomy"])
E("hak10", "Saturday Family Science Lab", "hkstm", "2026-10-17 10:00", "2026-10-17 11:30", "Family", [], ["family"], rrule="FREQ=WEEKLY;COUNT=6;BYDAY=SA", exdate=["2026-10-24 10:00"])
E("qh01", "博鳌乐城：新药与医疗科技开放日", "qhbo", "2026-12-08 09:00", "2026-12-08 16:00", "医药,医疗", ["health"])
E("qh02", "胡椒种植技术培训", "qhcom", "2027-02-25 09:00", "2027-02-25 11:00", "农业,农民", ["agriculture"], ["farmers"])
E("qh03", "Boao Medical Tech Expo", "qhbo", "2027-04-16", "2027-04-18", "Medicine,Expo", ["health"], allday=True)
E("qh04", "琼海 防溺水急救培训", "qhcom", "2027-06-06 10:00", "2027-06-06 11:30", "急救,应急", ["emergency", "health"])

# ---------------- Guangxi: Nanning, Guilin, Liuzhou, Beihai ----------------
E("nn01", "机器人嘉年华", "nnstm", "2026-10-10 09:00", "2026-10-11 17:00", "机器人,亲子", ["robotics"], ["family"])
E("nn02", "沃柑种植技术培训", "nnfarm", "2026-12-03 09:00", "2026-12-03 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("nn03", "心肺复苏（CPR）急救培训", "nnmed", "2026-12-05 14:00", "2026-12-05 16:30", "急救,卫生健康", ["emergency", "health"])
E("nn04", "Nanning Science Night: Physics of Music", "nnstm", "2027-04-16 19:00", "2027-04-16 20:30", "Physics", ["physics"])
E("nn05", "壮医药科普周", "nnmed", "2027-04-07", "2027-04-09", "民族医药,健康", ["health"], allday=True)
E("nn06", "青少年编程与人工智能营", "nnstm", "2027-06-05 09:00", "2027-06-05 16:00", "人工智能,编程,青少年", ["ai"], ["children"])
E("nn07", "Seniors' Health Talk: Living with Diabetes", "nnmed", "2027-06-08 09:30", "2027-06-08 11:00", "Health,Seniors", ["health"], ["elderly"])
E("nn08", "广西科技馆 航天模型展", "nnstm", "2027-02-10", "2027-03-10", "航天,展览", ["space"], allday=True)
E("gl01", "喀斯特地貌科普讲座", "glkarst", "2026-10-10 10:00", "2026-10-10 11:30", "地质,岩溶", ["geology"])
E("gl02", "Kids Science Saturday: Caves and Crystals", "glstm", "2026-10-10 14:00", "2026-10-10 16:00", "Geology,Kids", ["geology"], ["children"])
E("gl03", "Guilin Family Science Fair", "glstm", "2026-10-11 09:30", "2026-10-11 16:00", "Family,Science Fair", [], ["family"])
E("gl04", "（取消）亲子天文夜", "glstm", "2026-10-10 19:00", "2026-10-10 21:00", "天文,亲子", ["astronomy"], ["family"], status=X)
E("gl05", "阳朔 柑橘种植技术培训", "glys", "2026-12-02 09:00", "2026-12-02 11:00", "农业科技,农民", ["agriculture"], ["farmers"])
E("gl06", "漓江生态保护讲座", "glkarst", "2027-04-17 10:00", "2027-04-17 11:30", "生态,环保", ["ecology"])
E("gl07", "Yangshuo Stargazing Night", "glys", "2027-06-05 20:00", "2027-06-05 22:30", "Astronomy", ["astronomy"])
E("gl08", "老人健康讲座：秋冬养生", "glstm", "2026-10-20 09:30", "2026-10-20 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("gl09", "桂林 溶洞里的化学", "glkarst", "2026-10-17 14:00", "2026-10-17 15:30", None, ["chemistry", "geology"])
E("lz01", "新能源汽车是怎样造出来的", "lzind", "2026-10-17 10:00", "2026-10-17 11:30", "新能源汽车", ["energy", "transport"])
E("lz02", "桥梁与交通科普展", "lzind", "2026-12-01", "2027-01-31", "交通,桥梁,展览", ["transport"], allday=True)
E("lz03", "螺蛳粉里的食品安全", "lzstm", "2026-12-06 14:00", "2026-12-06 15:30", "食品安全", ["food_safety"])
E("lz04", "Liuzhou Kids Robotics Camp", "lzstm", "2027-04-17 09:00", "2027-04-18 16:00", "Robotics,Kids", ["robotics"], ["children"])
E("lz05", "中小学教师科学实验培训", "lzstm", "2027-06-05 09:00", "2027-06-05 16:00", "教师,培训", [], ["teachers"])
E("bh01", "红树林亲子生态课", "bhmg", "2026-10-10 09:00", "2026-10-10 11:30", "生态,海洋,亲子", ["ecology", "ocean"], ["family"])
E("bh02", "Beihai World Oceans Day", "bhsea", "2027-06-08 09:00", "2027-06-08 16:00", "Ocean", ["ocean"])
E("bh03", "渔民海上安全培训", "bhsea", "2026-12-04 09:00", "2026-12-04 11:00", "安全,渔民", ["emergency"], ["farmers"])
E("bh04", "涠洲岛火山地质研学", "bhwz", "2027-04-17 09:00", "2027-04-17 16:00", "地质,研学,青少年", ["geology"], ["children"])

# ---------------- Fujian / Shandong / Hebei / Shanxi / Henan ----------------
E("zz01", "水仙花栽培技术培训", "zzstm", "2026-11-26 09:00", "2026-11-26 11:00", "农业,花农", ["agriculture"], ["farmers"])
E("zz02", "亲子化学实验：会变色的水", "zzstm", "2026-12-05 10:00", "2026-12-05 11:30", "化学,亲子", ["chemistry"], ["family"])
E("ly01", "地震应急疏散演练", "lystm", "2026-12-08 09:30", "2026-12-08 11:00", "应急,防震", ["emergency"])
E("ly02", "Longyan Geology Walk: Red Soil and Rocks", "lystm", "2027-04-18 09:00", "2027-04-18 12:00", "Geology", ["geology"])
E("nd01", "锂电池科普展", "ndbat", "2026-10-09", "2026-10-31", "新能源,电池,展览", ["energy", "materials"], allday=True)
E("nd02", "Ningde Battery Factory Open Day", "ndbat", "2027-04-24 09:00", "2027-04-24 15:00", "Energy,Battery", ["energy"])
E("zb01", "陶瓷与新材料科普展", "zbceram", "2026-10-09", "2026-11-15", "材料,陶瓷,展览", ["materials"], allday=True)
E("zb02", "Zibo Chemistry Show for Families", "zbceram", "2026-12-05 14:00", "2026-12-05 15:30", "Chemistry,Family", ["chemistry"], ["family"])
E("zb03", "齐国故城考古发现讲座", "zbceram", "2027-04-17 14:00", "2027-04-17 15:30", "考古", ["archaeology"])
E("rz01", "日照海洋科普周", "rzsea", "2027-06-05", "2027-06-11", "海洋,科普周", ["ocean"], allday=True)
E("rz02", "日照 秋夜观星会", "rzsea", "2026-10-10 19:00", "2026-10-10 21:00", "天文,观星", ["astronomy"])
E("cd01", "兴隆观测站公众开放夜", "cdxl", "2026-10-10 19:00", "2026-10-10 22:00", "天文,开放日", ["astronomy"])
E("cd02", "Xinglong Observatory Spring Open Night", "cdxl", "2027-04-17 19:30", "2027-04-17 22:00", "Astronomy", ["astronomy"])
E("hd01", "冬小麦种植技术培训", "hdstm", "2026-10-14 09:00", "2026-10-14 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("hd02", "急救知识进社区（老年人专场）", "hdstm", "2026-12-03 14:00", "2026-12-03 15:30", "急救,老年人", ["emergency", "health"], ["elderly"])
E("yc01", "盐湖里的化学", "ycsalt", "2027-04-17 10:00", "2027-04-17 11:30", "化学,盐湖", ["chemistry"])
E("yc02", "苹果种植技术培训", "ycsalt", "2027-02-23 09:00", "2027-02-23 11:30", "农业科技,果农", ["agriculture"], ["farmers"])
E("jz01", "平遥古城：古建筑与考古讲座", "pymus", "2026-10-10 14:00", "2026-10-10 15:30", "考古,古建筑", ["archaeology"])
E("jz02", "Pingyao: Archaeology for Kids", "pymus", "2027-06-05 10:00", "2027-06-05 11:30", "Archaeology,Kids", ["archaeology"], ["children"])
E("ay01", "殷墟甲骨文与考古科普", "ayyx", "2026-10-10 10:00", "2026-10-10 11:30", "考古,甲骨文", ["archaeology"])
E("ay02", "Anyang Oracle Bones Family Day", "ayyx", "2026-10-11 09:30", "2026-10-11 15:00", "Archaeology,Family", ["archaeology"], ["family"])
E("ay03", "殷墟考古研学营（中学生）", "ayyx", "2027-04-17 09:00", "2027-04-18 16:00", "考古,研学,中学生", ["archaeology"], ["children"])
E("ny01", "张衡与地动仪：古代科技讲座", "nyzh", "2026-12-05 14:00", "2026-12-05 15:30", "科技史", [])
E("ny02", "南阳数学文化节", "nyzh", "2027-04-16 09:00", "2027-04-16 16:00", "数学,文化节", ["math"])

# ---------------- Hubei / Hunan / Anhui / Jiangxi ----------------
E("shy01", "汽车工业科普开放日", "shycar", "2026-10-10 09:00", "2026-10-10 16:00", "汽车,交通", ["transport"])
E("shy02", "武当山中医药养生讲座（老年人）", "shywd", "2027-04-17 09:30", "2027-04-17 11:00", "中医药,老年人", ["health"], ["elderly"])
E("jzh01", "越王勾践剑里的材料科学", "jzmus", "2026-12-05 10:00", "2026-12-05 11:30", "材料,考古", ["materials", "archaeology"])
E("jzh02", "Jingzhou Museum Archaeology Night", "jzmus", "2027-04-16 19:00", "2027-04-16 21:00", "Archaeology", ["archaeology"], utc=True)
E("zjj01", "砂岩峰林地质科普", "zjjgeo", "2026-10-10 09:00", "2026-10-10 11:00", "地质,地质公园", ["geology"])
E("zjj02", "Glass Bridge Engineering Talk", "zjjgeo", "2027-04-18 14:00", "2027-04-18 15:30", "Engineering,Bridges", ["transport"])
E("xt01", "湘莲种植技术培训", "xtstm", "2026-12-02 09:00", "2026-12-02 11:00", "农业科技,农民", ["agriculture"], ["farmers"])
E("xt02", "青少年心理健康讲座", "xtstm", "2027-06-02 14:00", "2027-06-02 15:30", "心理健康,青少年", ["psychology", "health"], ["children"])
E("hs01", "云海与山地气象科普", "hsmt", "2026-10-10 10:00", "2026-10-10 11:30", "气象", ["weather"])
E("hs02", "Huangshan Tea Farmers Training", "hsmt", "2027-04-16 09:00", "2027-04-16 11:30", "Agriculture,Tea,Farmers", ["agriculture"], ["farmers"])
E("hn01", "煤炭与新能源转型讲座", "hncoal", "2026-12-04 14:00", "2026-12-04 15:30", "能源,新能源", ["energy"])
E("hn02", "豆腐里的化学", "hncoal", "2027-02-23 14:00", "2027-02-23 15:30", "化学,食品", ["chemistry"])
E("px01", "煤矿安全与应急科普", "pxstm", "2026-10-14 09:30", "2026-10-14 11:00", "应急,安全", ["emergency"])
E("px02", "Fireworks Chemistry Show", "pxstm", "2027-02-20 19:00", "2027-02-20 20:30", "Chemistry,Family", ["chemistry"], ["family"])
E("sr01", "三清山地质公园研学", "srstm", "2027-04-17 09:00", "2027-04-17 16:00", "地质,研学,青少年", ["geology"], ["children"])
E("sr02", "趣味数学课堂（小学生）", "srstm", "2027-06-05 09:30", "2027-06-05 11:00", "数学,小学生", ["math"], ["children"])

# ---------------- Sichuan / Inner Mongolia ----------------
E("cdu01", "四川科技馆机器人展", "cdstm", "2026-10-10", "2026-10-18", "机器人,展览", ["robotics"], allday=True)
E("cdu02", "Panda Science Talk for Kids", "cdpanda", "2026-10-11 10:00", "2026-10-11 11:30", "Ecology,Kids", ["ecology"], ["children"])
E("cdu03", "防灾减灾日地震应急演练", "cdstm", "2027-05-12 09:30", "2027-05-12 11:00", "应急,防震减灾", ["emergency"])
E("cdu04", "青少年人工智能训练营", "cdstm", "2027-06-05 09:00", "2027-06-06 16:00", "人工智能,青少年", ["ai"], ["children"])
E("cdu05", "成都 冬季呼吸道疾病防治讲座", "cdstm", "2026-12-03 14:00", "2026-12-03 15:30", "卫生健康", ["health"])
E("ls01", "乐山大佛：岩石风化与文物保护", "lsgb", "2027-04-17 10:00", "2027-04-17 11:30", "地质,文物保护", ["geology", "archaeology"])
E("ls02", "岷江大桥：桥梁工程科普", "lsgb", "2026-12-05 14:00", "2026-12-05 15:30", "桥梁,交通", ["transport"])
E("bt01", "稀土新材料科普展", "btre", "2026-10-09", "2026-10-31", "材料,稀土,展览", ["materials"], allday=True)
E("bt02", "Baotou Rare Earth Materials Open Day", "btre", "2027-06-05 09:00", "2027-06-05 16:00", "Materials", ["materials"])
E("hh01", "草原星空夜", "hhstm", "2026-10-10 19:30", "2026-10-10 21:30", "天文,观星,亲子", ["astronomy"], ["family"])
E("hh02", "牧民饲草种植培训", "hhfarm", "2027-04-20 09:00", "2027-04-20 11:30", "农牧业,牧民", ["agriculture"], ["farmers"])
E("hh03", "Hohhot Winter Stargazing", "hhstm", "2026-12-12 19:00", "2026-12-12 21:00", "Astronomy", ["astronomy"])

# ---------------- Beijing / Shanghai / Guangzhou / Hangzhou / Shenzhen ----------------
E("bj01", "北京天文馆：猎户座流星雨观测讲座", "bjplanet", "2026-10-17 19:00", "2026-10-17 20:30", "天文,流星雨", ["astronomy"])
E("bj02", "Haidian AI Open Lab Day", "bjhd", "2026-10-10 09:00", "2026-10-10 16:00", "AI,Open Day", ["ai"])
E("bj03", "中关村量子计算科普讲座", "bjhd", "2026-12-03 19:00", "2026-12-03 20:30", "量子", ["quantum"])
E("bj04", "海淀青少年天文夏令营", "bjhd", "2027-07-12 09:00", "2027-07-16 16:00", "天文,夏令营,青少年", ["astronomy"], ["children"])
E("bj05", "北京天文馆春季星空展", "bjplanet", "2027-03-01", "2027-04-30", "天文,展览", ["astronomy"], allday=True)
E("bj06", "Psychology Lecture: Sleep and the Brain", "bjhd", "2027-04-20 19:00", "2027-04-20 20:30", "Psychology,Health", ["psychology", "health"])
E("bj07", "国庆天文科普周", "bjplanet", "2026-10-01", "2026-10-07", "天文,国庆", ["astronomy"], allday=True)
E("shh01", "Pudong Robotics Expo", "shstm", "2026-10-10 09:00", "2026-10-11 17:00", "Robotics,AI", ["robotics", "ai"])
E("shh02", "恐龙化石讲座", "shnhm", "2026-10-10 14:00", "2026-10-10 15:30", "古生物,恐龙", ["paleontology"])
E("shh03", "张江芯片科普开放日", "shzj", "2026-12-05 09:00", "2026-12-05 16:00", "芯片,半导体", ["semiconductor"])
E("shh04", "浦东老年人急救课", "shzj", "2027-04-20 09:30", "2027-04-20 11:00", "急救,老年人", ["emergency", "health"], ["elderly"])
E("shh05", "材料科学展：从石墨烯到超导", "shstm", "2027-02-01", "2027-03-15", "材料,物理,展览", ["materials", "physics"], allday=True)
E("gz01", "Tianhe Science Cafe: The Psychology of Habits", "gzth", "2026-10-15 19:30", "2026-10-15 21:00", "Psychology", ["psychology"])
E("gz02", "广东科学中心航天展", "gzpy", "2026-10-01", "2026-10-31", "航天,展览", ["space"], allday=True)
E("gz03", "天河区中小学教师STEM培训", "gzth", "2026-12-05 09:00", "2026-12-05 16:00", "教师,STEM", [], ["teachers"])
E("gz04", "Tianhe Kids Coding Club", "gzth", "2027-02-20 14:00", "2027-02-20 16:00", "Coding,AI,Kids", ["ai"], ["children"])
E("gz05", "番禺亲子科学实验：厨房里的化学", "gzpy", "2027-02-21 10:00", "2027-02-21 11:30", "化学,亲子", ["chemistry"], ["family"])
E("hgz01", "杭州科技活动周：人工智能体验展", "hzstm", "2027-05-15", "2027-05-22", "科技活动周,人工智能,展览", ["ai"], allday=True)
E("hgz02", "科技活动周 青少年机器人赛", "hzstm", "2027-05-16 09:00", "2027-05-16 16:00", "科技活动周,机器人,青少年", ["robotics"], ["children"])
E("hgz03", "Hangzhou Autumn Stargazing Evening", "hzstm", "2026-10-10 19:00", "2026-10-10 21:00", "Astronomy", ["astronomy"])
E("hgz04", "西湖水生态讲座", "hzstm", "2027-04-24 14:00", "2027-04-24 15:30", "生态", ["ecology"])
E("sz01", "机器人嘉年华（亲子）", "szns", "2026-12-05 09:00", "2026-12-06 17:00", "机器人,亲子", ["robotics"], ["family"])
E("sz02", "Drone Light Show: The Science Behind It", "szns", "2026-10-11 19:00", "2026-10-11 20:30", "Drones", ["drone"])
E("sz03", "青少年机器人编程课", "szns", "2027-04-17 14:00", "2027-04-17 16:00", "机器人,编程,青少年", ["robotics"], ["children"])

# ---------------- online ----------------
ON("on01", "线上急救课：心肺复苏与AED", "2026-10-15 19:00", "2026-10-15 20:00", "急救,线上", ["emergency", "health"], loc=0)
ON("on02", "Online Lecture: Intro to Materials Science", "2026-12-03 20:00", "2026-12-03 21:00", "Materials,Online", ["materials"], loc=1, utc=True)
ON("on03", "心理健康直播：如何应对焦虑", "2026-12-08 20:00", "2026-12-08 21:00", "心理健康,直播", ["psychology", "health"], loc=3)
ON("on04", "Webinar for Teachers: Hands-on Physics", "2027-02-24 19:00", "2027-02-24 20:30", "Physics,Teachers,Online", ["physics"], ["teachers"], loc=4)
ON("on05", "农技直播：春耕备耕", "2027-02-22 19:30", "2027-02-22 21:00", "农业科技,农民,直播", ["agriculture"], ["farmers"], loc=6)
ON("on06", "Online Math Circle for Teens", "2027-04-17 10:00", "2027-04-17 11:30", "Math,Teens,Online", ["math"], ["children"], loc=4)
ON("on07", "云端考古：三星堆新发现", "2027-04-20 19:30", "2027-04-20 21:00", "考古,直播", ["archaeology"], loc=0)
ON("on08", "线上天文课：火星冲日", "2027-01-16 20:00", "2027-01-16 21:00", "天文,线上", ["astronomy"], loc=5)
ON("on09", "Online: Ocean Plastic and You", "2027-06-08 19:00", "2027-06-08 20:00", "Ocean,Environment,Online", ["ocean", "ecology"], loc=1)
ON("on10", "（取消）线上化学实验课", "2027-06-05 10:00", "2027-06-05 11:00", "化学,线上", ["chemistry"], loc=3, status=X)
ON("on11", "老年人线上防诈骗课堂", "2026-12-02 10:00", "2026-12-02 11:00", "防诈骗,老年人,线上", ["digital_literacy"], ["elderly"], loc=2)
ON("on12", "桥梁是怎样建成的（直播）", "2026-10-10 20:00", "2026-10-10 21:00", "桥梁,交通,直播", ["transport"], loc=6)
ON("on13", "Online Family Science Night: Kitchen Chemistry", "2026-10-10 19:00", "2026-10-10 20:00", "Chemistry,Family,Online", ["chemistry"], ["family"], loc=1, utc=True)
ON("on14", "地质灾害防范线上讲座", "2027-06-03 19:30", "2027-06-03 21:00", "地质,防灾,线上", ["geology", "emergency"], loc=2)
ON("on15", "线上数学讲座：素数的秘密", "2026-12-05 19:30", "2026-12-05 21:00", "数学,直播", ["math"], loc=3)
ON("on16", "Livestream: Rocket Launch Explained", "2027-04-16 20:00", "2027-04-16 21:00", "Space,Online", ["space"], loc=1)
ON("on17", "端午节线上亲子科学实验", "2027-06-09 10:00", "2027-06-09 11:00", "线上,亲子,科学实验", [], ["family"], loc=5)
ON("on18", "氢能：未来的能源（线上讲座）", "2027-02-25 19:30", "2027-02-25 21:00", "新能源,氢能,线上", ["energy"], loc=0)
ON("on19", "Online Q&A with a Doctor: Children's Vaccines", "2026-12-09 20:00", "2026-12-09 21:00", None, ["health"], loc=4)
ON("on20", "线上物理课：生活中的力学（初中生）", "2027-06-05 19:00", "2027-06-05 20:00", "物理,初中生,线上", ["physics"], ["children"], loc=2)

# ---------------- more of the ordinary programme (traps: title-only cancellation, series, past) ----------------
E("hk13", "（已取消）香港科學館親子化學日", "hksm", "2026-10-11 10:00", "2026-10-11 12:00", "化學,親子", ["chemistry"], ["family"], status=X, ics_status="CONFIRMED")
E("gl10", "数学之美：桂林秋季科普讲座", "glstm", "2026-10-24 14:00", "2026-10-24 15:30", "数学", ["math"])
E("nn09", "国庆科普游园会", "nnstm", "2026-10-03 09:00", "2026-10-03 16:00", "亲子,国庆", [], ["family"])
E("sy12", "Sanya Seniors' Health Morning", "syocean", "2026-10-20 09:00", "2026-10-20 10:30", "Health,Seniors", ["health"], ["elderly"])
E("hak11", "夜市食品安全小课堂", "hkcom", "2026-10-17 19:00", "2026-10-17 20:00", "食品安全", ["food_safety"])
E("zz03", "Zhangzhou Kids Robot Show", "zzstm", "2027-04-17 10:00", "2027-04-17 11:30", "Robotics,Kids", ["robotics"], ["children"])
E("rz03", "海洋牧场养殖技术培训（渔民）", "rzsea", "2027-02-24 09:00", "2027-02-24 11:30", "海洋,农业科技,渔民", ["ocean", "agriculture"], ["farmers"])
E("hd03", "赵王城遗址考古讲座", "hdstm", "2027-06-12 14:00", "2027-06-12 15:30", "考古", ["archaeology"])
E("ay04", "（取消）殷墟夜游考古讲解", "ayyx", "2027-04-17 19:00", "2027-04-17 21:00", "考古", ["archaeology"], status=X)
E("px03", "武功山地质研学营（中学生）", "pxstm", "2027-07-10 09:00", "2027-07-12 16:00", "地质,研学,中学生", ["geology"], ["children"])
E("zjj03", "亲子自然观察：武陵源的植物", "zjjgeo", "2027-06-12 09:00", "2027-06-12 11:30", "生态,亲子", ["ecology"], ["family"])
E("mo07", "Macao Science Center Winter Stargazing", "mosc", "2026-12-26 19:00", "2026-12-26 21:00", "Astronomy", ["astronomy"])
E("shh06", "Pudong Science Night: Quantum Physics for Everyone", "shstm", "2027-04-23 19:00", "2027-04-23 20:30", "Physics,Quantum", ["quantum", "physics"])
E("gz06", "天河长者健康讲座：骨质疏松", "gzth", "2027-04-22 09:30", "2027-04-22 11:00", "卫生健康,长者", ["health"], ["elderly"])
E("hgz05", "科技周之夜：西湖无人机科普", "hzstm", "2027-05-21 19:30", "2027-05-21 21:00", None, ["drone"])
E("sz04", "亲子天文夜：看土星", "szns", "2027-06-05 19:00", "2027-06-05 21:00", "天文,亲子", ["astronomy"], ["family"])
ON("on21", "Online Talk for Parents: Helping Kids Cope with Exam Stress", "2027-06-10 20:00", "2027-06-10 21:00", "Psychology,Parents,Online", ["psychology", "health"], ["family"], loc=4)
ON("on22", "每周线上科普问答", "2026-10-14 19:00", "2026-10-14 20:00", "线上,问答", [], loc=1, rrule="FREQ=WEEKLY;COUNT=12;BYDAY=WE", exdate=["2026-12-30 19:00"])
ON("on23", "直播：港珠澳大桥是怎样建成的", "2027-04-22 20:00", "2027-04-22 21:00", "桥梁,交通,直播", ["transport"], loc=0)


# ---------------------------------------------------------------------------
DESCS = {
    "ai": "人工智能主题科普活动，现场互动体验。", "robotics": "Hands-on robotics activity.",
    "astronomy": "专业天文老师带领观测，请注意保暖。", "space": "航天主题科普。",
    "ocean": "海洋科普，了解蓝色星球。", "health": "医生现场讲解，欢迎咨询。",
    "emergency": "应急安全知识与实操。", "ecology": "生态环保主题。",
    "agriculture": "农业技术专家现场指导。", "quantum": "量子科技主题。",
    "paleontology": "Fossils and dinosaurs, hands-on.", "energy": "新能源与低碳技术科普。",
    "semiconductor": "芯片与半导体科普。", "weather": "气象科普。",
    "chemistry": "化学实验与讲解。", "physics": "Physics demonstrations.", "math": "数学趣味讲解。",
    "geology": "地质科普，了解岩石与地貌。", "archaeology": "考古与文物科普。", "psychology": "心理健康科普。",
    "materials": "材料科学科普。", "transport": "交通与桥梁工程科普。",
}


def vevent(e):
    L = ["BEGIN:VEVENT", f"UID:{e['uid']}@blind5.example", "DTSTAMP:20261001T000000Z", fold(f"SUMMARY:{esc(e['title'])}")]
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
    if e["cats"]:
        L.append(fold("CATEGORIES:" + ",".join(esc(c) for c in e["cats"].split(","))))
    if e.get("online"):
        L.append(fold(f"LOCATION:{esc(e['loc'])}"))
        L.append(f"URL:https://live.blind5.example/{e['uid']}")
    else:
        city, addr, lat, lon = V[e["venue"]]
        L.append(fold(f"LOCATION:{esc(addr)}"))
        if lat is not None:
            L.append(f"GEO:{lat};{lon}")
    d = e.get("desc") or "科普活动，免费参加，名额有限。"
    if e["cats"]:  # an event without categories keeps a neutral description: only its title tells the topic
        d = next((DESCS[t] for t in e.get("topics", []) if t in DESCS), d)
    L.append(fold(f"DESCRIPTION:{esc(d)}"))
    L.append("ORGANIZER;CN=科协科普部:mailto:kepu@blind5.example")
    if not e.get("nostatus"):
        L.append(f"STATUS:{e.get('ics_status', e.get('status', 'CONFIRMED'))}")
    L.append("END:VEVENT")
    return L


def main():
    queries = write_set(HERE, "blind5", "科普活动 2026-2027", EV, vevent, V)
    print(f"{len(EV)} events, {len(queries)} queries")


if __name__ == "__main__":
    main()
