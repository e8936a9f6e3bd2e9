#!/usr/bin/env python3
"""Regenerate data/sample_events.json, the sample events the demo and the quick start ship with.

    python scripts/make_sample_events.py            # writes data/sample_events.json
    python scripts/make_sample_events.py --check    # exits 1 when the file is out of date

The events are written out by hand below (venues, then events city by city, then the weekly series,
the 科普大篷车 tour and the online ones); this script only numbers them, expands the series and checks
them (address prefixes, coordinates near the right city, offsets, languages). Dates are relative:
bot/sample.py turns day_offset/start_time/duration into real times from "today" in Asia/Shanghai.

Keep the order of the events when editing: uids are numbered in order, and a re-import of the samples
is matched by uid. Add new events at the end of a section only if you do not mind the numbers after
them shifting; safest is to append to the very end (the EXTRA section).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "sample_events.json"
DIVISIONS = ROOT / "data" / "divisions.csv"

REG = "https://example.org/kepu/e/{n:04d}"  # registration / event page (never a real sign-up link)
REG_EN = "https://example.org/en/kepu/e/{n:04d}"
LIVE = "https://live.example.org/{slug}"

# key | venue name | address (province + city first) | lat | lon
VENUES_TEXT = """
bj_cstm|中国科学技术馆|北京市朝阳区北辰东路5号|40.0046|116.3925
bj_plan|北京天文馆|北京市西城区西直门外大街138号|39.9366|116.3367
bj_nao|中国科学院国家天文台|北京市朝阳区大屯路甲20号|40.0039|116.3830
bj_nhm|北京自然博物馆|北京市东城区天桥南大街126号|39.8817|116.4000
bj_iop|中国科学院物理研究所|北京市海淀区中关村南三街8号|39.9796|116.3274
bj_ict|中国科学院计算技术研究所|北京市海淀区中关村科学院南路6号|39.9800|116.3290
bj_thu|清华大学|北京市海淀区清华园1号|40.0000|116.3264
bj_pku|北京大学|北京市海淀区颐和园路5号|39.9869|116.3059
bj_space|中国航天博物馆|北京市丰台区南大红门路1号|39.8005|116.4060
bj_cma|中国气象局|北京市海淀区中关村南大街46号|39.9497|116.3262
bj_bg|国家植物园（北园）|北京市海淀区香山卧佛寺路|39.9970|116.2070
bj_geo|中国地质博物馆|北京市西城区西四羊肉胡同15号|39.9245|116.3716
bj_bsc|北京科学中心|北京市西城区北辰路9号院|39.9700|116.3930
bj_olympic|奥林匹克公园中心区|北京市朝阳区北辰东路15号|40.0020|116.3910
bj_wangjing|望京街道社区服务中心|北京市朝阳区望京街道阜通东大街|39.9960|116.4700
bj_xinglong|国家天文台兴隆观测基地|河北省承德市兴隆县连营寨|40.3958|117.5775
tj_stm|天津科学技术馆|天津市河西区隆昌路94号|39.0870|117.2280
tj_nscc|国家超级计算天津中心|天津市滨海新区经济技术开发区新港大街|39.0400|117.7000
sh_sstm|上海科技馆|上海市浦东新区世纪大道2000号|31.2196|121.5428
sh_astro|上海天文馆|上海市浦东新区临港大道380号|30.9136|121.9096
sh_nhm|上海自然博物馆|上海市静安区北京西路510号|31.2356|121.4626
sh_fudan|复旦大学（邯郸校区）|上海市杨浦区邯郸路220号|31.2990|121.5010
sh_sjtu|上海交通大学（闵行校区）|上海市闵行区东川路800号|31.0246|121.4338
sh_maritime|中国航海博物馆|上海市浦东新区申港大道197号|30.9011|121.9236
sh_zikawei|徐家汇观象台|上海市徐汇区蒲西路166号|31.1925|121.4330
sh_ssrf|上海光源（国家同步辐射实验室）|上海市浦东新区张衡路239号|31.1980|121.5910
sh_lib|上海图书馆东馆|上海市浦东新区合欢路300号|31.2120|121.5480
sh_safety|徐汇区应急安全教育体验馆|上海市徐汇区龙华中路596号|31.1860|121.4540
gz_gdsc|广东科学中心|广东省广州市番禺区小谷围街西环路168号|23.0446|113.3697
gz_scbg|中国科学院华南植物园|广东省广州市天河区天源路1190号|23.1842|113.3630
gz_sysu|中山大学（南校园）|广东省广州市海珠区新港西路135号|23.0960|113.2985
gz_gdm|广东省博物馆|广东省广州市天河区珠江东路2号|23.1146|113.3264
gz_nscc|国家超级计算广州中心|广东省广州市番禺区大学城外环东路132号|23.0660|113.3910
gz_gig|中国科学院广州地球化学研究所|广东省广州市天河区科华街511号|23.1800|113.3560
gz_clinic|北京街社区卫生服务中心|广东省广州市越秀区北京街道大南路|23.1220|113.2700
sz_stm|深圳科学技术馆|广东省深圳市福田区上步中路1003号|22.5450|114.1010
sz_newstm|深圳科技馆（新馆）|广东省深圳市光明区科学公园|22.7600|113.9400
sz_sustech|南方科技大学|广东省深圳市南山区学苑大道1088号|22.6000|113.9960
sz_mangrove|深圳福田红树林生态公园|广东省深圳市福田区滨河大道红树林路|22.5240|114.0000
sz_dayawan|大亚湾核电基地展览馆|广东省深圳市大鹏新区大亚湾核电基地|22.5980|114.5460
sz_siat|中国科学院深圳先进技术研究院|广东省深圳市南山区西丽学苑大道1068号|22.5960|113.9920
nj_stm|南京科技馆|江苏省南京市雨花台区紫荆花路9号|31.9856|118.7704
nj_pmo|紫金山天文台|江苏省南京市玄武区紫金山天文台路|32.0660|118.8270
nj_nju|南京大学（仙林校区）|江苏省南京市栖霞区仙林大道163号|32.1186|118.9564
nj_museum|南京博物院|江苏省南京市玄武区中山东路321号|32.0413|118.8238
nj_nigpas|中国科学院南京地质古生物研究所|江苏省南京市玄武区北京东路39号|32.0580|118.8000
nj_school|南京市琅琊路小学|江苏省南京市鼓楼区琅琊路|32.0650|118.7650
su_center|苏州科技文化艺术中心|江苏省苏州市工业园区星港街1号|31.3150|120.6790
su_suda|苏州大学（天赐庄校区）|江苏省苏州市姑苏区十梓街1号|31.3040|120.6370
su_sinano|中国科学院苏州纳米技术与纳米仿生研究所|江苏省苏州市工业园区若水路398号|31.2700|120.7410
su_lib|苏州第二图书馆|江苏省苏州市相城区聚茂街185号|31.3820|120.6300
wx_nscc|国家超级计算无锡中心|江苏省无锡市滨湖区蠡湖大道|31.4950|120.2600
hz_zjstm|浙江省科技馆|浙江省杭州市拱墅区西湖文化广场2号|30.2780|120.1640
hz_zju|浙江大学（紫金港校区）|浙江省杭州市西湖区余杭塘路866号|30.3045|120.0860
hz_lowcarbon|杭州低碳科技馆|浙江省杭州市滨江区江汉路1号|30.2070|120.2110
hz_zhejianglab|之江实验室|浙江省杭州市余杭区中泰街道科创大道|30.2670|119.9110
hz_westlake|西湖大学（云谷校区）|浙江省杭州市西湖区墩余路600号|30.3205|120.0700
hz_wenxin|文新街道社区学校|浙江省杭州市西湖区文新街道文一西路|30.2900|120.1200
ag_yucun|余村两山讲习所|浙江省湖州市安吉县天荒坪镇余村|30.5140|119.6180
hy_qinshan|秦山核电科技馆|浙江省嘉兴市海盐县秦山街道|30.4370|120.9500
hf_innov|安徽创新馆|安徽省合肥市包河区云谷路2588号|31.7370|117.2750
hf_ustc|中国科学技术大学（东区）|安徽省合肥市包河区金寨路96号|31.8395|117.2640
hf_island|中国科学院合肥物质科学研究院（科学岛）|安徽省合肥市蜀山区蜀山湖路350号|31.9070|117.1610
wh_stm|武汉科学技术馆|湖北省武汉市江岸区沿江大道91号|30.5860|114.3000
wh_whu|武汉大学|湖北省武汉市武昌区八一路299号|30.5380|114.3640
wh_hust|华中科技大学|湖北省武汉市洪山区珞喻路1037号|30.5130|114.4140
wh_garden|中国科学院武汉植物园|湖北省武汉市洪山区鲁磨路特1号|30.5440|114.4170
wh_ihb|中国科学院水生生物研究所|湖北省武汉市武昌区东湖南路7号|30.5440|114.3550
wh_baibuting|百步亭社区服务中心|湖北省武汉市江岸区百步亭花园路|30.6400|114.3100
yc_dam|三峡工程展览馆|湖北省宜昌市夷陵区三斗坪镇|30.8250|111.0040
cs_hnstm|湖南省科学技术馆|湖南省长沙市开福区湘江北路三段1500号|28.2630|112.9800
cs_csu|中南大学（校本部）|湖南省长沙市岳麓区麓山南路932号|28.1740|112.9320
cs_rice|湖南杂交水稻研究中心|湖南省长沙市芙蓉区远大二路736号|28.2000|113.0870
cs_hnu|湖南大学|湖南省长沙市岳麓区麓山南路2号|28.1820|112.9430
cs_nscc|国家超级计算长沙中心|湖南省长沙市岳麓区麓山南路湖南大学南校区|28.1790|112.9410
ld_youth|娄底市青少年活动中心|湖南省娄底市娄星区长青中街|27.7300|112.0000
ld_square|涟源市人民广场|湖南省娄底市涟源市蓝田街道|27.6920|111.6640
ld_school|涟源市第一中学|湖南省娄底市涟源市蓝田街道|27.7010|111.6700
ld_qiaotouhe|桥头河镇农业综合服务中心|湖南省娄底市涟源市桥头河镇|27.5990|111.8050
ld_shuangfeng|荷叶镇党群服务中心|湖南省娄底市双峰县荷叶镇|27.4000|112.2300
ld_xinhua|新化县应急管理局演练场|湖南省娄底市新化县上梅街道|27.7300|111.3300
cd_scstm|四川科技馆|四川省成都市青羊区人民中路一段16号|30.6600|104.0650
cd_panda|成都大熊猫繁育研究基地|四川省成都市成华区熊猫大道1375号|30.7330|104.1450
cd_uestc|电子科技大学（清水河校区）|四川省成都市高新区西源大道2006号|30.7530|103.9300
cd_scifi|成都科幻馆|四川省成都市郫都区菁蓉湖|30.8040|103.9330
ls_youth|凉山州青少年宫|四川省凉山彝族自治州西昌市航天大道|27.8950|102.2640
my_stm|绵阳科技馆|四川省绵阳市涪城区临园路|31.4700|104.6800
cq_stm|重庆科技馆|重庆市江北区江北城文星门街7号|29.5700|106.5780
cq_nhm|重庆自然博物馆|重庆市北碚区金华路398号|29.8140|106.4120
cq_cqu|重庆大学（A区）|重庆市沙坪坝区沙正街174号|29.5660|106.4680
xa_sxstm|陕西科学技术馆|陕西省西安市新城区新城大院|34.2680|108.9530
xa_nwpu|西北工业大学（友谊校区）|陕西省西安市碑林区友谊西路127号|34.2450|108.9130
xa_ntsc|中国科学院国家授时中心|陕西省西安市临潼区书院东路3号|34.3700|109.2200
xa_beilin|碑林区长安路街道社区服务中心|陕西省西安市碑林区长安北路|34.2380|108.9480
zz_hnstm|河南省科学技术馆|河南省郑州市郑东新区平安大道象湖路|34.7800|113.7600
zz_zzu|郑州大学（主校区）|河南省郑州市高新区科学大道100号|34.8170|113.5350
zz_geo|河南省地质博物馆|河南省郑州市金水区金水东路18号|34.7690|113.7620
jn_sdstm|山东省科技馆|山东省济南市历下区泺源大街|36.6580|117.0240
jn_sdu|山东大学（中心校区）|山东省济南市历城区山大南路27号|36.6740|117.0610
sg_veg|寿光蔬菜高科技示范园|山东省潍坊市寿光市洛城街道|36.8600|118.7900
qd_ouc|中国海洋大学（崂山校区）|山东省青岛市崂山区松岭路238号|36.1600|120.4900
qd_deepsea|国家深海基地管理中心|山东省青岛市即墨区鳌山卫街道|36.3500|120.6800
qd_museum|青岛海产博物馆|山东省青岛市市南区莱阳路2号|36.0570|120.3410
qd_obs|青岛观象台|山东省青岛市市南区观象二路21号|36.0700|120.3200
xm_stm|厦门科技馆|福建省厦门市思明区体育路95号|24.4890|118.1090
xm_xmu|厦门大学（思明校区）|福建省厦门市思明区思明南路422号|24.4370|118.0970
xm_iue|中国科学院城市环境研究所|福建省厦门市集美区集美大道1799号|24.6100|118.0600
fz_fjstm|福建省科技馆|福建省福州市鼓楼区湖东路|26.0900|119.3000
fz_fzu|福州大学（旗山校区）|福建省福州市闽侯县学园路2号|26.0600|119.1900
km_ynstm|云南省科学技术馆|云南省昆明市五华区东风西路|25.0420|102.7000
km_kib|中国科学院昆明植物研究所|云南省昆明市盘龙区蓝黑路132号|25.1400|102.7400
km_kiz|中国科学院昆明动物研究所|云南省昆明市五华区教场东路32号|25.0600|102.7000
km_ynao|中国科学院云南天文台|云南省昆明市官渡区凤凰山|25.0290|102.7960
bn_garden|中国科学院西双版纳热带植物园|云南省西双版纳傣族自治州勐腊县勐仑镇|21.9230|101.2530
gy_gzstm|贵州科技馆|贵州省贵阳市云岩区北京路|26.5870|106.7140
gy_bigdata|贵阳大数据展示中心|贵州省贵阳市观山湖区长岭北路|26.6430|106.6330
gy_gzu|贵州大学（花溪校区）|贵州省贵阳市花溪区花溪大道南段2708号|26.4450|106.6720
gy_elder|贵阳市老年大学|贵州省贵阳市南明区遵义路|26.5700|106.7100
pt_fast|中国天眼景区天文体验馆|贵州省黔南布依族苗族自治州平塘县克度镇|25.6530|106.8560
hrb_stm|黑龙江省科学技术馆|黑龙江省哈尔滨市松北区太阳大道1号|45.7920|126.5700
hrb_hit|哈尔滨工业大学（一校区）|黑龙江省哈尔滨市南岗区西大直街92号|45.7500|126.6300
hrb_agri|东北农业大学|黑龙江省哈尔滨市香坊区长江路600号|45.7400|126.7300
sy_lnstm|辽宁省科学技术馆|辽宁省沈阳市浑南区智慧三街159号|41.7300|123.5200
sy_sia|中国科学院沈阳自动化研究所|辽宁省沈阳市沈河区南塔街114号|41.7700|123.4500
sy_neu|东北大学（南湖校区）|辽宁省沈阳市和平区文化路三巷11号|41.7700|123.4200
lz_gsstm|甘肃科技馆|甘肃省兰州市城关区雁滩路|36.0600|103.8900
lz_lzu|兰州大学（城关校区）|甘肃省兰州市城关区天水南路222号|36.0500|103.8600
lz_imp|中国科学院近代物理研究所|甘肃省兰州市城关区南昌路509号|36.0500|103.8500
lz_quake|甘肃省地震局|甘肃省兰州市城关区东岗西路450号|36.0550|103.8600
wlmq_stm|新疆科技馆|新疆维吾尔自治区乌鲁木齐市沙依巴克区西北路|43.8100|87.5800
wlmq_egi|中国科学院新疆生态与地理研究所|新疆维吾尔自治区乌鲁木齐市沙依巴克区北京南路818号|43.8500|87.5800
hh_nmstm|内蒙古科技馆|内蒙古自治区呼和浩特市新城区新华东街|40.8400|111.7200
hh_imu|内蒙古大学（南校区）|内蒙古自治区呼和浩特市赛罕区大学西街235号|40.8100|111.6800
ls_nsm|西藏自然科学博物馆|西藏自治区拉萨市城关区纳金路|29.6520|91.1500
ls_tu|西藏大学（纳金校区）|西藏自治区拉萨市城关区藏大东路10号|29.6500|91.1800
ls_meteo|西藏自治区气象局|西藏自治区拉萨市城关区罗布林卡路|29.6500|91.1000
wc_space|文昌航天科普中心|海南省文昌市龙楼镇|19.6400|110.9700
"""

# Stops of the 科普大篷车 (science caravan) tours: key | venue | address | lat | lon
CARAVAN_TEXT = """
cv_lianyuan1|桥头河镇石门村村部广场|湖南省娄底市涟源市桥头河镇石门村|27.6050|111.8120
cv_lianyuan2|伏口镇新山村文化广场|湖南省娄底市涟源市伏口镇新山村|27.8480|111.4780
cv_lianyuan3|七星街镇中心小学|湖南省娄底市涟源市七星街镇|27.7800|111.5600
cv_lianyuan4|斗笠山镇新时代文明实践站|湖南省娄底市涟源市斗笠山镇|27.6200|111.7300
cv_lianyuan5|杨市镇农贸市场广场|湖南省娄底市涟源市杨市镇|27.5300|111.6100
cv_lianyuan6|荷塘镇党群服务中心|湖南省娄底市涟源市荷塘镇|27.5900|111.5200
cv_lankao|张庄村村史馆广场|河南省开封市兰考县东坝头镇张庄村|34.8900|114.8000
cv_shizhu|中益乡华溪村文化广场|重庆市石柱土家族自治县中益乡华溪村|30.1000|108.2900
cv_pingtang|克度镇中心学校|贵州省黔南布依族苗族自治州平塘县克度镇|25.6600|106.8400
cv_helinger|盛乐镇党群服务中心|内蒙古自治区呼和浩特市和林格尔县盛乐镇|40.3800|111.8200
cv_wlmqx|水西沟镇文化站|新疆维吾尔自治区乌鲁木齐市乌鲁木齐县水西沟镇|43.6500|87.4300
cv_zhaojue|昭觉县三河村|四川省凉山彝族自治州昭觉县解放沟镇三河村|28.0500|102.8300
cv_dongxiang|东乡族自治县锁南镇广场|甘肃省临夏回族自治州东乡族自治县锁南镇|35.6640|103.3890
cv_wuchang|五常市民乐朝鲜族乡|黑龙江省哈尔滨市五常市民乐朝鲜族乡|44.9800|127.1000
cv_duilong|堆龙德庆区古荣乡|西藏自治区拉萨市堆龙德庆区古荣乡|29.7500|90.9500
"""

ONLINE = "online"

EVENTS: list[dict] = []


def ev(venue, when, start, dur, title, desc, cats, auds="", kind="", org="", *, days=1, status="scheduled",
       reg=True, series=None, online=None):
    """One event. when: "d9" = 9 days from today, "w0"/"w1" = Saturday/Sunday of the next weekend,
    "w7"/"w8" = the weekend after. start "HH:MM" or None (all day); dur minutes (per day when days > 1)."""
    EVENTS.append(dict(venue=venue, when=when, start=start, dur=dur, title=title, desc=desc, cats=cats.split(),
                       auds=auds.split(), kind=kind, org=org, days=days, status=status, reg=reg, series=series,
                       online=online))


# ---------------------------------------------------------------- 北京 / 天津 / 河北
ev("bj_cstm", "d8", "09:30", 450, "全国科普日主场展：科技自立自强成就展",
   "集中展示载人航天、探月探火、深海深地探测和超级计算机等重大科技成果，设互动体验区和科学家见面会。免费，需提前预约入馆。",
   "科普展 载人航天 探月 深海 超级计算", "", "科普展", "中国科协", days=7)
ev("bj_cstm", "w0", "10:00", 90, "AI for Kids Workshop",
   "A hands-on introduction to machine learning for ages 8–12: train a simple image classifier and teach a small robot to react to it. Taught in English and Chinese.",
   "workshop AI robotics", "kids", "工作坊", "中国科学技术馆")
ev("bj_cstm", "w1", "14:00", 120, "科学家讲科学：量子计算离我们有多远",
   "中国科学院物理研究所研究员讲解量子比特、量子纠错和量子计算的真实进展，现场答疑。适合高中生及以上观众。",
   "讲座 量子科技 量子计算", "", "讲座", "北京市科协")
ev("bj_cstm", "d15", "19:00", 120, "Science Night: Lights, Lasers and Optics",
   "An evening of optics demonstrations in the museum's main hall: laser mazes, holograms and a live show on how light carries the internet. Bilingual guides on site.",
   "science night optics physics", "families", "科学之夜", "中国科学技术馆")
ev("bj_cstm", "d3", "19:00", 90, "科普剧《追光》展演",
   "以“华龙一号”核电机组研发团队的故事为原型的原创科普剧，讲述科技工作者攻坚克难的历程。演出后有主创见面环节。",
   "科普剧 核电 科学家精神", "", "科普剧", "北京市科协", reg=True)
ev("bj_plan", "w0", "19:00", 150, "Stargazing Night at Beijing Planetarium",
   "Observe the Moon and the bright planets through the planetarium's telescopes, then enjoy a short dome show in English. Indoor program if the sky is cloudy.",
   "stargazing astronomy", "families", "科学之夜", "北京天文馆")
ev("bj_nao", "d10", "09:00", 420, "国家天文台公众开放日",
   "开放LAMOST数据中心、天文技术实验室和科普展厅，天文学家现场讲解宇宙大尺度结构和系外行星探测。",
   "开放日 天文", "", "开放日", "中国科学院国家天文台")
ev("bj_nhm", "d5", None, None, "身边的昆虫：生物多样性科普展",
   "展出标本三百余件，介绍城市绿地中的昆虫与授粉、生态链的关系，周末设亲子导览。展期三周。",
   "科普展 生物多样性 昆虫", "亲子", "科普展", "北京自然博物馆", days=21, reg=False)
ev("bj_iop", "d9", "09:00", 480, "中国科学院物理研究所公众科学日",
   "开放超导、量子材料和极端条件实验室，设“物理新奇实验”体验区和院士科普报告。",
   "开放日 量子科技 物理 超导", "", "开放日", "中国科学院物理研究所")
ev("bj_ict", "d12", "14:00", 180, "走进计算所：从国产芯片到大模型",
   "参观处理器芯片实验室和智能计算平台，研究人员讲解芯片设计与大模型训练需要怎样的算力。",
   "开放日 人工智能 芯片 超级计算", "青少年", "开放日", "中国科学院计算技术研究所")
ev("bj_thu", "d11", "14:00", 120, "Tsinghua Open Lab: How Chips Are Made",
   "Tour a teaching cleanroom and see how an integrated circuit goes from design to wafer. Guided in English by graduate students; bring your passport for campus entry.",
   "open day semiconductors chips", "", "开放日", "清华大学")
ev("bj_pku", "d13", "19:00", 90, "北大科学讲堂：脑科学与心理健康",
   "北京大学心理与认知科学学院教授讲解压力、睡眠与情绪背后的大脑机制，以及日常可行的心理调适方法。",
   "讲座 心理健康 脑科学", "", "讲座", "北京大学")
ev("bj_pku", "d20", "19:00", 90, "Public Lecture: Living with Large Language Models",
   "CANCELLED: the speaker is unable to travel. A new date will be announced on the event page.",
   "lecture AI large language model", "", "讲座", "北京大学", status="cancelled")
ev("bj_space", "w7", "10:00", 90, "载人航天展区特别导览",
   "讲解员带领参观神舟飞船返回舱、航天服和空间站模型，介绍航天员在轨生活与工作。",
   "研学 载人航天 空间站", "青少年", "研学", "中国航天博物馆")
ev("bj_cma", "d9", "09:00", 330, "气象科普开放日：走进天气预报制作间",
   "参观国家气象中心预报会商室和气象卫星接收系统，体验当一回“天气预报主持人”。",
   "开放日 气象", "亲子", "开放日", "中国气象局")
ev("bj_bg", "w1", "09:00", 120, "植物园自然观察：城市里的生物多样性",
   "由植物学家带队识别常见植物与鸟类，学习记录自然观察笔记。请穿运动鞋，自带水杯。",
   "研学 自然教育 生物多样性", "亲子", "研学", "国家植物园")
ev("bj_geo", "w8", "10:00", 90, "矿物与化石鉴定小课堂",
   "用放大镜和硬度笔动手鉴定常见矿物，认识化石是怎样形成的，每位学员可带走一块矿物标本。",
   "工作坊 地质 化石", "青少年", "工作坊", "中国地质博物馆")
ev("bj_olympic", "w0", "09:00", 480, "北京科学嘉年华",
   "九天的科学嘉年华，百余家科研院所、高校和企业设展，涵盖人工智能、航天、生命健康等主题，另有科学表演和科普市集。",
   "嘉年华 人工智能 航天 卫生健康 科学实验", "亲子", "嘉年华", "北京市科协", days=9, reg=False)
ev("bj_bsc", "w7", "14:00", 150, "京津冀公民科学素质大赛决赛",
   "线上初赛晋级的选手同台竞技，题目涵盖生命健康、应急避险、前沿科技等领域，现场观众可参与互动答题。",
   "竞赛 科学素质 应急科普", "", "讲座", "北京市科协")
ev("bj_bsc", "d10", "10:00", 60, "Kids' Science Show: Fun with Air Pressure",
   "A lively 45-minute show with giant air cannons, collapsing cans and floating balls, followed by hands-on experiments. In English with Chinese support.",
   "science show experiments physics", "kids", "科学实验", "北京科学中心")
ev("bj_xinglong", "w7", "18:30", 240, "兴隆观测基地星空开放夜",
   "因观测设备年度维护，本期开放夜取消，已报名观众将收到短信通知。",
   "科学之夜 天文 观星", "亲子", "科学之夜", "中国科学院国家天文台", status="cancelled")
ev("bj_xinglong", "w0", "18:30", 240, "兴隆观测基地星空开放夜",
   "走进国家天文台兴隆观测基地，参观郭守敬望远镜（LAMOST），在暗夜保护区用专业望远镜观星。需自备保暖衣物，提供往返北京的班车。",
   "科学之夜 天文 观星", "亲子", "科学之夜", "中国科学院国家天文台")
ev("tj_stm", "w0", "09:30", 90, "海洋装备科普课：从科考船到深潜器",
   "通过模型和视频认识我国自主研制的科考船、深潜器与海洋观测浮标，动手制作浮力小潜艇。",
   "工作坊 海洋科学 深海", "青少年", "工作坊", "天津科学技术馆")
ev("tj_nscc", "d11", "09:30", 300, "国家超算天津中心开放日",
   "参观“天河”系列超级计算机机房，了解超算在天气预报、新药研发和动漫渲染中的应用。",
   "开放日 超级计算", "", "开放日", "国家超级计算天津中心")
ev("tj_stm", "d14", "19:00", 90, "Tianjin Science Night: Robots at Work",
   "See industrial and service robots in action, try programming a robot arm, and meet the engineers behind them. Suitable for teens and adults.",
   "science night robotics", "teens", "科学之夜", "天津科学技术馆")

# ---------------------------------------------------------------- 上海
ev("sh_sstm", "w0", "10:00", 90, "Robot Workshop for Families",
   "Parents and children build and program a small wheeled robot together, then race it through an obstacle course. Materials provided; ages 6 and up.",
   "workshop robotics coding", "families", "工作坊", "上海科技馆")
ev("sh_sstm", "d7", None, None, "未来城市·碳中和主题科普展",
   "以一座“零碳城市”为线索，展示光伏建筑、氢能交通、碳捕集等技术，设家庭低碳生活测算互动区。展期两周。",
   "科普展 碳中和 生态环保 能源", "", "科普展", "上海科技馆", days=14, reg=False)
ev("sh_sstm", "d13", "19:00", 120, "Science Night: Inside a Quantum Computer",
   "Physicists from Shanghai's quantum labs explain superconducting qubits with live demos and a Q&A. Talks in English with Chinese slides.",
   "science night quantum", "", "科学之夜", "上海科技馆")
ev("sh_astro", "w0", "19:00", 180, "Night Sky Tour at Shanghai Astronomy Museum",
   "An evening visit to the museum's galleries followed by telescope observing on the rooftop platform. English-speaking guides; tickets required.",
   "stargazing astronomy planetarium", "families", "科学之夜", "上海天文馆")
ev("sh_nhm", "w0", "18:00", 180, "博物馆奇妙夜：与恐龙共度夜晚",
   "闭馆后的夜间专场，手电筒探秘恐龙展区、化石修复体验和古生物学家讲故事。限100组家庭。",
   "科学之夜 恐龙 古生物", "亲子", "科学之夜", "上海自然博物馆")
ev("sh_nhm", "d5", None, None, "深海探秘：从“蛟龙”号到“奋斗者”号",
   "特展介绍我国载人深潜装备的发展历程，展出深海生物标本与万米海沟沉积物样品。",
   "科普展 深海 海洋科学", "", "科普展", "上海自然博物馆", days=18, reg=False)
ev("sh_fudan", "d9", "14:00", 120, "复旦大学实验室开放日：生命科学",
   "开放遗传工程、神经生物学等实验室，研究生带领观众提取DNA、观察细胞分裂。",
   "开放日 生命科学 基因", "青少年", "开放日", "复旦大学")
ev("sh_fudan", "d12", "19:00", 90, "Fudan Science Café: Vaccines and Public Health",
   "An informal talk over coffee on how vaccines are developed and tested, and what the last pandemic taught public health researchers. In English.",
   "lecture vaccines health", "", "讲座", "复旦大学")
ev("sh_sjtu", "d10", "09:00", 360, "深蓝探索：水下机器人开放日",
   "参观海洋工程国家重点实验室拖曳水池，观看水下机器人演示，了解深海装备如何“看”和“抓”。",
   "开放日 海洋科学 机器人 深海", "", "开放日", "上海交通大学")
ev("sh_maritime", "w7", "10:00", 120, "航海科普研学：北斗导航与远洋航行",
   "从牵星板到北斗卫星导航，体验航海模拟驾驶舱，学习船舶如何在大洋中确定位置。",
   "研学 北斗导航 海洋科学", "青少年", "研学", "中国航海博物馆")
ev("sh_zikawei", "d11", "14:00", 90, "徐家汇观象台：百年气象观测史",
   "参观百年观象台旧址，气象专家讲解从人工观测到气象卫星的变化，以及台风预报的新技术。",
   "讲座 气象 台风", "", "讲座", "上海市气象局")
ev("sh_ssrf", "d8", "09:00", 480, "上海光源公众开放日",
   "走进大科学装置，了解同步辐射光如何帮助科学家看清蛋白质结构和新材料，现场有光束线实验演示。",
   "开放日 物理 大科学装置", "", "开放日", "中国科学院上海高等研究院")
ev("sh_lib", "d6", "19:00", 90, "Book Talk: The Three-Body Problem and Real Physics",
   "A physicist and a science-fiction translator discuss what is real and what is imagined in Liu Cixin's trilogy. In English.",
   "lecture physics astronomy", "", "讲座", "上海图书馆")
ev("sh_lib", "d14", "14:00", 90, "食品安全讲堂：读懂食品标签",
   "市场监管部门专家教你看懂配料表、营养成分表和保质期，辨别常见的食品宣传误区。",
   "讲座 食品安全 营养", "老年人", "讲座", "上海市市场监督管理局")
ev("sh_safety", "w1", "10:00", 90, "家庭防灾应急包怎么备",
   "应急专家带领家庭逐项准备应急包，学习火灾逃生、地震避险的正确做法，体验烟雾逃生通道。",
   "工作坊 应急科普 防灾减灾 消防安全", "亲子", "工作坊", "上海市徐汇区应急管理局")
ev("sh_sstm", "d24", "09:00", 480, "Shanghai International Science Communication Forum",
   "Science museums, researchers and science communicators from China and abroad share new ways of bringing science to the public. Simultaneous interpretation provided.",
   "forum science communication", "teachers", "讲座", "上海市科协")

# ---------------------------------------------------------------- 广州 / 深圳
ev("gz_gdsc", "w0", "09:30", 480, "广东科学中心科普嘉年华",
   "九天科普嘉年华：机器人足球赛、无人机编队表演、AI互动体验和青少年科技创新成果展。",
   "嘉年华 机器人 人工智能 无人机", "亲子", "嘉年华", "广东科学中心", days=9, reg=False)
ev("gz_gdsc", "w1", "10:00", 90, "Hands-on Physics Show",
   "Tesla coils, liquid nitrogen and giant bubbles: an energetic physics show for the whole family, with bilingual presenters.",
   "science show physics experiments", "families", "科学实验", "广东科学中心")
ev("gz_gdsc", "d9", "19:00", 120, "科学之夜：走进AI的世界",
   "夜间专场，体验AI绘画、智能语音与自动驾驶模拟，听专家聊聊人工智能的能与不能。",
   "科学之夜 人工智能", "", "科学之夜", "广东科学中心")
ev("gz_scbg", "w0", "09:00", 180, "华南植物园自然教育：植物的秘密",
   "在温室群和木兰园中观察植物的传粉、防御和生存策略，学习制作植物拓印。",
   "研学 自然教育 植物 生物多样性", "亲子", "研学", "中国科学院华南植物园")
ev("gz_scbg", "d12", "15:00", 120, "Bilingual Nature Walk at South China Botanical Garden",
   "A guided walk through the garden's tropical and medicinal plant collections with a botanist, in English and Chinese.",
   "nature walk biodiversity", "", "研学", "中国科学院华南植物园")
ev("gz_sysu", "d10", "14:30", 90, "海洋科学讲座：南海深处的生命",
   "中山大学海洋科学学院教授讲述深海冷泉、热液生态系统的发现与科考船上的日常。",
   "讲座 深海 海洋科学", "", "讲座", "中山大学")
ev("gz_gdm", "d4", None, None, "岭南科技史特展",
   "从广州十三行的钟表到近代铁路与无线电，展示岭南地区在科学技术交流中的角色。展期二十天。",
   "科普展 科技史", "", "科普展", "广东省博物馆", days=20, reg=False)
ev("gz_nscc", "d11", "09:30", 360, "天河超算开放日：走近超级计算机",
   "参观“天河二号”超级计算机系统，了解超算如何服务基因测序、城市交通和气候模拟。",
   "开放日 超级计算 大数据", "", "开放日", "国家超级计算广州中心")
ev("gz_gig", "d13", "14:00", 120, "地球化学所开放日：岩石里的地球故事",
   "走进同位素实验室，看科学家如何测定岩石年龄，了解深地探测与矿产资源。",
   "开放日 深地 地质", "", "开放日", "中国科学院广州地球化学研究所")
ev("gz_clinic", "d6", "09:30", 90, "老年人慢病防治科普讲座",
   "社区医生讲解高血压、糖尿病的日常管理与合理用药，现场免费测量血压血糖。",
   "讲座 卫生健康 慢病", "老年人", "讲座", "广州市卫生健康委员会", reg=False)
ev("gz_gdsc", "d28", None, None, "Digital Literacy for All: Interactive Exhibition",
   "An interactive exhibition on spotting online scams, protecting personal data and using AI tools wisely. Runs for two weeks.",
   "exhibition digital literacy cybersecurity", "", "科普展", "广东科学中心", days=14, reg=False)
ev("sz_stm", "w0", "10:00", 120, "Coding a Robot Arm: Family Workshop",
   "Families program a desktop robot arm to sort coloured blocks, learning the basics of sensors and control. Ages 8+ with a parent.",
   "workshop robotics coding", "families", "工作坊", "深圳科学技术馆")
ev("sz_newstm", "w1", None, None, "深圳科技馆（新馆）科普日主题开放",
   "新馆全天开放，设“宇宙与生命”“智能未来”等主题展区，讲解员定时导览。",
   "开放日 人工智能 天文", "", "开放日", "深圳科技馆", reg=False)
ev("sz_sustech", "d9", "14:00", 150, "南科大开放日：量子实验室探访",
   "参观量子科学与工程研究院，观看超导量子芯片和稀释制冷机，研究生现场讲解。",
   "开放日 量子科技", "", "开放日", "南方科技大学")
ev("sz_mangrove", "w0", "08:30", 120, "红树林观鸟：认识深圳湾的冬候鸟",
   "观鸟志愿者带领识别深圳湾常见水鸟，讲解红树林湿地对生物多样性的意义。提供望远镜。",
   "研学 观鸟 湿地 生物多样性", "亲子", "研学", "深圳市红树林湿地保护基金会")
ev("sz_dayawan", "d10", "09:30", 180, "走进大亚湾：核电科普开放日",
   "参观核电站展厅和模拟控制室，了解核电站如何发电、如何保障安全。需实名预约，携带身份证。",
   "开放日 核电 核科普", "", "开放日", "中国广核集团")
ev("sz_siat", "d12", "14:00", 180, "先进院开放日：脑机接口与医疗机器人",
   "体验脑电控制小游戏、康复外骨骼和手术机器人，科研人员讲解医工结合的前沿研究。",
   "开放日 机器人 人工智能 医疗", "", "开放日", "中国科学院深圳先进技术研究院")
ev("sz_stm", "d7", "19:00", 90, "Science Night: Drones and the Low-Altitude Economy",
   "From delivery drones to flying taxis: engineers explain how low-altitude flight works and what keeps it safe, with indoor flight demos.",
   "science night drones", "", "科学之夜", "深圳科学技术馆")

# ---------------------------------------------------------------- 江苏
ev("nj_stm", "w7", "09:30", 450, "南京科技馆周末科普嘉年华",
   "三天的科普嘉年华，科学实验秀、机器人竞技和科普市集轮番上演，适合全家参与。",
   "嘉年华 科学实验 机器人", "亲子", "嘉年华", "南京科技馆", days=3, reg=False)
ev("nj_stm", "d8", "10:00", 60, "科学实验秀：液氮的魔法",
   "零下196℃的液氮能让花朵变脆、让气球缩小，一起探索低温世界的奇妙现象。",
   "科学实验 实验秀 物理", "青少年", "科学实验", "南京科技馆", reg=False)
ev("nj_pmo", "w0", "19:00", 150, "紫金山天文台观星夜",
   "在百年天文台用望远镜观测月面环形山和木星卫星，天文学家讲解我国空间天文卫星。",
   "科学之夜 天文 观星", "亲子", "科学之夜", "中国科学院紫金山天文台")
ev("nj_nju", "d11", "14:00", 120, "Nanjing University Open Lab Day: Materials of the Future",
   "Visit labs working on superconductors, metamaterials and flexible electronics, with short talks by researchers in English.",
   "open day materials physics", "", "开放日", "南京大学")
ev("nj_museum", "d3", None, None, "江苏古代科技展",
   "展出天文仪器复制品、古代纺织与冶铸工艺实物，讲述江苏地区的科技文明。展期十五天。",
   "科普展 科技史 天文", "", "科普展", "南京博物院", days=15, reg=False)
ev("nj_nigpas", "d10", "09:00", 420, "南古所开放日：化石中的生命演化",
   "开放化石标本馆和古生物实验室，观看澄江动物群、热河生物群珍贵化石，体验化石修复。",
   "开放日 古生物 化石 生物多样性", "", "开放日", "中国科学院南京地质古生物研究所")
ev("nj_school", "d12", "09:30", 150, "防震减灾科普进校园",
   "地震局专家讲解地震成因与避险要领，组织全校师生应急疏散演练。本场为校内活动，不对外开放报名。",
   "应急科普 防灾减灾 地震", "青少年 教师", "讲座", "江苏省地震局", reg=False)
ev("su_center", "w1", "14:00", 90, "Suzhou Science Café: Nanotech in Everyday Life",
   "Researchers from Suzhou's nanotech institute talk about nanomaterials in phones, medicine and clean energy. In English with Q&A.",
   "lecture materials energy", "", "讲座", "苏州市科协")
ev("su_sinano", "d9", "09:00", 360, "纳米所公众科学日",
   "开放纳米加工平台和测试分析平台，体验扫描电镜下的微观世界。",
   "开放日 材料 纳米科技", "", "开放日", "中国科学院苏州纳米技术与纳米仿生研究所")
ev("su_suda", "d12", "14:00", 120, "核技术与健康：放射医学科普讲座",
   "苏州大学放射医学与防护学院专家讲解核技术在肿瘤治疗、医学影像中的应用，解答公众对辐射的疑问。",
   "讲座 核科普 辐射 卫生健康", "", "讲座", "苏州大学")
ev("su_lib", "d5", "10:00", 90, "亲子科学阅读会：给孩子的宇宙",
   "共读天文科普绘本，动手制作星座旋转盘，认识四季星空。",
   "亲子阅读 天文 星座", "亲子 儿童", "工作坊", "苏州第二图书馆")
ev("su_center", "d8", "19:30", 90, "科学之夜：元宇宙与数字文化",
   "戴上VR头盔游览数字苏州园林，听工程师讲解虚拟现实与数字孪生技术。",
   "科学之夜 元宇宙 VR", "", "科学之夜", "苏州市科协")
ev("wx_nscc", "d10", "09:30", 300, "“神威·太湖之光”超算开放日",
   "参观国产超级计算机“神威·太湖之光”，了解国产处理器和超算在海洋、气候研究中的应用。",
   "开放日 超级计算", "", "开放日", "国家超级计算无锡中心")

# ---------------------------------------------------------------- 浙江
ev("hz_zjstm", "w0", "10:00", 60, "科学实验秀：火焰的颜色",
   "焰色反应、燃烧三要素、灭火原理，一场精彩又安全的化学实验秀。",
   "科学实验 化学实验 消防安全", "亲子", "科学实验", "浙江省科技馆", reg=False)
ev("hz_zjstm", "d8", None, None, "人工智能互动科普展",
   "二十余件互动展品，展示语音识别、图像生成、智能驾驶等技术，设“AI能做什么不能做什么”讨论区。展期十六天。",
   "科普展 人工智能", "", "科普展", "浙江省科技馆", days=16, reg=False)
ev("hz_zju", "d10", "14:00", 150, "Zhejiang University Open Day: Robots That Walk",
   "Meet quadruped and humanoid robots developed at ZJU, see how they keep their balance, and try remote-controlling one. Guided in English.",
   "open day robotics humanoid", "", "开放日", "浙江大学")
ev("hz_lowcarbon", "w1", "09:30", 120, "低碳生活家庭挑战营",
   "因场馆设备检修，本场活动取消，下一期时间另行通知。",
   "工作坊 低碳 碳中和", "亲子", "工作坊", "杭州低碳科技馆", status="cancelled")
ev("hz_zhejianglab", "d12", "09:30", 240, "之江实验室开放日：智能计算",
   "走进智能计算数字反应堆和智能超算中心，体验AI在天文、材料研究中的应用。",
   "开放日 人工智能 超级计算", "", "开放日", "之江实验室")
ev("hz_westlake", "d9", "19:00", 90, "Westlake Science Lecture: What Proteins Tell Us",
   "A structural biologist explains how cryo-electron microscopy reveals the shapes of proteins and why that matters for new medicines. In English.",
   "lecture biology medicine", "", "讲座", "西湖大学")
ev("ag_yucun", "w7", "09:00", 240, "余村生态研学：绿水青山就是金山银山",
   "走进安吉余村，了解矿山复绿、竹林碳汇和生态旅游带来的变化，学习测定溪流水质。",
   "研学 生态环保 碳中和 乡村振兴", "青少年", "研学", "安吉县科协")
ev("hy_qinshan", "d11", "09:00", 240, "秦山核电公众开放日",
   "参观我国大陆第一座核电站，了解核电站安全屏障与核燃料循环。需提前实名预约。",
   "开放日 核电 核科普", "", "开放日", "中核集团秦山核电")
ev("hz_wenxin", "d4", "14:00", 90, "老年人防电信诈骗讲座",
   "民警与社区工作者结合真实案例，讲解冒充客服、养老投资等常见骗局，手把手安装国家反诈中心App。",
   "讲座 反诈 数字素养", "老年人", "讲座", "杭州市西湖区科协", reg=False)

# ---------------------------------------------------------------- 安徽
ev("hf_ustc", "d9", "09:00", 420, "中国科大开放日：量子通信实验室",
   "走进量子信息重点实验室，了解量子密钥分发和“墨子号”量子科学实验卫星的故事。",
   "开放日 量子科技 量子通信", "", "开放日", "中国科学技术大学")
ev("hf_island", "d10", "09:00", 420, "科学岛开放日：走近“人造太阳”",
   "参观全超导托卡马克装置（EAST），了解核聚变为何被称为终极能源，另有强磁场装置开放。",
   "开放日 核聚变 能源", "", "开放日", "中国科学院合肥物质科学研究院")
ev("hf_innov", "w0", None, None, "Anhui Innovation Museum Family Day",
   "A full day of family activities among exhibits on quantum technology, new-energy cars and smart voice assistants made in Hefei. English audio guides available.",
   "open day quantum electric vehicles", "families", "开放日", "安徽创新馆", reg=False)
ev("hf_ustc", "w1", "19:00", 120, "墨子沙龙：量子世界漫游",
   "面向公众的量子科普沙龙，从薛定谔的猫讲到量子计算机，现场答疑。",
   "讲座 量子科技", "", "讲座", "中国科学技术大学")
ev("hf_innov", "d12", "14:00", 90, "Quantum for Beginners: A Bilingual Talk",
   "No maths needed: a gentle introduction to superposition, entanglement and what quantum computers might do, in English and Chinese.",
   "lecture quantum", "", "讲座", "安徽创新馆")

# ---------------------------------------------------------------- 湖北
ev("wh_stm", "w0", "09:30", 450, "武汉科技馆周末科普市集",
   "两天的科普市集：科学小实验摊位、科普图书交换和高校社团展示。",
   "嘉年华 科学实验", "亲子", "嘉年华", "武汉科学技术馆", days=2, reg=False)
ev("wh_whu", "d10", "14:00", 120, "北斗导航与智慧生活",
   "武汉大学测绘遥感专家讲解北斗卫星导航系统的原理，以及它在共享单车、农机自动驾驶中的应用。",
   "讲座 北斗导航 卫星", "", "讲座", "武汉大学")
ev("wh_hust", "d11", "09:00", 360, "华中科大开放日：脉冲强磁场实验装置",
   "参观国家脉冲强磁场科学中心，看科学家如何产生地球磁场百万倍的强磁场。",
   "开放日 物理 大科学装置", "", "开放日", "华中科技大学")
ev("wh_garden", "w1", "09:00", 180, "Plant Science Walk at Wuhan Botanical Garden",
   "Explore the garden's kiwifruit collection and aquatic plants with a researcher, and learn how wild plants are conserved. Bilingual guide.",
   "nature walk biodiversity plants", "", "研学", "中国科学院武汉植物园")
ev("wh_ihb", "w7", "10:00", 120, "走近长江江豚：白鱀豚馆开放",
   "观察长江江豚的日常训练，了解长江十年禁渔和长江水生生物保护。",
   "开放日 生物多样性 野生动物", "亲子", "开放日", "中国科学院水生生物研究所")
ev("yc_dam", "d12", "09:00", 240, "三峡工程水利科普研学",
   "在坛子岭俯瞰三峡大坝，了解船闸、升船机如何工作，以及水库防洪和发电的原理。",
   "研学 水利 能源", "青少年", "研学", "宜昌市科协")
ev("wh_baibuting", "d6", "19:00", 90, "防汛避险科普进社区",
   "应急管理部门讲解暴雨内涝时的避险要点，发放家庭应急物资清单。",
   "讲座 应急科普 防汛 防灾减灾", "", "讲座", "武汉市应急管理局", reg=False)

# ---------------------------------------------------------------- 湖南（长沙、娄底）
ev("cs_hnstm", "w0", "09:30", 480, "湖南省科普日主场活动",
   "两天的主场活动，省内科研院所、高校集中展示科研成果，设科普剧场、科学实验秀和科普志愿者服务区。",
   "嘉年华 科学实验 开放日", "", "嘉年华", "湖南省科协", days=2, reg=False)
ev("cs_hnstm", "d9", "19:00", 90, "科学之夜：天问一号与火星探测",
   "航天专家讲述天问一号“绕、着、巡”火星的全过程，展示祝融号火星车模型。",
   "科学之夜 火星探测 航天", "", "科学之夜", "湖南省科学技术馆")
ev("cs_csu", "d10", "14:00", 120, "深地探测与矿产资源",
   "中南大学地球科学专家讲解向地球深部进军的科学问题与关键装备。",
   "讲座 深地 地质", "", "讲座", "中南大学")
ev("cs_rice", "w7", "09:00", 240, "杂交水稻研学：禾下乘凉梦",
   "走进杂交水稻试验田，了解袁隆平院士的科研故事，学习水稻育种的基本方法。",
   "研学 杂交水稻 农业科技 育种", "青少年", "研学", "湖南杂交水稻研究中心")
ev("cs_hnu", "d12", "15:00", 90, "Hunan University Lab Tour: Robots and Smart Manufacturing",
   "Tour the robotics lab and see vision-guided robots assemble parts on a model production line. Guided in English.",
   "lab tour robotics manufacturing", "", "开放日", "湖南大学")
ev("cs_nscc", "d13", "09:30", 240, "国家超算长沙中心开放日",
   "参观超算机房和可视化中心，了解超算在工程仿真、智慧城市中的应用。",
   "开放日 超级计算", "", "开放日", "国家超级计算长沙中心")
ev("ld_youth", "d8", "09:00", 300, "娄底市全国科普日启动仪式暨科普展",
   "全市科普日活动在此启动，设科技成果展、科普知识竞答和义诊咨询，各县市区科协同步开展活动。",
   "科普展 卫生健康 科学素质", "", "科普展", "娄底市科协", reg=False)
ev("ld_square", "d9", "08:30", 240, "涟源市科普日广场活动：健康生活与科学防病",
   "医务人员现场义诊，讲解合理膳食、慢病预防和用药安全，发放科普资料。",
   "卫生健康 合理膳食 慢病", "", "科普展", "涟源市科协", reg=False)
ev("ld_school", "d11", "14:30", 90, "科学家进校园：涟源一中专场",
   "航天科技工作者走进校园，讲述载人航天背后的故事，与同学们面对面交流。",
   "讲座 载人航天 科学家精神", "青少年", "讲座", "涟源市科协", reg=False)
ev("ld_qiaotouhe", "d6", "09:00", 180, "蔬菜绿色种植技术培训",
   "农技专家讲解测土配方施肥、病虫害绿色防控和设施蔬菜管理，现场答疑。",
   "农技 农业科技 乡村振兴", "农民", "讲座", "涟源市农业农村局", reg=False)
ev("ld_shuangfeng", "d13", "09:00", 180, "农村电商与数字素养培训",
   "手把手教村民开网店、拍短视频卖农产品，识别网络诈骗。",
   "数字素养 农村电商 乡村振兴", "农民", "工作坊", "双峰县科协", reg=False)
ev("ld_xinhua", "d10", "09:30", 150, "防汛防地质灾害应急演练",
   "模拟山洪和滑坡预警，组织群众有序转移，讲解地质灾害前兆识别。",
   "应急科普 防汛 防灾减灾", "", "开放日", "新化县应急管理局", reg=False)

# ---------------------------------------------------------------- 四川 / 重庆
ev("cd_scstm", "w1", "10:00", 90, "科学实验秀：神奇的电",
   "人体导电、静电飞花、特斯拉线圈，一起揭开电的奥秘。",
   "科学实验 电磁 物理", "亲子", "科学实验", "四川科技馆", reg=False)
ev("cd_panda", "w0", "08:00", 150, "Giant Panda Conservation Talk & Morning Walk",
   "Join a keeper on an early morning walk when the pandas are most active, then hear how captive breeding supports wild populations. In English.",
   "wildlife biodiversity", "families", "研学", "成都大熊猫繁育研究基地")
ev("cd_uestc", "d10", "14:00", 120, "电子科大开放日：卫星互联网与6G",
   "参观通信与电子实验室，了解低轨卫星互联网和下一代移动通信。",
   "开放日 通信 卫星", "", "开放日", "电子科技大学")
ev("cd_scifi", "d8", "19:00", 120, "科幻之夜：从《三体》到真实宇宙",
   "科幻作家与天体物理学家对谈，聊聊科幻里的宇宙和真实的宇宙有多远。",
   "科学之夜 天文 科幻", "", "科学之夜", "成都市科协")
ev("cd_scifi", "w7", "10:00", 420, "Chengdu Sci-Fi & Science Weekend",
   "Two days of talks, VR experiences and maker booths at the Chengdu Science Fiction Museum, with bilingual guides and an English programme.",
   "carnival VR astronomy maker", "", "嘉年华", "成都市科协", days=2, reg=False)
ev("cd_scstm", "d12", "14:00", 90, "老年人健康讲座：科学用药",
   "药师讲解常见药物的相互作用和保健品误区，现场提供用药咨询。",
   "讲座 卫生健康 用药安全", "老年人", "讲座", "成都市卫生健康委员会", reg=False)
ev("ls_youth", "d11", "09:30", 120, "航天科普进凉山：火箭是怎样飞上天的",
   "西昌卫星发射中心科技人员讲解火箭发射原理，同学们动手制作水火箭。",
   "讲座 航天 火箭", "青少年", "讲座", "凉山州科协", reg=False)
ev("my_stm", "d9", "09:00", 480, "绵阳科技城科普日开放活动",
   "科技城内科研院所联合开放，展示核技术应用、空气动力学和新材料成果。",
   "开放日 核科普 材料", "", "开放日", "绵阳市科协", reg=False)
ev("cq_stm", "w0", "09:30", 90, "Science Show: The Physics of Flight",
   "Paper planes, wind tunnels and a remote-control airship show how things fly. A fun bilingual show for children.",
   "science show physics", "kids", "科学实验", "重庆科技馆")
ev("cq_stm", "d8", None, None, "深海深地探测成果展",
   "展出万米深潜器模型、深部钻探岩芯和地下实验室场景，展期十五天。",
   "科普展 深海 深地", "", "科普展", "重庆科技馆", days=15, reg=False)
ev("cq_nhm", "w1", "10:00", 120, "恐龙化石修复体验营",
   "在古生物学家指导下使用小刷子和刻刀修复“化石”，了解重庆地区出土的恐龙。",
   "工作坊 恐龙 化石", "亲子", "工作坊", "重庆自然博物馆")
ev("cq_cqu", "d10", "14:30", 120, "山地城市防灾减灾讲座",
   "重庆大学专家讲解山地城市的滑坡、内涝与高温风险，以及市民能做的准备。",
   "讲座 防灾减灾 应急科普", "", "讲座", "重庆大学")
ev("cq_stm", "d13", "19:00", 120, "科学之夜：机器人总动员",
   "人形机器人舞蹈、机器狗巡游和机器人格斗赛，夜间限定专场。",
   "科学之夜 机器人 人形机器人", "亲子", "科学之夜", "重庆科技馆")

# ---------------------------------------------------------------- 陕西 / 河南
ev("xa_sxstm", "w0", "09:30", 90, "科学实验秀：声音的秘密",
   "用鲁本斯管看见声波，用共振打碎玻璃杯，一起探索声音的奥秘。",
   "科学实验 物理", "青少年", "科学实验", "陕西科学技术馆", reg=False)
ev("xa_nwpu", "d10", "14:00", 120, "Northwestern Polytechnical University Open Day: Drones and Aircraft",
   "See wind tunnels, UAV labs and a collection of aircraft models, with a talk on how drones are designed. Guided in English.",
   "open day drones aerospace", "", "开放日", "西北工业大学")
ev("xa_ntsc", "d11", "09:00", 300, "国家授时中心开放日：北京时间是怎样产生的",
   "参观原子钟房和授时监测室，了解“北京时间”如何产生和发播，以及它与北斗导航的关系。",
   "开放日 北斗导航 物理", "", "开放日", "中国科学院国家授时中心")
ev("xa_sxstm", "d9", "19:00", 90, "秦岭生物多样性讲座",
   "从大熊猫、朱鹮到金丝猴，认识秦岭“动物王国”和保护工作。",
   "讲座 生物多样性 野生动物", "", "讲座", "陕西省科协")
ev("xa_beilin", "d5", "09:30", 90, "食品安全进社区",
   "市场监管人员现场快检蔬菜农残，讲解识别过期食品和预防食物中毒。",
   "食品安全 讲座", "老年人", "讲座", "西安市市场监督管理局", reg=False)
ev("zz_hnstm", "w0", None, None, "河南省科技馆科普日周末开放",
   "周末两天全天开放，设科学实验秀、科普讲座和亲子工作坊。",
   "开放日 科学实验", "亲子", "开放日", "河南省科学技术馆", days=2, reg=False)
ev("zz_zzu", "d10", "14:00", 120, "郑大讲堂：小麦育种与粮食安全",
   "育种专家讲解一粒小麦种子从实验室到大田的历程，以及粮食安全的意义。",
   "讲座 育种 农业科技 粮食", "", "讲座", "郑州大学")
ev("zz_geo", "w1", "10:00", 90, "恐龙蛋化石科普课",
   "河南是“恐龙蛋之乡”，讲解员带领认识恐龙蛋化石，动手制作恐龙蛋模型。",
   "工作坊 恐龙 化石", "亲子", "工作坊", "河南省地质博物馆")
ev("zz_hnstm", "d12", "19:00", 120, "科学之夜：黄河水利科普",
   "水利专家讲述黄河泥沙治理与小浪底调水调沙，现场演示河流模型。",
   "科学之夜 水利 节水", "", "科学之夜", "河南省科学技术馆")

# ---------------------------------------------------------------- 山东
ev("jn_sdstm", "w0", "10:00", 60, "科学实验秀：电磁小实验",
   "电磁炮、跳环实验和磁悬浮，感受电与磁的相互转化。",
   "科学实验 电磁", "青少年", "科学实验", "山东省科技馆", reg=False)
ev("jn_sdu", "d11", "14:00", 120, "晶体材料与激光",
   "山东大学晶体材料国家重点实验室专家讲解人工晶体如何成为激光器的“心脏”。",
   "讲座 材料 光学", "", "讲座", "山东大学")
ev("jn_sdstm", "d8", None, None, "数字素养与技能提升主题展",
   "从智能手机使用到网络安全与个人信息保护，互动展项帮助各年龄段观众提升数字技能。展期三周。",
   "科普展 数字素养 网络安全", "老年人", "科普展", "山东省科技馆", days=21, reg=False)
ev("sg_veg", "d10", "09:00", 240, "设施农业科技培训",
   "示范园技术员讲解智能温室、水肥一体化和蔬菜新品种，组织农户现场观摩。",
   "农业科技 智慧农业 农技", "农民", "讲座", "寿光市农业农村局", reg=False)
ev("qd_ouc", "d9", "14:00", 120, "Ocean University of China Open Day: Life in the Deep Sea",
   "Visit marine biology labs and the specimen museum, and hear how research vessels sample life thousands of metres down. In English.",
   "open day ocean deep sea marine biology", "", "开放日", "中国海洋大学")
ev("qd_deepsea", "d12", "09:00", 300, "国家深海基地开放日：走近“蛟龙”号",
   "参观“蛟龙”号载人潜水器及母船，潜航员讲述深潜故事。",
   "开放日 深海 蛟龙", "", "开放日", "国家深海基地管理中心")
ev("qd_museum", "w0", "09:00", 90, "海洋生物研学：认识潮间带",
   "在海产博物馆观察海洋生物标本后，到附近礁石区认识海星、海葵和藤壶。",
   "研学 海洋生物 海洋科学", "亲子", "研学", "青岛海产博物馆")
ev("qd_obs", "d13", "09:30", 180, "青岛观象台开放日：台风是怎样形成的",
   "参观百年观象台，气象专家讲解台风的形成、路径预报与防御。",
   "开放日 气象 台风", "", "开放日", "青岛市气象局")

# ---------------------------------------------------------------- 福建
ev("xm_stm", "w0", "10:00", 90, "Family Workshop: Build a Water Rocket",
   "Build a bottle rocket with your child, learn about thrust and air pressure, and launch it in the museum's outdoor plaza. Ages 7+.",
   "workshop rocket hands-on", "families", "工作坊", "厦门科技馆")
ev("xm_stm", "d8", "19:00", 90, "科学之夜：台风与海洋",
   "气象与海洋专家联合开讲，揭秘台风为什么偏爱东南沿海。",
   "科学之夜 台风 海洋科学", "", "科学之夜", "厦门科技馆")
ev("xm_xmu", "d10", "14:00", 120, "厦门大学海洋与地球学院开放日",
   "开放海洋生物、海洋化学实验室，参观“嘉庚”号科考船模型展。",
   "开放日 海洋科学", "", "开放日", "厦门大学")
ev("xm_iue", "w1", "09:00", 180, "城市生态观察：白鹭与湿地",
   "在筼筜湖湿地观察白鹭等鸟类，科研人员讲解城市湿地生态修复。",
   "研学 湿地 鸟类 生物多样性", "亲子", "研学", "中国科学院城市环境研究所")
ev("fz_fjstm", "w0", "09:30", 90, "科普剧《小水滴旅行记》",
   "用童话剧讲述水的循环与节约用水，演出后有节水小实验。",
   "科普剧 节水 水资源", "儿童", "科普剧", "福建省科技馆", reg=False)
ev("fz_fzu", "d11", "14:00", 120, "光电材料与显示技术",
   "福州大学专家讲解从LED到Micro-LED的显示技术变革。",
   "讲座 材料 光学", "", "讲座", "福州大学")
ev("fz_fjstm", "d9", "09:30", 300, "地震预警科普体验日",
   "体验地震模拟平台，了解地震预警系统如何“抢”出几秒到几十秒的逃生时间。",
   "应急科普 地震 防灾减灾", "", "开放日", "福建省地震局", reg=False)

# ---------------------------------------------------------------- 云南 / 贵州
ev("km_kib", "w0", "09:00", 180, "昆明植物所开放日：种质资源库探秘",
   "参观中国西南野生生物种质资源库，了解种子如何在零下20℃保存上百年。",
   "开放日 种子 生物多样性", "", "开放日", "中国科学院昆明植物研究所")
ev("km_kiz", "d10", "09:00", 360, "昆明动物所公众开放日",
   "开放动物标本馆和遗传资源库，科研人员讲解云南的物种多样性。",
   "开放日 生物多样性 野生动物", "", "开放日", "中国科学院昆明动物研究所")
ev("km_ynao", "w0", "19:00", 180, "云南天文台观星之夜",
   "在凤凰山观测基地用天文望远镜观星，参观太阳观测设备。",
   "科学之夜 天文 观星", "亲子", "科学之夜", "中国科学院云南天文台")
ev("bn_garden", "w1", "08:30", 240, "Rainforest Walk at Xishuangbanna Tropical Botanical Garden",
   "A morning walk through a real tropical rainforest with a botanist, looking at strangler figs, epiphytes and bird life. English guide.",
   "nature walk biodiversity rainforest", "", "研学", "中国科学院西双版纳热带植物园")
ev("bn_garden", "d12", "09:00", 420, "热带雨林自然教育研学营",
   "三天研学营：夜观昆虫、雨林样方调查、植物标本制作，适合10—15岁学生。",
   "研学 自然教育 生物多样性", "青少年", "研学", "中国科学院西双版纳热带植物园", days=3)
ev("km_ynstm", "d9", "14:00", 90, "高原湖泊保护讲座",
   "专家讲解滇池、洱海水质治理与高原湖泊生态保护。",
   "讲座 生态环保 水资源", "", "讲座", "云南省科协")
ev("gy_gzstm", "w0", "09:30", 90, "科学实验秀：空气的力量",
   "马德堡半球、空气炮和伯努利悬浮球，感受看不见的空气力量。",
   "科学实验 物理", "亲子", "科学实验", "贵州科技馆", reg=False)
ev("gy_bigdata", "d9", "09:30", 360, "数博体验日：大数据如何改变生活",
   "体验大数据交通调度、数字政务和智慧医疗应用，了解数据安全与个人隐私保护。",
   "开放日 大数据 数字素养", "", "开放日", "贵阳市科协")
ev("gy_gzu", "d11", "14:00", 120, "喀斯特生态与石漠化治理",
   "贵州大学专家讲解喀斯特地貌的形成以及石漠化治理中的科学方法。",
   "讲座 生态环保 地质", "", "讲座", "贵州大学")
ev("pt_fast", "w0", None, None, "中国天眼科普研学：射电天文一日营",
   "参观500米口径球面射电望远镜观景台和天文体验馆，了解脉冲星与射电天文。进入核心区请勿携带手机等电子设备。",
   "研学 天文 射电望远镜", "青少年", "研学", "平塘县科协")
ev("pt_fast", "w7", "19:30", 150, "FAST Dark-Sky Stargazing Evening",
   "Stargaze under some of the darkest skies in southern China near the FAST radio telescope. Telescopes provided; English-speaking guide.",
   "stargazing astronomy", "", "科学之夜", "中国天眼景区")
ev("gy_elder", "d5", "09:30", 90, "银龄数字课堂：用手机挂号和缴费",
   "志愿者一对一教老年人用手机预约挂号、生活缴费和视频通话。",
   "数字素养 智能手机", "老年人", "工作坊", "贵阳市科协", reg=False)

# ---------------------------------------------------------------- 东北
ev("hrb_stm", "w0", "09:30", 90, "机器人表演与互动体验",
   "机器人舞蹈、机器人书法和编程体验，近距离了解机器人的“大脑”和“肌肉”。",
   "机器人 编程", "亲子", "科学实验", "黑龙江省科学技术馆", reg=False)
ev("hrb_hit", "d10", "14:00", 120, "哈工大航天馆开放日",
   "参观小卫星、空间机械臂和月球车模型，了解哈工大参与的航天任务。",
   "开放日 航天 卫星", "青少年", "开放日", "哈尔滨工业大学")
ev("hrb_agri", "d12", "09:00", 180, "黑土地保护与大豆种植技术培训",
   "专家讲解保护性耕作和大豆高产技术，发放技术手册。",
   "农业科技 农技", "农民", "讲座", "黑龙江省农业农村厅", reg=False)
ev("sy_sia", "d9", "09:00", 360, "沈阳自动化所开放日：从水下机器人到工业机器人",
   "参观“潜龙”“海斗”系列水下机器人和工业机器人实验室。",
   "开放日 机器人 深海", "", "开放日", "中国科学院沈阳自动化研究所")
ev("sy_lnstm", "w1", "10:00", 90, "亲子科学实验课：做一个小电机",
   "亲子合作用磁铁和铜线制作小电动机，认识电磁感应。",
   "工作坊 科学实验 电磁", "亲子", "工作坊", "辽宁省科学技术馆")
ev("sy_neu", "d11", "14:00", 120, "工业互联网与智能制造",
   "东北大学专家讲解工厂里的数字孪生、5G和工业机器人。",
   "讲座 智能制造 5G", "", "讲座", "东北大学")

# ---------------------------------------------------------------- 西北 / 内蒙古 / 西藏 / 海南
ev("lz_gsstm", "w0", "09:30", 90, "航天员的一天",
   "讲解员介绍航天员在空间站里如何吃饭、睡觉和锻炼，体验航天员训练模拟器。",
   "载人航天 空间站", "青少年", "科普展", "甘肃科技馆", reg=False)
ev("lz_imp", "d10", "09:00", 360, "近代物理所开放日：重离子治癌",
   "参观重离子加速器，了解重离子治疗肿瘤的原理与我国自主研制的治疗装置。",
   "开放日 核科普 卫生健康", "", "开放日", "中国科学院近代物理研究所")
ev("lz_lzu", "d11", "14:00", 120, "冰川与气候变化",
   "兰州大学专家讲述祁连山冰川变化与西北地区水资源的关系。",
   "讲座 气候 冰川 生态环保", "", "讲座", "兰州大学")
ev("lz_quake", "d8", "09:30", 150, "地震局开放日：地震是怎样监测的",
   "参观地震监测台网中心，了解地震速报流程，体验地震模拟小屋。",
   "开放日 地震 防灾减灾", "", "开放日", "甘肃省地震局", reg=False)
ev("wlmq_stm", "w0", "10:00", 90, "天文望远镜入门课",
   "学习天文望远镜的组装和使用，认识月面和星团。",
   "工作坊 天文 望远镜", "青少年", "工作坊", "新疆科技馆")
ev("wlmq_egi", "d10", "09:00", 240, "荒漠植物与生态保护开放日",
   "参观荒漠植物园和生态实验站，了解梭梭、胡杨如何在干旱中生存。",
   "开放日 生物多样性 生态环保", "", "开放日", "中国科学院新疆生态与地理研究所")
ev("hh_nmstm", "w1", "09:30", 90, "草原气象小课堂",
   "气象专家讲解白灾、沙尘暴的成因与防范，动手制作简易风向标。",
   "气象 防灾减灾", "青少年", "工作坊", "内蒙古自治区气象局", reg=False)
ev("hh_imu", "d9", "14:00", 120, "草原生物多样性与生态修复",
   "内蒙古大学生态学专家讲解草原退化与修复，以及草原上的珍稀物种。",
   "讲座 生物多样性 生态环保", "", "讲座", "内蒙古大学")
ev("ls_nsm", "w0", "10:30", 90, "青藏高原的生命",
   "讲解员带领参观高原生物展厅，认识藏羚羊、黑颈鹤和高原植物的适应本领。",
   "科普展 生物多样性 野生动物", "亲子", "科普展", "西藏自然科学博物馆", reg=False)
ev("ls_meteo", "d10", "10:00", 180, "高原气象科普开放日",
   "参观气象观测场和雷达站，了解高原天气对全国天气的影响。",
   "开放日 气象", "", "开放日", "西藏自治区气象局", reg=False)
ev("ls_tu", "d12", "15:00", 90, "高原健康：科学认识高原反应",
   "西藏大学医学院专家讲解高原反应的原理与预防，以及高原居民的健康生活方式。",
   "讲座 卫生健康", "", "讲座", "西藏大学")
ev("wc_space", "d9", "09:00", 240, "Wenchang Space Science Tour: How Rockets Launch",
   "Visit the space science centre near the Wenchang launch site, see full-size rocket models and learn what happens in the last ten minutes before liftoff. English guide.",
   "space rocket spaceflight", "families", "研学", "文昌航天科普中心")
ev("wc_space", "w7", "09:00", 480, "文昌航天科普研学营",
   "三天研学营：参观航天发射场周边科普设施，学习火箭结构与轨道知识，制作模型火箭。",
   "研学 航天 火箭", "青少年", "研学", "文昌市科协", days=3)

# ---------------------------------------------------------------- 时间更远的活动（20—60天）
ev("bj_cstm", "d21", None, None, "中国载人航天工程成就展",
   "展出航天服、返回舱实物和空间站1:1舱段模型，回顾载人航天工程的重要历程。展期二十天。",
   "科普展 载人航天 空间站", "", "科普展", "中国科学技术馆", days=20, reg=False)
ev("sh_astro", "d35", "19:00", 180, "Meteor Shower Watch Party",
   "Watch for meteors from the museum's observation plaza with astronomers on hand to explain what you are seeing. Indoor backup programme if cloudy.",
   "meteor shower stargazing astronomy", "families", "科学之夜", "上海天文馆")
ev("gz_gdsc", "d42", "09:30", 480, "青少年科技创新大赛展示日",
   "全省中小学生科技创新作品集中展示，评委现场点评，公众可参观。",
   "科普展 创客 机器人", "青少年 教师", "科普展", "广东省科协", reg=False)
ev("hz_zjstm", "d31", "14:00", 180, "科学教师培训：如何上好一堂探究实验课",
   "面向中小学科学教师的实操培训，示范探究式实验设计与课堂组织。",
   "工作坊 科学实验 科学教育", "教师", "工作坊", "浙江省科协")
ev("cd_panda", "d45", "09:00", 120, "大熊猫科普研学：从竹子到栖息地",
   "研学导师带领观察大熊猫取食行为，学习栖息地保护与野化放归知识。",
   "研学 野生动物 生物多样性", "青少年", "研学", "成都大熊猫繁育研究基地")
ev("wh_stm", "d38", None, None, "Ocean Frontiers: Touring Exhibition",
   "A touring exhibition on polar research, deep-sea submersibles and marine biodiversity, with bilingual labels throughout. Runs for three weeks.",
   "exhibition ocean polar deep sea", "", "科普展", "武汉科学技术馆", days=21, reg=False)
ev("xa_sxstm", "d50", "09:30", 300, "科普大讲堂：秦岭与黄河的地质故事",
   "地质学家讲述秦岭造山运动与黄河形成，展出野外采集的岩石标本。",
   "讲座 地质", "", "讲座", "陕西省科协", reg=False)
ev("qd_ouc", "d56", "09:00", 360, "极地科考开放日",
   "极地科考队员分享南极考察经历，展出极地冰芯和生物样品。",
   "开放日 极地 海洋科学", "", "开放日", "中国海洋大学")
ev("km_ynstm", "d58", "10:00", 90, "Yunnan Biodiversity Talk for International Schools",
   "A researcher introduces Yunnan's extraordinary biodiversity to students of international schools, with specimens to handle. In English.",
   "lecture biodiversity wildlife", "students teachers", "讲座", "云南省科学技术馆")
ev("nj_stm", "d33", "19:00", 120, "科学之夜：探月工程的下一站",
   "嫦娥工程科研人员讲述月球采样返回和月球背面探测，展示月壤样品模型。",
   "科学之夜 探月 航天", "", "科学之夜", "南京科技馆")

# ---------------------------------------------------------------- 更多面向外国友人的活动
ev("bj_nhm", "w8", "10:00", 90, "Dinosaur Gallery Tour in English",
   "A guided English tour of the museum's dinosaur hall, including the Mamenchisaurus skeleton and recent finds from Chinese dig sites.",
   "tour dinosaurs fossils", "families", "研学", "北京自然博物馆")
ev("bj_iop", "d16", "15:00", 90, "Physics Lab Tour for International Students",
   "Researchers show superconducting and quantum materials labs to international students in Beijing, followed by a Q&A. Registration required.",
   "lab tour physics quantum", "students", "开放日", "中国科学院物理研究所")
ev("sh_fudan", "d19", "18:30", 90, "Science Pub Quiz: Health and Medicine Edition",
   "Teams of up to five compete in a bilingual science quiz on the human body and medicine. Prizes for the top three teams.",
   "quiz health medicine", "", "讲座", "复旦大学")
ev("sz_sustech", "d17", "14:00", 120, "SUSTech Open Campus: Life Sciences Labs",
   "Walk through biology and biomedical engineering labs and try simple experiments with student volunteers. Guided in English.",
   "open day biology life sciences", "students", "开放日", "南方科技大学")
ev("hz_westlake", "d23", "14:00", 120, "Westlake University Science Open Day",
   "Visit labs in physics, chemistry and biology, attend short talks, and meet researchers from around the world.",
   "open day chemistry biology physics", "", "开放日", "西湖大学")
ev("xm_xmu", "d18", "15:00", 90, "Marine Biology Talk: Coral Reefs of the South China Sea",
   "A marine biologist explains coral bleaching, reef restoration and what divers can do to help. In English.",
   "lecture marine biology ocean", "", "讲座", "厦门大学")
ev("gz_gdsc", "d16", "19:00", 120, "Guangzhou Science Night: The Chemistry of Cooking",
   "Why does bread rise and meat brown? Chefs and chemists cook up a delicious evening of kitchen science. Tastings included.",
   "science night chemistry food", "", "科学之夜", "广东科学中心")
ev("nj_pmo", "d17", "19:00", 120, "Purple Mountain Observatory Evening Tour",
   "An evening tour of the historic observatory's bronze instruments followed by telescope viewing. English-speaking guide.",
   "stargazing astronomy telescope", "", "科学之夜", "中国科学院紫金山天文台")
ev("cd_uestc", "d20", "14:00", 90, "AI Ethics Workshop for Teachers",
   "A practical session for school teachers on using AI tools in class and discussing fairness and privacy with students. In English and Chinese.",
   "workshop AI", "teachers", "工作坊", "电子科技大学")
ev("sh_sjtu", "d26", "14:00", 120, "Ocean Robotics Open Lab",
   "See autonomous underwater vehicles in the towing tank and learn how they map the seabed. Guided in English.",
   "open lab robotics ocean", "", "开放日", "上海交通大学")
ev("qd_museum", "w8", "10:00", 90, "Tidepool Discovery for Families",
   "Start in the aquarium with a marine educator, then explore the rocky shore to find crabs, sea stars and anemones. Wear shoes that can get wet.",
   "tidepool marine biology ocean", "families", "研学", "青岛海产博物馆")
ev("tj_stm", "d22", "10:00", 60, "Weather Science Show for Kids",
   "Make a cloud in a bottle, create a mini tornado and learn how forecasters predict the weather. Bilingual presenters.",
   "science show weather", "kids", "科学实验", "天津科学技术馆")
ev("bj_cma", "d27", "14:00", 90, "Climate Science Briefing: Heat, Rain and a Warming World",
   "Meteorologists explain recent extreme weather and what climate models project for China, with time for questions. In English.",
   "lecture climate change weather", "", "讲座", "中国气象局")
ev("hf_ustc", "d29", "14:00", 120, "USTC Quantum Lab Visit for International Guests",
   "A guided visit to quantum optics labs with a short lecture on quantum communication. Passport required for entry.",
   "lab tour quantum", "", "开放日", "中国科学技术大学")


# ---------------------------------------------------------------- 每周系列（每场单独一条，同一 series_uid）
def series(key, venue, whens, start, dur, titles, desc, cats, auds, kind, org, *, reg=True, online=None):
    for i, when in enumerate(whens):
        title = titles[i] if isinstance(titles, list) else titles
        ev(venue, when, start, dur, title, desc, cats, auds, kind, org, series=key, reg=reg, online=online)


series("01", "bj_plan", ["w0", "w7", "w14", "w21"], "10:00", 60,
       ["周末天文小课堂：认识月相", "周末天文小课堂：行星家族", "周末天文小课堂：四季星座", "周末天文小课堂：望远镜怎么用"],
       "每周六上午面向8—14岁青少年的天文入门课，每期一个主题，课后可参观天象厅。",
       "讲座 天文", "青少年", "讲座", "北京天文馆")
series("02", "sh_astro", ["w1", "w8", "w15", "w22"], "14:00", 60,
       ["星空讲堂｜系外行星搜寻", "星空讲堂｜黑洞照片是怎样拍出来的", "星空讲堂｜中国空间站巡天望远镜", "星空讲堂｜宇宙中的生命"],
       "上海天文馆每周日的天文讲座，由天文学家主讲，面向公众。",
       "讲座 天文", "", "讲座", "上海天文馆")
series("03", "bj_wangjing", ["d2", "d9", "d16", "d23"], "09:30", 90, "老年人智能手机课堂",
       "每周一次，社区志愿者手把手教老年人使用健康码、移动支付、网上挂号，识别常见网络诈骗。",
       "数字素养 智能手机 防诈骗", "老年人", "工作坊", "北京市朝阳区科协", reg=False)
series("04", "gz_gdsc", ["w0", "w7", "w14", "w21"], "15:00", 60, "Science Saturday (English Session)",
       "A weekly English-language science session for children: a short demonstration, a hands-on activity and a take-home experiment sheet.",
       "hands-on experiments", "kids families", "工作坊", "广东科学中心")
series("05", "nj_stm", ["w1", "w8", "w15"], "10:00", 90,
       ["周末科学实验室：水的表面张力", "周末科学实验室：酸碱变色", "周末科学实验室：简单电路"],
       "每周日的动手实验课，每期一个小课题，适合小学三年级以上学生。",
       "工作坊 科学实验", "青少年", "工作坊", "南京科技馆")
series("06", "cd_scstm", ["d4", "d11", "d18", "d25"], "19:00", 90,
       ["科普大讲堂：天府之国的水利智慧", "科普大讲堂：大熊猫的演化", "科普大讲堂：川西高原的地震", "科普大讲堂：人工智能与医疗"],
       "四川科技馆每周的公众讲座，邀请省内科学家主讲。",
       "讲座 水利 生物多样性 地震 人工智能", "", "讲座", "四川省科协")
series("07", "wh_garden", ["w0", "w7", "w14"], "09:00", 120, "亲子自然观察：植物园里的小侦探",
       "每周六上午的亲子自然观察，跟随科研人员认识植物与昆虫，完成一份自然笔记。",
       "研学 自然教育 植物", "亲子", "研学", "中国科学院武汉植物园")
series("08", "xm_stm", ["w1", "w8", "w15"], "15:00", 60,
       ["Family Science Sunday: Magnets", "Family Science Sunday: Light and Colour", "Family Science Sunday: Sound Waves"],
       "A weekly bilingual family session with a short show and a hands-on activity; one theme per week.",
       "hands-on experiments physics", "families", "工作坊", "厦门科技馆")
series("09", "sh_lib", ["d3", "d10", "d17", "d24"], "19:00", 60,
       ["Science Book Club: The Gene", "Science Book Club: A Brief History of Time", "Science Book Club: Silent Spring",
        "Science Book Club: The Body"],
       "A weekly English-language book club at the library's science reading room. Read the book or just come and listen.",
       "book club biology physics ecology", "", "讲座", "上海图书馆")
series("10", ONLINE, ["d3", "d10", "d17", "d24"], "15:00", 45, "数字素养云课堂",
       "面向老年人的线上直播课，每周讲一个实用技能：视频通话、网上购物、防范诈骗短信。",
       "直播 数字素养 智能手机", "老年人", "直播", "中国科协科普部", online="digital-literacy-class")

# ---------------------------------------------------------------- 科普大篷车进乡村
CARAVAN = [
    ("cv_lianyuan1", "d8", "桥头河镇石门村站"), ("cv_lianyuan2", "d9", "伏口镇新山村站"),
    ("cv_lianyuan3", "d10", "七星街镇站"), ("cv_lianyuan4", "d11", "斗笠山镇站"),
    ("cv_lianyuan5", "d12", "杨市镇站"), ("cv_lianyuan6", "d13", "荷塘镇站"),
]
for i, (venue, when, stop) in enumerate(CARAVAN):
    ev(venue, when, "09:00", 240, f"科普大篷车进乡村·{stop}",
       "湖南省科技馆科普大篷车开进涟源乡村，带来机器人、VR体验和科学小实验，农技专家现场讲解水稻病虫害防治和农村用电安全。"
       if i != 4 else "受强降雨预报影响，本站活动取消，顺延安排另行通知。",
       "科普大篷车 乡村振兴 农业科技 科学实验", "农民 青少年", "科普大篷车进乡村", "娄底市科协", reg=False,
       status="cancelled" if i == 4 else "scheduled")
ev("cv_lankao", "d9", "09:00", 240, "科普大篷车进乡村·兰考县张庄村站",
   "科普大篷车走进黄河岸边的张庄村，展示防风固沙与节水灌溉技术，开展农村健康义诊。",
   "科普大篷车 乡村振兴 节水 卫生健康", "农民", "科普大篷车进乡村", "开封市科协", reg=False)
ev("cv_shizhu", "d10", "09:30", 210, "科普大篷车进乡村·石柱县中益乡站",
   "带来中蜂养殖技术讲解、防诈骗宣传和青少年科学实验秀。",
   "科普大篷车 乡村振兴 农业科技 反诈", "农民 青少年", "科普大篷车进乡村", "重庆市科协", reg=False)
ev("cv_pingtang", "d11", "09:00", 240, "科普大篷车进乡村·平塘县克度镇站",
   "天文主题大篷车，移动天象厅和天文望远镜走进乡村学校，讲述“中国天眼”的故事。",
   "科普大篷车 天文 乡村振兴", "青少年", "科普大篷车进乡村", "黔南州科协", reg=False)
ev("cv_helinger", "w0", "09:30", 240, "科普大篷车进乡村·和林格尔县站",
   "奶牛养殖与饲草种植技术讲座、乳品安全知识问答和流动科技馆展品体验。",
   "科普大篷车 农业科技 食品安全", "农民", "科普大篷车进乡村", "呼和浩特市科协", reg=False)
ev("cv_wlmqx", "d12", "10:00", 240, "科普大篷车进乡村·乌鲁木齐县水西沟镇站",
   "流动科技馆展品、双语科普宣讲和防震减灾演示走进乡镇。",
   "科普大篷车 防灾减灾 科学实验", "农民 青少年", "科普大篷车进乡村", "乌鲁木齐市科协", reg=False)
ev("cv_zhaojue", "d13", "09:30", 240, "科普大篷车进乡村·昭觉县三河村站",
   "开展健康生活方式宣讲、马铃薯种植技术指导和青少年科学小实验。",
   "科普大篷车 卫生健康 农业科技", "农民 青少年", "科普大篷车进乡村", "凉山州科协", reg=False)
ev("cv_dongxiang", "d14", "09:30", 240, "科普大篷车进乡村·东乡族自治县站",
   "节水灌溉、羊养殖防疫技术和农村用电安全科普，同时为学生带来机器人展示。",
   "科普大篷车 节水 农业科技 机器人", "农民 青少年", "科普大篷车进乡村", "临夏州科协", reg=False)
ev("cv_wuchang", "w8", "09:00", 240, "科普大篷车进乡村·五常市民乐乡站",
   "五常大米产区的农技科普：稻田测土配方施肥、稻瘟病防治与农机北斗导航作业。",
   "科普大篷车 农业科技 北斗导航 水稻", "农民", "科普大篷车进乡村", "哈尔滨市科协", reg=False)
ev("cv_duilong", "d15", "10:00", 210, "科普大篷车进乡村·堆龙德庆区古荣乡站",
   "藏汉双语科普宣讲，内容包括青稞种植技术、高原健康和防灾避险。",
   "科普大篷车 农业科技 卫生健康 防灾减灾", "农民", "科普大篷车进乡村", "拉萨市科协", reg=False)

# ---------------------------------------------------------------- 线上（直播、云上科普）
ev(ONLINE, "d0", "20:30", 60, "今晚直播：月亮为什么有圆缺",
   "天文科普博主带你用手机望远镜直播看月亮，讲解月相变化的原理，评论区实时答疑。",
   "直播 天文 月球", "亲子", "直播", "北京天文馆", online="moon-tonight")
ev(ONLINE, "d1", "19:30", 60, "直播：食品安全快问快答",
   "营养与食品安全专家在线回答网友关于添加剂、隔夜菜、保健品的常见问题。",
   "直播 食品安全 营养", "", "直播", "中国科协科普部", online="food-safety-qa")
ev(ONLINE, "d2", "20:00", 60, "直播：AI大模型能做什么，不能做什么",
   "人工智能研究者用实例讲解大模型的原理和局限，教你识别AI生成的虚假信息。",
   "直播 人工智能 大模型", "", "直播", "中国科学院计算技术研究所", online="llm-talk")
ev(ONLINE, "d5", "19:30", 60, "Virtual Tour: Shanghai Astronomy Museum",
   "A live-streamed tour of the museum's galleries with an astronomer answering questions in the chat. In English.",
   "livestream astronomy", "", "直播", "上海天文馆", online="sham-virtual-tour")
ev(ONLINE, "d6", "20:00", 60, "云上农技课堂：水稻病虫害绿色防控",
   "农业技术推广专家直播讲解稻飞虱、稻瘟病的识别与绿色防控，连线田间示范基地。",
   "直播 农技 农业科技 水稻", "农民", "直播", "农业农村部科技教育司", online="rice-pests")
ev(ONLINE, "d8", "19:30", 90, "云上科普日开幕直播",
   "全国科普日线上主场开幕，连线各地分会场，展示载人航天、深海探测等重大成果，科学家在线答疑。",
   "直播 云上科普 载人航天 深海", "", "直播", "中国科协", online="kepuri-opening")
ev(ONLINE, "d9", "20:00", 60, "科学家直播间：探月工程的下一站",
   "探月工程科研人员讲述月球背面采样和未来月球科研站建设。",
   "直播 探月 航天", "", "直播", "中国科协", online="lunar-next")
ev(ONLINE, "d10", "20:00", 60, "Live from the Lab: How Quantum Computers Work",
   "Researchers stream from a quantum computing lab, showing the dilution fridge and explaining qubits in plain English.",
   "livestream quantum computing", "", "直播", "中国科学技术大学", online="quantum-lab-live")
ev(ONLINE, "d11", "19:30", 60, "直播：中国空间站里的科学实验",
   "航天科研人员介绍在空间站开展的微重力实验，回顾太空授课中的经典实验。",
   "直播 载人航天 空间站 科学实验", "青少年", "直播", "中国载人航天工程办公室", online="css-experiments")
ev(ONLINE, "d12", "20:00", 60, "云上科普：科学认识流感",
   "疾控专家讲解流感与普通感冒的区别、疫苗接种和家庭防护。",
   "直播 卫生健康 疫苗", "", "直播", "国家卫生健康委员会", online="flu-facts")
ev(ONLINE, "d13", "19:30", 60, "直播：“奋斗者”号万米深潜纪实",
   "科考队员讲述马里亚纳海沟万米深潜的故事，展示深海视频。",
   "直播 深海 海洋科学", "", "直播", "中国科学院深海科学与工程研究所", online="fendouzhe")
ev(ONLINE, "d14", "20:00", 60, "Online Talk: Climate Change and Carbon Neutrality",
   "Climate scientists explain China's carbon-neutrality goals and what households can do, with live Q&A. In English.",
   "livestream climate change carbon neutrality", "", "直播", "中国气象局", online="climate-talk")
ev(ONLINE, "d16", "19:30", 45, "直播：地震来了怎么办",
   "地震科普专家用动画和演示教孩子们在家里、学校遇到地震时如何避险。",
   "直播 应急科普 地震", "儿童 亲子", "直播", "中国地震局", online="earthquake-kids")
ev(ONLINE, "d20", "20:00", 60, "Online Workshop for Teachers: Teaching AI in Primary School",
   "Practical ideas and free lesson plans for introducing AI concepts to 8–12 year olds, with examples from Chinese and international classrooms.",
   "webinar AI", "teachers", "直播", "中国科协青少年科技中心", online="ai-teachers")
ev(ONLINE, "d25", "19:30", 60, "心理健康云讲堂：青少年情绪管理",
   "心理学专家讲解青少年常见情绪困扰，给家长和老师实用建议。",
   "直播 心理健康", "青少年 家长 教师", "直播", "中国科协科普部", online="teen-mental-health")
ev(ONLINE, "d30", "20:00", 60, "直播：核电站的安全密码",
   "核电工程师带你云参观核电站，讲解纵深防御和核安全文化。",
   "直播 核电 核安全", "", "直播", "国家原子能机构", online="nuclear-safety")
ev(ONLINE, "d7", "20:00", 60, "Livestream: Meet the Robots",
   "A live tour of a robotics lab: humanoid robots, robot dogs and robotic arms, with engineers answering questions in the chat.",
   "livestream robots", "", "直播", "中国科学院沈阳自动化研究所", online="meet-the-robots", status="cancelled")
ev(ONLINE, "d18", "20:00", 60, "云上气象课：读懂天气预报",
   "气象主播和预报员直播讲解降水概率、预警信号的含义。",
   "直播 气象", "", "直播", "中国气象局", online="weather-forecast")


# ---------------------------------------------------------------- EXTRA (append new events here to keep uids stable)
ev("bj_space", "d24", "10:00", 90, "China Space Museum: Family Tour in English",
   "A guided family tour past rockets, satellites and a Shenzhou return capsule, ending with a paper-rocket challenge. In English.",
   "tour space rockets", "families", "研学", "中国航天博物馆")
ev("bj_bg", "d30", "08:00", 120, "Birdwatching Morning at the National Botanical Garden",
   "An early walk with volunteer birders to spot woodpeckers, tits and waterbirds around the garden's lakes. Binoculars available to borrow.",
   "birdwatching nature biodiversity", "", "研学", "国家植物园")
ev("sh_nhm", "d15", "14:00", 90, "Evolution Gallery Tour for Expat Families",
   "A family-friendly English tour of the evolution and dinosaur galleries, with fossil casts to touch and a kids' activity sheet.",
   "tour dinosaurs biology", "families", "研学", "上海自然博物馆")
ev("sh_zikawei", "d32", "14:00", 90, "Xujiahui Observatory Heritage Walk",
   "Walk through one of Asia's oldest weather observatories and learn how typhoon warnings began on this very site. In English.",
   "heritage walk weather typhoon", "", "研学", "上海市气象局")
ev("sz_mangrove", "d21", "08:30", 120, "Mangrove Ecology Walk in Shenzhen Bay",
   "Learn how mangroves protect the coast and store carbon, and spot migratory shorebirds with a park ranger. In English.",
   "nature walk wetlands birdwatching", "", "研学", "深圳市红树林湿地保护基金会")
ev("gz_scbg", "d40", "09:00", 120, "Medicinal Plants of South China: Garden Walk",
   "A botanist introduces plants used in traditional Chinese medicine and explains how modern science studies them. In English.",
   "nature walk medicine plants", "", "研学", "中国科学院华南植物园")
ev("su_center", "d27", "19:30", 90, "Suzhou Science Night: Virtual Reality and Heritage",
   "Put on a VR headset to walk through digitally rebuilt classical gardens and hear how engineers scan and model heritage sites.",
   "science night VR", "", "科学之夜", "苏州市科协")
ev("hz_zjstm", "d19", "10:00", 60, "Kids' Chemistry Show: Colour Changes",
   "Red cabbage indicators, glowing reactions and elephant toothpaste: a safe and colourful chemistry show in English for ages 5–10.",
   "science show chemistry", "kids", "科学实验", "浙江省科技馆")
ev("cd_scstm", "d34", "14:00", 90, "Earthquake Safety Workshop for International Residents",
   "Sichuan sits on active faults. Learn what to do before, during and after an earthquake, and try the museum's earthquake simulator. In English.",
   "workshop earthquake safety", "", "工作坊", "四川科技馆")
ev("xa_ntsc", "d36", "10:00", 120, "How Beijing Time Is Made: Lab Visit in English",
   "See the atomic clocks that keep China's standard time and learn how time signals support BeiDou navigation. Passport required.",
   "lab tour physics beidou", "", "开放日", "中国科学院国家授时中心")
ev("km_kib", "d28", "09:00", 150, "Seed Bank Tour: Saving Plants for the Future",
   "Visit the Germplasm Bank of Wild Species and learn how seeds of thousands of plant species are dried, frozen and stored for centuries.",
   "lab tour seeds biodiversity", "", "开放日", "中国科学院昆明植物研究所")
ev("xm_iue", "d44", "08:00", 120, "Egret Watch: Urban Wetland Walk",
   "Xiamen is known as Egret Island. Join researchers to watch egrets feeding and learn how the city restored its wetlands.",
   "birdwatching wetlands ecology", "families", "研学", "中国科学院城市环境研究所")
ev(ONLINE, "d22", "20:00", 60, "Livestream: A Day on the Chinese Space Station",
   "Engineers walk through a day in orbit, from sleeping bags to science racks, with clips filmed by astronauts and live Q&A.",
   "livestream space station astronauts", "", "直播", "中国科协", online="css-day")
ev(ONLINE, "d40", "20:00", 60, "Online Lecture: Food Safety Myths and Facts",
   "Are food additives dangerous? Is leftover rice safe? Food scientists sort myth from fact in this English-language webinar.",
   "webinar food safety", "", "直播", "中国科协科普部", online="food-myths")
ev("qd_ouc", "d47", "14:00", 90, "Polar Science Talk: Life at an Antarctic Station",
   "An expedition member describes a winter at a Chinese Antarctic station: research on ice, penguins and the aurora. In English.",
   "lecture polar antarctic ocean", "", "讲座", "中国海洋大学")
ev("wh_hust", "d39", "14:00", 120, "HUST Open Lab: Lasers and Photonics",
   "Tour the Wuhan National Laboratory for Optoelectronics and see lasers cutting, welding and measuring. Guided in English.",
   "open lab optics physics", "", "开放日", "华中科技大学")

# the next couple of days, so "today" and "tomorrow" have something to show
ev("sz_stm", "d0", "19:30", 90, "科学之夜：芯片是怎样炼成的",
   "工程师从一粒沙子讲起，演示光刻、封装和测试，现场用显微镜观察芯片内部结构。",
   "科学之夜 芯片 集成电路", "", "科学之夜", "深圳市科协")
ev("bj_cstm", "d1", None, None, "中国科技馆“探索与发现”主题展厅开放",
   "常设展厅全天开放，宇宙之奇、生命之秘、物质之妙等展区设定时讲解和科学表演。",
   "开放日 科学实验 天文", "亲子", "开放日", "中国科学技术馆", reg=False)
ev("sh_sstm", "d1", "19:00", 90, "科学咖啡馆：睡眠的科学",
   "神经科学研究者聊聊生物钟、失眠和午睡，以及科学改善睡眠的小方法。",
   "讲座 卫生健康 心理健康", "", "讲座", "上海科技馆")
ev("cd_scstm", "d1", "10:00", 90, "防灾减灾体验课：地震来了我不慌",
   "在地震模拟平台上体验不同震级的晃动，学习“伏地、遮挡、手抓牢”避险动作。",
   "工作坊 防灾减灾 地震", "青少年", "工作坊", "四川科技馆", reg=False)
ev("hz_zjstm", "d1", "14:00", 90, "老年人科学健身与跌倒预防讲座",
   "康复医学专家讲解适合老年人的运动方式，示范居家防跌倒训练。",
   "讲座 卫生健康", "老年人", "讲座", "浙江省科协", reg=False)
ev("gz_gdsc", "d2", "10:00", 60, "Science Show: Static Electricity",
   "Hair-raising experiments with a Van de Graaff generator and flying tinsel, explained in English for curious kids and parents.",
   "science show physics", "kids families", "科学实验", "广东科学中心")
ev("wh_stm", "d2", "19:00", 90, "Wuhan Science Night: Bridges over the Yangtze",
   "Engineers explain how the great Yangtze bridges were built, with load-testing demos using model bridges. In English and Chinese.",
   "science night engineering bridges", "", "科学之夜", "武汉科学技术馆")
ev("xa_sxstm", "d2", "14:00", 120, "航空航天模型制作课",
   "动手制作橡筋动力飞机和火箭模型，了解升力和推力的原理，作品可带回家。",
   "工作坊 航天 航空", "青少年", "工作坊", "陕西科学技术馆")
# The quick start's and the greeting's example questions ("space lectures for kids in Changsha", 长沙 青少年
# 航天讲座, 上海 人工智能, 明晚 线上 天文直播) find something.
ev("cs_hnstm", "w1", "10:00", 90, "少年航天讲堂：从嫦娥探月到天问探火 (Space Lecture for Kids)",
   "航天科普专家用模型和动画讲解探月、探火任务怎样设计，现场回答孩子们的问题；中英双语。",
   "讲座 航天 探月 lecture", "青少年", "讲座", "湖南省科学技术馆")
ev("sh_sjtu", "w0", "14:00", 120, "人工智能开放日：大模型是怎样读懂文字的",
   "上海交通大学人工智能研究院开放实验室，研究生讲解大模型的原理，现场体验语音与图像识别演示。",
   "开放日 人工智能 大模型", "", "开放日", "上海交通大学")
ev(ONLINE, "d1", "20:00", 60, "明晚直播：跟着天文台看土星环",
   "天文台科普团队用望远镜直播土星和它的光环，讲解行星环是怎样形成的，评论区实时答疑。",
   "直播 天文 行星", "", "直播", "紫金山天文台", online="saturn-rings")


# =============================================================== build and check
_PREFIX = re.compile(r"^(?:(北京市|上海市|天津市|重庆市)|(.+?(?:省|自治区))(.+?(?:市|自治州|地区|盟)))")


def city_of(address: str) -> str | None:
    m = _PREFIX.match(address)
    if not m:
        return None
    return m.group(1) or m.group(3)


def _venues() -> dict[str, tuple[str, str, float, float]]:
    out = {}
    for line in (VENUES_TEXT + CARAVAN_TEXT).splitlines():
        if not line.strip():
            continue
        key, name, address, lat, lon = line.split("|")
        assert key not in out, key
        out[key] = (name, address, float(lat), float(lon))
    return out


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def _city_centres() -> dict[str, tuple[float, float]]:
    with DIVISIONS.open(encoding="utf-8") as f:
        return {row["name"]: (float(row["lat"]), float(row["lon"])) for row in csv.DictReader(f)
                if row["level"] == "city"}


def _cjk(text: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff]", text))


def build() -> dict:
    venues = _venues()
    centres = _city_centres()
    problems: list[str] = []
    out = []
    for n, e in enumerate(EVENTS, start=1):
        uid = f"sample-{n:04d}@kepu.example"
        anchor = "weekend" if e["when"].startswith("w") else "today"
        offset = int(e["when"][1:])
        en = not _cjk(e["title"])
        if e["online"]:
            venue = address = city = None
            lat = lon = None
            online_url = LIVE.format(slug=e["online"])
        else:
            venue, address, lat, lon = venues[e["venue"]]
            city = city_of(address)
            online_url = None
            if city is None:
                problems.append(f"{uid}: address {address!r} does not start with province + city")
            elif city not in centres:
                problems.append(f"{uid}: city {city} not in divisions.csv")
            else:
                d = _km(lat, lon, *centres[city])
                if d > (350 if city == "重庆市" else 120):  # 重庆市 is a province-sized municipality
                    problems.append(f"{uid}: {venue} is {d:.0f} km from the centre of {city}")
        if e["reg"]:
            url = (REG_EN if en else REG).format(n=n)
        elif e["online"]:
            url = f"https://example.org/kepu/live/{e['online']}"
        else:
            url = None
        if en and _cjk(e["desc"]) or (not en and not _cjk(e["desc"])):
            problems.append(f"{uid}: title and description in different languages")
        if not 0 <= offset <= 60:
            problems.append(f"{uid}: day_offset {offset} outside 0..60")
        if anchor == "today" and offset == 0 and (e["start"] is None or e["start"] < "18:00"):
            problems.append(f"{uid}: a today event should be in the evening")
        kind = e["kind"]
        cats = list(e["cats"])
        if not en and kind and kind not in cats:
            cats.insert(0, kind)  # Chinese organizers name the kind of event among the categories
        out.append({
            "uid": uid,
            "title": e["title"],
            "description": e["desc"],
            "kind": kind,
            "categories": cats,
            "audiences": list(e["auds"]),
            "organizer": e["org"] or None,
            "venue": venue,
            "address": address,
            "city": city,
            "lat": lat,
            "lon": lon,
            "online": bool(e["online"]),
            "online_url": online_url,
            "url": url,
            "status": e["status"],
            "series_uid": f"sample-series-{e['series']}@kepu.example" if e["series"] else None,
            "anchor": anchor,
            "day_offset": offset,
            "start_time": e["start"],
            "duration_minutes": e["dur"],
            "days": e["days"],
        })
    if problems:
        raise SystemExit("\n".join(problems))
    return {
        "_about": (
            "Sample science events for the demo and the quick start; generated by scripts/make_sample_events.py "
            "(edit that, not this file). Times are relative so the events are always upcoming: the date is "
            "anchor + day_offset days, where anchor 'today' is the current date in Asia/Shanghai and anchor "
            "'weekend' is the next Saturday after today (tomorrow at the earliest). start_time is local "
            "Asia/Shanghai time, or null for an all-day event. An event lasts duration_minutes from start_time "
            "on each of its days (days > 1: from the first day's start to the last day's end); an all-day event "
            "lasts days whole days. bot/sample.py turns these into EventRecords. All links are example.org "
            "placeholders."),
        "timezone": "Asia/Shanghai",
        "events": out,
    }


def render() -> str:
    """One event per line, so diffs and grep stay readable."""
    data = build()
    head = {k: v for k, v in data.items() if k != "events"}
    lines = ["{"]
    lines += [f" {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    lines.append(' "events": [')
    events = [json.dumps(e, ensure_ascii=False) for e in data["events"]]
    lines += [f"  {e}," for e in events[:-1]] + [f"  {events[-1]}"]
    lines += [" ]", "}"]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if data/sample_events.json is out of date")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args()
    text = render()
    if args.stats:
        data = json.loads(text)["events"]
        cities = {e["city"] for e in data if e["city"]}
        en = sum(not _cjk(e["title"]) for e in data)
        print(f"events {len(data)}, cities {len(cities)}, online {sum(e['online'] for e in data)}, "
              f"english {en} ({en / len(data):.0%}), cancelled {sum(e['status'] == 'cancelled' for e in data)}, "
              f"series {len({e['series_uid'] for e in data if e['series_uid']})}")
        print(" ".join(sorted(cities)))
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
