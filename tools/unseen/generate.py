#!/usr/bin/env python3
"""Write made-up front pages the parser has never seen, with truth files for score.py.

usage: generate.py OUTDIR [--pages N] [--seed S] [--markdown-every K]

Every page is composed from a seed: made-up places, industries, people and sentences (none from
the samples), laid out as raw column OCR (headlines gathered at the top, short lines, blank lines
inside sentences, reporters listed at the top or standing at the foot, kickers, banners, merged
headline lines, briefs, features with subheads and captions, continuation notes, an advertisement
block) or, every K-th page, in the markdown form. Writes X.txt and X.txt.truth.json per page.
"""
import argparse, datetime, json, os, random

PLACES = ["青禾市", "临川", "石港市", "云岭县", "北湾新区", "望江市", "柳河", "南峪", "安澜市", "东泽区",
          "白沙市", "枫林县", "海宁湾", "金渡", "长垣市", "清溪区", "鹿鸣镇", "松原湖"]
# An industry: its name, three links of its chain, a product and a kind of project.
INDUSTRIES = [
    ("工业软件", "研发设计", "生产控制", "经营管理", "仿真平台", "研发中心"),
    ("新型储能", "电芯制造", "电池管理", "系统集成", "储能电站", "示范电站"),
    ("卫星互联网", "卫星制造", "地面终端", "运营服务", "低轨卫星", "测控基地"),
    ("智能网联汽车", "车载芯片", "线控底盘", "车路协同", "测试车辆", "测试场"),
    ("工业机器人", "减速器", "伺服电机", "控制器", "协作机器人", "整机基地"),
    ("集成电路", "芯片设计", "晶圆制造", "封装测试", "功率芯片", "产线"),
    ("超高清视频", "内容制作", "编码传输", "终端显示", "八K电视", "制播中心"),
    ("北斗导航", "芯片模组", "高精度定位", "位置服务", "授时终端", "应用中心"),
    ("数据要素", "数据采集", "数据交易", "数据安全", "数据产品", "交易中心"),
    ("光伏组件", "硅片切割", "电池片", "组件封装", "双面组件", "生产基地"),
    ("工业互联网", "标识解析", "平台服务", "安全防护", "行业平台", "节点"),
    ("氢燃料电池", "电堆", "膜电极", "加氢设施", "燃料电池重卡", "加氢站"),
    ("新型显示", "面板制造", "驱动芯片", "发光材料", "柔性屏幕", "模组工厂"),
    ("算力网络", "数据中心", "智能计算", "网络传输", "算力调度平台", "算力中心"),
    ("医疗器械", "影像设备", "体外诊断", "康复器具", "手术机器人", "产业园"),
    ("锂电材料", "正极材料", "隔膜", "电解液", "高镍正极", "材料基地"),
    ("低空飞行器", "整机研制", "飞行控制", "起降设施", "电动飞行器", "起降场"),
    ("智能传感器", "敏感元件", "信号处理", "封装工艺", "压力传感器", "中试线"),
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
GIVEN = "明华建国立新志强海燕晓光伟丽静芳玉兰敏杰涛超勇军毅磊洋鹏飞雪梅婷宇浩然欣怡子涵思远博文雨萱嘉琪晨曦一鸣梓轩若溪清扬振东"
ORGS = ["市工业和信息化局", "市发展改革委", "省通信管理局", "市科技局", "区经济发展局", "市商务局"]
VENUES = ["市会展中心", "高新区管委会", "国际会议中心", "科创大厦", "市民中心"]

def name(rnd, n=None):
    n = n or rnd.choice([2, 3, 3])
    return rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(n - 1))

class Topic:
    def __init__(self, rnd, used):
        choices = [i for i in range(len(INDUSTRIES)) if i not in used["ind"]]
        k = rnd.choice(choices)
        used["ind"].add(k)
        self.S, self.a, self.b, self.c, self.product, self.proj = INDUSTRIES[k]
        places = [p for p in PLACES if p not in used["place"]]
        self.P = rnd.choice(places)
        used["place"].add(self.P)
        self.P2 = rnd.choice([p for p in PLACES if p != self.P])
        self.org = self.P.rstrip("市县区镇湖") + rnd.choice(ORGS)[1:]
        self.venue = rnd.choice(VENUES)
        self.n = rnd.randint(12, 96)
        self.m = rnd.randint(3, 9)
        self.co = self.P.rstrip("市县区镇湖") + rnd.choice(["恒远", "启明", "同创", "星河", "睿达", "瀚海", "远航", "智源"]) + "公司"
        self.person = name(rnd, 3)

    def fill(self, s):
        return s.format(**self.__dict__)

