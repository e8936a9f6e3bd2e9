import csv
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.geo.gazetteer import DATA_DIR, Gazetteer, haversine_km


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


def place(g: Gazetteer, text: str) -> str | None:
    match, _ = g.find_in_text(text)
    return match.division.code if match else None


# ---------------------------------------------------------------- data file


def test_divisions_csv_shape():
    with open(DATA_DIR / "divisions.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["code", "name", "short", "level", "province_code", "city_code",
                             "lat", "lon", "pinyin", "en"]
    codes = {r["code"] for r in rows}
    assert len(codes) == len(rows) > 3000
    assert not codes & {"110100", "500100", "500200", "990000", "999900"}
    for r in rows:
        assert r["lat"] and r["lon"], r
        assert r["province_code"] in codes
        assert r["level"] == "province" or r["city_code"] in codes
    assert {"810000", "820000", "710000"} <= codes


def test_cached_default():
    assert Gazetteer.default() is Gazetteer.default()


# ---------------------------------------------------------------- hierarchy


def test_province_and_its_cities(g):
    assert place(g, "江苏") == "320000"
    cities = g.cities_of("320000")
    assert len(cities) == 13
    assert "苏州" in {c.short for c in cities}
    assert all(c.level == "city" and c.province_code == "320000" for c in cities)


def test_prefecture_city(g):
    d = g.get("320100")
    assert (d.name, d.short, d.level, d.province_code, d.city_code) == ("南京市", "南京", "city", "320000", "320100")
    assert (d.pinyin, d.en) == ("nanjing", "Nanjing")
    assert place(g, "南京") == place(g, "南京市") == "320100"


@pytest.mark.parametrize("text", ["涟源", "涟源市", "Lianyuan"])
def test_county_level_city(g, text):
    assert place(g, text) == "431382"
    d = g.get("431382")
    assert (d.city_code, d.province_code) == ("431300", "430000")
    assert g.get(d.city_code).short == "娄底"


def test_province_administered_county_level_cities(g):
    for code, name in [("429004", "仙桃"), ("419001", "济源"), ("469001", "五指山"), ("659001", "石河子")]:
        d = g.get(code)
        assert d.level == "city" and d.city_code == code and d.short == name
        assert place(g, name) == code
    assert "429004" in {c.code for c in g.cities_of("420000")}


def test_district(g):
    d = g.get("320114")
    assert (d.name, d.short, d.level, d.city_code) == ("雨花台区", "雨花台", "district", "320100")
    assert place(g, "雨花台区") == place(g, "雨花台") == "320114"
    assert d.en == "Yuhuatai District"


def test_municipalities(g):
    for code, short in [("110000", "北京"), ("500000", "重庆"), ("310000", "上海"), ("120000", "天津")]:
        d = g.get(code)
        assert d.level == "city" and d.province_code == code and d.city_code == code
        assert place(g, short) == code
        assert g.cities_of(code) == [d]
    assert g.get("500100").code == "500000"  # placeholder codes map to the municipality
    assert g.get("110105").city_code == "110000"
    assert place(g, "北京朝阳区") == place(g, "北京朝阳") == "110105"
    assert place(g, "重庆江北区") == "500105"
    assert place(g, "渝中区") == "500103"


def test_short_names_strip_suffixes(g):
    assert g.get("422800").short == "恩施"  # 恩施土家族苗族自治州
    assert g.get("150000").short == "内蒙古"
    assert g.get("450000").short == "广西"
    assert g.get("810000").short == "香港"
    assert g.get("320324").short == "睢宁"  # 睢宁县
    assert g.get("321322").short == "沭阳"
    assert place(g, "恩施州") == place(g, "恩施") == "422800"


def test_pinyin_polyphones(g):
    assert g.get("500000").pinyin == "chongqing"
    assert g.get("610100").pinyin == "xian"
    assert g.get("350200").pinyin == "xiamen"
    assert g.get("140400").pinyin == "changzhi"
    assert g.get("510100").pinyin == "chengdu"
    assert g.get("610100").en == "Xi'an"


# ---------------------------------------------------------------- free text


@pytest.mark.parametrize("text, code, matched, rest", [
    ("这周末南京有什么人工智能活动", "320100", "南京", "这周末 有什么人工智能活动"),
    ("明天重庆", "500000", "重庆", "明天 "),
    ("江苏机器人", "320000", "江苏", " 机器人"),
    ("space lectures for kids in Changsha", "430100", "Changsha", "space lectures for kids in  "),
    ("江苏省南京市雨花台区的活动", "320114", "江苏省南京市雨花台区", " 的活动"),
    ("上海南京路科技活动", "310000", "上海", " 南京路科技活动"),
])
def test_find_in_text(g, text, code, matched, rest):
    match, remainder = g.find_in_text(text)
    assert match is not None and match.division.code == code
    assert match.matched == matched and not match.fuzzy
    assert remainder == rest


