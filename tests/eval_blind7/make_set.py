"""Builds the seventh blind eval set: corpus.ics, truth.jsonl, queries.jsonl.

Written without reading the bot's code. Run: python tests/eval_blind7/make_set.py
December 2026 - November 2027, prefecture-level cities the earlier sets barely use: Sichuan (绵阳, 宜宾, 南充),
Shaanxi (宝鸡, 咸阳 / 杨凌, 汉中), Hunan (衡阳, 株洲), Hubei (荆州, 襄阳), Shandong (泰安, 济宁), Henan (新乡, 南阳),
Anhui (安庆, 阜阳), Guangdong (江门, 肇庆), Fujian (莆田, 三明), Hebei (廊坊, 沧州), Shanxi (长治), plus 北京, 上海, 广州,
武汉 and online events. Times are China time (+08:00) unless marked utc (written as ...Z) or floating (no zone).
"""
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.resolve().parent))
from eval_ics import dt, esc, fold, ics_time, write_set  # noqa: E402  (shared with the other sets)

# venue key -> (city id, address, lat, lon)
V = {
    # Sichuan
    "mystm": ("mianyang", "四川省绵阳市涪城区科技馆路绵阳科技馆", 31.4700, 104.7400),
    "mypw": ("mianyang", "四川省绵阳市平武县王朗国家级自然保护区科普中心", 32.4100, 104.5300),
    "mybc": ("mianyang", "四川省绵阳市北川羌族自治县曲山镇北川地震遗址纪念馆", 31.8300, 104.4600),
    "myswust": ("mianyang", "Southwest University of Science and Technology, 59 Qinglong Avenue, Fucheng District, Mianyang, Sichuan", 31.5400, 104.7000),
    "ybstm": ("yibin", "四川省宜宾市翠屏区宜宾市科技馆", 28.7700, 104.6300),
    "ybbamboo": ("yibin", "四川省宜宾市长宁县蜀南竹海景区科普馆", 28.5500, 104.9800),
    "ybuniv": ("yibin", "Yibin University, Jiuxiang Road, Cuiping District, Yibin, Sichuan", 28.8000, 104.6000),
    "yblz": ("yibin", "四川省宜宾市南溪区李庄古镇营造学社旧址", 28.8000, 104.8600),
    "ncstm": ("nanchong", "四川省南充市顺庆区南充市科技馆", 30.8000, 106.0800),
    "nclz": ("nanchong", "四川省阆中市古城落下闳天文文化园", 31.5600, 105.9700),
    "ncuniv": ("nanchong", "China West Normal University, 1 Shida Road, Shunqing District, Nanchong, Sichuan", 30.8200, 106.0700),
    # Shaanxi
    "bjqt": ("baoji", "陕西省宝鸡市渭滨区中华石鼓园宝鸡青铜器博物院", 34.3500, 107.1900),
    "bjstm": ("baoji", "陕西省宝鸡市金台区宝鸡市科技馆", 34.3700, 107.1500),
    "bjtb": ("baoji", "陕西省宝鸡市眉县太白山国家森林公园科普馆", 34.0600, 107.7500),
    "xybwy": ("xianyang", "陕西省咸阳市秦都区咸阳博物院", 34.3300, 108.7100),
    "xyyl": ("xianyang", "陕西省杨凌示范区杨凌农业科技馆", 34.2800, 108.0700),
    "xystm": ("xianyang", "陕西省咸阳市秦都区咸阳市科技馆", 34.3400, 108.7000),
    "hzstm": ("hanzhong", "陕西省汉中市汉台区汉中市科技馆", 33.0700, 107.0300),
    "hzyx": ("hanzhong", "陕西省汉中市洋县朱鹮国家级自然保护区", 33.2200, 107.5500),
    "hzair": ("hanzhong", "陕西省汉中市城固县航空智慧新城航空科普馆", 33.1500, 107.3300),
    # Hunan
    "hystm": ("hengyang", "湖南省衡阳市蒸湘区衡阳市科技馆", 26.8900, 112.5700),
    "hynh": ("hengyang", "湖南省衡阳市南岳区南岳衡山气象站", 27.2500, 112.7000),
    "hyusc": ("hengyang", "University of South China, 28 Changsheng West Road, Zhengxiang District, Hengyang, Hunan", 26.9000, 112.5800),
    "zzrail": ("zhuzhou", "湖南省株洲市石峰区田心中车株机轨道交通科普馆", 27.8800, 113.1000),
    "zzstm": ("zhuzhou", "湖南省株洲市天元区株洲市科技馆", 27.8300, 113.0800),
    "zzyl": ("zhuzhou", "湖南省株洲市炎陵县神农谷国家森林公园", 26.3300, 114.0600),
    # Hubei
    "jzbwg": ("jingzhou", "湖北省荆州市荆州区荆中路荆州博物馆", 30.3500, 112.1900),
    "jzyu": ("jingzhou", "Yangtze University, 1 Nanhuan Road, Jingzhou District, Jingzhou, Hubei", 30.3500, 112.2100),
    "jzhh": ("jingzhou", "湖北省洪湖市洪湖湿地科普馆", 29.8300, 113.4700),
    "xfstm": ("xiangyang", "湖北省襄阳市东津新区襄阳科技馆", 32.0400, 112.2200),
    "xfauto": ("xiangyang", "湖北省襄阳市高新区东风汽车试车场科普中心", 32.0900, 112.1700),
    "xfcom": ("xiangyang", "湖北省襄阳市樊城区新华路社区卫生服务中心", 32.0500, 112.1300),
    "whstm": ("wuhan", "湖北省武汉市洪山区湖北省科技馆新馆", 30.5500, 114.3600),
    "whhzau": ("wuhan", "Huazhong Agricultural University, Shizishan Street, Hongshan District, Wuhan, Hubei", 30.4700, 114.3500),
    # Shandong
    "tats": ("taian", "山东省泰安市泰山区泰山地质公园博物馆", 36.2100, 117.1100),
    "tasdau": ("taian", "Shandong Agricultural University, 61 Daizong Street, Taishan District, Tai'an, Shandong", 36.1700, 117.1600),
    "tastm": ("taian", "山东省泰安市泰山区泰安市科技馆", 36.1900, 117.0900),
    "tafc": ("taian", "山东省肥城市桃文化科普园", 36.1800, 116.7700),
    "jnqf": ("jining", "山东省曲阜市孔子博物馆科普报告厅", 35.5900, 116.9900),
    "jnstm": ("jining", "山东省济宁市任城区济宁市科技馆", 35.4100, 116.5900),
    "jnws": ("jining", "山东省济宁市微山县微山湖湿地科普馆", 34.8100, 117.1300),
    # Henan
    "xxstm": ("xinxiang", "河南省新乡市红旗区新乡市科技馆", 35.3000, 113.9000),
    "xxhn": ("xinxiang", "Henan Normal University, 46 Jianshe East Road, Muye District, Xinxiang, Henan", 35.3300, 113.9200),
    "xxhx": ("xinxiang", "河南省辉县市百泉镇百泉农业科普园", 35.4800, 113.7900),
    "nyzzj": ("nanyang", "河南省南阳市宛城区医圣祠张仲景博物馆", 33.0100, 112.5500),
    "nyxx": ("nanyang", "河南省南阳市西峡县恐龙遗迹园", 33.3100, 111.4900),
    "nystm": ("nanyang", "河南省南阳市卧龙区南阳市科技馆", 32.9900, 112.5100),
    # Anhui
    "aqstm": ("anqing", "安徽省安庆市宜秀区安庆市科技馆", 30.5500, 117.0700),
    "aqtzs": ("anqing", "安徽省潜山市梅城镇天柱山地质博物馆", 30.6400, 116.5700),
    "aqcom": ("anqing", "安徽省安庆市大观区社区老年大学", 30.5200, 117.0300),
    "fystm": ("fuyang", "安徽省阜阳市颍州区阜阳市科技馆", 32.8900, 115.8100),
    "fyfarm": ("fuyang", "安徽省阜阳市颍上县农业技术推广中心", 32.6300, 116.2600),
    # Guangdong
    "jmjuno": ("jiangmen", "广东省江门市开平市金鸡镇江门中微子实验站科普中心", 22.1200, 112.5200),
    "jmsc": ("jiangmen", "广东省江门市蓬江区江门科学中心", 22.6000, 113.0800),
    "jmxh": ("jiangmen", "广东省江门市新会区小鸟天堂景区", 22.5300, 112.9900),
    "jmts": ("jiangmen", "广东省台山市台城街道台山市海洋与渔业科普馆", 22.2500, 112.7900),
    "zqdh": ("zhaoqing", "广东省肇庆市鼎湖区鼎湖山自然保护区科普馆", 23.1700, 112.5400),
    "zqqx": ("zhaoqing", "广东省肇庆市端州区七星岩景区溶洞科普馆", 23.0700, 112.4700),
    "zqstm": ("zhaoqing", "Zhaoqing Science and Technology Museum, Duanzhou District, Zhaoqing, Guangdong", 23.0500, 112.4600),
    "gzsc": ("guangzhou", "广东省广州市番禺区小谷围街西环路168号广东科学中心", 23.0400, 113.3700),
    # Fujian
    "ptmz": ("putian", "福建省莆田市秀屿区湄洲岛海洋科普馆", 25.0800, 119.1200),
    "ptstm": ("putian", "福建省莆田市荔城区莆田市科技馆", 25.4300, 119.0200),
    "smwsy": ("sanming", "福建省三明市三元区岩前镇万寿岩遗址博物馆", 26.1900, 117.4700),
    "smtn": ("sanming", "福建省三明市泰宁县世界地质公园博物馆", 26.9000, 117.1700),
    "smstm": ("sanming", "福建省三明市三元区三明市科技馆", 26.2600, 117.6400),
    # Hebei
    "lfstm": ("langfang", "河北省廊坊市广阳区廊坊市科技馆", 39.5200, 116.7000),
    "lfsh": ("langfang", "河北省廊坊市三河市燕郊镇燕郊科普中心", 39.9500, 116.8200),
    "lfga": ("langfang", "河北省廊坊市固安县航天科普基地", 39.4400, 116.3000),
    "czstm": ("cangzhou", "河北省沧州市运河区沧州市科技馆", 38.3100, 116.8400),
    "czhh": ("cangzhou", "河北省黄骅市渤海新区海洋科普馆", 38.3700, 117.3300),
    # Shanxi
    "chstm": ("changzhi", "山西省长治市潞州区长治市科技馆", 36.2000, 113.1200),
    "chtx": ("changzhi", "山西省长治市壶关县太行山大峡谷地质公园", 35.9500, 113.5200),
    # big cities
    "bjkjg": ("beijing", "北京市朝阳区北辰东路5号中国科学技术馆", 40.0000, 116.3900),
    "bjtwg": ("beijing", "Beijing Planetarium, 138 Xizhimenwai Street, Xicheng District, Beijing", 39.9400, 116.3300),
    "bjzr": ("beijing", "北京市东城区天桥南大街126号国家自然博物馆", 39.8800, 116.4000),
    "shstm": ("shanghai", "上海市浦东新区世纪大道2000号上海科技馆", 31.2200, 121.5400),
    "shtwg": ("shanghai", "上海市浦东新区临港新片区上海天文馆", 30.9000, 121.9100),
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

# ---------------- Sichuan: 绵阳 (平武, 北川), 宜宾 (长宁, 南溪), 南充 (阆中) ----------------
E("my01", "大熊猫野外保护科普周", "mypw", "2027-04-24", "2027-04-30", "生物,生态保护", ["biology", "ecology"], **A)
E("my02", "北川地震遗址防震减灾亲子课", "mybc", "2027-05-12 09:30", "2027-05-12 11:30", "防灾减灾,亲子", ["emergency"], ["family"])
E("my03", "科技城少儿编程挑战赛", "mystm", "2026-12-05 09:00", "2026-12-05 17:00", "编程,青少年", ["ai"], ["children"])
E("my04", "Robot Competition: Mianyang Youth Cup", "myswust", "2027-07-17 09:00", "2027-07-18 17:00", "Robotics,Youth", ["robotics"], ["children"])
E("my05", "冬夜看星星：双子座流星雨观测", "mystm", "2026-12-13 19:00", "2026-12-13 23:00", "天文,亲子", ["astronomy"], ["family"])
E("my06", "核科学开放日", "mystm", "2027-10-16 09:00", "2027-10-16 16:00", "物理,能源", ["physics", "energy"])
E("my07", "（取消）大熊猫摄影讲座", "mystm", "2026-12-19 14:00", "2026-12-19 16:00", "生物,摄影", ["biology"], status=X)
E("my08", "风洞开放日：飞机是怎么飞起来的", "mystm", "2026-12-01 09:00", "2026-12-01 12:00", "航空,物理", ["transport", "physics"])
E("my09", "老年人防诈骗手机课", "mystm", "2027-04-27 14:30", "2027-04-27 16:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("yb01", "蜀南竹海：竹子的秘密", "ybbamboo", "2027-07-20 09:00", "2027-07-20 11:00", "植物,亲子", ["biology"], ["family"])
E("yb02", "三江口长江水生生物保护展", "ybstm", "2027-04-10", "2027-05-31", "生态,生物,展览", ["ecology", "biology"], **A)
E("yb03", "酿酒里的化学", "ybstm", "2027-04-24 14:00", "2027-04-24 15:30", None, ["chemistry"])
E("yb04", "Yibin EV Battery Open Lab", "ybuniv", "2027-10-23 09:30", "2027-10-23 11:30", "Energy,Battery", ["energy"], utc=True)
E("yb05", "李庄古建筑测绘考古营", "yblz", "2027-08-03", "2027-08-05", "考古,中小学生", ["archaeology"], ["children"], **A)
E("yb06", "暑期防溺水安全课", "ybstm", "2027-07-16 09:00", "2027-07-16 10:30", "安全,防溺水,中小学生", ["emergency"], ["children"])
E("yb07", "（取消）宜宾冬季天文夜", "ybstm", "2026-12-12 19:00", "2026-12-12 21:00", "天文", ["astronomy"], status=X)
E("nc01", "落下闳与太初历：古代天文讲座", "nclz", "2027-01-02 14:00", "2027-01-02 16:00", "天文,历史", ["astronomy"])
E("nc02", "阆中古城观星夜", "nclz", "2026-12-26 19:00", "2026-12-26 22:00", "天文,亲子", ["astronomy"], ["family"])
E("nc03", "蚕桑技术培训：丝绸里的科学", "ncstm", "2027-04-28 09:00", "2027-04-28 12:00", "农业,农民", ["agriculture"], ["farmers"])
E("nc04", "Stargazing Summer Camp in Langzhong", "nclz", "2027-07-26", "2027-07-28", "Astronomy,Kids", ["astronomy"], ["children"], **A)
E("nc05", "南充科技馆机器人亲子工作坊", "ncstm", "2027-10-17 14:00", "2027-10-17 16:00", "机器人,亲子", ["robotics"], ["family"])
E("nc06", "心理健康讲座：大学生压力管理", "ncuniv", "2027-10-20 19:00", "2027-10-20 20:30", "心理,健康", ["psychology", "health"])
E("nc07", "柑橘病虫害防治现场会", "ncstm", "2026-12-01 09:00", "2026-12-01 11:00", "农业,果农", ["agriculture"], ["farmers"])
E("nc08", "阆中狮子座流星雨观测夜", "nclz", "2027-11-17 20:00", "2027-11-17 23:30", "天文,亲子", ["astronomy"], ["family"])

# ---------------- Shaanxi: 宝鸡 (眉县 太白山), 咸阳 (杨凌), 汉中 (洋县, 城固) ----------------
E("bao01", "青铜器里的化学：锈是怎么来的", "bjqt", "2027-04-25 10:00", "2027-04-25 11:30", "化学,考古", ["chemistry", "archaeology"])
E("bao02", "何尊与青铜文明特展", "bjqt", "2026-11-20", "2027-03-31", "考古,展览", ["archaeology"], **A)
E("bao03", "太白山秦岭生物多样性研学营", "bjtb", "2027-07-19", "2027-07-23", "生物,生态,中小学生", ["biology", "ecology"], ["children"], **A)
E("bao04", "太白山气象站开放日", "bjtb", "2027-10-16 09:00", "2027-10-16 15:00", "气象", ["weather"])
E("bao05", "宝鸡科技馆周末亲子科学秀", "bjstm", "2026-12-05 14:00", "2026-12-05 15:00", "物理,亲子", ["physics"], ["family"])
E("bao06", "Senior Health Talk: High Blood Pressure", "bjstm", "2027-04-28 09:30", "2027-04-28 11:00", "Health,Seniors", ["health"], ["elderly"])
E("xy01", "杨凌农高会：旱作农业技术展", "xyyl", "2027-10-22", "2027-10-26", "农业,展览,农民", ["agriculture"], ["farmers"], **A)
E("xy02", "小麦品种与病虫害防治培训", "xyyl", "2027-04-23 09:00", "2027-04-23 12:00", "农业,农民", ["agriculture"], ["farmers"])
E("xy03", "兵马俑的科技密码", "xybwy", "2027-05-02 10:00", "2027-05-02 11:30", "考古", ["archaeology"])
E("xy04", "昆虫博物馆亲子夜探", "xyyl", "2027-07-17 19:00", "2027-07-17 21:00", "生物,亲子", ["biology"], ["family"])
E("xy05", "（取消）咸阳科技馆无人机表演", "xystm", "2027-10-16 15:00", "2027-10-16 16:00", "无人机", ["drone"], status=X)
E("xy06", "Drone Flying Class for Teens", "xystm", "2027-07-24 09:00", "2027-07-24 11:00", "Drone,Youth", ["drone"], ["children"])
E("xy07", "果树冬季修剪培训", "xyyl", "2026-12-09 09:00", "2026-12-09 11:30", "农业,果农", ["agriculture"], ["farmers"])
E("hz01", "飞机是怎样造出来的：航空工业开放日", "hzair", "2027-04-24 09:00", "2027-04-24 16:00", "航空,交通", ["transport"])
E("hz02", "朱鹮保护科普月", "hzyx", "2027-04-01", "2027-04-30", "生态,生物,观鸟", ["ecology", "biology"], **A)
E("hz03", "Aircraft Design Workshop for Kids", "hzair", "2027-07-21 09:30", "2027-07-21 11:30", "Aviation,Kids", ["transport"], ["children"])
E("hz04", "油菜花与蜜蜂授粉科普", "hzstm", "2027-03-20 09:00", "2027-03-20 11:00", "农业,生物", ["agriculture", "biology"])
E("hz05", "大飞机科普展", "hzair", "2027-10-01", "2027-11-15", "航空,交通,展览", ["transport"], **A)
E("hz06", "火箭模型发射体验", "hzstm", "2027-10-17 14:00", "2027-10-17 16:00", "航天,青少年", ["space"], ["children"])
E("hz07", "冬季朱鹮越冬观察", "hzyx", "2026-12-19 08:00", "2026-12-19 11:00", "生态,观鸟", ["ecology"])

# ---------------- Hunan: 衡阳 (南岳), 株洲 (炎陵) ----------------
E("hy01", "南岳雾凇与高山气象讲座", "hynh", "2027-01-09 10:00", "2027-01-09 11:30", "气象", ["weather"])
E("hy02", "核能是怎么发电的", "hyusc", "2026-12-10 14:30", "2026-12-10 16:00", "能源,物理", ["energy", "physics"])
E("hy03", "Hengyang Kids Science Fair", "hystm", "2027-05-01", "2027-05-03", "Science show,Kids", ["physics", "chemistry"], ["children"], **A)
E("hy04", "中医药文化进社区：老年人养生", "hystm", "2027-04-29 09:00", "2027-04-29 11:00", "中医药,健康,老年人", ["health"], ["elderly"])
E("hy05", "暑期防溺水亲子课", "hystm", "2027-07-18 10:00", "2027-07-18 11:30", "防溺水,亲子", ["emergency"], ["family"])
E("hy06", "南岳衡山植物认识徒步", "hynh", "2027-10-23 08:30", "2027-10-23 12:00", "植物,生物", ["biology"])
E("zz01", "高铁与电力机车：轨道交通开放日", "zzrail", "2026-12-12 09:00", "2026-12-12 16:00", "交通,亲子", ["transport"], ["family"])
E("zz02", "Maglev Tech Talk", "zzrail", "2027-04-27 19:00", "2027-04-27 20:30", "Transport,Engineering", ["transport"])
E("zz03", "航空发动机模型展", "zzstm", "2027-07-01", "2027-08-31", "航空,交通,展览", ["transport"], **A)
E("zz04", "神农谷萤火虫夜观", "zzyl", "2027-07-16 19:30", "2027-07-16 21:30", "生物,亲子", ["biology"], ["family"])
E("zz05", "老年人智能手机课（已取消）", "zzstm", "2027-10-14 14:00", "2027-10-14 16:00", "数字素养,老年人", ["digital_literacy"], ["elderly"], status=X, ics_status="CONFIRMED")
E("zz06", "老年人智能手机与防诈骗课", "zzstm", "2027-10-21 14:00", "2027-10-21 16:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("zz07", "少儿编程体验课：用Scratch做游戏", "zzstm", "2026-12-06 10:00", "2026-12-06 11:30", "编程,中小学生", ["ai"], ["children"])
E("zz08", "株洲科技馆五一亲子科学嘉年华", "zzstm", "2027-05-01", "2027-05-03", "亲子,科学秀", ["physics"], ["family"], **A)

# ---------------- Hubei: 荆州 (洪湖), 襄阳, 武汉 ----------------
E("jz01", "楚国简牍与考古发现", "jzbwg", "2027-04-24 14:00", "2027-04-24 16:00", "考古", ["archaeology"])
E("jz02", "越王勾践剑的秘密", "jzbwg", "2026-12-19 10:00", "2026-12-19 11:30", None, ["archaeology"])
E("jz03", "洪湖湿地观鸟节", "jzhh", "2026-12-05", "2026-12-06", "生态,观鸟", ["ecology"], **A)
E("jz04", "Oil & Rocks: Petroleum Geology Open Day", "jzyu", "2027-05-15 09:00", "2027-05-15 12:00", "Geology,Energy", ["geology", "energy"])
E("jz05", "水稻虾稻共作技术培训", "jzhh", "2027-07-20 09:00", "2027-07-20 12:00", "农业,农民", ["agriculture"], ["farmers"])
E("jz06", "荆州博物馆暑期考古小课堂", "jzbwg", "2027-07-22", "2027-07-24", "考古,中小学生", ["archaeology"], ["children"], **A)
E("jz07", "洪湖晨间观鸟", "jzhh", "2027-07-14 06:00", "2027-07-14 08:30", "生态,观鸟", ["ecology"])
E("xf01", "新能源汽车是怎样跑起来的", "xfauto", "2027-04-25 09:30", "2027-04-25 11:30", "新能源汽车,交通", ["energy", "transport"])
E("xf02", "襄阳科技馆少儿机器人比赛", "xfstm", "2027-05-04 09:00", "2027-05-04 16:00", "机器人,中小学生", ["robotics"], ["children"])
E("xf03", "老年人高血压与用药讲座", "xfcom", "2026-12-08 09:00", "2026-12-08 10:30", "健康,老年人", ["health"], ["elderly"])
E("xf04", "Summer Science Camp: Chemistry Magic", "xfstm", "2027-07-26 09:00", "2027-07-26 16:00", "Chemistry,Kids", ["chemistry"], ["children"])
E("xf05", "自动驾驶体验日", "xfauto", "2027-10-24 09:00", "2027-10-24 16:00", "人工智能,交通", ["ai", "transport"])
E("xf06", "冬季急救知识讲座：心肺复苏", "xfcom", "2026-12-16 14:00", "2026-12-16 16:00", "急救,健康", ["emergency", "health"])
E("wh01", "大熊猫与生物多样性展", "whstm", "2027-04-15", "2027-06-15", "生物,生态,展览", ["biology", "ecology"], **A)
E("wh02", "Rice Breeding Field Day", "whhzau", "2027-07-22 09:00", "2027-07-22 11:30", "Agriculture,Farmers", ["agriculture"], ["farmers"])
E("wh03", "长江防汛应急科普", "whstm", "2027-07-16 14:00", "2027-07-16 15:30", "应急,防汛", ["emergency"])
E("wh04", "航天日：火箭发射直播解说", "whstm", "2027-04-24 09:00", "2027-04-24 12:00", "航天,亲子", ["space"], ["family"])
E("wh05", "Winter Migratory Birds Walk at East Lake", "whstm", "2027-11-27 07:30", "2027-11-27 10:00", "Ecology,Birdwatching", ["ecology"], floating=True)

# ---------------- Shandong: 泰安 (肥城), 济宁 (曲阜, 微山) ----------------
E("ta01", "泰山岩石为什么那么老：地质讲座", "tats", "2027-04-25 09:30", "2027-04-25 11:00", "地质", ["geology"])
E("ta02", "泰山日出与云海：气象摄影讲座", "tats", "2027-10-16 14:00", "2027-10-16 16:00", "气象", ["weather"])
E("ta03", "肥城桃树管理技术培训", "tafc", "2027-04-24 09:00", "2027-04-24 11:30", "农业,果农", ["agriculture"], ["farmers"])
E("ta04", "Tai'an Family Astronomy Night", "tastm", "2026-12-05 18:30", "2026-12-05 21:00", "Astronomy,Family", ["astronomy"], ["family"])
E("ta05", "小麦节水灌溉培训", "tasdau", "2027-10-19 09:00", "2027-10-19 12:00", "农业,农民", ["agriculture"], ["farmers"])
E("ta06", "垃圾分类亲子游戏", "tastm", "2027-07-17 10:00", "2027-07-17 11:30", "环保,垃圾分类,亲子", ["ecology"], ["family"])
E("ta07", "泰山森林防火应急演练", "tats", "2027-11-10 09:00", "2027-11-10 11:00", "应急,生态", ["emergency", "ecology"])
E("jn01", "古代天文仪器与历法", "jnqf", "2026-12-20 14:00", "2026-12-20 16:00", "天文,历史", ["astronomy"])
E("jn02", "微山湖湿地观鸟", "jnws", "2027-04-24 07:30", "2027-04-24 10:30", "生态,观鸟", ["ecology"])
E("jn03", "Qufu Ancient Bamboo Slips: An Archaeology Talk", "jnqf", "2027-05-03 10:00", "2027-05-03 11:30", "Archaeology", ["archaeology"])
E("jn04", "济宁科技馆量子科技展", "jnstm", "2027-07-10", "2027-08-20", "量子,展览", ["quantum"], **A)
E("jn05", "中医养生讲座：冬季进补", "jnstm", "2026-12-12 09:30", "2026-12-12 11:00", "中医,健康,老年人", ["health"], ["elderly"])
E("jn06", "（取消）微山湖荷花生态研学", "jnws", "2027-07-18 08:00", "2027-07-18 11:00", "生态,生物,中小学生", ["ecology", "biology"], ["children"], status=X)
E("jn07", "济宁科技馆老年人智能手机课", "jnstm", "2027-11-13 14:00", "2027-11-13 16:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])

# ---------------- Henan: 新乡 (辉县), 南阳 (西峡) ----------------
E("xx01", "小麦高产技术培训", "xxhx", "2026-12-03 09:00", "2026-12-03 11:30", "农业,农民", ["agriculture"], ["farmers"])
E("xx02", "新乡科技馆亲子电路实验", "xxstm", "2026-12-06 14:00", "2026-12-06 15:30", "物理,亲子", ["physics"], ["family"])
E("xx03", "Chemistry Open Lab at Henan Normal University", "xxhn", "2027-05-01 09:00", "2027-05-01 12:00", "Chemistry,Open day", ["chemistry"])
E("xx04", "大学生编程马拉松", "xxhn", "2027-10-23 09:00", "2027-10-24 18:00", "编程,人工智能", ["ai"])
E("xx05", "暑期机器人夏令营", "xxstm", "2027-07-19", "2027-07-23", "机器人,中小学生", ["robotics"], ["children"], **A)
E("xx06", "山区防汛与地质灾害避险演练", "xxhx", "2027-07-15 09:00", "2027-07-15 11:00", "应急,地质灾害", ["emergency", "geology"])
E("xx07", "冬小麦播种后田间管理", "xxhx", "2027-11-05 09:00", "2027-11-05 11:30", None, ["agriculture"])
E("ny01", "张仲景与中医药文化讲座", "nyzzj", "2026-12-12 14:00", "2026-12-12 15:30", "中医药,健康", ["health"])
E("ny02", "恐龙蛋化石亲子探秘", "nyxx", "2027-05-02 10:00", "2027-05-02 12:00", "古生物,亲子", ["paleontology"], ["family"])
E("ny03", "Dinosaur Egg Fossils Exhibition", "nyxx", "2027-07-01", "2027-10-31", "Paleontology,Exhibition", ["paleontology"], **A)
E("ny04", "中医药暑期小课堂", "nyzzj", "2027-07-20 09:00", "2027-07-20 11:00", "中医药,中小学生", ["health"], ["children"])
E("ny05", "南水北调与水生态", "nystm", "2027-10-19 14:00", "2027-10-19 15:30", "生态,水", ["ecology"])
E("ny06", "艾草种植技术培训", "nystm", "2027-04-26 09:00", "2027-04-26 11:30", "农业,农民", ["agriculture"], ["farmers"])

# ---------------- Anhui: 安庆 (潜山), 阜阳 (颍上) ----------------
E("aq01", "天柱山花岗岩地貌科普", "aqtzs", "2027-04-24 09:00", "2027-04-24 11:00", "地质", ["geology"])
E("aq02", "Anqing Seniors' Smartphone Class", "aqcom", "2026-12-09 14:00", "2026-12-09 15:30", "Digital literacy,Seniors", ["digital_literacy"], ["elderly"])
E("aq03", "长江江豚保护科普展", "aqstm", "2026-12-01", "2027-02-28", "生态,生物,展览", ["ecology", "biology"], **A)
E("aq04", "暑期天文夏令营", "aqstm", "2027-07-26", "2027-07-28", "天文,中小学生", ["astronomy"], ["children"], **A)
E("aq05", "老年人中医养生讲座", "aqcom", "2027-10-20 09:30", "2027-10-20 11:00", "中医,健康,老年人", ["health"], ["elderly"])
E("aq06", "Jiangtun Porpoise Talk for Families", "aqstm", "2027-05-01 10:00", "2027-05-01 11:00", "Ecology,Family", ["ecology", "biology"], ["family"])
E("aq07", "社区消防安全与逃生演练", "aqcom", "2027-11-09 09:30", "2027-11-09 11:00", "应急,消防", ["emergency"])
E("fy01", "小麦赤霉病防治培训", "fyfarm", "2027-04-23 09:00", "2027-04-23 11:00", "农业,农民", ["agriculture"], ["farmers"])
E("fy02", "阜阳科技馆VR航天体验", "fystm", "2027-05-03 09:00", "2027-05-03 16:00", "航天,亲子", ["space"], ["family"])
E("fy03", "防溺水安全教育讲座", "fystm", "2027-07-15 15:00", "2027-07-15 16:30", "安全,中小学生", ["emergency"], ["children"])
E("fy04", "AI绘画亲子工作坊", "fystm", "2026-12-20 14:00", "2026-12-20 16:00", "人工智能,亲子", ["ai"], ["family"])
E("fy05", "食品安全进社区", "fystm", "2027-10-18 09:30", "2027-10-18 11:00", "食品安全", ["food_safety"])

# ---------------- Guangdong: 江门 (开平, 新会, 台山), 肇庆 (鼎湖), 广州 ----------------
E("jm01", "中微子是什么：江门中微子实验开放日", "jmjuno", "2027-04-24 09:00", "2027-04-24 16:00", "物理,开放日", ["physics"])
E("jm02", "小鸟天堂观鹭", "jmxh", "2027-04-25 07:00", "2027-04-25 09:00", "观鸟,生态", ["ecology"])
E("jm03", "Jiangmen Science Center Robot Show", "jmsc", "2026-12-05 10:00", "2026-12-05 11:00", "Robotics,Family", ["robotics"], ["family"])
E("jm04", "防台风安全课：台风来了怎么办", "jmts", "2027-07-17 10:00", "2027-07-17 11:30", "气象,应急", ["weather", "emergency"])
E("jm05", "渔民海上安全与急救培训", "jmts", "2027-10-20 09:00", "2027-10-20 12:00", "海洋,急救,渔民", ["ocean", "emergency"], ["farmers"])
E("jm06", "江门科学中心量子光学展", "jmsc", "2027-10-01", "2027-11-30", "量子,物理,展览", ["quantum", "physics"], **A)
E("zq01", "鼎湖山负氧离子与森林生态", "zqdh", "2026-12-06 09:00", "2026-12-06 11:00", "生态", ["ecology"])
E("zq02", "七星岩溶洞地质探秘", "zqqx", "2027-05-02 10:00", "2027-05-02 11:30", "地质,亲子", ["geology"], ["family"])
E("zq03", "Dinghushan Insect Night Walk", "zqdh", "2027-07-18 19:30", "2027-07-18 21:30", "Biology,Family", ["biology"], ["family"])
E("zq04", "端砚里的地质学", "zqqx", "2027-10-17 14:00", "2027-10-17 15:30", None, ["geology"])
E("zq05", "肇庆科技馆火箭模型比赛", "zqstm", "2027-05-04 09:00", "2027-05-04 12:00", "航天,青少年", ["space"], ["children"])
E("zq06", "（取消）鼎湖山观星露营", "zqdh", "2027-07-24 19:00", "2027-07-24 23:00", "天文,亲子", ["astronomy"], ["family"], status=X)
E("gz01", "广东科学中心深海探测展", "gzsc", "2027-07-01", "2027-09-30", "深海,海洋,展览", ["deep_earth_sea", "ocean"], **A)
E("gz02", "Guangzhou Drone Show & Workshop", "gzsc", "2027-10-16 19:00", "2027-10-16 20:30", "Drone", ["drone"])
E("gz03", "广东科学中心亲子化学实验", "gzsc", "2026-12-05 14:00", "2026-12-05 15:30", "化学,亲子", ["chemistry"], ["family"])
E("gz04", "Guangzhou Science Week: AI & Robots", "gzsc", "2027-11-18", "2027-11-21", "AI,Robotics,Science week", ["ai", "robotics"], **A)

# ---------------- Fujian: 莆田 (湄洲岛), 三明 (泰宁) ----------------
E("pt01", "湄洲岛海洋生物认识课", "ptmz", "2027-07-16 09:00", "2027-07-16 11:00", "海洋,中小学生", ["ocean"], ["children"])
E("pt02", "荔枝龙眼种植技术培训", "ptstm", "2027-04-26 09:00", "2027-04-26 11:30", "农业,果农", ["agriculture"], ["farmers"])
E("pt03", "Putian Ocean Plastic Beach Cleanup", "ptmz", "2027-10-16 08:00", "2027-10-16 11:00", "Ecology,Ocean", ["ecology", "ocean"])
E("pt04", "冬季天文讲座：看星星的方法", "ptstm", "2026-12-26 19:00", "2026-12-26 20:30", "天文", ["astronomy"])
E("pt05", "台风季防灾应急演练", "ptstm", "2027-07-20 09:00", "2027-07-20 11:00", "应急,气象", ["emergency", "weather"])
E("pt06", "红树林与海岸生态讲座", "ptmz", "2027-11-20 14:00", "2027-11-20 15:30", "生态,海洋", ["ecology", "ocean"])
E("sm01", "万寿岩遗址：旧石器时代考古", "smwsy", "2027-04-25 10:00", "2027-04-25 11:30", "考古", ["archaeology"])
E("sm02", "泰宁丹霞地貌研学营", "smtn", "2027-07-19", "2027-07-21", "地质,中小学生", ["geology"], ["children"], **A)
E("sm03", "Sanming Forest Carbon Talk", "smstm", "2027-10-23 14:00", "2027-10-23 15:30", "Ecology,Energy", ["ecology", "energy"])
E("sm04", "冬令营：化石里的古生物", "smstm", "2027-01-23", "2027-01-25", "古生物,中小学生", ["paleontology"], ["children"], **A)
E("sm05", "竹林生态与竹笋种植培训", "smstm", "2026-12-03 09:00", "2026-12-03 11:30", "农业,农民", ["agriculture"], ["farmers"])

# ---------------- Hebei: 廊坊 (燕郊, 固安), 沧州 (黄骅) ----------------
E("lf01", "火箭是怎样上天的：航天科普日", "lfga", "2027-04-24 09:00", "2027-04-24 16:00", "航天", ["space"])
E("lf02", "燕郊社区老年人防诈骗讲座", "lfsh", "2026-12-04 09:30", "2026-12-04 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("lf03", "Langfang Kids Coding Class", "lfstm", "2027-07-17 14:00", "2027-07-17 16:00", "Coding,Kids", ["ai"], ["children"])
E("lf04", "燕郊亲子天文夜", "lfsh", "2027-10-16 18:30", "2027-10-16 21:00", "天文,亲子", ["astronomy"], ["family"])
E("lf05", "廊坊科技馆人工智能展", "lfstm", "2026-12-10", "2027-03-10", "人工智能,展览", ["ai"], **A)
E("lf06", "（取消）固安航天夏令营", "lfga", "2027-07-26", "2027-07-30", "航天,中小学生", ["space"], ["children"], status=X, **A)
E("cz01", "大运河生态与水质监测", "czstm", "2027-04-25 09:00", "2027-04-25 11:00", "生态,水", ["ecology"])
E("cz02", "冬枣种植技术培训", "czstm", "2026-12-08 09:00", "2026-12-08 11:30", "农业,果农", ["agriculture"], ["farmers"])
E("cz03", "Bohai Sea Marine Life for Kids", "czhh", "2027-07-21 10:00", "2027-07-21 11:30", "Ocean,Kids", ["ocean"], ["children"])
E("cz04", "盐碱地改良与农业科技", "czhh", "2027-10-22 09:00", "2027-10-22 11:30", "农业,农民", ["agriculture"], ["farmers"])
E("cz05", "沧州科技馆机器人比赛", "czstm", "2027-05-02 09:00", "2027-05-02 16:00", "机器人,青少年", ["robotics"], ["children"])
E("cz06", "Family Science Lab: Kitchen Chemistry", "czstm", "2027-11-13 10:00", "2027-11-13 11:30", "Chemistry,Family", ["chemistry"], ["family"])

# ---------------- Shanxi: 长治 (壶关) ----------------
E("ch01", "太行山大峡谷地质研学", "chtx", "2027-07-20", "2027-07-22", "地质,中小学生", ["geology"], ["children"], **A)
E("ch02", "长治科技馆冬季天文观测", "chstm", "2026-12-13 19:00", "2026-12-13 22:00", "天文", ["astronomy"])
E("ch03", "煤炭与新能源：能源转型讲座", "chstm", "2027-04-27 14:00", "2027-04-27 15:30", "能源", ["energy"])
E("ch04", "Changzhi Family Chemistry Show", "chstm", "2027-10-17 10:00", "2027-10-17 11:00", "Chemistry,Family", ["chemistry"], ["family"])
E("ch05", "上党中医药文化节", "chstm", "2027-05-01", "2027-05-03", "中医药,健康", ["health"], **A)

# ---------------- 北京, 上海 ----------------
E("bj01", "国家自然博物馆恐龙化石特展", "bjzr", "2027-06-01", "2027-10-31", "古生物,展览", ["paleontology"], **A)
E("bj02", "全国青少年机器人大赛总决赛", "bjkjg", "2027-07-24", "2027-07-25", "机器人,青少年", ["robotics"], ["children"], **A)
E("bj03", "Planetarium Night: Geminids Meteor Shower", "bjtwg", "2026-12-13 19:00", "2026-12-13 22:00", "Astronomy", ["astronomy"], utc=True)
E("bj04", "科技活动周北京主场：人工智能体验", "bjkjg", "2027-05-15", "2027-05-22", "人工智能,科技周", ["ai"], **A)
E("bj05", "亲子天文课：认识冬季星座", "bjtwg", "2027-01-02 10:00", "2027-01-02 11:30", "天文,亲子", ["astronomy"], ["family"])
E("sh01", "上海天文馆火星探测特展", "shtwg", "2027-04-01", "2027-08-31", "天文,航天,展览", ["astronomy", "space"], **A)
E("sh02", "C919 Big Aircraft Talk", "shstm", "2027-10-23 14:00", "2027-10-23 15:30", "Aviation,Transport", ["transport"])
E("sh03", "芯片是怎样制造的", "shstm", "2026-12-12 14:00", "2026-12-12 15:30", "半导体", ["semiconductor"])
E("sh04", "（取消）上海科技馆量子讲座", "shstm", "2027-04-24 14:00", "2027-04-24 15:30", "量子", ["quantum"], status=X)
E("sh05", "Mental Health Talk: Sleep and Stress", "shstm", "2027-11-06 14:00", "2027-11-06 15:30", "Psychology,Health", ["psychology", "health"])

# ---------------- online ----------------
ON("on01", "线上讲座：冬季如何看星星", "2026-12-09 19:30", "2026-12-09 20:30", "天文,线上", ["astronomy"], loc=0)
ON("on02", "Online: Kids' Python Coding Basics", "2026-12-12 10:00", "2026-12-12 11:30", "Coding,Kids,Online", ["ai"], ["children"], loc=4, utc=True)
ON("on03", "直播：中国航天日特别节目", "2027-04-24 19:00", "2027-04-24 20:30", "航天,直播", ["space"], loc=5)
ON("on04", "线上老年人防诈骗课", "2027-04-29 15:00", "2027-04-29 16:00", "数字素养,老年人,线上", ["digital_literacy"], ["elderly"], loc=2)
ON("on05", "暑期线上防溺水公开课", "2027-07-15 19:00", "2027-07-15 20:00", "防溺水,中小学生,线上", ["emergency"], ["children"], loc=3)
ON("on06", "Online Webinar: Mental Health for College Students", "2027-10-19 20:00", "2027-10-19 21:00", "Psychology,Online", ["psychology", "health"], loc=4)
ON("on07", "（取消）线上量子计算入门", "2027-07-20 19:00", "2027-07-20 20:00", "量子,线上", ["quantum"], status=X, loc=0)
ON("on08", "线上中医药科普：秋冬养生", "2027-10-21 19:30", "2027-10-21 20:30", "中医药,健康,线上", ["health"], loc=3)
ON("on09", "直播：垃圾分类小课堂", "2027-07-19 10:00", "2027-07-19 10:40", "垃圾分类,亲子,直播", ["ecology"], ["family"], loc=5)
ON("on10", "直播：走进江门中微子探测器", "2027-04-28 20:00", "2027-04-28 21:00", "物理,直播", ["physics"], loc=1)
ON("on11", "线上天文课：狮子座流星雨", "2027-11-16 20:00", "2027-11-16 21:00", "天文,线上", ["astronomy"], loc=2)
ON("on12", "每周六线上科普问答", "2027-08-07 10:00", "2027-08-07 11:00", "线上,问答", [], loc=0, rrule="FREQ=WEEKLY;COUNT=9;BYDAY=SA",
   exdate=["2027-08-28 10:00"])

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
    L = ["BEGIN:VEVENT", f"UID:{e['uid']}@blind7.example", "DTSTAMP:20261115T000000Z", fold(f"SUMMARY:{esc(e['title'])}")]
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
        L.append(f"URL:https://live.blind7.example/{e['uid']}")
    else:
        _, addr, lat, lon = V[e["venue"]]
        L.append(fold(f"LOCATION:{esc(addr)}"))
        L.append(f"GEO:{lat};{lon}")
    d = "科普活动，免费参加，请提前预约。"
    if e["cats"]:  # without categories the description stays neutral: only the title tells the topic
        d = next((DESCS[t] for t in e["topics"] if t in DESCS), d)
    L.append(fold(f"DESCRIPTION:{esc(d)}"))
    L.append("ORGANIZER;CN=科协科普部:mailto:kepu@blind7.example")
    L.append(f"STATUS:{e.get('ics_status', e.get('status', 'CONFIRMED'))}")
    L.append("END:VEVENT")
    return L


def main():
    queries = write_set(HERE, "blind7", "科普活动 2027", EV, vevent, V)
    print(f"{len(EV)} events, {len(queries)} queries")


if __name__ == "__main__":
    main()
