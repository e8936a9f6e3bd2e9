"""Builds the fourth blind eval set: corpus.ics, truth.jsonl, queries.jsonl.

Written without reading the bot's code. Run: python tests/eval_blind4/make_set.py
Autumn 2026 - spring 2027, east / south / central China with many districts and county-level places,
and same-name pitfalls (鼓楼区 in three cities, 朝阳区 vs 朝阳市, 苏州 vs 宿州, 泰州 vs 台州).
All times are China time (+08:00) unless marked utc (then emitted as ...Z in the .ics).
"""
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).parent
CST = timezone(timedelta(hours=8))

# venue key -> (city id, full address, lat, lon); lat None = no GEO line
V = {
    # Jiangsu
    "sip1": ("suzhou", "江苏省苏州市苏州工业园区独墅湖科教创新区科普中心", 31.2700, 120.7400),
    "sip2": ("suzhou", "江苏省苏州市苏州工业园区金鸡湖畔科创展厅", 31.3200, 120.6900),
    "szgs": ("suzhou", "江苏省苏州市姑苏区人民路苏州第二图书馆", 31.3100, 120.6100),
    "wxstm": ("wuxi", "江苏省无锡市新吴区无锡科技馆", 31.4900, 120.3600),
    "czstm": ("changzhou", "江苏省常州市新北区常州市科技馆", 31.8100, 119.9700),
    "ntstm": ("nantong", "江苏省南通市崇川区南通科技馆", 31.9900, 120.8900),
    "xzgl": ("xuzhou", "江苏省徐州市鼓楼区丰财街道社区服务中心", 34.2900, 117.1900),
    "xzstm": ("xuzhou", "江苏省徐州市云龙区徐州市科技馆", 34.2500, 117.2200),
    "yzstm": ("yangzhou", "江苏省扬州市邗江区扬州科技馆", 32.3900, 119.3800),
    "tzjs": ("taizhou_js", "江苏省泰州市海陵区泰州市科技馆", 32.4600, 119.9200),
    "njgl": ("nanjing", "江苏省南京市鼓楼区汉中门大街社区科普馆", 32.0500, 118.7600),
    # Zhejiang
    "hzbj": ("hangzhou", "浙江省杭州市滨江区网商路滨江科创中心", 30.1900, 120.1900),
    "hzstm": ("hangzhou", "浙江省杭州市拱墅区西湖文化广场浙江省科技馆", 30.2800, 120.1700),
    "nbstm": ("ningbo", "浙江省宁波市鄞州区宁波科学探索中心", 29.8200, 121.6200),
    "nbcom": ("ningbo", "浙江省宁波市海曙区月湖街道社区卫生服务中心", 29.8700, 121.5400),
    "wzstm": ("wenzhou", "浙江省温州市瓯海区温州科技馆", 27.9900, 120.7000),
    "tzzj": ("taizhou_zj", "浙江省台州市椒江区台州市科技馆", 28.6600, 121.4200),
    # Fujian
    "xmsm": ("xiamen", "福建省厦门市思明区体育路95号厦门科技馆", 24.4850, 118.1210),
    "xmhc": ("xiamen", "福建省厦门市海沧区海沧湾公园科普驿站", 24.4800, 118.0300),
    "qzstm": ("quanzhou", "福建省泉州市丰泽区泉州科技馆", 24.9000, 118.6200),
    "fzgl": ("fuzhou", "福建省福州市鼓楼区湖东路福建省科技馆", 26.0900, 119.3000),
    # Guangdong
    "szns": ("shenzhen", "广东省深圳市南山区深圳湾科技生态园", 22.5200, 113.9500),
    "szft": ("shenzhen", "广东省深圳市福田区上步中路深圳科学馆", 22.5400, 114.0900),
    "gzpy": ("guangzhou", "广东省广州市番禺区大学城广东科学中心", 23.0400, 113.3700),
    "gzth": ("guangzhou", "广东省广州市天河区天河路社区科普活动室", 23.1300, 113.3200),
    "dgstm": ("dongguan", "广东省东莞市南城街道东莞科学馆", 23.0100, 113.7500),
    "fsstm": ("foshan", "广东省佛山市禅城区佛山科学馆", 23.0200, 113.1100),
    "zhstm": ("zhuhai", "广东省珠海市香洲区珠海科技馆", 22.2700, 113.5700),
    "zsstm": ("zhongshan", "广东省中山市东区中山科技馆", 22.5200, 113.4000),
    "hzdy": ("huizhou", "广东省惠州市惠城区惠州科技馆", 23.1100, 114.4200),
    # Anhui
    "whstm": ("wuhu", "安徽省芜湖市鸠江区芜湖科技馆", 31.3600, 118.3800),
    "bbstm": ("bengbu", "安徽省蚌埠市蚌山区蚌埠市科技馆", 32.9200, 117.3600),
    "szah": ("suzhou_ah", "安徽省宿州市埇桥区宿州市科技馆", 33.6400, 116.9800),
    "szahf": ("suzhou_ah", "安徽省宿州市埇桥区农业技术推广中心", 33.6600, 116.9500),
    # Jiangxi
    "gzjx": ("ganzhou", "江西省赣州市章贡区赣州科技馆", 25.8300, 114.9300),
    "gzxf": ("ganzhou", "江西省赣州市信丰县脐橙产业园农技服务站", 25.3900, 114.9200),
    "jjstm": ("jiujiang", "江西省九江市濂溪区九江市科技馆", 29.6800, 116.0000),
    "jjwc": ("jiujiang", "江西省九江市永修县吴城镇鄱阳湖候鸟保护区", 29.1800, 116.0200),
    # Hunan / Hubei
    "yystm": ("yueyang", "湖南省岳阳市岳阳楼区岳阳市科技馆", 29.3600, 113.1300),
    "yydt": ("yueyang", "湖南省岳阳市君山区东洞庭湖湿地保护站", 29.4200, 112.9700),
    "cdstm": ("changde", "湖南省常德市武陵区常德市科技馆", 29.0400, 111.6900),
    "ycsx": ("yichang", "湖北省宜昌市夷陵区三峡大坝科普展厅", 30.8200, 111.0000),
    "ycstm": ("yichang", "湖北省宜昌市西陵区宜昌市科技馆", 30.7000, 111.2900),
    "xystm": ("xiangyang", "湖北省襄阳市樊城区襄阳市科技馆", 32.0400, 112.1400),
    # Henan
    "lystm": ("luoyang", "河南省洛阳市洛龙区洛阳科技馆", 34.6200, 112.4500),
    "kfgl": ("kaifeng", "河南省开封市鼓楼区开封市科技馆", 34.8000, 114.3500),
    # Shandong
    "ytstm": ("yantai", "山东省烟台市莱山区烟台市科技馆", 37.4700, 121.4400),
    "whsd": ("weihai", "山东省威海市环翠区威海市科技馆", 37.5100, 122.1200),
    "wfstm": ("weifang", "山东省潍坊市奎文区潍坊科技馆", 36.7100, 119.1600),
    "lyjs": ("linyi", "山东省临沂市兰山区临沂市科技馆", 35.0600, 118.3500),
    "lyfarm": ("linyi", "山东省临沂市沂南县农业技术推广站", 35.5500, 118.4600),
    # Hebei / Shanxi
    "bdstm": ("baoding", "河北省保定市竞秀区保定市科技馆", 38.8700, 115.4600),
    "tsstm": ("tangshan", "河北省唐山市路北区唐山科技馆", 39.6300, 118.1800),
    "tsdz": ("tangshan", "河北省唐山市路南区唐山抗震纪念馆", 39.6200, 118.1900),
    "qhdbdh": ("qinhuangdao", "河北省秦皇岛市北戴河区鸽子窝湿地公园", 39.8300, 119.5100),
    "qhdstm": ("qinhuangdao", "河北省秦皇岛市海港区秦皇岛市科技馆", 39.9400, 119.6000),
    "dtstm": ("datong", "山西省大同市平城区大同市科技馆", 40.0800, 113.3000),
    "tystm": ("taiyuan", "山西省太原市万柏林区长风商务区山西省科技馆", 37.8600, 112.5200),
    # 朝阳: a Beijing district and a city in Liaoning
    "bjcy": ("beijing", "北京市朝阳区北辰东路5号中国科学技术馆", 40.0000, 116.3800),
    "lncy": ("chaoyang", "辽宁省朝阳市龙城区朝阳鸟化石国家地质公园", 41.6000, 120.4000),
}

