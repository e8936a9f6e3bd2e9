"""Generate corpus.ics and truth.jsonl of the blind search eval set (run once; the outputs are committed).

Every event is written here once: the .ics as an organiser would export it, and the truth
derived from the same row (one category word -> one id).
"""
import json
from pathlib import Path

HERE = Path(__file__).parent

TOPIC = {"人工智能": "ai", "航天": "space", "天文": "astronomy", "机器人": "robotics", "海洋科学": "ocean",
         "卫生健康": "health", "应急科普": "emergency", "生态环保": "ecology", "农业科技": "agriculture",
         "量子科技": "quantum", "气象": "weather", "核科普": "nuclear", "数字素养": "digital_literacy",
         "食品安全": "food_safety", "大数据": "bigdata", "元宇宙": "metaverse", "深海深地": "deep_earth_sea",
         "超级计算": "supercomputing"}
AUD = {"青少年": "children", "老年人": "elderly", "亲子": "family", "农民": "farmers", "教师": "teachers"}
AUD_TEXT = {"青少年": "面向中小学生", "老年人": "面向社区老年朋友", "亲子": "欢迎家长带孩子一起参加",
            "农民": "面向当地农户和种植大户", "教师": "面向中小学科学教师"}

# key: (city pinyin, lat, lon, LOCATION, organizer CN, mail domain)
V = {
    "bjstm": ("beijing", 40.0044, 116.3915, "北京市朝阳区北辰东路5号中国科学技术馆", "中国科学技术馆", "cstm"),
    "bjplanet": ("beijing", 39.9368, 116.3365, "北京市西城区西直门外大街138号北京天文馆", "北京天文馆", "bjp"),
    "bjnhm": ("beijing", 39.8796, 116.4064, "北京市东城区天桥南大街126号国家自然博物馆", "国家自然博物馆", "nnhm"),
    "bjzgc": ("beijing", 39.9836, 116.3160, "北京市海淀区中关村大街1号中关村科学城展示中心", "中关村科学城", "zgc"),
    "bjcomm": ("beijing", 39.9290, 116.4170, "北京市东城区东四街道社区服务中心", "东城区科协", "dckx"),
    "bjschool": ("beijing", 39.9800, 116.3050, "北京市海淀区科学院南路中关村第一小学", "海淀区科协", "hdkx"),
    "bjmet": ("beijing", 39.9500, 116.3250, "北京市海淀区中关村南大街46号中国气象局", "中国气象局", "cma"),
    "bjmiyun": ("beijing", 40.4280, 116.8420, "北京市密云区溪翁庄镇村民活动中心", "北京市科协", "bast"),
    "shstm": ("shanghai", 31.2196, 121.5429, "上海市浦东新区世纪大道2000号上海科技馆", "上海科技馆", "sstm"),
    "shplanet": ("shanghai", 30.8967, 121.9083, "上海市浦东新区临港大道380号上海天文馆", "上海天文馆", "sam"),
    "shnhm": ("shanghai", 31.2352, 121.4603, "上海市静安区北京西路510号上海自然博物馆", "上海自然博物馆", "snhm"),
    "shzj": ("shanghai", 31.2030, 121.6050, "上海市浦东新区张江高科技园区科苑路399号张江科学会堂", "张江科学城", "zj"),
    "shcomm": ("shanghai", 31.1880, 121.4370, "上海市徐汇区漕河泾街道社区文化活动中心", "徐汇区科协", "xhkx"),
    "tjstm": ("tianjin", 39.0834, 117.2197, "天津市河西区隆昌路94号天津科学技术馆", "天津科学技术馆", "tjstm"),
    "tjocean": ("tianjin", 39.0680, 117.7590, "天津市滨海新区海轩道377号国家海洋博物馆", "国家海洋博物馆", "nmm"),
    "tjsc": ("tianjin", 39.0300, 117.7000, "天津市滨海新区中新生态城国家超级计算天津中心", "国家超级计算天津中心", "nscc-tj"),
    "tjcomm": ("tianjin", 39.1400, 117.1500, "天津市南开区万兴街道社区卫生服务中心", "南开区科协", "nkkx"),
    "tjmet": ("tianjin", 39.1020, 117.2120, "天津市河西区气象台路100号天津市气象台", "天津市气象局", "tjmb"),
    "sjzstm": ("shijiazhuang", 38.0428, 114.5149, "河北省石家庄市长安区东大街1号河北省科学技术馆", "河北省科学技术馆", "hbstm"),
    "sjzvil": ("shijiazhuang", 38.0220, 114.8500, "河北省石家庄市藁城区廉州镇农业科技示范园", "石家庄市科协", "sjzkx"),
    "tystm": ("taiyuan", 37.8215, 112.5160, "山西省太原市万柏林区长风西大街17号山西省科学技术馆", "山西省科学技术馆", "sxstm"),
    "tycoal": ("taiyuan", 37.8600, 112.5200, "山西省太原市迎泽区迎泽西大街22号中国煤炭博物馆", "中国煤炭博物馆", "coalmuseum"),
    "jnstm": ("jinan", 36.6620, 117.0480, "山东省济南市历下区经十路山东省科技馆", "山东省科技馆", "sdstm"),
    "jnq": ("jinan", 36.6800, 117.1300, "山东省济南市高新区舜华路济南量子技术研究院", "济南量子技术研究院", "jiqt"),
    "ytstm": ("yantai", 37.4860, 121.4420, "山东省烟台市莱山区港城东大街烟台科技馆", "烟台科技馆", "ytstm"),
    "ytocean": ("yantai", 37.5400, 121.4000, "山东省烟台市芝罘区滨海路海洋牧场科普基地", "烟台市科协", "ytkx"),
    "ytlk": ("yantai", 37.6460, 120.4780, "山东省烟台市龙口市东江街道综合文化服务中心", "龙口市科协", "lkkx"),
    "ytlkfarm": ("yantai", 37.6300, 120.5100, "山东省烟台市龙口市东江街道农业技术推广中心", "龙口市农业农村局", "lkny"),
    "ythy": ("yantai", 36.7760, 121.1590, "山东省烟台市海阳市留格庄镇海阳核电科技馆", "海阳核电", "hynpp"),
    "wfsg": ("weifang", 36.8580, 118.7900, "山东省潍坊市寿光市蔬菜高科技示范园", "寿光市科协", "sgkx"),
    "wfkite": ("weifang", 36.7100, 119.1200, "山东省潍坊市奎文区行政街66号潍坊世界风筝博物馆", "潍坊市科协", "wfkx"),
    "nbstm": ("ningbo", 29.8190, 121.5560, "浙江省宁波市鄞州区天童北路宁波科学探索中心", "宁波科学探索中心", "nbsec"),
    "nbport": ("ningbo", 29.9000, 121.8500, "浙江省宁波市北仑区明州路宁波舟山港展示馆", "宁波市科协", "nbkx"),
    "nbyy": ("ningbo", 30.0370, 121.1550, "浙江省宁波市余姚市阳明街道余姚市科技馆", "余姚市科协", "yykx"),
    "wzstm": ("wenzhou", 28.0060, 120.6720, "浙江省温州市鹿城区府东路温州科技馆", "温州科技馆", "wzstm"),
    "wzra": ("wenzhou", 27.7780, 120.6550, "浙江省温州市瑞安市安阳街道瑞安市文化中心", "瑞安市科协", "rakx"),
    "jhyw": ("jinhua", 29.3060, 120.0750, "浙江省金华市义乌市稠城街道义乌市科技馆", "义乌市科协", "ywkx"),
    "fzstm": ("fuzhou", 26.0850, 119.2970, "福建省福州市鼓楼区湖东路福建省科技馆", "福建省科技馆", "fjstm"),
    "fzmw": ("fuzhou", 26.0000, 119.4500, "福建省福州市马尾区闽江河口湿地公园", "福州市科协", "fzkx"),
    "qzstm": ("quanzhou", 24.9050, 118.6030, "福建省泉州市丰泽区东海大街泉州科技馆", "泉州科技馆", "qzstm"),
    "qzbay": ("quanzhou", 24.8800, 118.6800, "福建省泉州市丰泽区泉州湾河口湿地省级自然保护区", "泉州市科协", "qzkx"),
    "qzjj": ("quanzhou", 24.7810, 118.5520, "福建省泉州市晋江市青阳街道晋江市科技馆", "晋江市科协", "jjkx"),
    "ncstm": ("nanchang", 28.6850, 115.8550, "江西省南昌市红谷滩区会展路江西省科学技术馆", "江西省科学技术馆", "jxstm"),
    "ncmet": ("nanchang", 28.7000, 115.9500, "江西省南昌市青山湖区南昌市气象台", "南昌市气象局", "ncmb"),
    "jjpoyang": ("jiujiang", 29.1900, 116.0100, "江西省九江市永修县吴城镇鄱阳湖候鸟保护区", "九江市科协", "jjkx"),
    "jjstm": ("jiujiang", 29.6800, 116.0000, "江西省九江市濂溪区九江市科技馆", "九江市科技馆", "jjstm"),
    "gzstm": ("ganzhou", 25.8300, 114.9300, "江西省赣州市章贡区赣州科技馆", "赣州科技馆", "gzstm"),
    "gzrj": ("ganzhou", 25.8850, 116.0270, "江西省赣州市瑞金市象湖镇瑞金市青少年活动中心", "瑞金市科协", "rjkx"),
    "gzrjfarm": ("ganzhou", 25.9300, 115.9800, "江西省赣州市瑞金市叶坪乡脐橙种植基地", "瑞金市农业农村局", "rjny"),
    "ccstm": ("changchun", 43.8180, 125.4150, "吉林省长春市南关区永顺路吉林省科技馆", "吉林省科技馆", "jlstm"),
    "ccsat": ("changchun", 43.9600, 125.3700, "吉林省长春市北湖科技开发区长光卫星技术股份有限公司", "长光卫星", "cgsat"),
    "ccvil": ("changchun", 44.4300, 125.1800, "吉林省长春市农安县合隆镇玉米示范基地", "长春市科协", "cckx"),
    "dlnhm": ("dalian", 38.8710, 121.5650, "辽宁省大连市沙河口区西村街40号大连自然博物馆", "大连自然博物馆", "dlnhm"),
    "dlocean": ("dalian", 38.8790, 121.5900, "辽宁省大连市沙河口区中山路608号大连海洋科普中心", "大连市科协", "dlkx"),
    "dldicp": ("dalian", 38.8960, 121.6050, "辽宁省大连市沙河口区中山路457号中国科学院大连化学物理研究所", "大连化物所", "dicp"),
    "hhstm": ("huhehaote", 40.8420, 111.7300, "内蒙古自治区呼和浩特市新城区成吉思汗大街内蒙古科技馆", "内蒙古科技馆", "nmgstm"),
    "hhfarm": ("huhehaote", 40.7200, 111.1500, "内蒙古自治区呼和浩特市土默特左旗奶业科技示范牧场", "呼和浩特市科协", "hhkx"),
    "hhgrass": ("huhehaote", 41.1000, 111.4500, "内蒙古自治区呼和浩特市武川县草原星空营地", "呼和浩特市天文学会", "hhastro"),
    "ycstm": ("yinchuan", 38.4870, 106.2200, "宁夏回族自治区银川市金凤区人民广场东街宁夏科技馆", "宁夏科技馆", "nxstm"),
    "ychelan": ("yinchuan", 38.6000, 105.9500, "宁夏回族自治区银川市西夏区贺兰山东麓星空营地", "宁夏天文学会", "nxastro"),
    "xnstm": ("xining", 36.6250, 101.7380, "青海省西宁市城西区五四西路青海省科技馆", "青海省科技馆", "qhstm"),
    "wlmqstm": ("wulumuqi", 43.8250, 87.5800, "新疆维吾尔自治区乌鲁木齐市沙依巴克区新疆科技馆", "新疆科技馆", "xjstm"),
    "wlmqfarm": ("wulumuqi", 43.9500, 87.6500, "新疆维吾尔自治区乌鲁木齐市米东区农业技术推广站", "乌鲁木齐市科协", "wlmqkx"),
    "lsstm": ("lasa", 29.6450, 91.1350, "西藏自治区拉萨市城关区西藏自治区科技馆", "西藏自治区科技馆", "xzstm"),
    "lsvil": ("lasa", 29.3500, 90.7400, "西藏自治区拉萨市曲水县农牧综合服务中心", "拉萨市科协", "lskx"),
    "hkstm": ("haikou", 20.0300, 110.3500, "海南省海口市美兰区国兴大道海南省科技馆", "海南省科技馆", "hnstm"),
    "sydeep": ("sanya", 18.2200, 109.5000, "海南省三亚市天涯区鹿回头路28号中国科学院深海科学与工程研究所", "中国科学院深海所", "idsse"),
    "synf": ("sanya", 18.3600, 109.1700, "海南省三亚市崖州区南繁科技城", "三亚市科协", "sykx"),
    "glkarst": ("guilin", 25.2780, 110.3200, "广西壮族自治区桂林市七星区七星路50号岩溶地质研究所", "中国地质科学院岩溶地质研究所", "karst"),
    "glstm": ("guilin", 25.2400, 110.2100, "广西壮族自治区桂林市临桂区桂林科技馆", "桂林科技馆", "glstm"),
    "glyang": ("guilin", 24.7800, 110.4900, "广西壮族自治区桂林市阳朔县漓江生态科普驿站", "桂林市科协", "glkx"),
    "lzstm": ("liuzhou", 24.3200, 109.4150, "广西壮族自治区柳州市城中区柳州科技馆", "柳州科技馆", "lzstm"),
    "zystm": ("zunyi", 27.7100, 106.9200, "贵州省遵义市汇川区遵义市科技馆", "遵义市科技馆", "zystm"),
    "zytea": ("zunyi", 27.7670, 107.4650, "贵州省遵义市湄潭县兴隆镇茶产业示范园", "湄潭县科协", "mtkx"),
    "mystm": ("mianyang", 31.4680, 104.6790, "四川省绵阳市涪城区绵阳科技馆", "绵阳科技馆", "mystm"),
    "mycaep": ("mianyang", 31.5300, 104.7600, "四川省绵阳市游仙区绵山路64号中国工程物理研究院科技馆", "中国工程物理研究院", "caep"),
    "ybstm": ("yibin", 28.7600, 104.6400, "四川省宜宾市叙州区宜宾市科技馆", "宜宾市科技馆", "ybstm"),
    "ybvil": ("yibin", 28.1600, 104.5100, "四川省宜宾市筠连县农业技术服务中心", "筠连县科协", "jlkx"),
    "lystm": ("luoyang", 34.6200, 112.4500, "河南省洛阳市洛龙区洛阳科技馆", "洛阳科技馆", "lystm"),
    "lytractor": ("luoyang", 34.6600, 112.3900, "河南省洛阳市涧西区建设路东方红农耕博物馆", "中国一拖", "yituo"),
    "kfstm": ("kaifeng", 34.8000, 114.3400, "河南省开封市龙亭区开封市科技馆", "开封市科协", "kfkx"),
    "xystm": ("xiangyang", 32.0420, 112.1400, "湖北省襄阳市樊城区襄阳市科技馆", "襄阳市科协", "xykx"),
    "xyyc": ("xiangyang", None, None, "湖北省襄阳市宜城市小河镇农业综合服务站", "宜城市科协", "yckx"),
    "zzstm": ("zhuzhou", 27.8300, 113.0800, "湖南省株洲市天元区株洲市科技馆", "株洲市科协", "zzkx"),
    "cdstm": ("changde", 29.0400, 111.6900, "湖南省常德市武陵区常德市科技馆", "常德市科协", "cdkx"),
    "cdvil": ("changde", 29.0200, 111.6800, "湖南省常德市鼎城区水稻科技示范基地", "鼎城区农业农村局", "dcny"),
    "whstm": ("wuhu", 31.3600, 118.3900, "安徽省芜湖市鸠江区芜湖科技馆", "芜湖科技馆", "whstm"),
    "whrobot": ("wuhu", 31.4000, 118.4300, "安徽省芜湖市鸠江区机器人产业园展示中心", "芜湖市科协", "whkx"),
    "xzstm": ("xuzhou", 34.2600, 117.2200, "江苏省徐州市云龙区徐州市科技馆", "徐州市科技馆", "xzstm"),
    "xzmine": ("xuzhou", 34.3800, 117.4000, "江苏省徐州市贾汪区潘安湖湿地公园", "徐州市科协", "xzkx"),
    "wxsc": ("wuxi", 31.4850, 120.2750, "江苏省无锡市滨湖区蠡园开发区国家超级计算无锡中心", "国家超级计算无锡中心", "nsccwx"),
    "wxstm": ("wuxi", 31.4900, 120.3600, "江苏省无锡市新吴区无锡科技馆", "无锡市科协", "wxkx"),
    "wxjy": ("wuxi", 31.9100, 120.2800, "江苏省无锡市江阴市澄江街道江阴市科技馆", "江阴市科协", "jykx"),
    "yzstm": ("yangzhou", 32.3900, 119.3900, "江苏省扬州市邗江区扬州市科技馆", "扬州市科协", "yzkx"),
    "zhstm": ("zhuhai", 22.2700, 113.5700, "广东省珠海市香洲区珠海市科技馆", "珠海市科协", "zhkx"),
    "dgcsns": ("dongguan", 22.9700, 113.9300, "广东省东莞市大朗镇中子源路1号中国散裂中子源", "中国散裂中子源", "csns"),
    "dgstm": ("dongguan", 23.0200, 113.7500, "广东省东莞市南城区东莞科学馆", "东莞科学馆", "dgsm"),
    "fsstm": ("foshan", 23.0300, 113.1100, "广东省佛山市禅城区佛山科学馆", "佛山科学馆", "fssm"),
    "fssd": ("foshan", 22.8050, 113.2930, "广东省佛山市顺德区北滘镇机器人谷展示中心", "顺德区科协", "sdkx"),
}

