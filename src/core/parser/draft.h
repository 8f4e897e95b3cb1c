// What a layout stage hands to the article builder: an article's pieces before clean-up.
#pragma once

#include "core/common/model.h"

namespace Baoku::Core::Parse {

enum class UnitKind { Text, Subheading, Caption };

// One line (raw form) or one paragraph (markdown form) of an article, in reading order.
struct Unit final {
    QString text;
    UnitKind kind = UnitKind::Text;
    bool blankBefore = false; // a blank line came before it in the file
    bool shortLine = true;    // shorter than the column width, so a paragraph may end here
    int pos = -1;             // line index in the file (raw form), for lines given back as headlines
};

struct Draft final {
    ArticleKind kind = ArticleKind::Article;
    QString title;
    QString kicker;
    QString subtitle;
    QString column;
    QList<Byline> bylines;
    QList<Unit> units;
    QStringList captions;
};

} // namespace Baoku::Core::Parse
