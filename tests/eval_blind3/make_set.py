"""Builds the third blind eval set: corpus.ics, truth.jsonl, queries.jsonl.

Written without reading the bot's code. Run: python tests/eval_blind3/make_set.py
Spring - autumn 2027, north-west / north-east / south-west China, Tibet, Xinjiang, Inner Mongolia, Guangdong.
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
    # Gansu
    "gsstm": ("lanzhou", "甘肃省兰州市城关区雁滩路甘肃科技馆", 36.0700, 103.8800),
    "lzcom": ("lanzhou", "甘肃省兰州市七里河区西湖街道社区活动中心", 36.0580, 103.7700),
    "lznew": ("lanzhou", "甘肃省兰州市兰州新区中川园区科创中心", 36.5100, 103.6300),
    "jqspace": ("jiuquan", "甘肃省酒泉市肃州区航天科普馆", 39.7440, 98.5100),
    "dhdark": ("dunhuang", "甘肃省酒泉市敦煌市鸣沙山月牙泉景区星空营地", 40.0880, 94.6700),
    "dhmg": ("dunhuang", "甘肃省酒泉市敦煌市莫高窟数字展示中心", 40.0400, 94.8000),
    "jyg": ("jiayuguan", "甘肃省嘉峪关市雄关区嘉峪关市科技馆", 39.7720, 98.2900),
    # Xinjiang
    "xjstm": ("urumqi", "新疆维吾尔自治区乌鲁木齐市沙依巴克区新疆科技馆", 43.8000, 87.5800),
    "umcom": ("urumqi", "新疆维吾尔自治区乌鲁木齐市天山区社区服务中心", 43.7900, 87.6300),
    "ksold": ("kashi", "新疆维吾尔自治区喀什地区喀什市古城景区科普驿站", 39.4700, 75.9900),
    "ksfarm": ("kashi", "新疆维吾尔自治区喀什地区喀什市浩罕乡农业技术推广站", 39.5000, 76.0300),
    "yining": ("yining", "新疆维吾尔自治区伊犁哈萨克自治州伊宁市科技馆", 43.9100, 81.2800),
    "klmy": ("karamay", "新疆维吾尔自治区克拉玛依市克拉玛依区石油科技馆", 45.5900, 84.8700),
    "tlf": ("turpan", "新疆维吾尔自治区吐鲁番市高昌区火焰山科普馆", 42.9500, 89.1900),
    # Tibet
    "xznhm": ("lhasa", "西藏自治区拉萨市城关区西藏自然科学博物馆", 29.6600, 91.1500),
    "lhcom": ("lhasa", "西藏自治区拉萨市城关区八廓街道社区服务中心", 29.6500, 91.1300),
    "lhfarm": ("lhasa", "西藏自治区拉萨市堆龙德庆区农牧科技服务站", 29.6500, 90.9800),
    "rkz": ("shigatse", "西藏自治区日喀则市桑珠孜区气象科普馆", 29.2700, 88.8800),
    "linzhi": ("nyingchi", "西藏自治区林芝市巴宜区雅鲁藏布生态科普基地", 29.6500, 94.3600),
    "ali": ("ali", "西藏自治区阿里地区噶尔县狮泉河镇阿里暗夜公园", 32.5000, 80.1000),
    # Inner Mongolia
    "ordos": ("ordos", "内蒙古自治区鄂尔多斯市康巴什区零碳产业园展示中心", 39.6000, 109.7800),
    "ordyc": ("ordos", "内蒙古自治区鄂尔多斯市康巴什区青少年创新成长基地", 39.6100, 109.7700),
    "cf": ("chifeng", "内蒙古自治区赤峰市红山区赤峰市科技馆", 42.2700, 118.9600),
    "cffarm": ("chifeng", "内蒙古自治区赤峰市松山区农牧业技术推广中心", 42.2900, 118.9000),
    "mzl": ("manzhouli", "内蒙古自治区呼伦贝尔市满洲里市国门科普馆", 49.6000, 117.4300),
    "hlr": ("hulunbuir", "内蒙古自治区呼伦贝尔市海拉尔区呼伦贝尔科技馆", 49.2100, 119.7600),
    # Liaoning / Heilongjiang / Jilin
    "lnstm": ("shenyang", "辽宁省沈阳市浑南区智慧三街辽宁省科学技术馆", 41.7150, 123.4700),
    "syhg": ("shenyang", "辽宁省沈阳市皇姑区华山路社区卫生服务中心", 41.8200, 123.4000),
    "sysci": ("shenyang", "辽宁省沈阳市和平区沈阳科学宫", 41.7800, 123.4300),
    "ddstm": ("dandong", "辽宁省丹东市振兴区丹东科技馆", 40.1000, 124.3800),
    "qqzl": ("qiqihar", "黑龙江省齐齐哈尔市铁锋区扎龙自然保护区科普馆", 47.2000, 124.2500),
    "qqstm": ("qiqihar", "黑龙江省齐齐哈尔市龙沙区齐齐哈尔市科技馆", 47.3500, 123.9200),
    "daqing": ("daqing", "黑龙江省大庆市让胡路区大庆科技馆", 46.5900, 124.9000),
    "sfh": ("suifenhe", "黑龙江省牡丹江市绥芬河市科技馆", 44.4000, 131.1500),
    "hunchun": ("hunchun", "吉林省延边朝鲜族自治州珲春市东北虎豹国家公园科普中心", 42.8600, 130.3600),
    # Sichuan / Guizhou / Yunnan
    "zgdino": ("zigong", "四川省自贡市大安区自贡恐龙博物馆", 29.3900, 104.8200),
    "zglamp": ("zigong", "四川省自贡市自流井区中国彩灯博物馆", 29.3500, 104.7700),
    "xcsat": ("xichang", "四川省凉山彝族自治州西昌市航天科普馆", 27.9000, 102.2600),
    "xcqh": ("xichang", "四川省凉山彝族自治州西昌市邛海湿地公园", 27.8300, 102.3000),
    "fast": ("pingtang", "贵州省黔南布依族苗族自治州平塘县克度镇中国天眼科普基地", 25.6500, 106.8600),
    "ynstm": ("kunming", "云南省昆明市五华区云南科技馆", 25.0500, 102.7000),
    "kmnhm": ("kunming", "云南省昆明市盘龙区云南省自然博物馆", 25.0800, 102.7300),
    "kmcg": ("kunming", "云南省昆明市呈贡区大学城科创中心", 24.8400, 102.8500),
    "kmcom": ("kunming", "云南省昆明市西山区社区老年活动中心", 25.0300, 102.6700),
    "lfdino": ("lufeng", "云南省楚雄彝族自治州禄丰市世界恐龙谷", 25.1200, 102.1500),
    "ljobs": ("lijiang", "云南省丽江市玉龙纳西族自治县高美古天文观测站", 26.7000, 100.0300),
    "jhrain": ("jinghong", "云南省西双版纳傣族自治州景洪市热带植物园科普中心", 22.0000, 100.8000),
    "cjfossil": ("chengjiang", "云南省玉溪市澄江市澄江化石地博物馆", 24.6700, 102.9500),
    # Guangdong
    "stsea": ("shantou", "广东省汕头市金平区汕头海洋科普馆", 23.3600, 116.6800),
    "ststm": ("shantou", "广东省汕头市龙湖区汕头市科技馆", 23.3700, 116.7100),
    "zjmg": ("zhanjiang", "广东省湛江市麻章区红树林保护区科普中心", 21.2600, 110.3000),
    "zjqx": ("zhanjiang", "广东省湛江市赤坎区气象科普馆", 21.2700, 110.3600),
    "hzhe": ("huizhou", "广东省惠州市惠东县太平岭核电科普展厅", 22.7200, 114.9800),
    "hzstm": ("huizhou", "广东省惠州市惠城区惠州科技馆", 23.1100, 114.4200),
    # Shaanxi / Qinghai / Ningxia
    "yafarm": ("yanan", "陕西省延安市宝塔区农业技术推广中心", 36.5900, 109.4900),
    "yastm": ("yanan", "陕西省延安市宝塔区延安科技馆", 36.6000, 109.5000),
    "golmud": ("golmud", "青海省海西蒙古族藏族自治州格尔木市察尔汗盐湖科普馆", 36.8000, 95.1000),
    "zwsp": ("zhongwei", "宁夏回族自治区中卫市沙坡头区沙坡头星空营地", 37.4600, 105.0000),
    "zwstm": ("zhongwei", "宁夏回族自治区中卫市沙坡头区中卫市科技馆", 37.5100, 105.1900),
    "zwcom": ("zhongwei", "宁夏回族自治区中卫市沙坡头区滨河镇社区服务中心", None, None),
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

# ---------------- Gansu: Lanzhou (+ Lanzhou New Area), Jiuquan, Dunhuang, Jiayuguan ----------------
E("lz01", "黄河生态科普展", "gsstm", "2027-03-01", "2027-04-30", "生态环保,黄河,展览", ["ecology"], allday=True)
E("lz02", "少儿机器人编程体验课", "gsstm", "2027-03-13 14:00", "2027-03-13 16:00", "机器人,编程,儿童", ["robotics"], ["children"])
E("lz03", "春季星空观测之夜", "gsstm", "2027-03-13 19:30", "2027-03-13 21:30", "天文,观星,亲子", ["astronomy"], ["family"])
E("lz04", "老年人智能手机课堂", "lzcom", "2027-03-16 09:30", "2027-03-16 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("lz05", "（取消）人工智能大讲堂", "gsstm", "2027-03-14 14:00", "2027-03-14 16:00", "人工智能", ["ai"], status=X)
E("lz06", "Lanzhou Spring Stargazing", "gsstm", "2027-04-10 20:00", "2027-04-10 22:00", "Astronomy", ["astronomy"], utc=True)
E("lz07", "沙尘暴与空气质量讲座", "gsstm", "2027-04-05 10:00", "2027-04-05 11:30", "气象,环境", ["weather"])
E("lz08", "三八节女性健康讲座", "lzcom", "2027-03-06 14:00", "2027-03-06 15:30", "卫生健康", ["health"])
E("lz09", "智能制造与工业机器人开放日", "lznew", "2027-03-20 09:00", "2027-03-20 16:00", "机器人,智能制造", ["robotics"])
E("lz10", "亲子无人机飞行体验", "lznew", "2027-05-02 10:00", "2027-05-02 12:00", "无人机,亲子", ["drone"], ["family"])
E("lz11", "科技活动周：兰州大学开放实验室", "gsstm", "2027-05-22 09:00", "2027-05-22 17:00", "科技活动周,科学实验", [])
E("lz12", "暑期青少年航天营", "gsstm", "2027-07-19 09:00", "2027-07-23 16:00", "航天,夏令营,青少年", ["space"], ["children"])
E("lz13", "中小学科学教师人工智能研修班", "gsstm", "2027-03-27 09:00", "2027-03-27 17:00", "人工智能,教师", ["ai"], ["teachers"])
E("lz14", "黄河水文与防汛科普", "lzcom", "2027-07-14 14:00", "2027-07-14 16:00", "防汛,应急,气象", ["emergency", "weather"])
E("lz15", "Lanzhou Mid-Autumn Moon Watch", "gsstm", "2027-09-15 19:30", "2027-09-15 21:30", "Astronomy,Family", ["astronomy"], ["family"])
E("lz16", "国庆亲子科学嘉年华", "gsstm", "2027-10-02 09:00", "2027-10-02 16:00", "亲子,科学实验", [], ["family"])
E("lz17", "银龄健康讲座：高血压防治", "lzcom", "2027-09-21 09:30", "2027-09-21 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("lz18", "Family Science Sunday: Bubbles", "gsstm", "2027-08-22 10:00", "2027-08-22 11:30", "Family,亲子", [], ["family"])
E("lz19", "开学前安全教育体验课", "gsstm", "2027-08-28 09:30", "2027-08-28 11:30", "应急,安全,青少年", ["emergency"], ["children"])
E("lz20", "牛肉面里的食品安全", "lzcom", "2027-06-16 14:00", "2027-06-16 15:30", "食品安全", ["food_safety"])
E("lz21", "新能源汽车开放日", "lznew", "2027-06-19 09:00", "2027-06-19 16:00", "新能源,汽车", ["energy"])
E("jq01", "中国航天日科普开放日", "jqspace", "2027-04-24 09:00", "2027-04-24 16:00", "航天,火箭", ["space"])
E("jq02", "Rocket Launch Livewatch Party", "jqspace", "2027-06-12 19:00", "2027-06-12 22:00", "Space,Rocket,Family", ["space"], ["family"])
E("jq03", "戈壁星空营", "jqspace", "2027-07-16 19:00", "2027-07-18 23:00", "天文,观星", ["astronomy"])
E("dh01", "敦煌暗夜星空节", "dhdark", "2027-09-17", "2027-09-19", "天文,观星,暗夜", ["astronomy"], allday=True)
E("dh02", "莫高窟数字化保护讲座", "dhmg", "2027-05-22 14:00", "2027-05-22 16:00", "数字化,文物保护,大数据", ["bigdata"])
E("dh03", "沙漠生态研学营（中小学生）", "dhdark", "2027-07-20 09:00", "2027-07-22 17:00", "生态,研学,中小学生", ["ecology"], ["children"])
E("jyg01", "青少年航天模型比赛", "jyg", "2027-05-23 09:00", "2027-05-23 16:00", "航天,青少年", ["space"], ["children"])
E("jyg02", "Great Wall Night Sky Talk", "jyg", "2027-08-21 20:00", "2027-08-21 21:30", "Astronomy", ["astronomy"])
E("jyg03", "关城春季植树与荒漠化讲座", "jyg", "2027-03-12 09:00", "2027-03-12 11:00", "生态,植树节", ["ecology"])

# ---------------- Xinjiang ----------------
E("um01", "机器人嘉年华", "xjstm", "2027-05-22 09:00", "2027-05-23 17:00", "机器人,亲子,科技活动周", ["robotics"], ["family"])
E("um02", "老年人防诈骗讲座", "umcom", "2027-05-25 10:00", "2027-05-25 11:30", "防诈骗,老年人", ["digital_literacy"], ["elderly"])
E("um03", "Urumqi AI Open Day", "xjstm", "2027-09-18 10:00", "2027-09-18 16:00", "AI", ["ai"])
E("um04", "天山冰川与气候变化讲座", "xjstm", "2027-03-20 14:00", "2027-03-20 16:00", "气候变化,冰川", ["weather", "ecology"])
E("um05", "（取消）春季天文讲座", "xjstm", "2027-05-20 19:00", "2027-05-20 21:00", "天文", ["astronomy"], status=X)
E("um06", "暑期少儿编程营", "xjstm", "2027-07-26 09:00", "2027-07-30 16:00", "编程,人工智能,儿童", ["ai"], ["children"])
E("um07", "乌鲁木齐 地震应急演练", "umcom", "2027-04-14 10:00", "2027-04-14 11:30", "应急,防震减灾", ["emergency"])
E("ks01", "科技活动周：移动科技馆进乡村", "ksfarm", "2027-05-24", "2027-05-28", "科技活动周,科普大篷车", [], allday=True)
E("ks02", "喀什古城星空夜", "ksold", "2027-07-17 20:30", "2027-07-17 23:30", "天文,观星", ["astronomy"])
E("ks03", "Kashgar Cotton Farming Tech Training", "ksfarm", "2027-09-16 10:00", "2027-09-16 12:00", "Agriculture,Farmers", ["agriculture"], ["farmers"])
E("ks04", "（已取消）喀什天文讲座", "ksold", "2027-05-23 19:00", "2027-05-23 21:00", "天文", ["astronomy"], status=X, ics_status="CONFIRMED")
E("yn01", "伊犁河谷湿地与候鸟讲座", "yining", "2027-06-12 10:00", "2027-06-12 12:00", "生态,观鸟", ["ecology"])
E("yn02", "少儿科学实验营", "yining", "2027-07-12 09:00", "2027-07-16 16:00", "科学实验,儿童,夏令营", [], ["children"])
E("kl01", "石油科普开放日", "klmy", "2027-05-22 09:00", "2027-05-22 16:00", "石油,能源", [])
E("kl02", "Karamay AI & Smart Oilfield Talk", "klmy", "2027-09-18 14:00", "2027-09-18 16:00", "AI", ["ai"])
E("tp01", "火焰山地热与极端高温讲座", "tlf", "2027-07-08 10:00", "2027-07-08 11:30", "气象,高温", ["weather"])
E("tp02", "Turpan Desert Night Sky", "tlf", "2027-09-17 21:00", "2027-09-17 23:30", "Astronomy", ["astronomy"], utc=True)
E("tp03", "葡萄种植节水技术培训", "tlf", "2027-04-21 10:00", "2027-04-21 12:00", "农业科技,农民", ["agriculture"], ["farmers"])

# ---------------- Tibet ----------------
E("lh01", "高原健康讲座：高原反应预防", "lhcom", "2027-03-20 10:00", "2027-03-20 11:30", "卫生健康,高原", ["health"])
E("lh02", "恐龙化石特展", "xznhm", "2027-05-01", "2027-08-31", "古生物,恐龙,化石,亲子", ["paleontology"], ["family"], allday=True)
E("lh03", "Lhasa Astronomy Night", "xznhm", "2027-03-18 20:30", "2027-03-18 22:30", "Astronomy", ["astronomy"])
E("lh04", "青稞种植技术培训", "lhfarm", "2027-04-06 10:00", "2027-04-06 12:00", "农业科技,农牧民", ["agriculture"], ["farmers"])
E("lh05", "（取消）高原天文讲座", "xznhm", "2027-03-19 19:30", "2027-03-19 21:00", "天文", ["astronomy"], status=X)
E("lh06", "长者健康讲座：高原心血管保健", "lhcom", "2027-05-26 10:00", "2027-05-26 11:30", "卫生健康,老年人", ["health"], ["elderly"])
E("lh07", "Tibet Plateau Weather Talk", "xznhm", "2027-03-04 14:00", "2027-03-04 15:30", "Weather", ["weather"])
E("sg01", "珠峰气象科普展", "rkz", "2027-06-05 10:00", "2027-06-05 16:00", "气象,珠峰", ["weather"])
E("nc01", "雅鲁藏布大峡谷生态研学", "linzhi", "2027-07-20 09:00", "2027-07-24 17:00", "生态,研学,青少年", ["ecology"], ["children"])
E("al01", "阿里暗夜公园观星节", "ali", "2027-09-17", "2027-09-19", "天文,观星,暗夜公园", ["astronomy"], allday=True)
E("al02", "Ngari Dark Sky Photography Workshop", "ali", "2027-08-09 20:00", "2027-08-10 01:00", "Astronomy,Photography", ["astronomy"])

# ---------------- Inner Mongolia ----------------
E("od01", "零碳产业园开放日：风光氢储", "ordos", "2027-05-21 09:00", "2027-05-21 16:00", "碳中和,新能源,氢能", ["energy", "ecology"])
E("od02", "恐龙足迹化石亲子课", "ordyc", "2027-07-10 10:00", "2027-07-10 12:00", "古生物,恐龙,亲子", ["paleontology"], ["family"])
E("od03", "Ordos New Energy Vehicle Expo", "ordos", "2027-09-17 09:00", "2027-09-19 17:00", "New Energy,EV", ["energy"])
E("od04", "青少年人工智能挑战赛", "ordyc", "2027-04-17 09:00", "2027-04-17 17:00", "人工智能,青少年", ["ai"], ["children"])
E("cf01", "农牧民饲草种植技术培训", "cffarm", "2027-05-25 09:00", "2027-05-25 11:30", "农业科技,农牧民", ["agriculture"], ["farmers"])
E("cf02", "青少年天文夏令营", "cf", "2027-07-20 09:00", "2027-07-22 21:00", "天文,夏令营,青少年", ["astronomy"], ["children"])
E("cf03", "防灾减灾日地震避险演练", "cf", "2027-05-12 09:30", "2027-05-12 11:30", "防灾减灾,应急", ["emergency"])
E("mz01", "中俄青少年科技交流营", "mzl", "2027-07-15 09:00", "2027-07-17 16:00", "科技交流,青少年", [], ["children"])
E("hl01", "草原生态保护讲座", "hlr", "2027-06-10 14:00", "2027-06-10 16:00", "生态,草原", ["ecology"], nostatus=True)
E("hl02", "Hulunbuir Grassland Star Party", "hlr", "2027-08-14 20:00", "2027-08-14 23:30", "Astronomy", ["astronomy"])
E("hl03", "亲子草原自然课", "hlr", "2027-08-01 09:00", "2027-08-01 12:00", "生态,亲子", ["ecology"], ["family"])

# ---------------- Liaoning / Heilongjiang / Jilin ----------------
E("sy01", "Robot Workshop for Kids 机器人工作坊", "lnstm", "2027-03-13 10:00", "2027-03-13 12:00", "Robotics,机器人,儿童", ["robotics"], ["children"])
E("sy02", "从沙子到芯片：半导体科普讲座", "sysci", "2027-03-18 14:00", "2027-03-18 16:00", "芯片,半导体", ["semiconductor"])
E("sy03", "老年人健康讲座：春季防过敏", "syhg", "2027-03-17 09:30", None, "卫生健康,老年人", ["health"], ["elderly"], duration="PT1H30M")
E("sy04", "Shenyang Semiconductor Open Day", "lnstm", "2027-04-17 09:00", "2027-04-17 16:00", "Semiconductor,Chips", ["semiconductor"])
E("sy05", "清明踏青防火安全课", "sysci", "2027-04-05 10:00", "2027-04-05 11:30", "应急,消防", ["emergency"])
E("sy06", "科技活动周：机器人科普展", "lnstm", "2027-05-22", "2027-05-28", "科技活动周,机器人,展览", ["robotics"], allday=True)
E("sy07", "老年人智能手机防诈骗课", "syhg", "2027-05-20 14:00", "2027-05-20 15:30", "防诈骗,数字素养,老年人", ["digital_literacy"], ["elderly"])
E("sy08", "暑期AI少年营", "lnstm", "2027-07-19 09:00", "2027-07-23 16:00", "人工智能,青少年,夏令营", ["ai"], ["children"])
E("sy09", "（取消）亲子天文夜", "lnstm", "2027-03-13 19:00", "2027-03-13 21:00", "天文,亲子", ["astronomy"], ["family"], status=X)
E("sy10", "Shenyang Mid-Autumn Moon Science Night", "lnstm", "2027-09-15 18:30", "2027-09-15 21:00", "Astronomy,Family", ["astronomy"], ["family"])
E("sy11", "国庆航天科普展", "lnstm", "2027-10-01", "2027-10-07", "航天,展览", ["space"], allday=True)
E("sy12", "植树节城市森林讲座", "sysci", "2027-03-12 14:00", "2027-03-12 15:30", "生态,植树节", ["ecology"])
E("sy13", "Shenyang Science Cafe: How Batteries Work", "sysci", "2027-04-29 19:00", "2027-04-29 20:30", "Energy,Battery", ["energy"])
E("dd01", "鸭绿江湿地观鸟", "ddstm", "2027-04-17 07:30", "2027-04-17 10:30", "生态,观鸟", ["ecology"], utc=True)
E("dd02", "亲子海洋牧场科普", "ddstm", "2027-07-12 09:30", "2027-07-12 11:30", "海洋,亲子", ["ocean"], ["family"])
E("qq01", "扎龙丹顶鹤观鸟节", "qqzl", "2027-04-10 08:00", "2027-04-10 12:00", "生态,观鸟", ["ecology"])
E("qq02", "Qiqihar Heavy Industry & Robotics Day", "qqstm", "2027-07-13 09:00", "2027-07-13 16:00", "Robotics", ["robotics"])
E("qq03", "春夜观星会", "qqstm", "2027-04-30 19:30", "2027-04-30 21:30", "天文,观星", ["astronomy"])
E("dq01", "新能源与地热科普日", "daqing", "2027-05-22 09:00", "2027-05-22 16:00", "新能源,地热", ["energy"])
E("dq02", "青少年科学实验日", "daqing", "2027-08-25 09:00", "2027-08-25 12:00", "科学实验,青少年", [], ["children"])
E("sfh01", "边贸与大数据讲座", "sfh", "2027-06-11 14:00", "2027-06-11 16:00", "大数据", ["bigdata"])
E("hc01", "东北虎豹国家公园生态讲座", "hunchun", "2027-06-11 10:00", "2027-06-11 11:30", "生态,野生动物", ["ecology"])

# ---------------- Sichuan / Guizhou / Yunnan ----------------
E("zg01", "恐龙灯会科普夜", "zglamp", "2027-03-13 19:00", "2027-03-13 21:30", "恐龙,古生物,亲子,灯会", ["paleontology"], ["family"])
E("zg02", "Zigong Dinosaur Museum Kids Dig", "zgdino", "2027-07-10 09:00", "2027-07-10 12:00", "Dinosaurs,Kids", ["paleontology"], ["children"])
E("zg03", "井盐里的化学", "zglamp", "2027-05-22 14:00", "2027-05-22 16:00", "化学,科技活动周", [])
E("zg04", "古生物学家讲恐龙", "zgdino", "2027-04-24 14:00", "2027-04-24 16:00", "古生物,恐龙", ["paleontology"])
E("xc01", "中国航天日：西昌航天开放日", "xcsat", "2027-04-24 09:00", "2027-04-24 16:00", "航天,火箭", ["space"])
E("xc02", "Xichang Rocket Launch Viewing", "xcsat", "2027-09-18", "2027-09-18", "Rocket,Space,Family", ["space"], ["family"], allday=True)
E("xc03", "邛海湿地生态研学", "xcqh", "2027-07-13 09:00", "2027-07-13 12:00", "生态,湿地,青少年", ["ecology"], ["children"])
E("xc04", "北斗卫星导航科普", "xcsat", "2027-05-23 10:00", "2027-05-23 11:30", "北斗,卫星", ["space"])
E("pt01", "中国天眼FAST科普研学营", "fast", "2027-07-19 09:00", "2027-07-21 17:00", "天文,射电天文,青少年", ["astronomy"], ["children"])
E("pt02", "射电天文讲座：天眼如何听宇宙", "fast", "2027-03-20 14:00", "2027-03-20 16:00", "天文", ["astronomy"])
E("km01", "恐龙亲子课：小小古生物学家", "kmnhm", "2027-03-13 10:00", "2027-03-13 12:00", "恐龙,古生物,亲子", ["paleontology"], ["family"])
E("km02", "Dinosaur Storytime for Kids (ages 4-8)", "kmnhm", "2027-03-13 14:00", "2027-03-13 15:00", "Dinosaurs,Kids,Family", ["paleontology"], ["children", "family"])
E("km03", "老年人用药安全讲座", "kmcom", "2027-03-16 09:30", "2027-03-16 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("km04", "呈贡人工智能开放日", "kmcg", "2027-04-17 09:00", "2027-04-17 16:00", "人工智能", ["ai"])
E("km05", "端午节里的科学：龙舟与流体力学", "ynstm", "2027-06-09 10:00", "2027-06-09 12:00", "物理,亲子", [], ["family"])
E("km06", "滇池星空观测夜", "ynstm", "2027-03-13 20:00", "2027-03-13 22:00", "天文,观星", ["astronomy"])
E("km07", "中小学教师科学教育研修班", "kmcg", "2027-07-12 09:00", "2027-07-14 17:00", "教师,科学教育", [], ["teachers"])
E("km08", "Kunming Summer Robotics Camp", "ynstm", "2027-07-26 09:00", "2027-07-30 16:00", "Robotics,Summer Camp,Kids", ["robotics"], ["children"])
E("km09", "（取消）恐龙化石修复体验", "kmnhm", "2027-07-17 10:00", "2027-07-17 12:00", "古生物,儿童", ["paleontology"], ["children"], status=X)
E("km10", "芯片设计开放日", "kmcg", "2027-09-17 09:00", "2027-09-17 16:00", "芯片,集成电路", ["semiconductor"])
E("km11", "Kunming Spring Flower Science Walk", "kmnhm", "2027-03-21 09:00", "2027-03-21 11:30", "Botany,Ecology", ["ecology"])
E("km12", "幼儿科学启蒙：颜色的秘密", "ynstm", "2027-04-18 10:00", "2027-04-18 11:00", "幼儿,亲子", [], ["family", "children"])
E("km13", "昆明 春季 花粉过敏 健康讲座", "kmcom", "2027-03-05 09:30", "2027-03-05 11:00", "卫生健康", ["health"])
E("lf01", "恐龙谷化石发掘体验", "lfdino", "2027-05-01 09:00", "2027-05-05 17:00", "恐龙,古生物,亲子", ["paleontology"], ["family"])
E("lf02", "禄丰恐龙化石科普展", "lfdino", "2027-06-01", "2027-08-31", "古生物,恐龙,展览", ["paleontology"], allday=True)
E("lj01", "丽江天文台观星夜", "ljobs", "2027-04-10 20:00", "2027-04-10 23:00", "天文,观星", ["astronomy"])
E("lj02", "Lijiang Solar Observation Day", "ljobs", "2027-09-18 10:00", "2027-09-18 15:00", "Astronomy,Sun", ["astronomy"])
E("jh01", "热带雨林生态研学营", "jhrain", "2027-07-15 09:00", "2027-07-17 17:00", "生态,雨林,青少年", ["ecology"], ["children"])
E("jh02", "Rainforest Night Walk for Families", "jhrain", "2027-05-01 19:30", "2027-05-01 21:30", "Ecology,Family", ["ecology"], ["family"])
E("cj01", "澄江化石地古生物研学", "cjfossil", "2027-05-22 09:00", "2027-05-22 16:00", "古生物,化石,青少年", ["paleontology"], ["children"])

# ---------------- Guangdong ----------------
E("st01", "海洋科普日", "stsea", "2027-05-22 09:00", "2027-05-22 16:00", "海洋,亲子", ["ocean"], ["family"])
E("st02", "Shantou Robotics Contest for Students", "ststm", "2027-07-17 09:00", "2027-07-17 17:00", "Robotics,Students", ["robotics"], ["children"])
E("zj01", "红树林生态研学", "zjmg", "2027-04-17 09:00", "2027-04-17 12:00", "红树林,生态,海洋", ["ecology", "ocean"])
E("zj02", "台风防灾科普讲座", "zjqx", "2027-07-13 14:00", "2027-07-13 16:00", "台风,气象,防灾减灾", ["weather", "emergency"])
E("hz01", "核电科普开放日", "hzhe", "2027-05-22 09:00", "2027-05-22 12:00", "核电,核能", ["nuclear"])
E("hz02", "Huizhou New Energy Battery Expo", "hzstm", "2027-09-16", "2027-09-30", "New Energy,Battery", ["energy"], allday=True)

# ---------------- Shaanxi / Qinghai / Ningxia ----------------
E("ya01", "苹果种植新技术培训", "yafarm", "2027-04-10 09:00", "2027-04-10 11:30", "农业科技,农民,果树", ["agriculture"], ["farmers"])
E("ya02", "青少年航天课", "yastm", "2027-05-23 14:00", "2027-05-23 16:00", "航天,青少年", ["space"], ["children"])
E("ya03", "老年人秋季健康讲座", "yastm", "2027-09-16 09:30", "2027-09-16 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("gm01", "盐湖里的化学：察尔汗盐湖科普", "golmud", "2027-07-14 10:00", "2027-07-14 12:00", "化学,盐湖", [])
E("gm02", "Golmud Plateau Star Camp", "golmud", "2027-08-21 20:00", "2027-08-22 01:00", "Astronomy", ["astronomy"])
E("zw01", "沙坡头星空露营", "zwsp", "2027-05-22 20:00", "2027-05-23 02:00", "天文,观星,亲子", ["astronomy"], ["family"])
E("zw02", "治沙科普：麦草方格的故事", "zwstm", "2027-06-17 10:00", "2027-06-17 11:30", "生态,治沙", ["ecology"])
E("zw03", "Zhongwei Desert Stargazing Camp", "zwsp", "2027-08-21 19:00", "2027-08-22 06:00", "Astronomy,Camping", ["astronomy"])
E("zw04", "老年人智能手机培训", "zwcom", "2027-05-27 09:30", "2027-05-27 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"], floating=True)

# ---------------- online ----------------
ON("on01", "云端天文课：春季星座直播", "2027-03-12 20:00", "2027-03-12 21:00", "天文,线上", ["astronomy"], loc=0)
ON("on02", "Livestream: China Space Day Special", "2027-04-24 19:00", "2027-04-24 20:30", "Space,Online", ["space"], loc=1, utc=True)
ON("on03", "芯片是怎样炼成的（直播）", "2027-06-15 19:30", "2027-06-15 21:00", "芯片,半导体,直播", ["semiconductor"], loc=3)
ON("on04", "Webinar for Teachers: Teaching AI in Primary School", "2027-03-24 19:00", "2027-03-24 20:30", "AI,Teachers,Online", ["ai"], ["teachers"], loc=4)
ON("on05", "老年人防诈骗线上课堂", "2027-03-25 10:00", "2027-03-25 11:00", "防诈骗,老年人,线上", ["digital_literacy"], ["elderly"], loc=2)
ON("on06", "端午节线上亲子科学实验", "2027-06-09 10:00", "2027-06-09 11:00", "线上,亲子,科学实验", [], ["family"], loc=5)
ON("on07", "暑假线上天文营（中小学生）", "2027-07-26 19:00", "2027-07-30 20:30", "天文,线上,青少年", ["astronomy"], ["children"], loc=3)
ON("on08", "Online Dinosaur Talk for Kids", "2027-07-24 10:00", "2027-07-24 11:00", "Dinosaurs,Online,Kids", ["paleontology"], ["children"], loc=1, utc=True)
ON("on09", "碳中和与新能源直播课", "2027-05-21 19:30", "2027-05-21 21:00", "碳中和,新能源,直播", ["energy", "ecology"], loc=6)
ON("on10", "中秋天文直播：月亮的秘密", "2027-09-15 20:00", "2027-09-15 21:30", "天文,中秋,直播", ["astronomy"], loc=0)
ON("on11", "（取消）机器人直播课", "2027-05-26 19:00", "2027-05-26 20:00", "机器人,直播", ["robotics"], loc=0, status=X)
ON("on12", "科学教师暑期线上研修", "2027-08-23 09:00", "2027-08-27 16:00", "教师,线上,研修", [], ["teachers"], loc=2)
ON("on13", "Online Workshop: Drones for Beginners", "2027-05-29 14:00", "2027-05-29 15:30", "Drones,Online", ["drone"], loc=4)
ON("on14", "新学期安全第一课（线上直播）", "2027-08-30 19:00", "2027-08-30 20:00", "安全,应急,青少年,直播", ["emergency"], ["children"], loc=6)
ON("on15", "量子计算入门直播", "2027-09-22 19:30", "2027-09-22 21:00", "量子,直播", ["quantum"], loc=3)
ON("on16", "世界气象日直播：早期预警", "2027-03-23 19:00", "2027-03-23 20:00", "气象,直播", ["weather"], loc=0)
ON("on17", "五一特别节目：线上博物馆之夜", "2027-05-02 19:00", "2027-05-02 20:30", "线上,博物馆,直播", [], loc=5)
ON("on18", "Online: Autumn Equinox and the Sky", "2027-09-23 20:00", "2027-09-23 21:00", "Astronomy,Online", ["astronomy"], loc=1)

# ---------------- more events (ordinary programme) ----------------
E("lz22", "世界读书日：科普图书分享会", "lzcom", "2027-04-23 14:00", "2027-04-23 16:00", "科普阅读", [])
E("lz23", "全国科普日兰州主场活动", "gsstm", "2027-09-18 09:00", "2027-09-18 17:00", "全国科普日", [])
E("lz24", "黄河鱼类与水生态", "gsstm", "2027-06-05 10:00", "2027-06-05 11:30", "生态,黄河", ["ecology"])
E("lz25", "夏季防溺水安全讲座", "lzcom", "2027-07-03 10:00", "2027-07-03 11:30", "应急,安全", ["emergency"])
E("dh04", "丝路文物中的化学", "dhmg", "2027-10-10 14:00", "2027-10-10 16:00", "化学,文物", [])
E("um08", "世界地球日：天山地质科普", "xjstm", "2027-04-22 10:00", "2027-04-22 12:00", "地质,地球日", [])
E("um09", "Urumqi Health Talk: Dry Eye in Dry Climates", "umcom", "2027-06-24 10:00", "2027-06-24 11:00", "Health", ["health"])
E("ks05", "葡萄干晾制与食品安全培训", "ksfarm", "2027-08-10 10:00", "2027-08-10 12:00", "食品安全,农民", ["food_safety"], ["farmers"])
E("lh08", "高原大棚蔬菜种植技术", "lhfarm", "2027-06-18 10:00", "2027-06-18 12:00", "农业科技,农牧民", ["agriculture"], ["farmers"])
E("lh09", "藏医药与健康生活", "lhcom", "2027-08-12 10:00", "2027-08-12 11:30", "卫生健康,藏医药", ["health"])
E("sg02", "农业气象与青稞种植讲座", "rkz", "2027-07-07 10:00", "2027-07-07 12:00", "气象,农业", ["weather", "agriculture"])
E("cf04", "红山文化与古代天文", "cf", "2027-10-16 14:00", "2027-10-16 16:00", "天文,考古", ["astronomy"])
E("od05", "库布其沙漠治理生态讲座", "ordos", "2027-06-26 10:00", "2027-06-26 11:30", "生态,治沙", ["ecology"])
E("mz02", "套娃广场科学秀", "mzl", "2027-09-25 19:00", "2027-09-25 20:30", "科学表演,亲子", [], ["family"])
E("sy14", "世界卫生日健康讲座", "syhg", "2027-04-07 09:30", "2027-04-07 11:00", "卫生健康", ["health"])
E("sy15", "夏季防溺水与急救", "sysci", "2027-07-08 14:00", "2027-07-08 16:00", "应急,急救", ["emergency", "health"])
E("sy16", "文化和自然遗产日：沈阳故宫里的科学", "sysci", "2027-06-12 10:00", "2027-06-12 11:30", "文化遗产,科学", [])
E("qq04", "冰雪消融与春汛科普", "qqstm", "2027-03-20 10:00", "2027-03-20 11:30", "气象,防汛", ["weather", "emergency"])
E("dq03", "大庆湿地观鸟日", "daqing", "2027-06-06 07:00", "2027-06-06 10:00", "生态,观鸟", ["ecology"])
E("zg05", "彩灯里的光学", "zglamp", "2027-04-03 14:00", "2027-04-03 15:30", "物理,光学", [])
E("zg06", "Zigong Salt Science Day", "zglamp", "2027-08-14 10:00", "2027-08-14 15:00", "Chemistry", [])
E("xc05", "火把节防火安全科普", "xcqh", "2027-07-28 10:00", "2027-07-28 11:30", "消防,应急", ["emergency"])
E("pt03", "天眼小镇茶叶种植技术培训", "fast", "2027-05-15 09:00", "2027-05-15 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("km14", "世界水日：滇池水质讲座", "ynstm", "2027-03-22 14:00", "2027-03-22 15:30", "生态,水", ["ecology"])
E("km15", "银龄太极与健康讲座", "kmcom", "2027-05-12 09:30", "2027-05-12 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("km16", "Kunming Science Night: Chemistry Magic", "ynstm", "2027-06-19 19:00", "2027-06-19 20:30", "Chemistry,Family", [], ["family"])
E("km17", "雨季防灾与地质灾害避险", "kmcom", "2027-06-02 14:00", "2027-06-02 15:30", "气象,防灾减灾", ["weather", "emergency"])
E("km18", "野生菌中毒预防讲座", "kmcom", "2027-07-06 09:30", "2027-07-06 11:00", "食品安全,卫生健康", ["food_safety", "health"])
E("lj03", "玉龙雪山冰川与气候变化", "ljobs", "2027-06-20 14:00", "2027-06-20 16:00", "气候变化,冰川", ["weather", "ecology"])
E("jh03", "亚洲象保护讲座", "jhrain", "2027-08-07 10:00", "2027-08-07 11:30", "生态,野生动物", ["ecology"])
E("st03", "侨批档案数字化讲座", "ststm", "2027-06-05 14:00", "2027-06-05 15:30", "档案,数字化", [])
E("st04", "Shantou Typhoon Preparedness Talk", "stsea", "2027-08-26 14:00", "2027-08-26 15:30", "Typhoon,Weather", ["weather", "emergency"])
E("zj03", "海洋牧场养殖技术培训", "zjmg", "2027-06-23 09:00", "2027-06-23 11:30", "海洋,农业科技,渔民", ["ocean", "agriculture"], ["farmers"])
E("hz03", "罗浮山中医药健康讲座", "hzstm", "2027-06-30 14:00", "2027-06-30 15:30", "卫生健康,中医药", ["health"])
E("ya04", "冰雹防灾与果园管理", "yafarm", "2027-06-08 09:00", "2027-06-08 11:00", "气象,农业科技,农民", ["weather", "agriculture"], ["farmers"])
E("ya05", "Yan'an Science Fair for Kids", "yastm", "2027-08-08 09:00", "2027-08-08 16:00", "Science Fair,Kids", [], ["children"])
E("gm03", "枸杞种植技术培训", "golmud", "2027-09-08 09:30", "2027-09-08 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("zw05", "硒砂瓜种植技术培训", "zwcom", "2027-04-15 09:00", "2027-04-15 11:00", "农业科技,农民", ["agriculture"], ["farmers"])
E("zw06", "沙漠光伏电站开放日", "zwstm", "2027-07-21 09:00", "2027-07-21 12:00", "新能源,光伏", ["energy"])
E("jyg04", "钢铁里的科学", "jyg", "2027-06-26 10:00", "2027-06-26 11:30", "材料,科学实验", [])
ON("on19", "线上营养与健康讲座", "2027-04-13 19:00", "2027-04-13 20:00", "卫生健康,线上", ["health"], loc=2)
ON("on20", "Online Lecture: Vaccines Explained", "2027-06-22 20:00", "2027-06-22 21:00", "Health,Online", ["health"], loc=4, utc=True)
ON("on21", "云上农技课堂：夏季病虫害防治", "2027-06-28 19:30", "2027-06-28 21:00", "农业科技,农民,线上", ["agriculture"], ["farmers"], loc=6)
ON("on22", "世界海洋日直播：深海里的生命", "2027-06-08 19:00", "2027-06-08 20:00", "海洋,深海,直播", ["ocean", "deep_earth_sea"], loc=0)
ON("on23", "（取消）量子科技直播", "2027-09-18 19:30", "2027-09-18 21:00", "量子,直播", ["quantum"], loc=3, status=X)
ON("on24", "Online Talk: Healthy Sleep for Seniors", "2027-10-12 10:00", "2027-10-12 11:00", "Health,Seniors,Online", ["health"], ["elderly"], loc=1)


# ---------------------------------------------------------------------------
DESCS = {
    "ai": "人工智能主题科普活动，现场互动体验。", "robotics": "Hands-on robotics activity.",
    "astronomy": "专业天文老师带领观测，请注意保暖。", "space": "航天主题科普。",
    "ocean": "海洋科普，了解蓝色星球。", "health": "医生现场讲解，欢迎咨询。",
    "emergency": "应急安全知识与实操。", "ecology": "生态环保主题。",
    "agriculture": "农业技术专家现场指导。", "quantum": "量子科技主题。",
    "paleontology": "Fossils and dinosaurs, hands-on.", "energy": "新能源与低碳技术科普。",
    "semiconductor": "芯片与半导体科普。", "weather": "气象科普。",
}


def vevent(e):
    L = ["BEGIN:VEVENT", f"UID:{e['uid']}@blind3.example", "DTSTAMP:20270301T000000Z", fold(f"SUMMARY:{esc(e['title'])}")]
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
        L.append(f"URL:https://live.blind3.example/{e['uid']}")
    else:
        city, addr, lat, lon = V[e["venue"]]
        L.append(fold(f"LOCATION:{esc(addr)}"))
        if lat is not None:
            L.append(f"GEO:{lat};{lon}")
    d = e.get("desc") or next((DESCS[t] for t in e.get("topics", []) if t in DESCS), "科普活动，免费参加，名额有限。")
    L.append(fold(f"DESCRIPTION:{esc(d)}"))
    L.append("ORGANIZER;CN=科协科普部:mailto:kepu@blind3.example")
    if not e.get("nostatus"):
        L.append(f"STATUS:{e.get('ics_status', e.get('status', 'CONFIRMED'))}")
    L.append("END:VEVENT")
    return L


def main():
    queries = write_set(HERE, "blind3", "科普活动 2027 春夏秋", EV, vevent, V)
    print(f"{len(EV)} events, {len(queries)} queries")


if __name__ == "__main__":
    main()
