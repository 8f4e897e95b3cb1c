// The three real sample issues against their hand-made truth files (tests/data/truth).
#include "parserhelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Baoku::Core;
using namespace Qt::StringLiterals;

namespace {

QString norm(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(u"**"_s);
    QString out;
    for (const QChar c : std::as_const(s)) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const auto &item : value.toArray())
        out << item.toString();
    return out;
}

const Article *matchTitle(const QList<Article> &articles, const QString &title)
{
    for (const auto &article : articles) {
        if (norm(article.title) == norm(title) || norm(article.kicker + article.title) == norm(title))
            return &article;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The sample issues parse as their truth files say", "[parser][samples]")
{
    const QDir truthDir(QStringLiteral(BAOKU_TEST_DATA "/truth"));
    const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
    const auto files = truthDir.entryList({u"*.truth.json"_s}, QDir::Files);
    REQUIRE(files.size() == 3);
    for (const auto &file : files) {
        QFile f(truthDir.filePath(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QJsonObject truth = QJsonDocument::fromJson(f.readAll()).object();
        const QString txt = samples.filePath(truth.value(u"file"_s).toString());
        const auto outcome = IssueParser().parseFile(txt);
        INFO(txt.toStdString() << " " << outcome.error.toStdString());
        REQUIRE(outcome.ok());
        const ParsedIssue &parsed = *outcome.issue;
        const auto articles = newsArticles(parsed);

        const QJsonObject ti = truth.value(u"issue"_s).toObject();
        const QString date = parsed.issue.date.toString(Qt::ISODate);
        if (ti.contains(u"date"_s)) {
            CHECK(date == ti.value(u"date"_s).toString());
            CHECK(parsed.issue.issueNo == ti.value(u"issue_no"_s).toInt());
            CHECK(parsed.issue.totalNo == ti.value(u"total_no"_s).toInt());
            CHECK(parsed.issue.pages == ti.value(u"pages"_s).toInt());
            CHECK(parsed.issue.newspaper == ti.value(u"newspaper"_s).toString());
        } else {
            const auto window = strings(ti.value(u"date_window"_s));
            CHECK(date >= window.value(0));
            CHECK(date <= window.value(1));
        }

        QString allBodies;
        for (const auto &article : articles) {
            CHECK(norm(article.body).size() >= 60); // no fragments
            allBodies += norm(article.body) + u'\n';
        }
        for (const auto &value : truth.value(u"articles"_s).toArray()) {
            const QJsonObject t = value.toObject();
            const QString title = t.value(u"title"_s).toString();
            INFO(title.toStdString());
            const Article *a = matchTitle(articles, title);
            REQUIRE(a != nullptr);
            const QString body = norm(a->body);
            if (t.contains(u"first"_s))
                CHECK(body.contains(norm(t.value(u"first"_s).toString())));
            if (t.contains(u"last"_s))
                CHECK(body.contains(norm(t.value(u"last"_s).toString())));
            for (const auto &c : strings(t.value(u"contains"_s)))
                CHECK(body.contains(norm(c)));
            for (const auto &c : strings(t.value(u"not_in_body"_s)))
                CHECK_FALSE(body.contains(norm(c)));
            QStringList names;
            for (const auto &b : a->bylines)
                names << norm(b.name);
            for (const auto &n : strings(t.value(u"bylines"_s)))
                CHECK(names.contains(norm(n)));
            if (t.contains(u"signature"_s))
                CHECK(a->signature == t.value(u"signature"_s).toString());
            if (t.contains(u"continued_to"_s))
                CHECK(a->continuedTo == t.value(u"continued_to"_s).toInt());
        }
        for (const auto &s : strings(truth.value(u"once"_s)))
            CHECK(allBodies.count(norm(s)) == 1);
        for (const auto &s : strings(truth.value(u"nowhere"_s)))
            CHECK_FALSE(allBodies.contains(norm(s)));
    }
}
