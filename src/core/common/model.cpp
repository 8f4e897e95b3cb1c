#include "core/common/model.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

QString toString(ArticleKind kind)
{
    switch (kind) {
    case ArticleKind::Article: return u"article"_s;
    case ArticleKind::Advertisement: return u"advertisement"_s;
    case ArticleKind::Notice: return u"notice"_s;
    }
    return u"article"_s;
}

std::optional<ArticleKind> articleKindFromString(const QString &text)
{
    for (auto kind : {ArticleKind::Article, ArticleKind::Advertisement, ArticleKind::Notice}) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString toString(DateSource source)
{
    switch (source) {
    case DateSource::Unknown: return {};
    case DateSource::Masthead: return u"masthead"_s;
    case DateSource::Filename: return u"filename"_s;
    case DateSource::Inferred: return u"inferred"_s;
    case DateSource::User: return u"user"_s;
    }
    return {};
}

std::optional<DateSource> dateSourceFromString(const QString &text)
{
    for (auto source : {DateSource::Masthead, DateSource::Filename, DateSource::Inferred, DateSource::User}) {
        if (toString(source) == text)
            return source;
    }
    return std::nullopt;
}

QList<Paragraph> paragraphsOf(const Article &article)
{
    QList<Paragraph> out;
    if (article.body.isEmpty())
        return out;
    const QStringList lines = article.body.split(u'\n');
    out.reserve(lines.size());
    for (int i = 0; i < lines.size(); ++i)
        out.append({lines.at(i), article.subheads.contains(i)});
    return out;
}

QList<int> validSubheads(QList<int> subheads, const QString &body)
{
    const qsizetype paragraphs = body.isEmpty() ? 0 : body.count(u'\n') + 1;
    std::sort(subheads.begin(), subheads.end());
    subheads.erase(std::unique(subheads.begin(), subheads.end()), subheads.end());
    subheads.removeIf([&](int index) { return index < 0 || index >= paragraphs; });
    return subheads;
}

QString chineseWeekday(const QDate &date)
{
    if (!date.isValid())
        return {};
    static const char16_t *const names[] = {u"星期一", u"星期二", u"星期三", u"星期四",
                                            u"星期五", u"星期六", u"星期日"};
    return QString::fromUtf16(names[date.dayOfWeek() - 1]);
}

} // namespace Baoku::Core