# (headline, lead) pairs for news: the lead repeats the headline's words, as leads do.
NEWS = [
    ("{P}{S}产业规模突破{n}0亿元", "{P}{S}产业规模日前突破{n}0亿元，比上年增长近两成，{a}和{c}环节增长最快。"),
    ("{P}召开{S}发展推进会", "2024年{P}{S}发展推进会在{venue}召开，会议通报了一季度{S}发展情况，部署了下一阶段重点任务。"),
    ("{P}出台{S}高质量发展行动方案", "{P}近日出台{S}高质量发展行动方案，提出到明年底培育{m}家以上龙头企业，2024年先行启动一批项目。"),
    ("{S}{proj}项目在{P}开工", "总投资{n}亿元的{S}{proj}项目在{P}开工建设，项目建成后将补齐当地{b}环节的短板。"),
    ("{P}与{P2}签署{S}合作协议", "{P}与{P2}签署{S}合作协议，双方将在{a}、{b}等领域共建协作平台。"),
    ("首批{S}创新示范企业名单公布", "{P}公布首批{S}创新示范企业名单，{m}家企业入选，其中{co}位列榜首。"),
    ("{co}{product}下线", "{co}研制的首台{product}在{P}下线，标志着企业在{b}领域实现了新的突破。"),
    ("{P}{S}{proj}通过验收", "{P}{S}{proj}日前通过专家组验收，各项指标均达到设计要求。"),
    ("{S}标准化工作会议在{P}举行", "全国{S}标准化工作会议在{P}举行，会议审议了{a}和{c}两项行业标准草案。"),
    ("{P}{S}企业一季度营收增长{m}成", "记者从{org}获悉，一季度{P}{S}企业营业收入同比增长{m}成，{a}企业贡献最大。"),
]
NEWS_MORE = [
    "据介绍，{P}已集聚{S}相关企业{n}余家，覆盖{a}、{b}和{c}等环节，产业链条日趋完整。",
    "2024年以来，当地新开工{S}项目{m}个，计划总投资超过{n}亿元。",
    "{org}有关负责人表示，下一步将加大政策支持力度，推动更多{product}走向市场。",
    "会议要求，各有关部门要细化工作举措，加强要素保障，确保年度目标如期完成。",
    "与会专家围绕{b}技术攻关、应用场景开放等议题进行了交流。",
    "按照计划，到明年底，当地{c}能力将提升一倍以上，带动就业{n}00余人。",
    "{co}负责人{person}介绍，企业今年的研发投入占营业收入的比重超过百分之{m}。",
    "根据方案，对新建的{proj}，当地将按设备投资额给予一定比例的补助。",
    "下一步，{P}将建立重点项目清单，实行专班推进，及时协调解决项目建设中的困难。",
    "活动现场，{m}个{S}合作项目集中签约，涉及{a}、{c}等多个领域。",
]
# A feature's title and the sentence of its opening that takes up the title's words.
FEATURE_TITLES = [
    ("一家{S}企业的“{m}年之变”", "{m}年间，这家{S}企业发生了翻天覆地的变化。"),
    ("{S}如何跨过“成本关”", "对不少{S}企业来说，如何跨过“成本关”，是绕不开的问题。"),
    ("{P}：{S}链条越拉越长", "近几年，{P}的{S}链条越拉越长，上下游企业越聚越多。"),
    ("小{product}撬动大市场", "一台小小的{product}，正在撬动一个大市场。"),
    ("走进{P}的{S}车间", "记者日前走进{P}的多家{S}车间，感受到了实实在在的变化。"),
    ("{S}“出海”记", "{S}企业纷纷“出海”，这是近年来{P}发生的新变化。"),
    ("在{P}，{S}正在改变什么", "在{P}，{S}正在改变企业的生产方式，也在改变人们的工作方式。"),
    ("{product}背后的“{P}力量”", "每一台{product}背后，都有一股“{P}力量”。"),
    ("{S}从“跟跑”到“并跑”", "在{b}等领域，当地{S}企业已经从“跟跑”变为“并跑”。"),
    ("{S}人才从哪里来", "{S}企业的人才从哪里来？这是记者在{P}采访时常听到的问题。"),
]
FEATURE_OPEN = [
    "走进{co}的生产车间，一排排设备有序运转，工人们正在调试新一批{product}。",
    "清晨七点，{P}的{proj}已经忙碌起来，运输车辆进进出出，装卸工作有条不紊。",
    "{m}年前，{co}还只是一家只有几十名员工的小厂，主要为外地企业做配套加工。",
    "说起{S}，{P}的不少企业负责人都有一肚子话要讲。",
]
FEATURE_MORE = [
    "“过去靠人盯，现在靠数据说话。”{co}负责人{person}告诉记者，企业的产品合格率提高了不少。",
    "转变并非一帆风顺。资金紧张、人才短缺、技术积累不足，都曾让企业一度陷入困境。",
    "为破解{b}环节的难题，企业联合高校组建了攻关团队，前后用了{m}年时间才拿出样机。",
    "如今，企业生产的{product}已经销往{n}个国家和地区，海外订单占比接近一半。",
    "在业内人士看来，{S}的竞争归根到底是人才和技术的竞争，需要久久为功。",
    "当地还搭建了公共服务平台，为中小企业提供检验检测、技术咨询等服务，降低了转型门槛。",
    "不少企业反映，{c}环节仍是短板，关键设备和材料还要依靠外部采购。",
    "{P}{org}相关负责人表示，将继续优化营商环境，为企业发展提供更精准的服务。",
    "记者在采访中了解到，越来越多的年轻人愿意投身{S}领域，企业招工难的问题有所缓解。",
    "展望未来，{person}信心十足：“我们要把{product}做到行业前列。”",
]
SUBHEADS = ["补链强链有底气", "人才引得进留得住", "协同创新破难题", "政策护航添动力", "走出去闯市场",
            "数据驱动提效率", "小切口带来大变化", "从单点突破到全面开花"]
