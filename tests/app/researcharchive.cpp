#include "researcharchive.h"

#include "core/store/archive.h"
#include "core/store/importer.h"

#include <QCryptographicHash>

#include <cmath>
#include <random>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace Baoku::Tests {

namespace {

struct Topic {
    QString word;
    double base;  // how often an article names it at the start
    double slope; // change over the whole span
};

const Topic kTopics[] = {{u"芯片"_s, 0.30, 0.0},      {u"人工智能"_s, 0.05, 0.45},  {u"移动通信"_s, 0.45, -0.35},
                         {u"工业互联网"_s, 0.20, 0.0}, {u"新能源汽车"_s, 0.08, 0.25}};
// Filler without any topic word in it.
const QString kFiller[] = {u"会议在北京举行，与会代表进行了交流。"_s, u"记者从有关部门获悉，相关工作有序推进。"_s,
                           u"专家认为，企业应当加强合作。"_s, u"活动吸引了众多观众。"_s};
const QString kTitleTail[] = {u"发展加快"_s, u"座谈会举行"_s, u"取得新进展"_s, u"观察"_s};
const QString kColumns[] = {u"要闻"_s, u"产业"_s, u"观察"_s, QString()};
const QString kReporters[] = {u"王明"_s, u"李华"_s, u"张伟"_s, u"赵丽"_s};

struct Paper {
    QString name;
    QList<int> weekdays;
    int pages;
};

} // namespace

QString createResearchArchive(const QString &folder, const QDate &first, const QDate &last, int articlesPerPage,
                              unsigned seed)
{
    const QString path = folder + u"/research.sqlite"_s;
    Core::Archive archive;
    QString error;
    if (!archive.open(path, &error))
        throw std::runtime_error(error.toStdString());
    Core::Importer importer(archive);
    std::mt19937 random(seed);
    const auto chance = [&random](double p) { return std::uniform_real_distribution<double>(0, 1)(random) < p; };
    const auto pick = [&random](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    const double span = std::max<qint64>(1, first.daysTo(last));
    const Paper papers[] = {{u"中国电子报"_s, {2, 5}, 4}, {u"电子信息周刊"_s, {4}, 2}};
    int file = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const double t = double(first.daysTo(day)) / span;
        for (const Paper &paper : papers) {
            if (!paper.weekdays.contains(day.dayOfWeek()) || chance(0.06))
                continue;
            QList<int> held;
            for (int page = 1; page <= paper.pages; ++page)
                held.append(page);
            if (chance(0.15))
                held.removeAt(pick(int(held.size()) - 1) + 1); // page 1 is always there
            for (int page : held) {
                Core::ParsedIssue issue;
                issue.issue.newspaper = paper.name;
                issue.issue.date = day;
                issue.issue.dateSource = Core::DateSource::Masthead;
                issue.issue.weekday = Core::chineseWeekday(day);
                issue.issue.pages = paper.pages;
                for (int order = 1; order <= articlesPerPage; ++order) {
                    Core::Article article;
                    article.page = page;
                    article.order = order;
                    QStringList named;
                    for (const Topic &topic : kTopics) {
                        if (chance(topic.base + topic.slope * t))
                            named.append(topic.word);
                    }
                    article.title = (named.isEmpty() ? u"简讯"_s : named.first()) + kTitleTail[pick(4)];
                    QStringList body;
                    for (const QString &word : std::as_const(named))
                        body.append(word + u"相关企业表示，市场需求持续增长。"_s);
                    body.append(kFiller[pick(4)]);
                    body.append(kFiller[pick(4)]);
                    article.body = body.join(u'\n');
                    article.column = kColumns[pick(4)];
                    article.bylines = {Core::Byline{kReporters[pick(4)], u"reporter"_s, {}}};
                    issue.articles.append(article);
                }
                const QString source = u"research-%1.txt"_s.arg(file++);
                const QString sha = QString::fromLatin1(
                    QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex());
                const auto result = importer.importParsed(issue, Core::SourceFile{source, sha, 100}, {});
                if (result.status != Core::ImportStatus::Imported)
                    throw std::runtime_error(result.reason.toStdString());
            }
        }
    }
    return path;
}

} // namespace Baoku::Tests