ONLINE_LOCS = ["线上直播", "Online (livestream)", "腾讯会议线上", "线上（B站直播间）", "Online webinar (Zoom)", "云端",
               "视频号直播"]

EV = []


def E(uid, title, venue, start, end, cats, topics=(), aud=(), **o):
    EV.append(dict(uid=uid, title=title, venue=venue, start=start, end=end, cats=cats,
                   topics=list(topics), aud=list(aud), **o))


def ON(uid, title, start, end, cats, topics=(), aud=(), loc=0, **o):
    E(uid, title, None, start, end, cats, topics, aud, online=True, loc=ONLINE_LOCS[loc % len(ONLINE_LOCS)], **o)


X = "CANCELLED"

# ---------------- Jiangsu ----------------
# Suzhou Industrial Park (sip1, sip2) vs the old town (szgs)
E("sz01", "青少年机器人挑战赛（园区站）", "sip1", "2026-09-19 09:00", "2026-09-19 17:00", "机器人,青少年,全国科普日", ["robotics"], ["children"])
E("sz02", "Robotics Open Lab for Teens", "sip2", "2026-12-05 14:00", "2026-12-05 16:30", "Robotics,Teens", ["robotics"], ["children"])
E("sz03", "园区AI大模型公众开放日", "sip2", "2026-11-28 10:00", "2026-11-28 16:00", "人工智能,大模型", ["ai"])
E("sz04", "苏州园林里的植物科学", "szgs", "2026-11-29 14:00", "2026-11-29 15:30", "生态,植物", ["ecology"])
E("sz05", "姑苏老年人健康讲座：冬季防跌倒", "szgs", "2026-12-16 09:30", "2026-12-16 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("sz06", "芯片设计体验营", "sip1", "2027-01-09 09:00", "2027-01-10 16:00", "芯片,集成电路,大学生", ["semiconductor"], ["university"])
E("sz07", "（取消）园区亲子天文夜", "sip1", "2026-12-19 19:00", "2026-12-19 21:00", "天文,亲子", ["astronomy"], ["family"], status=X)
E("sz08", "Suzhou Family Stargazing Night", "sip2", "2027-04-03 19:00", "2027-04-03 21:00", "Astronomy,Family", ["astronomy"], ["family"])
E("sz09", "机器人编程体验课", "szgs", "2026-09-16 14:00", "2026-09-16 16:00", "机器人,编程,儿童", ["robotics"], ["children"])
E("wx01", "物联网与智慧城市展", "wxstm", "2026-11-20", "2026-12-06", "物联网,大数据,展览", ["bigdata"], allday=True)
E("wx02", "无锡 太湖蓝藻与水生态讲座", "wxstm", "2026-12-13 14:00", "2026-12-13 15:30", "生态,太湖", ["ecology"])
E("wx03", "Wuxi Supercomputer Open Day", "wxstm", "2027-04-09 09:00", "2027-04-09 16:00", "Supercomputing", ["supercomputing"])
E("cz01", "恐龙园里的古生物课", "czstm", "2026-11-29 14:00", "2026-11-29 16:00", "恐龙,古生物,亲子", ["paleontology"], ["family"])
E("cz02", "常州 新能源电池科普展", "czstm", "2026-12-01", "2026-12-20", "新能源,电池,展览", ["energy"], allday=True)
E("cz03", "科普日主场：常州科技嘉年华", "czstm", "2026-09-19 09:00", "2026-09-20 17:00", "全国科普日,亲子", [], ["family"])
E("nt01", "南通 江海湿地观鸟", "ntstm", "2026-11-28 07:30", "2026-11-28 10:30", "生态,观鸟", ["ecology"], utc=True)
E("nt02", "老年人智能手机课堂", "ntstm", "2026-12-02 09:30", "2026-12-02 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("nt03", "纺织里的材料科学", "ntstm", "2027-01-16 14:00", "2027-01-16 15:30", "材料", [])
E("xz01", "鼓楼社区老年人防诈骗讲座", "xzgl", "2026-12-15 09:30", "2026-12-15 11:00", "防诈骗,老年人", ["digital_literacy"], ["elderly"])
E("xz02", "徐州 汉代天文与星空观测", "xzstm", "2026-12-19 19:00", "2026-12-19 21:00", "天文,观星", ["astronomy"])
E("xz03", "煤矿安全与应急科普", "xzstm", "2027-01-13 14:00", "2027-01-13 16:00", "应急,安全", ["emergency"])
E("yz01", "扬州 运河生态研学", "yzstm", "2026-09-19 09:00", "2026-09-19 12:00", "生态,研学,青少年", ["ecology"], ["children"])
E("yz02", "扬州 冬季健康养生讲座", "yzstm", "2026-12-04 09:30", "2026-12-04 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("yz03", "Yangzhou Kids Science Fair", "yzstm", "2026-12-26 09:00", "2026-12-26 16:00", "Kids,Science Fair", [], ["children"])
E("tj01", "泰州 中医药健康讲座", "tzjs", "2026-12-05 09:30", "2026-12-05 11:00", "卫生健康,中医药", ["health"])
E("tj02", "泰州 青少年航天模型赛", "tzjs", "2027-04-03 09:00", "2027-04-03 16:00", "航天,青少年", ["space"], ["children"])
E("nj01", "鼓楼区社区急救培训", "njgl", "2026-12-05 14:00", "2026-12-05 16:00", "应急,急救", ["emergency", "health"])
E("nj02", "南京鼓楼 亲子科学实验课", "njgl", "2026-12-06 10:00", "2026-12-06 11:30", "亲子,科学实验", [], ["family"])

# ---------------- Zhejiang ----------------
E("hz01", "滨江AI开发者科普沙龙", "hzbj", "2026-09-16 19:00", "2026-09-16 21:00", "人工智能,沙龙", ["ai"])
E("hz02", "Binjiang VR Science Experience Day", "hzbj", "2026-11-29 13:30", "2026-11-29 17:00", "VR,Virtual Reality,Family", ["vr"], ["family"])
E("hz03", "浙江省科技馆 机器人总动员", "hzstm", "2026-11-28 09:30", "2026-11-29 16:30", "机器人,亲子", ["robotics"], ["family"])
E("hz04", "滨江 数字经济与大数据讲座", "hzbj", "2026-12-09 19:00", "2026-12-09 20:30", "大数据,数字经济", ["bigdata"])
E("hz05", "杭州 冬至养生健康讲座", "hzstm", "2026-12-20 09:30", "2026-12-20 11:00", "卫生健康", ["health"])
E("hz06", "圣诞科学秀：雪花的物理", "hzstm", "2026-12-24 19:00", "2026-12-24 20:30", "物理,亲子,圣诞", [], ["family"])
E("hz07", "滨江 脑机接口开放实验室", "hzbj", "2027-01-07 19:00", "2027-01-07 21:00", "人工智能,脑机接口", ["ai"])
E("hz08", "滨江 无人机编队体验", "hzbj", "2027-01-08 19:00", "2027-01-08 20:30", "无人机", ["drone"])
E("hz09", "浙江省科技馆 寒假少儿天文营", "hzstm", "2027-01-25 09:00", "2027-01-29 16:00", "天文,儿童,冬令营", ["astronomy"], ["children"])
E("hz10", "杭州 元宇宙沉浸展", "hzbj", "2026-12-01", "2027-01-31", "元宇宙,VR,展览", ["metaverse", "vr"], allday=True)
E("nb01", "准妈妈孕期营养与健康讲座", "nbcom", "2026-12-03 14:00", "2026-12-03 15:30", "卫生健康,孕妇", ["health"], ["pregnant"])
E("nb02", "宁波 老年人健康讲座：冬季心脑血管", "nbcom", "2026-12-02 09:30", "2026-12-02 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("nb03", "宁波 海洋科学亲子日", "nbstm", "2026-12-05 09:30", "2026-12-05 12:00", "海洋,亲子", ["ocean"], ["family"])
E("nb04", "港口机器人与智能码头开放日", "nbstm", "2026-11-28 09:00", "2026-11-28 16:00", "机器人,智能制造", ["robotics"])
E("nb05", "（取消）宁波 天文讲座", "nbstm", "2026-12-04 19:00", "2026-12-04 21:00", "天文", ["astronomy"], status=X)
E("nb06", "宁波 台风与海洋气象讲座", "nbstm", "2026-09-17 14:00", "2026-09-17 15:30", "气象,台风", ["weather"])
E("nb07", "Ningbo Seniors' Health Talk: Sleep Well", "nbcom", "2026-12-17 10:00", "2026-12-17 11:00", "Health,Seniors", ["health"], ["elderly"])
E("wz01", "温州科技馆 鞋里的科学", "wzstm", "2026-11-28 14:00", "2026-11-28 15:30", "材料,亲子", [], ["family"])
E("wz02", "温州 台风防御科普", "wzstm", "2026-09-16 14:00", "2026-09-16 16:00", "台风,气象,防灾减灾", ["weather", "emergency"])
E("wz03", "温州科技馆 冬季星空观测", "wzstm", "2026-12-12 19:00", "2026-12-12 21:00", "天文,观星", ["astronomy"])
E("wz04", "温州科技馆 少儿编程冬令营", "wzstm", "2027-01-26 09:00", "2027-01-28 16:00", "编程,人工智能,儿童", ["ai"], ["children"])
E("tz01", "台州 海洋渔业技术培训", "tzzj", "2026-12-08 09:00", "2026-12-08 11:30", "海洋,农业科技,渔民", ["ocean", "agriculture"], ["farmers"])
E("tz02", "台州 汽车与新能源科普日", "tzzj", "2026-12-12 09:00", "2026-12-12 16:00", "新能源,汽车", ["energy"])

# ---------------- Fujian ----------------
E("xm01", "思明区 海洋生物科普展", "xmsm", "2026-11-21", "2026-12-27", "海洋,展览,亲子", ["ocean"], ["family"], allday=True)
E("xm02", "Xiamen Typhoon Safety Talk", "xmsm", "2026-09-15 14:00", "2026-09-15 15:30", "Typhoon,Weather", ["weather", "emergency"])
E("xm03", "厦门 中华白海豚保护讲座", "xmhc", "2026-12-13 14:00", "2026-12-13 16:00", "海洋,生态", ["ocean", "ecology"])
E("xm04", "厦门科技馆 无障碍科普日（视障听障朋友专场）", "xmsm", "2026-12-03 09:30", "2026-12-03 11:30", "无障碍,残障人士", [], ["disabled"])
E("xm05", "思明区 老年人智能手机培训", "xmsm", "2027-01-08 09:30", "2027-01-08 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("xm06", "海沧湾 亲子观鸟", "xmhc", "2027-04-10 08:00", "2027-04-10 10:00", "观鸟,亲子", ["ecology"], ["family"])
E("qz01", "泉州 海丝文化与航海科技", "qzstm", "2026-12-12 14:00", "2026-12-12 15:30", "航海,海洋", ["ocean"])
E("qz02", "泉州科技馆 亲子机器人乐园", "qzstm", "2026-12-19 09:30", "2026-12-19 11:30", "机器人,亲子", ["robotics"], ["family"])
E("qz03", "Quanzhou Tea Farmers Training", "qzstm", "2027-03-30 09:00", "2027-03-30 11:30", "Agriculture,Farmers,Tea", ["agriculture"], ["farmers"])
E("fz01", "福建省科技馆 天文开放夜", "fzgl", "2026-12-12 19:00", "2026-12-12 21:00", "天文,观星", ["astronomy"])
E("fz02", "鼓楼区 青少年人工智能课", "fzgl", "2026-12-13 14:00", "2026-12-13 16:00", "人工智能,青少年", ["ai"], ["children"])
E("fz03", "福州 老年人防诈骗讲座", "fzgl", "2026-12-15 09:30", "2026-12-15 11:00", "防诈骗,老年人", ["digital_literacy"], ["elderly"])

# ---------------- Guangdong ----------------
E("sn01", "南山 机器人嘉年华", "szns", "2026-09-19 09:00", "2026-09-20 17:00", "机器人,亲子,全国科普日", ["robotics"], ["family"])
E("sn02", "Nanshan AI Meetup: LLMs Explained", "szns", "2026-11-26 19:00", "2026-11-26 21:00", "AI", ["ai"])
E("sn03", "深圳湾 无人机科普课", "szns", "2026-11-29 14:00", "2026-11-29 16:00", "无人机,青少年", ["drone"], ["children"])
E("sn04", "南山 芯片与半导体讲座", "szns", "2026-12-02 19:30", "2026-12-02 21:00", "芯片,半导体", ["semiconductor"])
E("sn05", "南山 VR 科学探索体验", "szns", "2026-12-13 14:00", "2026-12-13 16:00", "VR,虚拟现实,青少年", ["vr"], ["children"])
E("sn06", "Shenzhen Bay Mangrove Bird Walk", "szns", "2027-01-09 08:00", "2027-01-09 10:00", "Ecology,Birdwatching", ["ecology"])
E("sn07", "深圳科学馆 量子科技讲座", "szft", "2026-12-12 14:00", "2026-12-12 15:30", "量子", ["quantum"])
E("sn08", "福田 老年人健康讲座", "szft", "2026-12-14 09:30", "2026-12-14 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("sn09", "深圳 孕妈课堂：孕期安全用药", "szft", "2026-12-18 14:00", "2026-12-18 15:30", "卫生健康,孕妇", ["health"], ["pregnant"])
E("sn10", "南山 周三晚科普：人工智能伦理", "szns", "2027-01-13 19:00", "2027-01-13 20:30", "人工智能,讲座", ["ai"])
E("py01", "广东科学中心 航天科普展", "gzpy", "2026-11-28", "2026-12-31", "航天,展览", ["space"], allday=True)
E("py02", "番禺 大学城 大学生AI创新营", "gzpy", "2026-12-05 09:00", "2026-12-06 17:00", "人工智能,大学生", ["ai"], ["university"])
E("py03", "广东科学中心 亲子恐龙探秘", "gzpy", "2026-12-13 14:00", "2026-12-13 16:00", "恐龙,古生物,亲子", ["paleontology"], ["family"])
E("py04", "Guangzhou Science Centre Christmas Science Show", "gzpy", "2026-12-25 14:00", "2026-12-25 15:30", "Science Show,Family", [], ["family"])
E("py05", "番禺 农业科技培训：岭南水果种植", "gzpy", "2027-03-31 09:00", "2027-03-31 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("gz01", "天河 老年人防诈骗课堂", "gzth", "2026-12-01 09:30", "2026-12-01 11:00", "防诈骗,老年人", ["digital_literacy"], ["elderly"])
E("gz02", "天河 残障人士无障碍科技体验", "gzth", "2026-12-03 14:00", "2026-12-03 16:00", "无障碍,残障人士,科技助残", [], ["disabled"])
E("dg01", "东莞科学馆 VR 地震体验", "dgstm", "2026-11-28 10:00", "2026-11-28 16:00", "VR,应急,地震", ["vr", "emergency"])
E("dg02", "东莞 制造业机器人开放日", "dgstm", "2026-12-12 09:00", "2026-12-12 16:00", "机器人,智能制造", ["robotics"])
E("dg03", "东莞 老人健康讲座", "dgstm", "2026-12-16 09:30", "2026-12-16 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("fs01", "佛山 岭南中医药健康讲座", "fsstm", "2026-11-30 19:00", "2026-11-30 20:30", "卫生健康,中医药", ["health"])
E("fs02", "佛山 家电里的人工智能", "fsstm", "2026-12-02 19:00", "2026-12-02 20:30", "人工智能", ["ai"])
E("fs03", "佛山科学馆 周末亲子实验", "fsstm", "2026-12-05 10:00", "2026-12-05 11:30", "科学实验,亲子", [], ["family"])
E("fs04", "佛山 龙舟与流体力学", "fsstm", "2026-12-06 14:00", "2026-12-06 15:30", "物理", [])
E("zh01", "珠海 航展科普：飞机是怎么飞起来的", "zhstm", "2026-11-28 10:00", "2026-11-28 11:30", "航空,航天,青少年", ["space"], ["children"])
E("zh02", "珠海 海洋牧场科普", "zhstm", "2026-12-19 09:30", "2026-12-19 11:30", "海洋", ["ocean"])
E("zh03", "Zhuhai Stargazing by the Sea", "zhstm", "2027-01-09 19:30", "2027-01-09 21:30", "Astronomy", ["astronomy"])
E("zs01", "中山 健康讲座：准妈妈孕期运动", "zsstm", "2026-12-10 14:00", "2026-12-10 15:30", "卫生健康,孕妇", ["health"], ["pregnant"])
E("zs02", "中山科技馆 亲子机器人工作坊", "zsstm", "2026-12-13 14:00", "2026-12-13 16:00", "机器人,亲子", ["robotics"], ["family"])
E("zs03", "中山 长者健康讲座", "zsstm", "2026-12-11 09:30", "2026-12-11 11:00", "卫生健康,长者", ["health"], ["elderly"])
E("hd01", "惠州 大亚湾核电科普", "hzdy", "2026-12-12 09:00", "2026-12-12 12:00", "核电,核能", ["nuclear"])
E("hd02", "惠州 冬季观鸟节", "hzdy", "2027-01-16 08:00", "2027-01-16 11:00", "生态,观鸟", ["ecology"])

# ---------------- Anhui ----------------
E("wh01", "芜湖 机器人产业开放日", "whstm", "2026-11-28 09:00", "2026-11-28 16:00", "机器人,智能制造", ["robotics"])
E("wh02", "芜湖 新能源汽车科普", "whstm", "2026-12-12 09:00", "2026-12-12 16:00", "新能源,汽车", ["energy"])
E("wh03", "芜湖科技馆 少儿机器人班", "whstm", "2026-12-19 14:00", "2026-12-19 16:00", "机器人,儿童", ["robotics"], ["children"])
E("bb01", "蚌埠 珍珠与淡水生态", "bbstm", "2026-12-05 14:00", "2026-12-05 15:30", "生态,淡水", ["ecology"])
E("bb02", "蚌埠 老年人智能手机课", "bbstm", "2026-12-09 09:30", "2026-12-09 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("sa01", "宿州 小麦冬季管理技术培训", "szahf", "2026-12-08 09:00", "2026-12-08 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("sa02", "宿州科技馆 亲子天文课", "szah", "2026-12-12 19:00", "2026-12-12 20:30", "天文,亲子", ["astronomy"], ["family"])
E("sa03", "宿州 老年人健康讲座", "szah", "2026-12-16 09:30", "2026-12-16 11:00", "卫生健康,老年人", ["health"], ["elderly"])

# ---------------- Jiangxi ----------------
E("gj01", "赣州 脐橙种植技术培训", "gzxf", "2026-11-30 09:00", "2026-11-30 11:30", "农业科技,农民,脐橙", ["agriculture"], ["farmers"])
E("gj02", "赣州 稀土里的科学", "gzjx", "2026-12-05 14:00", "2026-12-05 15:30", "稀土,材料", [])
E("gj03", "Ganzhou Kids Robotics Day", "gzjx", "2026-12-13 09:30", "2026-12-13 12:00", "Robotics,Kids", ["robotics"], ["children"])
E("gj04", "赣州 恐龙蛋化石展", "gzjx", "2026-12-01", "2027-02-28", "恐龙,古生物,化石,展览", ["paleontology"], allday=True)
E("jj01", "鄱阳湖 候鸟观测", "jjwc", "2026-12-12 08:00", "2026-12-12 11:00", "生态,观鸟,候鸟", ["ecology"])
E("jj02", "九江 庐山气象科普", "jjstm", "2026-12-16 14:00", "2026-12-16 15:30", "气象", ["weather"])
E("jj03", "Poyang Lake Migratory Birds Family Day", "jjwc", "2027-01-09 08:30", "2027-01-09 11:30", "Birdwatching,Family", ["ecology"], ["family"])

# ---------------- Hunan / Hubei ----------------
E("yy01", "洞庭湖 江豚保护讲座", "yydt", "2026-12-05 14:00", "2026-12-05 15:30", "生态,江豚", ["ecology"])
E("yy02", "岳阳 老年人健康讲座", "yystm", "2026-12-09 09:30", "2026-12-09 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("yy03", "岳阳 冬季观鸟节", "yydt", "2026-12-26 08:00", "2026-12-26 11:00", "生态,观鸟", ["ecology"])
E("cd01", "常德 稻田养鱼技术培训", "cdstm", "2026-12-03 09:00", "2026-12-03 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("cd02", "常德科技馆 亲子科学秀", "cdstm", "2026-12-12 14:00", "2026-12-12 15:30", "科学表演,亲子", [], ["family"])
E("cd03", "常德 人工智能进校园", "cdstm", "2027-01-08 14:00", "2027-01-08 16:00", "人工智能,青少年", ["ai"], ["children"])
E("ycs1", "三峡大坝 水电科普开放日", "ycsx", "2026-11-28 09:00", "2026-11-28 16:00", "水电,新能源", ["energy"])
E("ycs2", "宜昌 三峡地质与防灾", "ycstm", "2026-12-02 14:00", "2026-12-02 15:30", "地质,防灾减灾", ["emergency"])
E("ycs3", "宜昌 柑橘种植技术培训", "ycstm", "2026-12-17 09:00", "2026-12-17 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("ycs4", "Yichang Kids Science Camp", "ycstm", "2027-01-25 09:00", "2027-01-27 16:00", "Kids,Camp", [], ["children"])
E("xy01", "襄阳 航空航天科普展", "xystm", "2026-12-01", "2026-12-15", "航空,航天,展览", ["space"], allday=True)
E("xy02", "襄阳 农民小麦技术培训", "xystm", "2026-12-04 09:00", "2026-12-04 11:30", "农业科技,农民", ["agriculture"], ["farmers"])

# ---------------- Henan ----------------
E("ly01", "洛阳 天文望远镜入门", "lystm", "2026-12-05 19:00", "2026-12-05 21:00", "天文,观星", ["astronomy"])
E("ly02", "洛阳 轴承里的机器人", "lystm", "2026-12-13 14:00", "2026-12-13 16:00", "机器人", ["robotics"])
E("ly03", "洛阳 老年人健康讲座", "lystm", "2027-01-08 09:30", "2027-01-08 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("ly04", "Luoyang Peony Science Walk", "lystm", "2027-04-10 09:00", "2027-04-10 11:00", "Botany,Ecology", ["ecology"])
E("kf01", "开封 黄河文化与水利科普", "kfgl", "2026-12-05 14:00", "2026-12-05 15:30", "水利,黄河,生态", ["ecology"])
E("kf02", "开封 菊花种植技术培训", "kfgl", "2026-12-09 09:00", "2026-12-09 11:00", "农业科技,农民", ["agriculture"], ["farmers"])

# ---------------- Shandong ----------------
E("yt01", "烟台 海洋牧场与海参养殖", "ytstm", "2026-12-05 09:00", "2026-12-05 11:30", "海洋,农业科技,渔民", ["ocean", "agriculture"], ["farmers"])
E("yt02", "烟台 苹果种植冬季修剪培训", "ytstm", "2026-12-15 09:00", "2026-12-15 11:30", "农业科技,农民,果树", ["agriculture"], ["farmers"])
E("yt03", "Yantai Family Ocean Day", "ytstm", "2026-12-13 09:30", "2026-12-13 12:00", "Ocean,Family", ["ocean"], ["family"])
E("wh11", "威海 海洋科普：刘公岛的海", "whsd", "2026-12-12 14:00", "2026-12-12 15:30", "海洋", ["ocean"])
E("wh12", "威海 大天鹅越冬观测", "whsd", "2027-01-09 08:00", "2027-01-09 11:00", "生态,观鸟", ["ecology"])
E("wf01", "潍坊 风筝里的空气动力学", "wfstm", "2026-11-28 14:00", "2026-11-28 15:30", "物理,亲子", [], ["family"])
E("wf02", "潍坊 蔬菜大棚种植技术", "wfstm", "2026-12-03 09:00", "2026-12-03 11:30", "农业科技,农民,大棚", ["agriculture"], ["farmers"])
E("wf03", "潍坊 老年人防诈骗讲座", "wfstm", "2026-12-10 09:30", "2026-12-10 11:00", "防诈骗,老年人", ["digital_literacy"], ["elderly"])
E("li01", "临沂 农民电商直播培训", "lyfarm", "2026-12-08 09:00", "2026-12-08 11:30", "农业科技,农民,电商", ["agriculture"], ["farmers"])
E("li02", "临沂科技馆 亲子科学周末", "lyjs", "2026-12-12 10:00", "2026-12-12 11:30", "科学实验,亲子", [], ["family"])
E("li03", "临沂 老人健康讲座", "lyjs", "2026-12-17 09:30", "2026-12-17 11:00", "卫生健康,老年人", ["health"], ["elderly"])

# ---------------- Hebei / Shanxi ----------------
E("bd01", "保定 雾霾与空气质量讲座", "bdstm", "2026-12-05 14:00", "2026-12-05 15:30", "气象,环境", ["weather"])
E("bd02", "保定 老年人智能手机培训", "bdstm", "2026-12-09 09:30", "2026-12-09 11:00", "数字素养,老年人", ["digital_literacy"], ["elderly"])
E("bd03", "Baoding Teachers' AI Workshop", "bdstm", "2026-12-12 09:00", "2026-12-12 16:00", "AI,Teachers", ["ai"], ["teachers"])
E("ts01", "唐山 地震科普体验", "tsdz", "2026-11-28 09:00", "2026-11-28 11:00", "防震减灾,应急", ["emergency"])
E("ts02", "唐山 钢铁与新材料", "tsstm", "2026-12-12 14:00", "2026-12-12 15:30", "材料", [])
E("ts03", "唐山 防震减灾亲子课", "tsdz", "2026-12-19 09:30", "2026-12-19 11:00", "防震减灾,应急,亲子", ["emergency"], ["family"])
E("qh01", "北戴河 候鸟迁徙观测", "qhdbdh", "2026-09-19 07:00", "2026-09-19 10:00", "生态,观鸟", ["ecology"])
E("qh02", "秦皇岛 冬季海洋科普", "qhdstm", "2026-12-05 14:00", "2026-12-05 15:30", "海洋", ["ocean"])
E("qh03", "秦皇岛 科学教师培训", "qhdstm", "2026-12-12 09:00", "2026-12-12 16:00", "教师,科学教育", [], ["teachers"])
E("dt01", "大同 火山群地质科普", "dtstm", "2026-12-05 09:00", "2026-12-05 11:30", "地质,火山", [])
E("dt02", "大同 煤炭与新能源讲座", "dtstm", "2026-12-12 14:00", "2026-12-12 15:30", "新能源,能源", ["energy"])
E("dt03", "Datong Winter Stargazing", "dtstm", "2027-01-09 19:00", "2027-01-09 21:00", "Astronomy", ["astronomy"], utc=True)
E("ty01", "山西省科技馆 冬季天文观测", "tystm", "2026-12-12 19:00", "2026-12-12 21:00", "天文,观星", ["astronomy"])
E("ty02", "太原 老年人健康讲座", "tystm", "2026-12-14 09:30", "2026-12-14 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("ty03", "太原 青少年机器人竞赛", "tystm", "2027-01-09 09:00", "2027-01-09 17:00", "机器人,青少年", ["robotics"], ["children"])

# ---------------- 朝阳: Beijing district vs Liaoning city ----------------
E("bc01", "中国科技馆 冬季天文展", "bjcy", "2026-12-05 09:30", "2026-12-05 16:30", "天文,展览", ["astronomy"])
E("bc02", "中国科技馆 机器人亲子日", "bjcy", "2026-12-12 09:30", "2026-12-12 16:30", "机器人,亲子", ["robotics"], ["family"])
E("lc01", "朝阳鸟化石 古生物研学", "lncy", "2026-12-05 09:00", "2026-12-05 12:00", "古生物,化石,青少年", ["paleontology"], ["children"])
E("lc02", "辽宁朝阳 化石修复体验", "lncy", "2026-12-13 09:00", "2026-12-13 12:00", "古生物,化石", ["paleontology"])

# ---------------- 科普日 week (now S, Mon 2026-09-14) ----------------
E("s01", "科普日 苏州工业园区 人工智能体验展", "sip2", "2026-09-19 09:00", "2026-09-20 17:00", "人工智能,全国科普日,亲子", ["ai"], ["family"])
E("s02", "滨江 周三晚 量子计算讲座", "hzbj", "2026-09-16 19:30", "2026-09-16 21:00", "量子", ["quantum"])
E("s03", "Hangzhou Science Day Family Fair", "hzstm", "2026-09-19 09:30", "2026-09-19 16:30", "Family,Science Day", [], ["family"])
E("s04", "宁波 科普日 老年人健康义诊", "nbcom", "2026-09-18 09:00", "2026-09-18 11:30", "卫生健康,老年人,全国科普日", ["health"], ["elderly"])
E("s05", "番禺 广东科学中心 科普日嘉年华", "gzpy", "2026-09-19 09:00", "2026-09-20 17:00", "全国科普日,亲子,科学实验", [], ["family"])
E("s06", "东莞 科普日 机器人展", "dgstm", "2026-09-19 09:00", "2026-09-19 17:00", "机器人,全国科普日", ["robotics"])
E("s07", "思明区 海洋科普日", "xmsm", "2026-09-20 09:00", "2026-09-20 16:00", "海洋,亲子", ["ocean"], ["family"])
E("s08", "（取消）烟台 科普日 天文夜", "ytstm", "2026-09-19 19:00", "2026-09-19 21:00", "天文", ["astronomy"], status=X)
E("s09", "烟台 秋季观星会", "ytstm", "2026-09-26 19:00", "2026-09-26 21:00", "天文,观星", ["astronomy"])
E("s10", "洛阳 科普日 农民技术培训", "lystm", "2026-09-17 09:00", "2026-09-17 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("s11", "Science Day at Wuhu: Drones for Kids", "whstm", "2026-09-20 14:00", "2026-09-20 16:00", "Drones,Kids", ["drone"], ["children"])
E("s12", "唐山 科普日 防震演练", "tsdz", "2026-09-18 09:30", "2026-09-18 11:00", "应急,防震减灾,全国科普日", ["emergency"])
E("s13", "威海 科普日 海洋亲子课", "whsd", "2026-09-19 09:30", "2026-09-19 11:30", "海洋,亲子", ["ocean"], ["family"])
E("s14", "泰州 科普日 健康讲座", "tzjs", "2026-09-19 09:30", "2026-09-19 11:00", "卫生健康,全国科普日", ["health"])
E("s15", "台州 科普日 青少年机器人赛", "tzzj", "2026-09-19 09:00", "2026-09-19 16:00", "机器人,青少年", ["robotics"], ["children"])
E("s16", "科普日 开封 亲子科学游园", "kfgl", "2026-09-19 09:00", "2026-09-19 12:00", "亲子,全国科普日", [], ["family"])
E("s17", "宿州 科普日 农技下乡", "szahf", "2026-09-18 09:00", "2026-09-18 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("s18", "赣州 科普日 稀土展", "gzjx", "2026-09-15", "2026-09-21", "稀土,材料,全国科普日", [], allday=True)
E("s19", "科普日 南通 上周活动回顾展", "ntstm", "2026-09-08 09:00", "2026-09-12 17:00", "全国科普日", [])
E("s20", "保定 科普日 青少年无人机表演", "bdstm", "2026-09-20 14:00", "2026-09-20 16:00", "无人机,青少年", ["drone"], ["children"])

# ---------------- winter (now C, Wed 2027-01-06) ----------------
E("c01", "宁波 周三晚 天文讲座：冬季星座", "nbstm", "2027-01-13 19:00", "2027-01-13 20:30", "天文,讲座", ["astronomy"])
E("c02", "宁波 周六 亲子海洋课", "nbstm", "2027-01-16 09:30", "2027-01-16 11:30", "海洋,亲子", ["ocean"], ["family"])
E("c03", "宁波 下周三上午 老年人健康讲座", "nbcom", "2027-01-13 09:30", "2027-01-13 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("c04", "佛山 工作日晚间科普：睡眠科学", "fsstm", "2027-01-06 19:00", "2027-01-06 20:30", "卫生健康,睡眠", ["health"])
E("c05", "佛山 晚间讲座：新能源汽车电池", "fsstm", "2027-01-07 19:30", "2027-01-07 21:00", "新能源,电池", ["energy"])
E("c06", "佛山 周六 亲子机器人", "fsstm", "2027-01-09 10:00", "2027-01-09 11:30", "机器人,亲子", ["robotics"], ["family"])
E("c07", "常州 月底 农民技术培训", "czstm", "2027-01-26 09:00", "2027-01-26 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("c08", "常州 寒假 少儿机器人营", "czstm", "2027-01-27 09:00", "2027-01-29 16:00", "机器人,儿童", ["robotics"], ["children"])
E("c09", "常州 1月中旬 健康讲座", "czstm", "2027-01-14 09:30", "2027-01-14 11:00", "卫生健康", ["health"])
E("c10", "珠海 2月初 春节前天文夜", "zhstm", "2027-02-03 19:30", "2027-02-03 21:30", "天文", ["astronomy"])
E("c11", "珠海 春节后 海洋亲子", "zhstm", "2027-02-13 09:30", "2027-02-13 11:30", "海洋,亲子", ["ocean"], ["family"])
E("c12", "太原 寒假 青少年天文营", "tystm", "2027-01-25 09:00", "2027-01-27 16:00", "天文,青少年", ["astronomy"], ["children"])

# ---------------- spring (now D, Sun 2027-03-28) ----------------
E("d01", "苏州工业园区 春季机器人开放日", "sip1", "2027-04-03 09:00", "2027-04-03 16:00", "机器人,青少年", ["robotics"], ["children"])
E("d02", "无锡 春季 AI 大会科普专场", "wxstm", "2027-03-31 14:00", "2027-03-31 16:00", "人工智能", ["ai"])
E("d03", "南通 清明 踏青防火安全课", "ntstm", "2027-04-05 10:00", "2027-04-05 11:30", "应急,消防", ["emergency"])
E("d04", "徐州 鼓楼区 春季健康讲座", "xzgl", "2027-04-07 09:30", "2027-04-07 11:00", "卫生健康", ["health"])
E("d05", "滨江 春季 VR 科普周", "hzbj", "2027-04-06 09:00", "2027-04-09 17:00", "VR,虚拟现实", ["vr"])
E("d06", "宁波 春季 观鸟", "nbstm", "2027-04-10 07:30", "2027-04-10 10:00", "生态,观鸟", ["ecology"])
E("d07", "温州 月底 健康讲座", "wzstm", "2027-03-30 14:00", "2027-03-30 15:30", "卫生健康", ["health"])
E("d08", "温州 4月中旬 航天科普", "wzstm", "2027-04-15 14:00", "2027-04-15 16:00", "航天", ["space"])
E("d09", "厦门 思明区 清明 天文夜", "xmsm", "2027-04-05 19:00", "2027-04-05 21:00", "天文", ["astronomy"])
E("d10", "泉州 4月初 亲子科学日", "qzstm", "2027-04-04 09:30", "2027-04-04 11:30", "亲子,科学实验", [], ["family"])
E("d11", "南山 春季 芯片开放日", "szns", "2027-04-02 09:00", "2027-04-02 17:00", "芯片,半导体", ["semiconductor"])
E("d12", "番禺 4月 青少年航天课", "gzpy", "2027-04-17 14:00", "2027-04-17 16:00", "航天,青少年", ["space"], ["children"])
E("d13", "东莞 春季 无人机大赛", "dgstm", "2027-04-08 09:00", "2027-04-08 17:00", "无人机,青少年", ["drone"], ["children"])
E("d14", "中山 3月底 长者健康讲座", "zsstm", "2027-03-30 09:30", "2027-03-30 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("d15", "惠州 4月 观星", "hzdy", "2027-04-10 19:30", "2027-04-10 21:30", "天文,观星", ["astronomy"])
E("d16", "芜湖 春季 机器人开放日", "whstm", "2027-04-03 09:00", "2027-04-03 16:00", "机器人", ["robotics"])
E("d17", "蚌埠 春耕技术培训", "bbstm", "2027-03-31 09:00", "2027-03-31 11:30", "农业科技,农民,春耕", ["agriculture"], ["farmers"])
E("d18", "赣州 春季脐橙病虫害防治", "gzxf", "2027-04-08 09:00", "2027-04-08 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("d19", "九江 庐山 春季生态研学", "jjstm", "2027-04-10 09:00", "2027-04-10 16:00", "生态,研学,青少年", ["ecology"], ["children"])
E("d20", "岳阳 4月中旬 洞庭湖生态讲座", "yydt", "2027-04-14 14:00", "2027-04-14 15:30", "生态", ["ecology"])
E("d21", "宜昌 三峡 春季水电开放日", "ycsx", "2027-04-03 09:00", "2027-04-03 16:00", "水电,新能源", ["energy"])
E("d22", "襄阳 清明 踏青安全讲座", "xystm", "2027-04-05 10:00", "2027-04-05 11:30", "应急,安全", ["emergency"])
E("d23", "Luoyang Peony Festival Science Tour", "lystm", "2027-04-12 09:00", "2027-04-12 12:00", "Botany", ["ecology"])
E("d24", "开封 3月底 老年人防诈骗", "kfgl", "2027-03-29 09:30", "2027-03-29 11:00", "防诈骗,老年人", ["digital_literacy"], ["elderly"])
E("d25", "烟台 4月初 樱桃种植技术培训", "ytstm", "2027-04-02 09:00", "2027-04-02 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("d26", "潍坊 国际风筝节科普", "wfstm", "2027-04-17", "2027-04-18", "物理,风筝,亲子", [], ["family"], allday=True)
E("d27", "临沂 春季 老人健康讲座", "lyjs", "2027-04-06 09:30", "2027-04-06 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("d28", "唐山 4月初 地震科普", "tsdz", "2027-04-03 09:30", "2027-04-03 11:00", "防震减灾,应急", ["emergency"])
E("d29", "秦皇岛 春季观鸟", "qhdbdh", "2027-04-17 07:00", "2027-04-17 10:00", "生态,观鸟", ["ecology"])
E("d30", "大同 今天下午 天文讲座", "dtstm", "2027-03-28 14:00", "2027-03-28 16:00", "天文,讲座", ["astronomy"])
E("d31", "大同 今晚 观星", "dtstm", "2027-03-28 19:00", "2027-03-28 21:00", "天文,观星", ["astronomy"])
E("d32", "太原 3月底 人工智能讲座", "tystm", "2027-03-30 14:00", "2027-03-30 16:00", "人工智能", ["ai"])
E("d33", "常德 4月初 春耕培训", "cdstm", "2027-04-07 09:00", "2027-04-07 11:30", "农业科技,农民", ["agriculture"], ["farmers"])
E("d34", "保定 4月 大学生科创营", "bdstm", "2027-04-10 09:00", "2027-04-11 17:00", "科技创新,大学生", [], ["university"])

# ---------------- CATEGORIES missing: only the title tells the topic ----------------
E("n01", "宁波 天文望远镜DIY工作坊", "nbstm", "2026-11-29 14:00", "2026-11-29 16:00", "", ["astronomy"], desc="欢迎参加。")
E("n02", "佛山 机器人足球友谊赛", "fsstm", "2026-11-29 14:00", "2026-11-29 17:00", "", ["robotics"], desc="欢迎参加。")
E("n03", "Xuzhou Seniors' Smartphone Class", "xzgl", "2026-12-02 09:30", "2026-12-02 11:00", "", ["digital_literacy"], ["elderly"], desc="Free, all welcome.")
E("n04", "扬州 海洋生物标本展", "yzstm", "2027-01-16 09:00", "2027-01-16 16:00", "", ["ocean"], desc="欢迎参加。")
E("n05", "宜昌 观星之夜", "ycstm", "2027-04-03 19:00", "2027-04-03 21:00", "", ["astronomy"], desc="欢迎参加。")

# ---------------- past events (before every now they could match) ----------------
E("p01", "南山 人工智能沙龙", "szns", "2026-11-20 19:00", "2026-11-20 21:00", "人工智能", ["ai"])
E("p02", "宁波 老年人健康讲座：秋季养生", "nbcom", "2026-11-18 09:30", "2026-11-18 11:00", "卫生健康,老年人", ["health"], ["elderly"])
E("p03", "芜湖 机器人夏令营", "whstm", "2026-08-10 09:00", "2026-08-14 16:00", "机器人,儿童", ["robotics"], ["children"])
E("p04", "烟台 海洋科普讲座", "ytstm", "2026-11-21 09:30", "2026-11-21 11:30", "海洋", ["ocean"])

# ---------------- recurring series, kept out of truth ----------------
E("r01", "扬州 每周三 银龄太极健康课", "yzstm", "2027-03-03 09:00", "2027-03-03 10:00", "卫生健康,老年人", ["health"], ["elderly"],
  rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=10", exdate=["2027-03-17 09:00"])
E("r02", "Weekly Kids Coding Club (Xiamen Haicang)", "xmhc", "2026-11-07 10:00", "2026-11-07 11:30", "Coding,Kids", ["ai"], ["children"],
  rrule="FREQ=WEEKLY;BYDAY=SA;COUNT=6", exdate=["2026-11-21 10:00"])

# ---------------- online ----------------
ON("on01", "云端天文课：冬季星空直播", "2026-12-04 20:00", "2026-12-04 21:00", "天文,线上", ["astronomy"], loc=0)
ON("on02", "Livestream: Chang'e Moon Mission Explained", "2026-12-09 19:00", "2026-12-09 20:30", "Space,Online", ["space"], loc=1, utc=True)
ON("on03", "准妈妈线上课堂：孕期营养", "2026-12-08 14:00", "2026-12-08 15:00", "卫生健康,孕妇,线上", ["health"], ["pregnant"], loc=2)
ON("on04", "Webinar: Teaching Robotics in Middle School", "2026-12-02 19:00", "2026-12-02 20:30", "Robotics,Teachers,Online", ["robotics"], ["teachers"], loc=4)
ON("on05", "老年人防诈骗直播课", "2026-11-27 10:00", "2026-11-27 11:00", "防诈骗,老年人,直播", ["digital_literacy"], ["elderly"], loc=6)
ON("on06", "圣诞前夜 线上亲子科学实验", "2026-12-23 19:00", "2026-12-23 20:00", "线上,亲子,科学实验", [], ["family"], loc=3)
ON("on07", "跨年 云端天文直播：双子座流星雨回顾", "2026-12-31 21:00", "2026-12-31 23:00", "天文,直播", ["astronomy"], loc=5)
ON("on08", "Online Talk: AI and Your Health", "2026-12-16 20:00", "2026-12-16 21:00", "AI,Health,Online", ["ai", "health"], loc=1)
ON("on09", "云上农技课堂：冬季大棚管理", "2026-12-10 19:30", "2026-12-10 21:00", "农业科技,农民,线上", ["agriculture"], ["farmers"], loc=6)
ON("on10", "（取消）量子科技直播", "2026-12-12 19:30", "2026-12-12 21:00", "量子,直播", ["quantum"], loc=3, status=X)
ON("on11", "科普日 线上直播：人工智能与未来", "2026-09-19 19:30", "2026-09-19 21:00", "人工智能,直播,全国科普日", ["ai"], loc=0)
ON("on12", "Science Day Webinar for Teachers", "2026-09-16 19:00", "2026-09-16 20:30", "Teachers,Online", [], ["teachers"], loc=4)
ON("on13", "无障碍线上科普：手语讲天文", "2026-12-06 19:00", "2026-12-06 20:00", "天文,无障碍,残障人士,线上", ["astronomy"], ["disabled"], loc=2)
ON("on14", "寒假线上科学营（中小学生）", "2027-01-25 19:00", "2027-01-29 20:30", "线上,青少年", [], ["children"], loc=3)
ON("on15", "元旦 云端科普：新年第一课", "2027-01-01 10:00", "2027-01-01 11:00", "线上,直播", [], loc=0)
ON("on16", "Online Workshop: VR in the Classroom", "2027-01-13 19:00", "2027-01-13 20:30", "VR,Teachers,Online", ["vr"], ["teachers"], loc=4)
ON("on17", "清明 线上讲座：春季过敏与健康", "2027-04-05 19:00", "2027-04-05 20:00", "卫生健康,线上", ["health"], loc=2)
ON("on18", "Livestream: Spring Night Sky", "2027-04-02 20:00", "2027-04-02 21:00", "Astronomy,Online", ["astronomy"], loc=1)
ON("on19", "芯片科普直播：光刻机是什么", "2027-04-08 19:30", "2027-04-08 21:00", "芯片,半导体,直播", ["semiconductor"], loc=6)
ON("on20", "大学生线上科研训练营", "2027-04-12 19:00", "2027-04-16 21:00", "大学生,线上,科研", [], ["university"], loc=5)
# ---------------------------------------------------------------------------
def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CST)


def fold(line):
    out, cur = [], b""
    for ch in line:
        b = ch.encode()
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode())
            cur = b""
        cur += b
    out.append(cur.decode())
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def span(e):
    """(start, end) as aware datetimes for truth."""
    if e.get("allday"):
        s = datetime.strptime(e["start"], "%Y-%m-%d").replace(tzinfo=CST)
        en = datetime.strptime(e["end"], "%Y-%m-%d").replace(tzinfo=CST) + timedelta(hours=23, minutes=59, seconds=59)
        return s, en
    s = dt(e["start"])
    if e.get("duration"):
        d = e["duration"]
        h = int(d.split("T")[1].split("H")[0]) if "H" in d else 0
        m = int(d.split("H")[-1].rstrip("M")) if d.endswith("M") else 0
        return s, s + timedelta(hours=h, minutes=m)
    return s, dt(e["end"])


def ics_time(name, s, e):
    if e.get("utc"):
        return f"{name}:{dt(s).astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}"
    if e.get("floating"):
        return f"{name}:{dt(s).strftime('%Y%m%dT%H%M%S')}"
    return f"{name};TZID=Asia/Shanghai:{dt(s).strftime('%Y%m%dT%H%M%S')}"


DESCS = {
    "ai": "人工智能主题科普活动，现场互动体验。", "robotics": "Hands-on robotics activity.",
    "astronomy": "专业天文老师带领观测，请注意保暖。", "space": "航天主题科普。",
    "ocean": "海洋科普，了解蓝色星球。", "health": "医生现场讲解，欢迎咨询。",
    "emergency": "应急安全知识与实操。", "ecology": "生态环保主题。",
    "agriculture": "农业技术专家现场指导。", "quantum": "量子科技主题。",
    "paleontology": "Fossils and dinosaurs, hands-on.", "energy": "新能源与低碳技术科普。",
    "semiconductor": "芯片与半导体科普。", "weather": "气象科普。", "vr": "VR 沉浸式体验。",
}


def vevent(e):
    L = ["BEGIN:VEVENT", f"UID:{e['uid']}@blind4.example", "DTSTAMP:20260901T000000Z", fold(f"SUMMARY:{esc(e['title'])}")]
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
        if e.get("exdate"):
            L.append("EXDATE;TZID=Asia/Shanghai:" + ",".join(dt(x).strftime("%Y%m%dT%H%M%S") for x in e["exdate"]))
    if e["cats"]:  # some organisers leave CATEGORIES out: then only the title tells the topic
        L.append(fold("CATEGORIES:" + ",".join(esc(c) for c in e["cats"].split(","))))
    if e.get("online"):
        L.append(fold(f"LOCATION:{esc(e['loc'])}"))
        L.append(f"URL:https://live.blind4.example/{e['uid']}")
    else:
        city, addr, lat, lon = V[e["venue"]]
        L.append(fold(f"LOCATION:{esc(addr)}"))
        if lat is not None:
            L.append(f"GEO:{lat};{lon}")
    d = e.get("desc") or next((DESCS[t] for t in e.get("topics", []) if t in DESCS), "科普活动，免费参加，名额有限。")
    L.append(fold(f"DESCRIPTION:{esc(d)}"))
    L.append("ORGANIZER;CN=科协科普部:mailto:kepu@blind4.example")
    if not e.get("nostatus"):
        L.append(f"STATUS:{e.get('ics_status', e.get('status', 'CONFIRMED'))}")
    L.append("END:VEVENT")
    return L


HEADER = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//blind4 corpus//kepu//
CALSCALE:GREGORIAN
X-WR-CALNAME:科普活动 2026-2027 华东华南华中
X-WR-TIMEZONE:Asia/Shanghai
BEGIN:VTIMEZONE
TZID:Asia/Shanghai
BEGIN:STANDARD
DTSTART:19700101T000000
TZNAME:CST
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE""".split("\n")


def truth_line(e):
    s, en = span(e)
    if e.get("online"):
        city = lat = lon = venue = None
    else:
        city, _, lat, lon = V[e["venue"]]
        venue = e["venue"]
    return {"uid": f"{e['uid']}@blind4.example", "title": e["title"], "city": city, "topics": e["topics"],
            "audiences": e["aud"], "online": bool(e.get("online")), "status": e.get("status", "CONFIRMED"),
            "start": s.isoformat(), "end": en.isoformat(), "lat": lat, "lon": lon, "venue": venue}


def main():
    uids = [e["uid"] for e in EV]
    assert len(uids) == len(set(uids)), "duplicate uid"
    lines = list(HEADER)
    for e in EV:
        lines += vevent(e)
    lines.append("END:VCALENDAR")
    (HERE / "corpus.ics").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as f:
        for e in EV:
            if e.get("rrule"):  # occurrence uids depend on the importer: series stay out of truth
                continue
            f.write(json.dumps(truth_line(e), ensure_ascii=False) + "\n")
    from queries import QUERIES
    with open(HERE / "queries.jsonl", "w", encoding="utf-8") as f:
        for q in QUERIES:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"{len(EV)} events, {len(QUERIES)} queries")


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(HERE))
    main()