C, X = "CONFIRMED", "CANCELLED"
ONLINE_ORG = ("中国科协科普部", "kepu-online")

# uid, title, venue (None = online: LOCATION), start, end (YYYYMMDDTHHMM), categories, status, description (None = default)
E = [
    # 北京
    ("bj-ai-open", "中关村人工智能开放日", "bjzgc", "20260919T0900", "20260919T1700", "人工智能,亲子,全国科普日", C, None),
    ("bj-quantum", "Quantum Computing Open Lab", "bjzgc", "20260920T1000", "20260920T1600", "量子科技", C,
     "Hands-on demos of superconducting qubits, guided by researchers. Free entry, booking required."),
    ("bj-planet-star", "北京天文馆：秋季星空观测夜", "bjplanet", "20260919T1930", "20260920T0030", "天文,亲子", C, None),
    ("bj-planet-show", "天文馆球幕电影《寻找暗物质》", "bjplanet", "20260922T1400", "20260922T1530", "天文,青少年", C, None),
    ("bj-space-exh", "中国航天成就展", "bjstm", "20260901T0900", "20261031T1700", "航天", C,
     "展期两个月，展示载人航天、探月与火星探测成果，每日9:00-17:00开放。"),
    ("bj-rocket", "青少年火箭模型制作营", "bjstm", "20260919T1330", "20260919T1630", "航天,青少年", C, None),
    ("bj-elder-phone", "银龄数字课堂：智能手机防诈骗", "bjcomm", "20260917T0930", "20260917T1130", "数字素养,老年人", C, None),
    ("bj-elder-health", "慢病管理健康讲座", "bjcomm", "20260923T0900", "20260923T1100", "卫生健康,老年人", C, None),
    ("bj-robot-kids", "青少年机器人编程挑战赛", "bjstm", "20260926T0900", "20260926T1700", "机器人,人工智能,青少年", C, None),
    ("bj-bigdata", "大数据与城市治理论坛", "bjzgc", "20260918T1400", "20260918T1700", "大数据", C, None),
    ("bj-metaverse", "元宇宙科普体验周", "bjstm", "20260919T0900", "20260925T1700", "元宇宙,亲子,全国科普日", C, None),
    ("bj-farm", "科普大篷车进密云乡村", "bjmiyun", "20260924T0900", "20260924T1600", "农业科技,农民", C, None),
    ("bj-ai-salon", "AI伦理沙龙", "bjzgc", "20260920T1400", "20260920T1600", "人工智能", X, None),
    ("bj-saturn", "北京天文馆：土星冲日观测", "bjplanet", "20260912T1930", "20260912T2200", "天文", C, None),
    ("bj-academician", "科学家进校园：院士讲航天", "bjschool", "20260916T0900", "20260916T1130", "航天,青少年", C, None),
    ("bj-morning", "晨练健康科普", "bjcomm", "20260916T0700", "20260916T0930", "卫生健康,老年人", C, None),
    ("bj-dino", "国家自然博物馆：恐龙与深地探秘", "bjnhm", "20261002T0930", "20261002T1630", "深海深地,亲子", C, None),
    ("bj-oct-astro", "国庆天文科普周", "bjplanet", "20261001T0900", "20261007T1700", "天文,亲子", C, None),
    ("bj-teachers", "中小学科学教师人工智能教学研修班", "bjstm", "20261010T0900", "20261011T1700", "人工智能,教师", C, None),
    ("bj-quake", "地震应急避险演练", "bjcomm", "20261013T1000", "20261013T1130", "应急科普", C, None),
    ("bj-weather", "气象局开放日：走进天气预报", "bjmet", "20260923T0900", "20260923T1600", "气象,青少年", C, None),
    # 上海
    ("sh-moon", "中秋赏月：上海天文馆观月夜", "shplanet", "20260925T1900", "20260925T2200", "天文,亲子", C, None),
    ("sh-exoplanet", "Shanghai Astronomy Museum Night: Exoplanets Talk", "shplanet", "20260919T1900", "20260919T2100", "天文", C,
     "An evening talk on how astronomers find planets around other stars. In English and Chinese."),
    ("sh-astro-school", "天文馆少年天文学校开学课", "shplanet", "20261010T0930", "20261010T1130", "天文,青少年", C, None),
    ("sh-ai-forum", "人工智能科普论坛：大模型走进生活", "shzj", "20260920T1330", "20260920T1700", "人工智能", C, None),
    ("sh-ai-kids", "AI编程亲子工作坊", "shstm", "20260919T1000", "20260919T1200", "人工智能,亲子", C, None),
    ("sh-robot-exh", "人形机器人科普展", "shstm", "20260918T0900", "20261008T1700", "机器人", C, None),
    ("sh-estuary", "长江口湿地与海洋生态讲座", "shnhm", "20260927T1400", "20260927T1600", "海洋科学,生态环保", C, None),
    ("sh-night-nhm", "城市生物多样性观察：夜游自然博物馆", "shnhm", "20260926T1800", "20260926T2100", "生态环保,亲子", C, None),
    ("sh-elder-digital", "长者反诈与数字生活课堂", "shcomm", "20260922T1400", "20260922T1600", "数字素养,老年人", C, None),
    ("sh-cpr", "健康上海：心肺复苏急救培训", "shcomm", "20260924T0900", "20260924T1130", "卫生健康,应急科普", C, None),
    ("sh-supercomp", "超级计算与气候模拟开放日", "shzj", "20261015T0900", "20261015T1600", "超级计算,气象", C, None),
    ("sh-quantum", "量子科技科普讲座", "shzj", "20260923T1900", "20260923T2030", "量子科技", C, None),
    ("sh-deepsea", "Deep Sea Exploration Family Day", "shnhm", "20260920T1000", "20260920T1600", "深海深地,亲子", X, None),
    ("sh-summer-robot", "科技馆暑期机器人夏令营", "shstm", "20260720T0900", "20260830T1700", "机器人,青少年", C, None),
    ("sh-night-camp", "航天主题科技馆奇妙夜（亲子过夜）", "shstm", "20261003T1800", "20261004T0800", "航天,亲子", C, None),
    ("sh-food", "食品安全周：读懂食品标签", "shcomm", "20260921T1400", "20260921T1600", "食品安全,老年人", C, None),
    ("sh-metaverse", "元宇宙数字艺术展", "shzj", "20260915T1000", "20261015T2000", "元宇宙", C, None),
    ("sh-astro-teacher", "天文教师工作坊", "shplanet", "20261017T0900", "20261017T1700", "天文,教师", C, None),
    # 天津
    ("tj-ocean-week", "国家海洋博物馆海洋科普周", "tjocean", "20260919T0900", "20260925T1630", "海洋科学,亲子", C, None),
    ("tj-ocean-camp", "小小海洋学家研学营", "tjocean", "20261003T0900", "20261003T1600", "海洋科学,青少年", C, None),
    ("tj-tianhe", "天河超算开放日", "tjsc", "20260919T0900", "20260919T1600", "超级计算,大数据", C, None),
    ("tj-fall", "老年人防跌倒健康讲座", "tjcomm", "20260918T0900", "20260918T1030", "卫生健康,老年人", C, None),
    ("tj-phone", "Smartphone Class for Seniors", "tjcomm", "20260924T1400", "20260924T1600", "数字素养,老年人", C,
     "Learn to use mobile payment, health codes and video calls safely. Bilingual volunteers."),
    ("tj-safety", "应急安全体验日：地震与消防", "tjstm", "20260920T0900", "20260920T1600", "应急科普,亲子", C, None),
    ("tj-met", "天津气象台开放日", "tjmet", "20260923T0900", "20260923T1130", "气象", C, None),
    ("tj-robot-exh", "智能科技科普展：机器人与人工智能", "tjstm", "20260917T0900", "20260921T1700", "机器人,人工智能", C, None),
    ("tj-haihe-stars", "海河夜间观星", "tjstm", "20260926T1930", "20260926T2130", "天文", X, None),
    ("tj-dome", "天津科技馆天象厅：秋季星空", "tjstm", "20260927T1400", "20260927T1500", "天文,青少年", C, None),
    # 石家庄
    ("sjz-wheat", "科技下乡：小麦秋播技术培训", "sjzvil", "20260922T0900", "20260922T1130", "农业科技,农民", C, None),
    ("sjz-food", "食品安全进社区", "sjzstm", "20260919T0900", "20260919T1100", "食品安全,老年人", C, None),
    ("sjz-show", "科技馆科学实验秀", "sjzstm", "20260920T1000", "20260920T1100", "青少年", C, None),
    ("sjz-ai-teach", "人工智能进课堂：教师培训", "sjzstm", "20260929T0900", "20260929T1700", "人工智能,教师", C, None),
    ("sjz-saihanba", "塞罕坝生态文明展", "sjzstm", "20260905T0900", "20260930T1700", "生态环保", C, None),
    # 太原
    ("ty-coal", "深地探秘：走进煤矿科普", "tycoal", "20260919T0900", "20260919T1600", "深海深地,青少年", C, None),
    ("ty-mine-rescue", "矿山安全与应急救援展", "tycoal", "20260915T0900", "20260927T1700", "应急科普", C, None),
    ("ty-stars", "太原观星会", "tystm", "20260919T2000", "20260919T2300", "天文", X, None),
    ("ty-elder", "老年健康大讲堂", "tystm", "20260924T0900", "20260924T1100", "卫生健康,老年人", C, None),
    ("ty-launch", "卫星发射中心科普讲座", "tystm", "20261009T1400", "20261009T1600", "航天", C, None),
    # 济南
    ("jn-quantum-open", "量子通信科普开放日", "jnq", "20260919T0900", "20260919T1600", "量子科技,青少年", C, None),
    ("jn-quantum-talk", "量子科技进社区讲座", "jnstm", "20261014T1430", "20261014T1630", "量子科技", C, None),
    ("jn-bp", "泉城健康大讲堂：高血压防治", "jnstm", "20260923T0900", "20260923T1100", "卫生健康,老年人", C, None),
    ("jn-astro", "科技馆天文观测体验", "jnstm", "20260926T1900", "20260926T2100", "天文,亲子", C, None),
    ("jn-ai-med", "AI+医疗科普展", "jnstm", "20260917T0900", "20260930T1700", "人工智能,卫生健康", C, None),
    ("jn-robot-past", "机器人工作坊", "jnstm", "20260910T1400", "20260910T1600", "机器人", C, None),
    # 烟台 / 潍坊
    ("yt-ranch", "海洋牧场科普研学", "ytocean", "20260920T0900", "20260920T1600", "海洋科学,青少年", C, None),
    ("yt-apple", "苹果种植新技术培训（科技下乡）", "ytlkfarm", "20260921T0900", "20260921T1130", "农业科技,农民", C, None),
    ("yt-astro", "烟台天文爱好者观测夜", "ytstm", "20260919T1930", "20260920T0100", "天文", C, None),
    ("yt-lk-health", "龙口市老年健康义诊与讲座", "ytlk", "20260923T0830", "20260923T1130", "卫生健康,老年人", C, None),
    ("yt-nuclear", "核电科普开放日", "ythy", "20261010T0900", "20261010T1600", "核科普,亲子", C, None),
    ("wf-veg", "寿光蔬菜种植科技讲堂", "wfsg", "20260925T0900", "20260925T1130", "农业科技,农民", C, None),
    ("wf-kite", "风筝与气象科普体验", "wfkite", "20261005T0900", "20261005T1200", "气象,亲子", C, None),
    # 宁波
    ("nb-stars", "Ningbo Stargazing Night", "nbstm", "20260926T1900", "20260926T2200", "天文,亲子", C,
     "Telescopes on the rooftop terrace; families welcome, kids must be accompanied."),
    ("nb-maker", "2026宁波机器人创客嘉年华", "nbstm", "20260919T0900", "20260920T1700", "机器人,青少年", C, None),
    ("nb-maker-2025", "2025宁波机器人创客嘉年华", "nbstm", "20250920T0900", "20250921T1700", "机器人,青少年", C, None),
    ("nb-port", "港口与海洋科普开放日", "nbport", "20261002T0900", "20261002T1600", "海洋科学", C, None),
    ("nb-yy-bayberry", "杨梅产业科技培训", "nbyy", "20260924T0900", "20260924T1130", "农业科技,农民", C, None),
    ("nb-yy-astro", "余姚青少年天文科普讲座", "nbyy", "20260927T1400", "20260927T1600", "天文,青少年", C, None),
    # 温州
    ("wz-typhoon", "台风来了：气象防灾科普展", "wzstm", "20260910T0900", "20260930T1700", "气象,应急科普", C, None),
    ("wz-ai-week", "温州人工智能科普周", "wzstm", "20260924T0900", "20260928T1700", "人工智能", C, None),
    ("wz-ra-elder", "瑞安老年人健康知识讲座", "wzra", "20260918T0900", "20260918T1100", "卫生健康,老年人", C, None),
    ("wz-ra-robot", "瑞安市青少年机器人比赛", "wzra", "20261005T0900", "20261005T1700", "机器人,青少年", C, None),
    # 金华（义乌）
    ("jh-yw-digital", "电商直播数字素养培训", "jhyw", "20260922T0900", "20260922T1700", "数字素养", C, None),
    ("jh-yw-bigdata", "大数据与小商品：科普开放日", "jhyw", "20260919T0900", "20260919T1600", "大数据,亲子", C, None),
    # 福州
    ("fz-digital", "数字中国科普体验展", "fzstm", "20260918T0900", "20260928T1700", "数字素养,大数据", C, None),
    ("fz-estuary", "闽江河口海洋生物多样性讲座", "fzmw", "20260920T1430", "20260920T1630", "海洋科学,生态环保", C, None),
    ("fz-elder", "银发族智能手机课堂", "fzstm", "20260923T0900", "20260923T1100", "数字素养,老年人", C, None),
    ("fz-dome", "科技馆球幕天文节目", "fzstm", "20261003T1000", "20261003T1100", "天文,亲子", C, None),
    # 泉州
    ("qz-jj-robot", "智能制造与机器人开放日", "qzjj", "20260919T0900", "20260919T1600", "机器人,人工智能", C, None),
    ("qz-jj-food", "食品安全宣传周（晋江站）", "qzjj", "20260922T0900", "20260922T1130", "食品安全", C, None),
    ("qz-mangrove", "泉州湾红树林生态研学", "qzbay", "20260927T0800", "20260927T1200", "生态环保,海洋科学,亲子", C, None),
    ("qz-astro", "泉州天文讲座", "qzstm", "20260921T1900", "20260921T2100", "天文", X, None),
    # 南昌 / 九江 / 赣州
    ("nc-aero", "航空航天科普展", "ncstm", "20260912T0900", "20261011T1700", "航天", C, None),
    ("nc-met", "气象开放日：走进南昌气象台", "ncmet", "20260923T0900", "20260923T1130", "气象,青少年", C, None),
    ("nc-elder", "老年人秋冬养生讲座", "ncstm", "20261012T0900", "20261012T1100", "卫生健康,老年人", C, None),
    ("jj-birds", "鄱阳湖候鸟观测科普", "jjpoyang", "20261017T0800", "20261017T1200", "生态环保,亲子", C, None),
    ("jj-flood", "防汛防灾应急科普", "jjstm", "20260918T0900", "20260918T1100", "应急科普,气象", C, None),
    ("gz-navel", "脐橙种植技术科普下乡", "gzrjfarm", "20260925T0900", "20260925T1130", "农业科技,农民", C, None),
    ("gz-rare-earth", "稀土与深地资源科普展", "gzstm", "20260915T0900", "20261015T1700", "深海深地", C, None),
    ("gz-rj-fest", "瑞金青少年科技节", "gzrj", "20261002T0900", "20261003T1700", "机器人,青少年", C, None),
    # 长春
    ("cc-jilin1", "吉林一号卫星科普开放日", "ccsat", "20260919T0900", "20260919T1600", "航天,青少年", C, None),
    ("cc-corn", "黑土地保护与玉米收获科技培训", "ccvil", "20261010T0900", "20261010T1200", "农业科技,农民", C, None),
    ("cc-astro", "科技馆秋夜观星", "ccstm", "20260928T1900", "20260928T2200", "天文,亲子", C, None),
    ("cc-elder", "老年人冬季防病讲座", "ccstm", "20261020T0900", "20261020T1100", "卫生健康,老年人", C, None),
    # 大连
    ("dl-ocean-kids", "海洋动物亲子科普课", "dlocean", "20260919T1000", "20260919T1130", "海洋科学,亲子", C, None),
    ("dl-polar", "Polar and Ocean Exploration Exhibition", "dlnhm", "20260915T0900", "20261015T1700", "海洋科学,深海深地", C,
     "Deep-sea landers and polar expedition gear on show. Open daily except Mondays."),
    ("dl-dicp", "走进实验室：清洁能源公众科学日", "dldicp", "20260926T0900", "20260926T1600", "生态环保,青少年", C, None),
    ("dl-seafood", "海鲜食品安全与老年营养讲座", "dlnhm", "20260923T0900", "20260923T1100", "食品安全,卫生健康,老年人", C, None),
    ("dl-boat-stars", "海上观星游船", "dlocean", "20260920T1900", "20260920T2200", "天文,海洋科学", X, None),
    ("dl-robot", "大连青少年机器人大赛", "dlnhm", "20261011T0900", "20261011T1700", "机器人,青少年", C, None),
    # 呼和浩特 / 银川 / 西宁 / 乌鲁木齐 / 拉萨
    ("hh-dairy", "奶业科技与牧民培训", "hhfarm", "20260922T0900", "20260922T1600", "农业科技,农民", C, None),
    ("hh-grass-stars", "草原星空观测营", "hhgrass", "20260919T2000", "20260920T0200", "天文,亲子", C, None),
    ("hh-capsule", "神舟返回舱科普展", "hhstm", "20260920T0900", "20261010T1700", "航天", C, None),
    ("yc-starparty", "Helan Mountain Dark Sky Star Party", "ychelan", "20260926T2000", "20260927T0230", "天文", C,
     "Bring warm clothes; shuttle bus from the science museum at 19:00."),
    ("yc-desert", "荒漠化防治与生态修复科普展", "ycstm", "20260916T0900", "20260930T1700", "生态环保", C, None),
    ("yc-wine", "葡萄酒产业与食品安全科普", "ycstm", "20261010T1400", "20261010T1600", "食品安全,农业科技", C, None),
    ("xn-sanjiangyuan", "三江源生态保护科普展", "xnstm", "20260917T0900", "20261017T1700", "生态环保", C, None),
    ("xn-climate", "高原气象与气候变化讲座", "xnstm", "20260923T1430", "20260923T1630", "气象", C, None),
    ("xn-heart", "高原老年人心血管健康讲座", "xnstm", "20260918T0900", "20260918T1100", "卫生健康,老年人", C, None),
    ("wlmq-tianshan", "天山天文观测科普讲座", "wlmqstm", "20260920T1600", "20260920T1800", "天文", C, None),
    ("wlmq-cotton", "棉花机械化采收技术培训", "wlmqfarm", "20260926T1000", "20260926T1300", "农业科技,农民", C, None),
    ("wlmq-show", "科技馆国庆科学秀", "wlmqstm", "20261003T1100", "20261003T1200", "青少年", C, None),
    ("ls-altitude", "高原健康科普：预防高原反应", "lsstm", "20260921T1000", "20260921T1200", "卫生健康", C, None),
    ("ls-plateau-exh", "青藏高原生态科考成果展", "lsstm", "20260915T1000", "20261031T1800", "生态环保,气象", C, None),
    ("ls-barley", "青稞种植新技术下乡", "lsvil", "20260924T1000", "20260924T1300", "农业科技,农民", C, None),
    # 海口 / 三亚
    ("hk-typhoon", "台风防御应急科普", "hkstm", "20260918T0900", "20260918T1100", "应急科普,气象", C, None),
    ("hk-coral", "海口湾珊瑚礁保护讲座", "hkstm", "20260920T1430", "20260920T1630", "海洋科学,生态环保", C, None),
    ("hk-launch", "文昌航天发射观摩科普讲座", "hkstm", "20260925T1900", "20260925T2100", "航天,青少年", C, None),
    ("hk-elder", "长者健康科普日", "hkstm", "20261008T0900", "20261008T1130", "卫生健康,老年人", C, None),
    ("sy-deep-open", "深海所公众开放日：奋斗者号科普", "sydeep", "20260919T0900", "20260919T1600", "深海深地,海洋科学,亲子", C, None),
    ("sy-nanfan", "南繁育种科技开放日", "synf", "20260923T0900", "20260923T1200", "农业科技,农民", C, None),
    ("sy-deep-talk", "深海科技讲座", "sydeep", "20260914T1430", "20260914T1630", "深海深地", C, None),
    # 桂林 / 柳州
    ("gl-karst", "喀斯特地貌与深地探秘研学", "glkarst", "20260926T0900", "20260926T1600", "深海深地,青少年", C, None),
    ("gl-lijiang", "漓江生态保护亲子行", "glyang", "20261004T0900", "20261004T1200", "生态环保,亲子", C, None),
    ("gl-astro", "桂林科技馆天文讲座", "glstm", "20260921T1930", "20260921T2100", "天文", C, None),
    ("lz-auto", "智能汽车与机器人科普展", "lzstm", "20260918T0900", "20260927T1700", "机器人,人工智能", C, None),
    ("lz-teacher", "科学教师机器人教学培训", "lzstm", "20260925T0900", "20260925T1700", "机器人,教师", C, None),
    # 遵义 / 绵阳 / 宜宾
    ("zy-tea", "湄潭茶叶科技培训进村", "zytea", "20260921T0900", "20260921T1200", "农业科技,农民", C, None),
    ("zy-digital", "乡村数字素养提升课堂", "zytea", "20260928T1400", "20260928T1600", "数字素养,农民", C, None),
    ("zy-space-kids", "亲子航天日", "zystm", "20260920T1000", "20260920T1600", "航天,亲子", C, None),
    ("my-caep", "核科学开放日：走近中物院", "mycaep", "20260919T0900", "20260919T1600", "核科普,青少年", C, None),
    ("my-nuclear-qa", "Nuclear Energy Q&A Night", "mystm", "20260924T1900", "20260924T2100", "核科普", C,
     "Scientists answer your questions on nuclear power and radiation safety."),
    ("my-aero", "科技城航空航天展", "mystm", "20260917T0900", "20260923T1700", "航天", C, None),
    ("my-npp-talk", "核电安全讲座", "mystm", "20261010T1400", "20261010T1600", "核科普", X, None),
    ("yb-battery", "新能源电池科普开放日", "ybstm", "20260926T0900", "20260926T1600", "生态环保,青少年", C, None),
    ("yb-tea", "早茶种植技术培训", "ybvil", "20261013T0900", "20261013T1200", "农业科技,农民", C, None),
    # 洛阳 / 开封 / 襄阳 / 株洲 / 常德
    ("ly-tractor", "东方红农机科普：从拖拉机到无人农机", "lytractor", "20260920T0900", "20260920T1600", "农业科技,机器人,农民", C, None),
    ("ly-stars", "洛阳科技馆夜观星空", "lystm", "20260919T1930", "20260919T2200", "天文,亲子", C, None),
    ("ly-fraud", "老年人防诈骗数字课", "lystm", "20260922T0900", "20260922T1100", "数字素养,老年人", C, None),
    ("kf-food", "开封小吃与食品安全科普", "kfstm", "20260919T1000", "20260919T1200", "食品安全,亲子", C, None),
    ("kf-elder", "社区老年健康讲座", "kfstm", "20260923T0900", "20260923T1100", "卫生健康,老年人", C, None),
    ("xy-drill", "防灾减灾应急演练进社区", "xystm", "20260920T0900", "20260920T1130", "应急科普", C, None),
    ("xy-harvest", "秋收农业科技服务", "xyyc", "20260925T0900", "20260925T1200", "农业科技,农民", C, None),
    ("zz-rail", "轨道交通与人工智能科普展", "zzstm", "20260918T0900", "20260930T1700", "人工智能", C, None),
    ("zz-aero", "航空动力科普讲座", "zzstm", "20260924T1430", "20260924T1630", "航天,青少年", C, None),
    ("cd-rice", "水稻秋收与机械化技术培训", "cdvil", "20260921T0900", "20260921T1200", "农业科技,农民", C, None),
    ("cd-weather", "气象防灾减灾科普讲座", "cdstm", "20261009T1430", "20261009T1630", "气象,应急科普", C, None),
    # 芜湖 / 徐州 / 无锡 / 扬州
    ("wh-robot-open", "工业机器人开放日", "whrobot", "20260919T0900", "20260919T1600", "机器人,亲子", C, None),
    ("wh-robot-teacher", "机器人课程教师研修", "whstm", "20260926T0900", "20260926T1700", "机器人,教师", C, None),
    ("wh-quantum", "量子科技科普巡展（芜湖站）", "whstm", "20261001T0900", "20261007T1700", "量子科技", C, None),
    ("xz-panan", "采煤塌陷区生态修复科普游", "xzmine", "20260920T0900", "20260920T1200", "生态环保,亲子", C, None),
    ("xz-machinery", "工程机械与机器人科普展", "xzstm", "20260917T0900", "20261017T1700", "机器人", C, None),
    ("xz-rescue", "矿山应急救援体验", "xzstm", "20261003T0900", "20261003T1200", "应急科普", C, None),
    ("wx-taihulight", "神威·太湖之光超算开放日", "wxsc", "20260919T0900", "20260919T1600", "超级计算,青少年", C, None),
    ("wx-bigdata-talk", "Big Data & Supercomputing Public Lecture", "wxsc", "20260924T1900", "20260924T2030", "超级计算,大数据", C,
     "How supercomputers crunch weather, genes and traffic data. Q&A with engineers."),
    ("wx-jy-ai", "江阴人工智能科普周", "wxjy", "20260921T0900", "20260927T1700", "人工智能", C, None),
    ("wx-jy-elder", "江阴老年人健康生活讲座", "wxjy", "20260918T0900", "20260918T1100", "卫生健康,老年人", C, None),
    ("wx-jy-lab", "亲子科学实验日", "wxjy", "20261004T0900", "20261004T1200", "亲子", C, None),
    ("wx-elder", "社区老年健康讲座（新吴区）", "wxstm", "20260922T0900", "20260922T1100", "卫生健康,老年人", C, None),
    ("wx-iot", "物联网与人工智能展", "wxstm", "20260915T0900", "20261015T1700", "人工智能,大数据", C, None),
    ("yz-bones", "运河健康大讲堂：老年人骨质疏松防治", "yzstm", "20260922T1400", "20260922T1600", "卫生健康,老年人", C, None),
    ("yz-wetland", "运河湿地生态观察", "yzstm", "20260927T0800", "20260927T1100", "生态环保,亲子", C, None),
    ("yz-astro-past", "扬州天文夜", "yzstm", "20260915T1930", "20260915T2130", "天文", C, None),
    # 珠海 / 东莞 / 佛山
    ("zh-ocean", "珠海海洋科普开放日", "zhstm", "20260920T0900", "20260920T1600", "海洋科学,亲子", C, None),
    ("zh-airshow", "航展前瞻：航空航天科普讲座", "zhstm", "20261017T1400", "20261017T1600", "航天", C, None),
    ("zh-ai-comm", "AI科普进社区（香洲站）", "zhstm", "20260923T1900", "20260923T2100", "人工智能,老年人", C, None),
    ("dg-csns", "中国散裂中子源公众开放日", "dgcsns", "20260919T0900", "20260919T1600", "核科普,青少年", C, None),
    ("dg-robot", "智能制造与机器人展", "dgstm", "20260918T0900", "20260922T1700", "机器人,人工智能", C, None),
    ("dg-ai-camp", "AI小创客亲子营", "dgstm", "20261002T0900", "20261002T1700", "人工智能,亲子", C, None),
    ("fs-robot-valley", "顺德机器人谷开放日", "fssd", "20260926T0900", "20260926T1600", "机器人,亲子", C, None),
    ("fs-metaverse", "元宇宙与数字文化科普体验", "fsstm", "20260919T1000", "20260919T1800", "元宇宙,青少年", C, None),
    ("fs-food", "粤菜美食与食品安全讲座", "fsstm", "20260924T1400", "20260924T1600", "食品安全,老年人", C, None),
    ("fs-stars", "佛山天文观测夜", "fsstm", "20260920T1930", "20260920T2130", "天文,亲子", X, None),
    # 线上
    ("on-equinox", "云上科普：秋分天文直播", "线上直播", "20260922T2000", "20260922T2100", "天文,线上", C, None),
    ("on-llm", "Online: How Large Language Models Work", "线上", "20260920T2000", "20260920T2130", "人工智能,线上", C,
     "A beginner-friendly livestream with live Q&A."),
    ("on-medicine", "线上健康讲座：老年人合理用药", "线上直播", "20260924T1000", "20260924T1100", "卫生健康,老年人,线上", C, None),
    ("on-station", "云游中国空间站直播", "线上直播", "20260929T1900", "20260929T2000", "航天,亲子,线上", C, None),
    ("on-quantum", "量子科技云讲堂", "线上", "20261014T1930", "20261014T2100", "量子科技,线上", C, None),
    ("on-quake-past", "线上科普：地震知识直播", "线上直播", "20260910T1930", "20260910T2030", "应急科普,线上", C, None),
    ("on-ocean-x", "云上海洋课", "线上直播", "20260921T1930", "20260921T2030", "海洋科学,线上", X, None),
    ("on-farm", "农技线上课堂：秋冬种植技术", "线上直播", "20260925T2000", "20260925T2130", "农业科技,农民,线上", C, None),
    ("on-teacher", "科学教师线上研修：人工智能通识", "线上", "20261012T1900", "20261012T2100", "人工智能,教师,线上", C, None),
]


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def iso(s):
    return f"{s[0:4]}-{s[4:6]}-{s[6:8]}T{s[9:11]}:{s[11:13]}:00+08:00"