@pytest.mark.parametrize("text, code", [
    ("Beijing", "110000"), ("BEIJING", "110000"), ("beijing city", "110000"),
    ("Xi'an", "610100"), ("xi an", "610100"), ("Xian", "610100"), ("Chong Qing", "500000"),
    ("Chongqing shi", "500000"), ("Jiangsu Province", "320000"), ("Nanjing", "320100"),
    ("Haidian District", "110108"), ("Pudong", "310115"), ("Xuanwu District, Nanjing", "320102"),
    ("Chaoyang district", "110105"), ("Lianyuan", "431382"),
])
def test_latin_names(g, text, code):
    assert place(g, text) == code


@pytest.mark.parametrize("text, code", [
    ("Harbin", "230100"), ("Urumqi", "650100"), ("Hohhot", "150100"), ("Lhasa", "540100"),
    ("Inner Mongolia", "150000"), ("Tibet", "540000"), ("Xizang", "540000"), ("Guangxi", "450000"),
    ("Ningxia", "640000"), ("Xinjiang", "650000"), ("Hong Kong", "810000"), ("Macau", "820000"),
    ("Macao", "820000"), ("Canton", "440100"), ("Shaanxi", "610000"), ("Shanxi", "140000"),
    ("Kashgar", "653100"), ("Shangri-La", "533401"),
])
def test_exonyms(g, text, code):
    assert place(g, text) == code


def test_english_display_names(g):
    assert g.display_name(g.get("320100"), "en") == "Nanjing"
    assert g.display_name(g.get("320100"), "zh") == "南京"
    assert g.display_name(g.get("150000"), "en") == "Inner Mongolia"
    assert g.display_name(g.get("320114"), "zh-hans") == "雨花台区"
    assert g.get("610000").en == "Shaanxi" and g.get("140000").en == "Shanxi"


@pytest.mark.parametrize("typo, code", [
    ("Bejing", "110000"), ("Shangai", "310000"), ("Chongqin", "500000"), ("Guangzhuo", "440100"),
    ("Shenzen", "440300"), ("Nanjin", "320100"), ("Hangzou", "330100"), ("Chong qin", "500000"),
    ("science events in Chongqin", "500000"),
])
def test_typos(g, typo, code):
    match, _ = g.find_in_text(typo)
    assert match is not None and match.division.code == code and match.fuzzy


@pytest.mark.parametrize("text, code", [
    ("Suzhou", "320500"), ("苏州", "320500"), ("宿州", "341300"), ("Suzhou, Anhui", "341300"),
    ("Taizhou", "331000"), ("泰州", "321200"), ("Taizhou Jiangsu", "321200"),
    ("Fuzhou", "350100"), ("抚州", "361000"), ("Yichun", "360900"), ("伊春", "230700"),
    ("Jilin", "220000"), ("吉林", "220000"), ("Hainan", "460000"), ("海南", "460000"),
])
def test_same_name_collisions(g, text, code):
    assert place(g, text) == code


def test_ambiguous_district_names_need_their_city(g):
    assert place(g, "城关区") is None  # 兰州 and 拉萨, both capitals: unclear without the city
    # A name several cities share goes to the one of a sub-provincial city (or municipality) when no other
    # shares its rank: 南京's 鼓楼区 over 福州's (a capital), 开封's and 徐州's; 杭州's 西湖区 over 南昌's.
    assert place(g, "鼓楼区") == "320106"
    assert place(g, "西湖区") == "330106"
    assert place(g, "南山") == "440305"  # standing as a word; not inside 终南山
    assert place(g, "终南山") is None
    assert place(g, "family-friendly in nanshan this sat") == "440305"  # in pinyin too
    assert place(g, "chengguan") is None
    assert place(g, "hefie quantum") == "340100"  # two letters swapped in a five-letter name
    assert place(g, "wuhna robotics") == "420100"
    assert place(g, "南京鼓楼区") == "320106"
    assert place(g, "福州鼓楼") == "350102"
    assert place(g, "朝阳区") == "110105"  # the municipality's district over 长春's
    assert place(g, "朝阳") == "211300"  # a city before districts


ENGLISH_WORDS = """science space kids online lecture lectures robots robotics meteor shower weekend tomorrow
museum children family families astronomy quantum ocean history night seniors health farmers workshop
exhibition china nature energy water weather nuclear change joining singing dean guide mile
about after again event lunch night party place space stars study talks teens today visit where which world young
class camps craft drone early earth field games learn light local maker model music north ocean plant river
salon short small south sport story tours train trips virus watch birds fungi genes tiger panda lotus maths
video movie radio photo clock cells atoms solar lunar comet orbit rover flood storm quake smoke first youth adult
brain heart teeth sleep bones blood clean green trees fruit wheat maize honey bread""".split()


