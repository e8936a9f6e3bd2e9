"""Words the generator builds events and queries from: what science-popularization events in China
are called, by topic, in Chinese and English. Every topic id is one of data/topics.json."""
from __future__ import annotations

# topic id → (weight, Chinese title phrases, English title phrases, category words)
# Weights follow what the 全国科普日 programmes are made of: health, space, AI, ecology and
# emergencies dominate; maths and nuclear science are rare.
TOPICS: dict[str, tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ai": (9, ("人工智能", "大模型", "机器学习", "AI 创新", "生成式人工智能"),
           ("AI", "Artificial Intelligence", "Machine Learning", "Large Language Models"), ("人工智能", "AI", "大模型")),
    "bigdata": (2, ("大数据", "数据科学", "云计算"), ("Big Data", "Data Science"), ("大数据", "数据科学")),
    "metaverse": (2, ("元宇宙", "虚拟现实", "VR 体验"), ("Virtual Reality", "Metaverse"), ("虚拟现实", "元宇宙")),
    "quantum": (3, ("量子科技", "量子计算", "量子通信"), ("Quantum Computing", "Quantum Physics"), ("量子科技", "quantum")),
    "space": (9, ("载人航天", "探月工程", "北斗导航", "空间站", "火星探测", "航天"),
              ("Spaceflight", "Space Station", "Moon Exploration", "Rockets"), ("航天", "载人航天", "space")),
    "deep_earth_sea": (2, ("深海探测", "深地探测", "地质"), ("Deep Sea", "Geology"), ("深海", "地质")),
    "supercomputing": (1, ("超级计算", "超算", "算力"), ("Supercomputing",), ("超级计算",)),
    "health": (10, ("健康生活", "合理膳食", "急救技能", "心理健康", "中医药文化", "慢病防治"),
               ("Healthy Living", "First Aid", "Mental Health", "Nutrition"), ("卫生健康", "健康", "health")),
    "food_safety": (3, ("食品安全", "舌尖上的安全"), ("Food Safety",), ("食品安全",)),
    "emergency": (7, ("防灾减灾", "应急科普", "地震避险", "消防安全"),
                  ("Disaster Prevention", "Earthquake Safety", "Fire Safety"), ("应急科普", "防灾减灾", "消防安全")),
    "ecology": (8, ("生态环保", "碳中和", "生物多样性", "湿地保护", "垃圾分类", "自然教育"),
                ("Biodiversity", "Carbon Neutrality", "Nature Walk", "Wetlands"), ("生态环保", "生物多样性", "ecology")),
    "agriculture": (6, ("智慧农业", "乡村振兴", "种业振兴", "农业科技"),
                    ("Smart Farming", "Rural Revitalization"), ("农业科技", "乡村振兴")),
    "digital_literacy": (5, ("数字素养", "智能手机使用", "防诈骗", "网络安全"),
                         ("Digital Skills", "Cybersecurity", "Smartphones"), ("数字素养", "网络安全")),
    "nuclear": (1, ("核科普", "核电", "核聚变"), ("Nuclear Energy", "Fusion"), ("核科普",)),
    "water": (2, ("节水", "水利", "南水北调"), ("Water Conservation",), ("水利", "节水")),
    "weather": (3, ("气象", "台风", "气候变化"), ("Weather", "Meteorology"), ("气象",)),
    "astronomy": (6, ("天文", "观星", "流星雨", "星空", "日食观测"),
                  ("Astronomy", "Stargazing", "Meteor Shower", "Planetarium"), ("天文", "astronomy")),
    "robotics": (6, ("机器人", "编程", "无人机", "人形机器人", "创客"),
                 ("Robotics", "Coding", "Drones", "Robots"), ("机器人", "robotics")),
    "ocean": (3, ("海洋科学", "极地科考", "海洋生物"), ("Ocean Science", "Marine Life"), ("海洋科学",)),
    "physics": (3, ("物理", "光学", "力学"), ("Physics", "Optics"), ("物理", "physics")),
    "chemistry": (2, ("化学", "新材料"), ("Chemistry",), ("化学",)),
    "biology": (3, ("生命科学", "基因", "细胞"), ("Life Sciences", "DNA"), ("生命科学", "biology")),
    "energy": (3, ("新能源", "光伏", "氢能"), ("New Energy", "Solar Power"), ("新能源", "energy")),
    "engineering": (3, ("高铁", "桥梁", "智能制造", "芯片"), ("Engineering", "Chips", "High-Speed Rail"), ("工程", "智能制造")),
    "math": (1, ("数学", "数学文化"), ("Mathematics",), ("数学",)),
    "science_lab": (5, ("科学实验", "趣味实验", "实验秀"), ("Science Experiments", "Hands-on Lab"), ("科学实验",)),
}