KICKERS = ["市领导在{S}产业大会上强调", "{P}召开全市制造业高质量发展大会", "本报记者从{org}获悉"]
BROKEN = [("加快{S}布局，", "抢占产业发展制高点"), ("做强{a}环节、", "做优{c}服务"), ("推进{S}集群建设，", "打造区域增长新引擎")]
BANNERS = ["聚焦新型工业化", "专题报道", "{S}观察之二", "走基层 看发展", "一线调研", "数字化转型系列报道之三"]
ADS = [["欢迎订阅本报", "邮发代号 1-88", "订阅热线 010-66660000"],
       ["扫码关注", "官方公众号", "获取更多行业资讯"],
       ["{P}电子展", "展位预订热线 400-123-4567", "优惠报名进行中"]]

def wrap(text, rnd):
    """Column lines of 12-14 characters; closing punctuation never starts a line."""
    out, i, w, first = [], 0, rnd.randint(12, 14), True
    while i < len(text):
        n = max(w - (2 if first else 0) + rnd.choice([-1, 0, 0, 0, 1]), 6)
        while i + n < len(text) and (text[i + n] in "，。、；：？！”）》" or (text[i + n].isdigit() and text[i + n - 1].isdigit())):
            n += 1
        out.append(text[i:i + n]); i += n; first = False
    return out

def pick(rnd, pool, n, used):
    """n sentences; one without a slot is used once a page (a whole paragraph repeated on a page is
    an OCR repeat, which the parser removes)."""
    free = [s for s in pool if "{" in s or s not in used["sent"]]
    out = rnd.sample(free, min(n, len(free)))
    used["sent"].update(s for s in out if "{" not in s)
    return out