@pytest.mark.parametrize("word", ENGLISH_WORDS)
def test_english_words_are_not_places(g, word):
    assert g.find_in_text(word) == (None, word)
    assert g.find_in_text(word.capitalize())[0] is None


def test_english_sentences_are_not_places(g):
    for text in ["Any robotics workshop this weekend?", "meteor shower viewing tomorrow night",
                 "science museum for children and families", "What's on in China this weekend"]:
        assert g.find_in_text(text) == (None, text)


@pytest.mark.parametrize("text", [
    "人工智能", "天文", "亲子", "老年人", "机器人", "比如说有什么好玩的", "三明治制作体验", "超新星的科普",
    "天河二号超级计算机", "新建的科学中心", "长寿的秘密", "光明日报", "中山大学开放日", "太平洋海洋科学展",
    "下周有没有适合孩子的天文讲座", "金牛座流星雨", "大英博物馆特展", "资源与环境讲座",
])
def test_chinese_words_are_not_places(g, text):
    assert g.find_in_text(text) == (None, text)


def test_common_word_city_needs_province_or_to_stand_alone(g):
    # 中山 is also a street, a park and a man's name: inside other words it is not the city ...
    assert place(g, "中山路科普") is None and place(g, "孙中山纪念") is None
    # ... but a word of its own is ("中山 老人").
    assert place(g, "中山") == place(g, "中山 老人") == "442000"
    assert place(g, "中山市") == place(g, "广东中山") == "442000"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_in_text_never_raises(text):
    match, rest = Gazetteer.default().find_in_text(text)
    if match is None:
        assert rest == text
    else:
        assert match.matched in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="江苏南京市区县重庆北京朝阳鼓楼海上 Xi'anBejingsuzhou-,", max_size=30))
def test_find_in_text_never_raises_on_place_like_text(text):
    Gazetteer.default().find_in_text(text)


def test_fast(g):
    queries = ["这周末南京有什么人工智能活动", "space lectures for kids in Changsha", "Chongqin",
               "science museum for children and families"]
    start = time.perf_counter()
    for _ in range(200):
        for q in queries:
            g.find_in_text(q)
    per_call = (time.perf_counter() - start) / (200 * len(queries))
    assert per_call < 0.001  # typically ~40 µs; generous for slow CI machines


# ---------------------------------------------------------------- addresses and coordinates


@pytest.mark.parametrize("address, code", [
    ("江苏省南京市玄武区中山东路321号南京博物院", "320102"),
    ("重庆市江北区江北城文星门街7号重庆科技馆", "500105"),
    ("河南省郑州市郑东新区河南省科技馆", "410100"),
    ("江苏省苏州市工业园区苏州科技馆", "320576"),
    ("江苏省南京市雨花台区紫荆花路9号南京科技馆", "320114"),
    ("上海市浦东新区世纪大道2000号上海科技馆", "310115"),
    ("北京市朝阳区北辰东路5号中国科学技术馆", "110105"),
])
def test_resolve_address(g, address, code):
    assert g.resolve_address(address).code == code


def test_resolve_address_without_a_place(g):
    assert g.resolve_address("线上直播") is None
    assert g.resolve_address(None) is None
    assert g.resolve_address("") is None


def test_resolve_by_coordinates(g):
    d = g.resolve_address(None, 31.976, 118.774)
    assert d is not None and d.city_code == "320100"
    assert g.resolve_address("线上直播", 31.976, 118.774).city_code == "320100"
    assert g.resolve_address("江苏省", 31.976, 118.774).city_code == "320100"  # point refines the province
    assert g.resolve_address(None, 0.0, 0.0) is None  # nothing within ~60 km
    assert g.resolve_address(None, float("nan"), 118.0) is None


def test_nearest(g):
    assert g.nearest(31.976, 118.774).code == "320100"
    assert g.nearest(31.976, 118.774, "province").code == "320000"
    assert g.nearest(39.92, 116.44, "province").code == "110000"
    assert g.nearest(29.56, 106.55).code == "500000"
    assert g.nearest(30.36, 113.42).code == "429004"  # 仙桃


def test_haversine():
    assert haversine_km(0, 0, 0, 0) == 0
    assert 1060 < haversine_km(39.9042, 116.4074, 31.2304, 121.4737) < 1090  # Beijing–Shanghai


def test_road_named_after_a_county_elsewhere_is_not_that_county(g):
    # 望江西路 is a road in 合肥; 望江县 is in 安庆. The city the address names wins.
    d = g.resolve_address("安徽省合肥市高新区望江西路量子信息科普展示中心", 31.83, 117.13)
    assert d.city_code == "340100"