# (weight, Chinese kind, English kind, category word): the kind of event.
KINDS: tuple[tuple[int, str, str, str], ...] = (
    (10, "讲座", "Lecture", "讲座"),
    (7, "开放日", "Open Day", "开放日"),
    (6, "工作坊", "Workshop", "工作坊"),
    (5, "科普展", "Exhibition", "科普展"),
    (3, "科学之夜", "Science Night", "科学之夜"),
    (3, "研学", "Study Tour", "研学"),
    (3, "直播课", "Livestream", "直播"),
    (3, "进社区", "in the Community", "进社区"),
    (2, "大篷车进乡村", "Caravan to the Villages", "科普大篷车"),
    (2, "嘉年华", "Carnival", "嘉年华"),
    (2, "科普周", "Science Week", "科普周"),
    (2, "沙龙", "Salon", "沙龙"),
)

# Chinese title shapes; {t} topic phrase, {k} kind, {c} city short name, {v} venue.
ZH_TITLES = (
    "{t}{k}", "{t}科普{k}", "走进{t}：{k}", "{c}{t}{k}", "科学家讲科学：{t}", "全国科普日·{t}{k}",
    "{v}{t}{k}", "{t}进校园", "探秘{t}", "{t}主题{k}", "{c}科普日：{t}", "{t}与未来生活",
)
EN_TITLES = (
    "{t} {k}", "{t} {k} for Kids", "Discover {t}", "{t} Night at {v}", "{c} {t} {k}", "Science Day: {t}",
    "Meet the Scientists: {t}",
)

# (weight, audience category word, Chinese prefix, English suffix); None = general public.
AUDIENCES: tuple[tuple[int, str | None, str, str], ...] = (
    (60, None, "", ""),
    (14, "青少年", "青少年", " for Teens"),
    (10, "亲子", "亲子", " for Families"),
    (8, "老年人", "老年人", " for Seniors"),
    (5, "农民", "农民", " for Farmers"),
    (3, "教师", "教师", " for Teachers"),
)

# Venue kinds a city has: (Chinese suffix, English, how often events happen there).
VENUES: tuple[tuple[str, str, int], ...] = (
    ("科技馆", "Science and Technology Museum", 10),
    ("博物馆", "Museum", 4),
    ("图书馆", "Library", 5),
    ("青少年宫", "Youth Palace", 4),
    ("文化馆", "Cultural Center", 3),
    ("天文馆", "Planetarium", 2),
    ("植物园", "Botanical Garden", 2),
    ("科学会堂", "Science Hall", 2),
    ("人民公园", "People's Park", 2),
    ("市民中心", "Civic Center", 2),
)
ROADS = ("人民路", "中山路", "解放路", "建设路", "科技路", "文化路", "长江路", "和平路", "新华路", "学府路")
ORGANIZERS = ("{c}市科协", "{c}科技馆", "{c}市科技局", "{c}市卫健委", "{c}市应急管理局", "{c}大学", "{c}市图书馆")

# Big cities get more events (weight); every other prefecture-level city weighs 1.
BIG_CITIES = {
    "北京": 14, "上海": 14, "广州": 9, "深圳": 9, "重庆": 8, "成都": 8, "杭州": 7, "武汉": 7, "南京": 7, "西安": 6,
    "天津": 6, "苏州": 5, "长沙": 5, "郑州": 5, "合肥": 5, "青岛": 4, "济南": 4, "沈阳": 4, "哈尔滨": 4, "昆明": 4,
    "福州": 4, "厦门": 3, "南宁": 3, "贵阳": 3, "南昌": 3, "石家庄": 3, "太原": 3, "长春": 3, "兰州": 3, "宁波": 3,
    "无锡": 3, "东莞": 3, "佛山": 3, "大连": 3, "乌鲁木齐": 2, "呼和浩特": 2, "银川": 2, "西宁": 2, "拉萨": 2, "海口": 2,
}

# Typos people make in place names and topics (both are read with typo tolerance by the bot).
PLACE_TYPOS = {"Beijing": "Bejing", "Shanghai": "Shangai", "Chongqing": "Chongqin", "Guangzhou": "Guangzou",
               "Hangzhou": "Hangzou", "Nanjing": "Nanjng", "Chengdu": "Chengdo", "Shenzhen": "Shenzen"}
TOPIC_TYPOS = ("人工只能", "quantun", "astronmy", "robotcs", "生物多样姓", "agricultre")