class Article:
    def __init__(self, rnd, used, kind):
        t = Topic(rnd, used)
        self.kind = kind          # news, brief, feature, interview
        self.kicker = self.banner = self.subtitle = None
        self.byline = self.signature = self.rep_in_dateline = self.cont = self.caption = None
        self.subheads = {}
        self.two_line_title = None
        if kind in ("news", "brief"):
            h, lead = rnd.choice([p for p in NEWS if p[0] not in used["news"]])
            used["news"].add(h)
            self.title = t.fill(h)
            more = pick(rnd, NEWS_MORE, 2 if kind == "brief" else rnd.randint(3, 5), used)
            paras = [t.fill(lead) + t.fill(more[0])] + [t.fill(s) for s in more[1:]]
            if kind == "news" and len(paras) > 2:
                paras = [paras[0], paras[1] + paras[2]] + paras[3:]
            self.paras = paras
            d = rnd.randint(3, 9)
            self.dateline = f"5月{d}日"
            self.day = d
        else:
            title, echo = rnd.choice([x for x in FEATURE_TITLES if x[0] not in used["feat"]])
            used["feat"].add(title)
            self.title = t.fill(title)
            sents = [t.fill(rnd.choice(FEATURE_OPEN)) + t.fill(echo)] + [t.fill(s) for s in pick(rnd, FEATURE_MORE, rnd.randint(5, 7), used)]
            self.paras, k = [sents[0] + sents[1]], 2
            while k < len(sents):
                two = k + 1 < len(sents) and rnd.random() < 0.4
                self.paras.append("".join(sents[k:k + (2 if two else 1)]))
                k += 2 if two else 1
            self.dateline = None
            self.day = None
            for _ in range(rnd.choice([0, 1, 2])):
                k = rnd.randint(2, len(self.paras) - 1)
                self.subheads[k] = rnd.choice([s for s in SUBHEADS if s not in used["sub"]])
                used["sub"].add(self.subheads[k])
            if kind == "interview":
                self.subtitle = f"——访{t.co}总经理{t.person}"
        self.topic = t

def dateline_text(a):
    rep = f"记者{a.rep_in_dateline}报道：" if a.rep_in_dateline else ""
    return f"本报讯 {rep}{a.dateline}，"

