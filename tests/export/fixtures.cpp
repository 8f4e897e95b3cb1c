#include "fixtures.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace ExportFixtures {

QList<ExportItem> items()
{
    IssueInfo issue;
    issue.newspaper = u"中国电子报"_s;
    issue.date = QDate(2023, 11, 10);
    issue.dateSource = DateSource::Masthead;
    issue.weekday = u"星期五"_s;
    issue.issueNo = 85;
    issue.totalNo = 8265;
    issue.pages = 8;
    issue.sourcePath = u"samples/000_516666ff67d7d3b5.txt"_s;
    issue.sha256 = QString(64, u'a');

    ExportItem full;
    full.id = 42;
    full.issue = issue;
    Article &a = full.article;
    a.page = 1;
    a.order = 3;
    a.column = u"要闻"_s;
    a.kicker = u"深入学习贯彻习近平总书记重要指示精神"_s;
    a.title = u"金壮龙会见欧盟委员会内部市场委员布雷顿"_s;
    a.subtitle = u"——中欧加强产业链供应链合作"_s;
    a.bylines = {{u"张维"_s, u"reporter"_s, {}}, {u"李明"_s, u"correspondent"_s, u"工业和信息化部"_s},
                 {u"王摄"_s, u"photographer"_s, {}}};
    a.dateline = u"本报讯 11月10日"_s;
    a.body = u"工业和信息化部部长金壮龙在北京会见欧盟委员会内部市场委员布雷顿一行，就中欧共同维护产业链供应链安全稳定进行深入交流。\n"
             "金壮龙表示，中国正加快推进新型工业化，将进一步扩大高水平对外开放。\n"
             "布雷顿表示，中欧开展了卓有成效的合作。"_s;
    a.captions = {u"会见现场"_s};
    a.photoCredits = {u"王摄 摄"_s};
    a.continuedTo = 2;

    ExportItem notice;
    notice.id = 7;
    notice.issue = issue;
    notice.issue.date = QDate(2023, 11, 17);
    notice.issue.weekday = u"星期五"_s;
    notice.issue.issueNo.reset();
    Article &n = notice.article;
    n.kind = ArticleKind::Notice;
    n.page = 3;
    n.order = 1;
    n.title = u"<script>alert(\"x\")</script> 测试 & 50% {报} #1_a"_s;
    n.signature = u"耀文"_s;
    n.body = u"正文含有 <script>alert(1)</script>，还有 \"引号\", 逗号, *星号* 与 [链接](http://x)。\n"
             "# 不是标题\n"
             "1. 不是列表"_s;
    n.continuedFrom = 1;

    ExportItem many;
    many.id = 1001;
    many.issue = issue;
    many.issue.issueNo.reset();
    many.issue.totalNo.reset();
    Article &m = many.article;
    m.page = 12;
    m.order = 2;
    m.title = u"工信部等四部门联合发布通知"_s;
    m.bylines = {{u"甲一"_s, u"reporter"_s, {}}, {u"乙二"_s, u"reporter"_s, {}},
                 {u"丙三"_s, u"intern_reporter"_s, {}}, {u"丁四"_s, u"reporter"_s, {}}};
    m.body = u"通知要求，各地加快推进。"_s;
    return {full, notice, many};
}

QByteArray golden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(BAOKU_EXPORT_GOLDEN) + u'/' + name;
    if (qEnvironmentVariableIntValue("BAOKU_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("missing golden file ") + path.toUtf8();
    return file.readAll();
}

} // namespace ExportFixtures
