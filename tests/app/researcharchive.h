// A made-up archive for the timeline and coverage: two newspapers over several years whose topics
// come and go, with publication days left out and issues missing pages, so that the chart has
// trends and the calendar has gaps. Nothing in it is taken from a real issue.
#pragma once

#include <QDate>
#include <QString>

namespace Baoku::Tests {

// 中国电子报 on Tuesdays and Fridays (4 pages announced), 电子信息周刊 on Thursdays (2 pages);
// about 6% of their publication days have no issue and 15% of the issues lack a page.
// `articlesPerPage` articles on every page held. Returns the archive's path inside `folder`.
QString createResearchArchive(const QString &folder, const QDate &first, const QDate &last, int articlesPerPage,
                              unsigned seed = 14);

} // namespace Baoku::Tests