def body_raw(a, rnd):
    lines = []
    paras = list(a.paras)
    if a.dateline:
        paras[0] = dateline_text(a) + paras[0]
    for i, p in enumerate(paras):
        if i in a.subheads:
            s = a.subheads[i]
            parts = [s[:len(s) // 2], s[len(s) // 2:]] if len(s) > 7 and rnd.random() < 0.3 else [s]
            lines += [""] + sum(([x, ""] for x in parts), [])
        if i == len(paras) - 1:
            if a.signature:
                p += f" （{' '.join(a.signature)}）" if rnd.random() < 0.5 else f"（{a.signature}）"
            if a.cont:
                p += f"（下转第{a.cont}版）" if rnd.random() < 0.6 else f"（转第{a.cont}版）"
        if rnd.random() < 0.15:   # OCR spaces inside a date or number
            p = p.replace("月", " 月 ", 1)
        pl = wrap(p, rnd)
        for k, l in enumerate(pl):
            lines.append(l)
            if k + 1 < len(pl) and rnd.random() < 0.1:
                lines.append("")
        if i == 0 and a.caption:
            lines += ["", a.caption * (2 if rnd.random() < 0.5 else 1), ""]
        if rnd.random() < 0.4:
            lines.append("")
    return lines

def title_lines(a, rnd):
    if a.two_line_title:
        return list(a.two_line_title)
    t = a.title
    if len(t) <= 13 or rnd.random() < 0.3:
        return [t]
    h = len(t) // 2 + rnd.choice([-1, 0, 1])
    while h < len(t) - 1 and t[h] in "”）》，、：":
        h += 1
    while h > 1 and t[h - 1] in "“（《":
        h -= 1
    return [t[:h], t[h:]]

def plan_raw(rnd):
    used = dict(ind=set(), place=set(), news=set(), feat=set(), sub=set(), sent=set())
    top, inline = [], []
    # The headline block: news and briefs, and features whose reporters are listed under it.
    for _ in range(rnd.randint(2, 4)):
        a = Article(rnd, used, rnd.choice(["news", "brief", "news"]))
        r = rnd.random()
        if r < 0.45:
            a.signature = name(rnd, 2)
        elif r < 0.7:
            a.rep_in_dateline = name(rnd)
        else:
            a.signature = name(rnd, 2)
        top.append(a)
    listed = []
    for _ in range(rnd.choice([0, 1, 2, 2])):
        a = Article(rnd, used, "feature")
        a.byline = name(rnd)
        a.cont = rnd.choice([None, 2, 3, 4, 5])
        listed.append(a)
    top += listed
    if rnd.random() < 0.4:    # a kicker over a title broken after a comma
        a = next((x for x in top if x.kind != "feature"), None)
        if a:
            k1, k2 = rnd.choice(BROKEN)
            a.kicker = a.topic.fill(rnd.choice(KICKERS))
            a.two_line_title = [a.topic.fill(k1), a.topic.fill(k2)]
            a.title = "".join(a.two_line_title)
            a.paras[0] = a.topic.fill(f"会议提出，要{k1}{k2}。") + a.paras[0]
    # Inline articles: their headline stands right above the body.
    for _ in range(rnd.randint(1, 2)):
        kind = rnd.choice(["feature", "interview", "brief"])
        a = Article(rnd, used, kind)
        if kind == "brief":
            a.signature = name(rnd, 2) if rnd.random() < 0.5 else None  # unsigned briefs too
        else:
            a.byline = name(rnd)
            a.byline_place = rnd.choice(["under", "end"])
            if rnd.random() < 0.5:
                a.banner = a.topic.fill(rnd.choice(BANNERS))
            if rnd.random() < 0.5:
                a.caption = a.topic.fill("图为{co}的{product}生产线。")
            a.cont = rnd.choice([None, 2, 3, 6, 8])
        inline.append(a)
    return top, inline, listed

def make_raw(rnd):
    top, inline, listed = plan_raw(rnd)
    # A page without a masthead is dated by its datelines and the year its text names.
    if not any("2024年" in p for a in top + inline for p in a.paras):
        a = next(a for a in top if a.dateline)
        a.paras[0] = "2024年" + a.paras[0] if a.paras[0][0] not in "0123456789" else a.paras[0]
    lines = []
    order = top[:]
    rnd.shuffle(order)
    # Listed reporters follow the order of their headlines in the block.
    merged = rnd.random() < 0.35
    i = 0
    while i < len(order):
        a = order[i]
        if a.kicker:
            lines.append(a.kicker)
        tl = title_lines(a, rnd)
        if merged and i + 1 < len(order) and len(tl) == 2 and not order[i + 1].kicker and not order[i + 1].two_line_title:
            bl = title_lines(order[i + 1], rnd)
            lines += [tl[0], "", tl[1] + " " + bl[0]] + bl[1:] + [""]
            merged = False
            i += 2
            continue
        for l in tl:
            lines.append(l)
            if rnd.random() < 0.5:
                lines.append("")
        lines.append("")
        i += 1
    feats = [a for a in order if a in listed]
    for a in feats:
        lines.append(f"本报记者 {a.byline}")
    lines.append("")
    for a in top:
        lines += body_raw(a, rnd) + [""]
    end_bylines = []
    for a in inline:
        if a.banner:
            lines += [a.banner, ""]
        tl = title_lines(a, rnd)
        lines += ([" ".join(tl)] if len(tl) > 1 and rnd.random() < 0.5 else tl) + [""]
        if a.subtitle:
            lines += [a.subtitle, ""]
        if a.byline and a.byline_place == "under":
            lines += [f"本报记者 {a.byline}", ""]
        elif a.byline:
            end_bylines.append(a.byline)
        lines += body_raw(a, rnd) + [""]
    # Bylines of features at the foot of the page: only the last feature's (the convention).
    for b in end_bylines[-1:]:
        lines += [f"本报记者 {b}", ""]
    for a in inline:
        if a.byline and a.byline_place == "end" and a.byline != (end_bylines[-1:] or [None])[0]:
            a.byline = None   # a byline that stands nowhere is not in the truth
    ad = [rnd.choice(top).topic.fill(l) for l in rnd.choice(ADS)]
    lines += ad
    return lines, top + inline, ad

def make_markdown(rnd):
    used = dict(ind=set(), place=set(), news=set(), feat=set(), sub=set(), sent=set())
    arts = []
    day = rnd.randint(8, 20)
    lines = ["主管：某省工业和信息化厅", "江城电子报社出版", f"2024年5月{day}日", "星期五", "今日8版", f"第{rnd.randint(10,40)}期", ""]
    for k in range(rnd.randint(3, 6)):
        kind = rnd.choice(["news", "brief", "feature", "interview", "news"])
        a = Article(rnd, used, kind)
        if kind in ("news", "brief"):
            a.dateline = f"5月{min(a.day, day)}日"
            r = rnd.random()
            a.signature = name(rnd, 2) if r < 0.6 else None
            a.rep_in_dateline = name(rnd) if r >= 0.6 else None
        else:
            a.byline = name(rnd)
            a.banner = a.topic.fill(rnd.choice(BANNERS)) if rnd.random() < 0.4 else None
            a.caption = a.topic.fill("图为{co}的{product}生产线。") if rnd.random() < 0.5 else None
        a.cont = rnd.choice([None, None, 2, 4])
        arts.append(a)
        if a.banner:
            lines += [f"## {a.banner}", ""]
        level = "###" if a.banner else rnd.choice(["#", "##"])
        lines += [f"{level} {a.title}", ""]
        if a.subtitle:
            lines += [a.subtitle, ""]
        if a.byline:
            lines += [f"本报记者 {a.byline}", ""]
        for i, p in enumerate(a.paras):
            if i == 0 and a.dateline:
                rep = f"记者{a.rep_in_dateline}报道：" if a.rep_in_dateline else ""
                p = f"**本报讯** {rep}{a.dateline}，" + p
            if i in a.subheads:
                lines += [f"**{a.subheads[i]}**", ""]
            if i == len(a.paras) - 1:
                if a.signature:
                    p += f"（{a.signature}）"
                if a.cont:
                    p += f"（下转第{a.cont}版）"
            if rnd.random() < 0.3:   # half-width punctuation, as this OCR often writes it
                p = p.replace("，", ",", 2)
            lines += [p + ("  " if rnd.random() < 0.3 else ""), ""]
            if i == 0 and a.caption:
                lines += [a.caption, ""]
    ad = [arts[0].topic.fill(l) for l in rnd.choice(ADS)]
    lines += [" ".join(ad)]
    return lines, arts, ad

def truth_of(name_, arts, ad, fmt, window):
    truth = {"file": name_, "format": fmt, "issue": {"date_window": window}, "articles": [], "once": [], "nowhere": []}
    for a in arts:
        t = {"title": a.title}
        people = [p for p in (a.byline, a.rep_in_dateline) if p]
        if people:
            t["bylines"] = people
        t["first"] = a.paras[0][:14]
        t["last"] = a.paras[-1][-12:]
        mid = a.paras[len(a.paras) // 2]
        t["contains"] = [mid[2:14]]
        if a.signature:
            t["signature"] = a.signature
        if a.cont:
            t["continued_to"] = a.cont
        if a.caption:
            t["not_in_body"] = [a.caption]
        truth["articles"].append(t)
    truth["nowhere"] = [l.strip()[:6] for l in ad if len(l.strip()) >= 6][:2]
    return truth

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--markdown-every", type=int, default=4)
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    for k in range(args.pages):
        rnd = random.Random(args.seed * 100003 + k)
        md = args.markdown_every > 0 and k % args.markdown_every == args.markdown_every - 1
        lines, arts, ad = (make_markdown if md else make_raw)(rnd)
        days = [a.day for a in arts if a.dateline and a.day]
        if md:
            day = int(next(l for l in lines if l.startswith("2024年"))[7:-1])
            window = [f"2024-05-{day:02d}"] * 2
        else:
            last = datetime.date(2024, 5, max(days) if days else 9)
            window = [last.isoformat(), (last + datetime.timedelta(days=7)).isoformat()]
        fname = f"unseen_{args.seed}_{k:03d}{'_md' if md else ''}.txt"
        with open(os.path.join(args.outdir, fname), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        truth = truth_of(fname, arts, ad, "markdown" if md else "raw-columns", window)
        if md:
            truth["issue"] = {"date": window[0]}
        with open(os.path.join(args.outdir, fname + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