def default_desc(title, cats, org):
    auds = [AUD_TEXT[c] for c in cats if c in AUD_TEXT]
    who = "，".join(auds) if auds else "面向社会公众"
    return f"{title}。由{org}主办，{who}。免费参加，请提前预约。"


VTZ = """BEGIN:VTIMEZONE
TZID:Asia/Shanghai
BEGIN:STANDARD
DTSTART:19700101T000000
TZNAME:CST
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE"""


def main():
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//blind corpus//kepu//ZH", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:科普活动（各地科协汇总）", "X-WR-TIMEZONE:Asia/Shanghai"] + VTZ.split("\n")
    truth = []
    seen = set()
    for uid, title, v, start, end, cats, status, desc in E:
        assert uid not in seen, uid
        seen.add(uid)
        catl = cats.split(",")
        online = v in ("线上", "线上直播")
        for c in catl:
            assert c in TOPIC or c in AUD or c in ("线上", "全国科普日"), c
        assert online == ("线上" in catl), uid
        full_uid = f"{uid}@blind.example"
        ev = ["BEGIN:VEVENT", f"UID:{full_uid}", f"SUMMARY:{esc(title)}",
              f"DTSTART;TZID=Asia/Shanghai:{start}00", f"DTEND;TZID=Asia/Shanghai:{end}00",
              "DTSTAMP:20260901T020000Z", "CATEGORIES:" + ",".join(esc(c) for c in catl)]
        if online:
            org, dom = ONLINE_ORG
            ev.append(f"LOCATION:{v}")
            ev.append(f"URL:https://live.kepu.example/{uid}")
            city = lat = lon = venue = None
            d = desc or f"{title}。线上直播，点击链接或扫码即可观看，直播后提供回放。"
        else:
            city, lat, lon, loc, org, dom = V[v]
            venue = v
            ev.append(f"LOCATION:{esc(loc)}")
            if lat is not None:
                ev.append(f"GEO:{lat};{lon}")
            d = desc or default_desc(title, catl, org)
        ev.append(f"DESCRIPTION:{esc(d)}")
        ev.append(f"ORGANIZER;CN={org}:mailto:kepu@{dom}.example")
        ev.append(f"STATUS:{status}")
        ev.append("END:VEVENT")
        lines += ev
        truth.append({"uid": full_uid, "title": title, "city": city,
                      "topics": [TOPIC[c] for c in catl if c in TOPIC],
                      "audiences": [AUD[c] for c in catl if c in AUD],
                      "online": online, "status": status, "start": iso(start), "end": iso(end),
                      "lat": lat, "lon": lon, "venue": venue})
    lines.append("END:VCALENDAR")
    (HERE / "corpus.ics").write_bytes(("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8"))
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(truth), "events")


if __name__ == "__main__":
    main()
