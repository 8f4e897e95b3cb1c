#include "testarchive.h"

#include "core/store/archive.h"
#include "core/store/importer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QThread>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace Baoku::Tests {

namespace {
Core::Article article(int page, int order, const QString &title, const QString &body)
{
    Core::Article a;
    a.page = page;
    a.order = order;
    a.title = title;
    a.body = body;
    return a;
}
} // namespace

Core::ParsedIssue testIssue(int which)
{
    Core::ParsedIssue issue;
    issue.issue.newspaper = u"中国电子报"_s;
    issue.issue.dateSource = Core::DateSource::Masthead;
    if (which == 0) {
        issue.issue.date = QDate(2023, 11, 17);
        Core::Article chips = article(1, 1, u"芯片产业加快发展"_s,
            u"本报讯 11月16日，芯片产业座谈会在北京举行。\n与会代表认为，芯片是新型工业化的基础。\n会议还讨论了数据安全。"_s);
        chips.kicker = u"深入推进新型工业化"_s;
        chips.subtitle = u"——座谈会在京举行"_s;
        chips.column = u"要闻"_s;
        chips.dateline = u"本报讯 11月16日"_s;
        chips.bylines = {Core::Byline{u"宋婧"_s, u"reporter"_s, {}}};
        chips.captions = {u"图为座谈会现场"_s};
        chips.photoCredits = {u"张三 摄"_s};
        chips.continuedTo = 2;
        issue.articles << chips;
        Core::Article hostile = article(1, 2, u"<b>标题</b> & 工业"_s,
            u"正文<script>alert(1)</script><img src=\"file:///etc/passwd\">里有工业互联网。"_s);
        hostile.signature = u"耀文"_s;
        issue.articles << hostile;
    } else if (which == 1) {
        issue.issue.date = QDate(2023, 11, 24);
        issue.issue.dateSource = Core::DateSource::Inferred;
        Core::Article a = article(1, 1, u"工业互联网平台发布"_s, u"工业互联网平台在上海发布。\n芯片企业参与。"_s);
        a.bylines = {Core::Byline{u"卢梦琪"_s, u"reporter"_s, {}}};
        issue.articles << a;
    } else {
        issue.issue.date = QDate(2024, 1, 5);
        Core::Article a = article(1, 1, u"新年展望"_s, u"电子信息制造业稳中向好。"_s);
        a.bylines = {Core::Byline{u"宋婧"_s, u"reporter"_s, {}}};
        issue.articles << a;
    }
    issue.issue.weekday = Core::chineseWeekday(issue.issue.date);
    return issue;
}

QString createTestArchive(const QString &folder)
{
    const QString path = folder + u"/archive.sqlite"_s;
    Core::Archive archive;
    QString error;
    if (!archive.open(path, &error))
        throw std::runtime_error(error.toStdString());
    Core::Importer importer(archive);
    for (int i = 0; i < 3; ++i) {
        const QString source = u"test-%1.txt"_s.arg(i);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex());
        const auto result = importer.importParsed(testIssue(i), Core::SourceFile{source, sha, 100}, {});
        if (result.status != Core::ImportStatus::Imported)
            throw std::runtime_error(result.reason.toStdString());
    }
    return path;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace Baoku::Tests
